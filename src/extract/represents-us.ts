/**
 * Whom a US officeholder acts for, read from the words of their role (represents.ts): a member of
 * Congress acts for their chamber, a state's office for that state, a governor named without one
 * for the state their sentence names; a legislator's party tag ("D-Minn.") says their chamber
 * and party, a state legislator's their state's chamber.
 */
import { AP_STATES, PARTY_WORDS } from "./lexicon/index.ts";
import { fold } from "./normalize.ts";
import { CONGRESS_TITLES, LEAD_MODIFIERS, LOCAL, US_STATES, countryOf, sentenceAround, stateParty, usStateIn, words, type Word } from "./represents-words.ts";

const TAG_PARTIES: Record<string, string> = { D: "Democratic Party", R: "Republican Party", I: "independent" };

/**
 * A US legislator's party tag ("D-Minn.") with their title: "Sen." → "U.S. Senate (Republican
 * Party)", "Rep." → "U.S. House of Representatives (Democratic Party)", anything else → the party.
 */
export function tagRepresents(tag: string, title: string | null): string | null {
  const party = TAG_PARTIES[tag[0]!];
  if (!party) return null;
  const state = stateChamber(tag, title);
  if (state) return `${state} (${party})`;
  const chamber = usChamber(title) ?? chamberNamed(title);
  return chamber ? `${chamber} (${party})` : party;
}

/** "Senate Majority Leader", "House Judiciary Committee Chairman", "Speaker": the chamber of
 *  Congress a tagged legislator's office names (not the "White House"; not a state's chamber). */
function chamberNamed(title: string | null): string | null {
  const ws = words(title ?? "");
  if (ws.some((w) => LOCAL.has(w.key))) return null;
  if (ws.some((w) => w.cap && w.key === "senate")) return "U.S. Senate";
  return ws.some((w, i) => w.cap && (w.key === "speaker" || (w.key === "house" && ws[i - 1]?.key !== "white"))) ? "U.S. House of Representatives" : null;
}

/** Chambers of a state's legislature by the words of a member's title or of the chamber ("state Senate"). */
const STATE_HOUSES: ReadonlyMap<string, string> = new Map(
  Object.entries({ senate: "Senate", sen: "Senate", senator: "Senate", house: "House", rep: "House", representative: "House", assembly: "Assembly", assemblyman: "Assembly", assemblywoman: "Assembly", assemblymember: "Assembly" }),
);

/**
 * "state Sen. X (R-Loudoun)", "State Representative X, a Democrat", "Assemblywoman X (D)": a
 * state legislator sits in their state's chamber, not in Congress; the state as the title or the
 * tag names it ("Texas state Sen.", "D-Texas"), else "state Senate". Null for any other title.
 */
function stateChamber(tag: string, title: string | null): string | null {
  const ws = words(title ?? "");
  const keys = ws.map((w) => w.key);
  // (a tagged "Delegate" sits in a state's lower house too)
  const chamber = keys.map((k) => (k === "delegate" ? "House" : STATE_HOUSES.get(k))).find((c) => c !== undefined);
  if (!chamber || (chamber !== "Assembly" && !keys.some((k) => LOCAL.has(k)))) return null;
  const t = tag.slice(tag.indexOf("-") + 1).trim();
  const state = usStateIn(ws) ?? (tag.includes("-") ? (AP_STATES.get(t) ?? (US_STATES.has(fold(t)) ? t : null)) : null);
  return `${state ?? "state"} ${chamber}`;
}

/** The chamber of Congress a legislator's title says: "Sen." → "U.S. Senate", "Rep." → "U.S. House of Representatives". */
export function usChamber(title: string | null): string | null {
  const t = fold(title ?? "").replace(/\./g, "");
  if (/\b(sen|sens|senator|senators)\b/.test(t)) return "U.S. Senate";
  if (/\b(rep|reps|representative|congressman|congresswoman|congressmember)\b/.test(t)) return "U.S. House of Representatives";
  return null;
}

/**
 * "state House Speaker", "former state Senate majority leader in Maine", "Ohio state Sen.", "Former
 * Arizona State Senator": a state legislature's chamber, with the state the role names ("Maine
 * Senate"), else "state Senate"; null when the role names none (not a convention's "state delegate").
 */
export function stateLegislature(ws: readonly Word[]): string | null {
  const j = ws.findIndex((w, i) => w.key === "state" && STATE_HOUSES.has(ws[i + 1]?.key ?? ""));
  if (j < 0) return null;
  return `${usStateIn(ws) ?? "state"} ${STATE_HOUSES.get(ws[j + 1]!.key)!}`;
}

/** Words between a party's member and their state ("a Democrat from Ohio", "fellow Republican of Texas"). */
const MEMBER_JOINS = new Set(["from", "of", "fellow"]);

/** An office of a US state the role names ("Texas Attorney General", "Hawaii Rep."): the chamber
 *  of Congress for a member of it, else the state's party office or the state. */
export function usStateOffice(ws: Word[], lowerKeys: readonly string[], role: string, usState: string, party: string | null): string {
  // "Ohio Democrat", "a Republican from Texas": a party's member from a state, in no office the
  // role names, acts for the party (of that state)
  const stateKeys = fold(usState).split(" ");
  if (party && ws.every((w) => PARTY_WORDS.has(w.key) || stateKeys.includes(w.key) || AP_STATES.get(w.w) === usState || MEMBER_JOINS.has(w.key) || LEAD_MODIFIERS.has(w.key)))
    return `${party} (${usState})`;
  // "Hawaii Rep.", "Ohio senator", "US Senator from New York": a member of Congress for a state
  // (not a state legislator's "Texas state Sen."; nor "Texas trade representative")
  const congress = !lowerKeys.some((k) => LOCAL.has(k)) && ws.length <= 6 && lowerKeys.some((k) => CONGRESS_TITLES.has(k));
  const chamber = congress ? usChamber(role) : null;
  if (chamber) return party ? `${chamber} (${party})` : chamber;
  // "Texas Attorney General", "the New York state attorney general", "Texas state Sen.": a
  // state's office acts for that state (not for the country its city's name maps to)
  return stateParty(ws, usState, party) ?? usState;
}

/** "U.S. Senator", "former US Rep.", "American congressman": a member of Congress named with the
 *  country alone acts for their chamber, not the country (not "U.S. Trade Rep."). */
export function congressOfCountry(ws: Word[], role: string): string | null {
  const only = ws.every((w, i) => countryOf(ws, i) !== null || w.key === "states" || w.key === "representative" || CONGRESS_TITLES.has(w.key) || LEAD_MODIFIERS.has(w.key));
  return only ? usChamber(role) : null;
}

// (not "Washington", the capital's name as often as the state's)
const STATE_RE = new RegExp(
  `(?<![\\p{L}.])(${[...US_STATES].filter((s) => s !== "washington").map((s) => s.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`,
  "gu",
);

/** An office right after a state's name: "the Texas senator", "Ohio Gov.", another's office. */
const OFFICE_AFTER = /^ (?:Sen\.|Rep\.|Gov\.|[Ss]enator|[Gg]overnor|[Cc]ongress(?:man|woman)|[Rr]epresentative)/;
const othersOffice = (text: string, end: number): boolean => OFFICE_AFTER.test(text.slice(end, end + 16));

/**
 * The one US state the sentence around `at` names, before `at` ("Kentucky Democrats beat
 * incumbent Gov. X"), or null when it names several, or one only after `at`; when it names none
 * and `previous`, the one the sentence before names in the same paragraph. The sentence is
 * the engine's (`starts`: where each begins, in text order). Not for an office sought ("nominee
 * for governor").
 */
export function stateInSentence(text: string, starts: readonly number[], at: number, previous = false): string | null {
  // (a race's office is no office held: "their nominee for governor, X", "running for governor")
  if (/\bfor\s+$/i.test(text.slice(Math.max(0, at - 5), at))) return null;
  const [a, b] = sentenceAround(text, starts, at);
  const found = new Set<string>();
  let before = false;
  for (const m of text.slice(a, b).matchAll(STATE_RE)) {
    if (othersOffice(text, a + m.index + m[1]!.length)) continue;
    found.add(m[1]!);
    if (a + m.index < at) before = true;
  }
  // (named before the office: "Gov. X sent migrants to New York" is not New York's governor; nor
  // is the state of another's office: "the Texas senator won the endorsement of Gov. X")
  if (found.size > 0) return found.size === 1 && before ? [...found][0]! : null;
  // (none in it: the one state the sentence before names, in the same paragraph, "… refugees
  // came to Georgia. Gov. X vowed to block them")
  if (!previous || a === 0) return null;
  const [pa] = sentenceAround(text, starts, a - 1);
  if (text.slice(pa, at).includes("\n")) return null;
  for (const m of text.slice(pa, a).matchAll(STATE_RE)) if (!othersOffice(text, pa + m.index + m[1]!.length)) found.add(m[1]!);
  return found.size === 1 ? [...found][0]! : null;
}
