/**
 * The words of a role phrase as deriveRepresents (represents.ts) reads them, and the word kinds it
 * asks about: countries and regions, parties and US party tags, offices, local places, departments,
 * public prosecutors, states' parties; and text-side helpers of result.ts (a state or a monarchy
 * named, an office described before); more of them in represents-text.ts.
 */
import { AP_STATES, CITIES, COMMON_CAPS, MEDIA, MINISTRY_SUBJECTS, ORG_WORDS, PARTY_WORDS, PLACE_TO_COUNTRY, PLACES, ROLE_NOUNS, TITLES } from "./lexicon/index.ts";
import { isCommonWord } from "./data/common-words-lookup.ts";
import { fold } from "./normalize.ts";

export interface Word {
  w: string;
  key: string;
  cap: boolean;
  /** the possessive ending it had ("'s"), kept inside a name: "Sheriff's Office" */
  poss: string;
}

/** The words of a name as written, a possessive inside it kept ("Marion County Sheriff's Office"). */
export const nameOf = (r: readonly Word[]): string => r.map((w, i) => (i < r.length - 1 ? w.w + w.poss : w.w)).join(" ");

/** Bodies better known by a short name than by an acronym ("Fed governor" acts for the Federal Reserve). */
export const SHORT_NAMES: ReadonlyMap<string, string> = new Map([["Fed", "Federal Reserve"]]);

/** Adjectives of an office's title that name no body before it ("Supreme Leader", "Grand Mufti", "High Commissioner"). */
export const TITLE_ADJECTIVES = new Set(["supreme", "grand", "high"]);

/** The country of `n` words at `i` ends the name of the run of words just before it or its "for"
 *  or "of", a name with no office word or place in it ("Concerned Women for America", "Democracy
 *  for America's director", "NARAL Pro-Choice America"; not "Foreign Minister of Peru"). */
export function countryEndsName(ws: Word[], i: number, n: number, named: readonly Word[] | undefined): boolean {
  const joined = ws[i - 1]?.key === "for" || ws[i - 1]?.key === "of";
  if (!named || named.length === 0 || named[named.length - 1] !== ws[joined ? i - 2 : i - 1] || ws[i + n]?.cap) return false;
  // (not a legislator's seat: "Member of Parliament for Lagos")
  if (LEGISLATURES.has(named[named.length - 1]!.key)) return false;
  // (a plural names members, not an office: "Communications Workers of America")
  return named.every((x) => !PLACES.has(x.key) && ((!TITLES.has(x.key) && !ROLE_NOUNS.has(x.key)) || (x.key.length > 3 && x.key.endsWith("s"))));
}

/** "former Bush administration official", "secretary of labor during the Dale administration": the
 *  government named after a person, not what that person acts for now. */
export function administrationOf(ws: Word[], isPerson: (w: string) => boolean): string | null {
  const k = ws.findIndex((w) => w.key === "administration" && !w.cap);
  let a = k;
  while (a > 0 && ws[a - 1]!.cap && isPerson(ws[a - 1]!.key)) a--;
  return a < k ? `${nameOf(ws.slice(a, k))} administration` : null;
}

/** Armed services a single capitalised word names ("Army officer"; "Air Force" has two words). */
export const ARMED_SERVICES = new Set(["army", "navy", "marines"]);

/** A candidate's campaign ("Dale campaign"); a body named as a campaign is that body ("Brady Campaign"). */
export const campaignOf = (name: string | null): string => (/ campaign$/i.test(name ?? "") ? name! : `${name} campaign`);

export const REGIONS = new Set(["Europe", "Africa", "Asia"]);
const LEAD = "(“\"'‘,";
const TRAIL = ')”"’\',:;';

const ACRONYM_IN_BRACKETS = /^\(\p{Lu}[\p{Lu}\d&.-]{1,9}\)[,.;:]?$/u;

export function words(role: string): Word[] {
  const out: Word[] = [];
  for (const raw of role.split(/\s+/)) {
    // "the Regional Planning Board (RPB)": an acronym in brackets after a name repeats that name
    if (ACRONYM_IN_BRACKETS.test(raw) && out[out.length - 1]?.cap) continue;
    let a = 0;
    let b = raw.length;
    while (a < b && LEAD.includes(raw[a]!)) a++;
    while (b > a && TRAIL.includes(raw[b - 1]!)) b--;
    let w = raw.slice(a, b);
    // ("then-Arkansas Gov.", "ex-Labour MP": a time prefix is no part of the office's words)
    const h = w.indexOf("-");
    if ((h === 4 || h === 2) && h + 1 < w.length && /^(?:then|ex)$/i.test(w.slice(0, h))) w = w.slice(h + 1);
    let poss = "";
    if (w.endsWith("'s") || w.endsWith("’s")) {
      poss = w.slice(-2);
      w = w.slice(0, -2);
    }
    if (!w) continue;
    let key = fold(w);
    if (key.endsWith(".")) key = key.slice(0, -1);
    out.push({ w, key, cap: w[0] !== w[0]!.toLowerCase(), poss });
  }
  return out;
}

export function countryOf(ws: readonly Word[], i: number): [string, number] | null {
  const w = ws[i]!;
  if (!w.cap) return null;
  // (the longest name first: "Papua New Guinea", "Bosnia and Herzegovina", "Central African Republic")
  for (let n = Math.min(4, ws.length - i); n >= 2; n--) {
    const c = PLACE_TO_COUNTRY.get(ws.slice(i, i + n).map((x) => x.key).join(" "));
    if (c) return [c, n];
  }
  if (w.key === "us" && w.w !== "US") return null;
  // ("Emirates President": the Emirates are the UAE; not the airline, "Emirates airline", "Emirates Group")
  const next = ws[i + 1]?.key ?? "";
  if (w.key === "emirates" && ws[i - 1]?.key !== "arab" && next !== "airline" && !ORG_WORDS.has(next)) return ["United Arab Emirates", 1];
  const c = PLACE_TO_COUNTRY.get(w.key);
  return c ? [c, 1] : null;
}

/** "Liberals" → "Liberal Party", "Democrat" → "Democratic Party", "Tories" → "Conservative Party". */
export function partyName(word: string): string {
  const k = fold(word);
  if (k === "democrat" || k === "democrats" || k === "democratic") return "Democratic Party";
  if (k === "tory" || k === "tories") return "Conservative Party";
  if (k === "gop") return "Republican Party";
  // ("PPP", "BJP", "ANC": an acronym is the party's name)
  if (word.length >= 2 && word === word.toUpperCase()) return word;
  return `${word.endsWith("s") ? word.slice(0, -1) : word} Party`;
}

/** Words of a chamber's offices ("Senate Majority Leader" acts for the Senate). */
export const CHAMBER_ROLES = new Set(["majority", "minority", "whip"]);
export const LEGISLATURES = new Set(["senate", "congress", "parliament"]);
/** Offices beside which "House" names a legislature's lower chamber ("House Speaker", "Speaker of the House"). */
export const HOUSE_OFFICES = new Set(["speaker", ...CHAMBER_ROLES]);

/** Common nouns of a place, whose possessive says no body ("the country's central bank"). */
export const PLACE_NOUNS = new Set("country nation state city region province island kingdom republic territory".split(" "));

/** Offices held in the country they are sent to. */
export const DIPLOMATS = new Set([
  ...["envoy", "envoys", "ambassador", "ambassadors", "emissary", "consul", "delegate", "attache", "nuncio"],
  ...["representative", "representatives", "mission", "coordinator", "rapporteur", "mediator", "mediators", "facilitator"],
]);
/** Offices that deal with a country as their subject when its name (not its adjective) stands
 *  before them: "the UN's Syria envoy", "a Burundi mediator" (but "Israeli negotiator" acts for Israel). */
export const GO_BETWEENS = new Set("envoy envoys mediator mediators negotiator negotiators facilitator emissary".split(" "));
/** Words after which a country is the field an office oversees ("official overseeing Lebanon"). */
export const OVERSEEING = new Set("overseeing covering handling monitoring fighting against countering".split(" "));
export const SENT_PREPS = new Set(["to", "in", "for"]);

/** Modifiers of a role that may open a capitalised run ("Former", "Senior") but never a name. */
export const LEAD_MODIFIERS = new Set(
  ("former ex senior junior acting interim retired outgoing incoming then current newly longtime long-time veteran top " +
    "ousted embattled disgraced deposed jailed exiled departing founding beleaguered late presumptive likely probable eventual prospective would-be " +
    "rear assistant associate").split(" "),
);

/** Fields an office is over ("National Security Adviser", "Health Secretary"). */
export const SUBJECTS = new Set([...MINISTRY_SUBJECTS, "security", "policy", "intelligence", "affairs", "relations"]);

/** Common words that open an organisation's name ("New Media Group", "First Harbor Bank"). */
export const NAME_OPENERS = new Set("new first great old catholic orthodox protestant muslim jewish islamic hindu buddhist sunni shiite shia".split(" "));

/** A title that stands before a person's name ("President", "Queen", "Mayor"). */
export const isPersonTitle = (w: Word): boolean => TITLES.has(w.key) && ROLE_NOUNS.has(w.key);

export const isOffice = (w: Word): boolean => w.cap && (TITLES.has(w.key) || ROLE_NOUNS.has(w.key));

/** Capitalised words from j on name an organisation: one of them is an organisation's head. */
export function orgNameAt(ws: readonly Word[], j: number): boolean {
  for (; j < ws.length && ws[j]!.cap; j++) if (ORG_WORDS.has(ws[j]!.key) && !PARTY_WORDS.has(ws[j]!.key)) return true;
  return false;
}

/** Offices of a city or region. */
export const LOCAL_OFFICES = new Set("mayor mayor-elect governor gov governor-elect lieutenant-governor premier".split(" "));
/** Words that make a country's name a region's ("Inner Mongolia", "Northern Ireland"). */
export const REGION_WORDS = /^(inner|outer|northern|southern|eastern|western|upper|lower|central)$/;
const DIRECTIONS = /^(north|south|east|west|northern|southern|eastern|western|central|middle|far|near|upper|lower)$/;

/** A city or region named in the role: "New York", "Kyiv", "South Dakota" (not a country). */
export function localPlace(ws: readonly Word[]): string | null {
  const isPlace = (k: string) => CITIES.has(k) || (PLACES.has(k) && !PLACE_TO_COUNTRY.has(k));
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i]!.cap) continue;
    // ("N.J. Gov.": AP style's abbreviation of a state)
    const ap = AP_STATES.get(ws[i]!.w);
    if (ap) return ap;
    const two = i + 1 < ws.length && ws[i + 1]!.cap ? `${ws[i]!.key} ${ws[i + 1]!.key}` : "";
    // ("New York City", "Lagos State": with the word "City" or "State" that follows a city's name)
    const city = (e: number): string =>
      CITIES.has(ws.slice(i, e).map((w) => w.key).join(" ")) && ws[e]?.cap && (ws[e]!.key === "city" || ws[e]!.key === "state") ? ` ${ws[e]!.w}` : "";
    if (two && (CITIES.has(two) || (isPlace(ws[i]!.key) && isPlace(ws[i + 1]!.key))))
      return `${ws[i]!.w} ${ws[i + 1]!.w}${city(i + 2)}`;
    if (isPlace(ws[i]!.key) && !DIRECTIONS.test(ws[i]!.key)) return `${ws[i]!.w}${city(i + 1)}`;
  }
  return null;
}

export const LOCAL = new Set("state provincial regional district county city".split(" "));

/** The subject of the department an office heads: "attorney general" → "justice", "secretary of
 *  state" → "state", "defense secretary" → "defense". */
export function departmentSubject(keys: readonly string[]): string | null {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    // (not a state's or a city's: "Texas Attorney General", "the state attorney general")
    if (k === "attorney-general" || (k === "attorney" && keys[i + 1] === "general"))
      return keys.slice(0, i).some((b) => PLACES.has(b) || LOCAL.has(b)) ? null : "justice";
    if (k !== "secretary") continue;
    const before = keys[i - 1];
    // ("Homeland Security Secretary": the department of two words)
    if (before === "security" && keys[i - 2] === "homeland") return "homeland";
    if (before && (MINISTRY_SUBJECTS.has(before) || before === "state")) return before;
    const after = keys[i + 1] === "of" ? keys[i + (keys[i + 2] === "the" ? 3 : 2)] : undefined;
    if (after && (MINISTRY_SUBJECTS.has(after) || after === "state" || after === "homeland")) return after;
  }
  return null;
}

/** The states of the United States (folded names). */
export const US_STATES: ReadonlySet<string> = new Set([
  ...("alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois " +
    "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri " +
    "montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington " +
    "wisconsin wyoming").split(" "),
  ...["new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island"],
  ...["south carolina", "south dakota", "west virginia"],
]);

/** A US state named in the role's words ("Hawaii Rep.", "New Jersey Sen."), as written. */
export function usStateIn(ws: readonly Word[]): string | null {
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i]!.cap) continue;
    // ("Fla. Gov.", "N.J. Sen.": AP style's abbreviation)
    const ap = AP_STATES.get(ws[i]!.w);
    if (ap) return ap;
    const next = ws[i + 1];
    if (next?.cap && US_STATES.has(`${ws[i]!.key} ${next.key}`)) return `${ws[i]!.w} ${next.w}`;
    // ("Washington" only as "Washington state": else the capital, "the ambassador in Washington")
    if (ws[i]!.key === "washington" && next?.key !== "state") continue;
    if (US_STATES.has(ws[i]!.key) && !(i > 0 && ws[i - 1]!.cap && US_STATES.has(`${ws[i - 1]!.key} ${ws[i]!.key}`))) return ws[i]!.w;
  }
  return null;
}

/** The sentence around `at`: the last sentence start at or before it, and the next one. */
export function sentenceAround(text: string, starts: readonly number[], at: number): [number, number] {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? starts[lo - 1]! : 0, lo < starts.length ? starts[lo]! : text.length];
}

/**
 * "Ruritania has asked Estmark to extradite its former president X": an office after "its" is
 * the office of the sentence's subject, when that subject is a country or place (as its name or
 * demonym is known) or an organisation the article names. Returns the subject as written, or null.
 */
export function itsOwner(text: string, starts: readonly number[], at: number, orgs: readonly string[]): string | null {
  if (!/(?:^|\s)its\s+$/.test(text.slice(Math.max(0, at - 5), at))) return null;
  const [a] = sentenceAround(text, starts, at);
  // (the capitalised words that open the sentence, after "The", up to its first lower-case word)
  const ws = text.slice(a, Math.min(at, a + 80)).split(/\s+/).filter(Boolean);
  let i = ws[0] === "The" ? 1 : 0;
  const run: string[] = [];
  for (; i < ws.length && run.length < 5 && /^\p{Lu}[\p{L}.&-]*$/u.test(ws[i]!); i++) run.push(ws[i]!);
  // ("The Green Party's executive said … its leader X": the body that owns the subject)
  const owner = i < ws.length && run.length < 5 ? /^(\p{Lu}[\p{L}.&-]*)['’]s$/u.exec(ws[i]!) : null;
  if (owner) {
    run.push(owner[1]!);
    i++;
  }
  if (run.length === 0 || i >= ws.length || !/^\p{Ll}/u.test(ws[i]!)) return null;
  const name = run.join(" ");
  return PLACE_TO_COUNTRY.has(fold(name)) || orgs.includes(name) ? name : null;
}

/** Titles of a royal house ("Prince Andrew", "Queen Elizabeth"). */
export const ROYAL_TITLES = new Set("king queen prince princess duke duchess emir sultan monarch crown-prince".split(" "));

/** The words that name a monarchy, after the country's name or adjective. */
const MONARCHY_RE = / (?:throne|monarchy|royal family|royal household|crown)(?![\p{L}])/gu;
/** A capitalised word, its possessive ending apart ("Britain's"). */
const CAPITALISED_WORD_RE = /^(\p{Lu}[\p{L}.]*?)(?:['’]s)?$/u;
const LEADING_NON_LETTERS_RE = /^[^\p{L}]+/u;

/**
 * The country whose monarchy the article names ("heir to the British throne", "Britain's royal
 * family", "the Saudi monarchy"), when it names one country's only; else null.
 */
export function monarchyIn(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(MONARCHY_RE)) {
    // The one or two capitalised words right before it: "Saudi Arabia's", else "British".
    const words = text.slice(Math.max(0, m.index - 40), m.index).split(" ");
    const first = words.length > 1 ? words[words.length - 2]!.replace(LEADING_NON_LETTERS_RE, "") : undefined;
    const one = CAPITALISED_WORD_RE.exec(words[words.length - 1]!.replace(LEADING_NON_LETTERS_RE, ""))?.[1];
    if (!one) continue;
    const place = (words: string) => PLACE_TO_COUNTRY.get(fold(words).replace(/\.$/, ""));
    const c = (first !== undefined && /^\p{Lu}[\p{L}.]*$/u.test(first) ? place(`${first} ${one}`) : undefined) ?? place(one);
    if (c) found.add(c);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * "The New York state attorney general is investigating the firm. … contacted by Attorney General
 * Ann Roe's office": a bare title ("Attorney General") whose role names no body takes the fuller
 * description of the same office the article gave shortly before, as a definite description ("the
 * … attorney general", up to four words after "the"), not as a title before another person's name
 * ("Texas Attorney General Ken Paxton"). Returns that description, or null.
 */
export function officeDescribedBefore(text: string, at: number, title: string, within = 400): string | null {
  const ws = words(title);
  if (ws.length === 0 || ws.length > 3 || !ws.every(isOffice)) return null;
  const lo = Math.max(0, at - within);
  const hay = text.slice(lo, at);
  // (a whole word: not the "general" of "secretary-general")
  const re = new RegExp(`(?<![\\p{L}-])${ws.map((w) => w.w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+")}(?![\\p{L}-])`, "giu");
  let found: string | null = null;
  // (not when the title named someone before: "President Joe Dale met … The U.S. president said …
  // President Frank Weber" — the description is Dale's; unless a country qualified that title:
  // "Qatari Prime Minister X … the Israeli prime minister's office … Prime Minister Y")
  let named = -1;
  for (const m of text.slice(0, at).matchAll(re)) {
    const qualifier = fold(text.slice(Math.max(0, m.index - 20), m.index).trim().split(/\s+/).pop() ?? "").replace(/['’]s$/, "");
    if (/^\s\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && !PLACE_TO_COUNTRY.has(qualifier)) named = m.index;
  }
  for (const m of hay.matchAll(re)) {
    if (lo + m.index > named && named >= 0) return null;
    // (not another's office, named right after it: "the trade minister Ali Otieno", "the trade minister, Ali Otieno,")
    const after = hay.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^,?\s\p{Lu}/u.test(after) || m.index + m[0].length >= hay.length - 1) continue;
    // (the words between "the" and the title, back to the nearest "the", at most four of them)
    const back = hay.slice(Math.max(0, m.index - 60), m.index).split(/\s+/).filter(Boolean).slice(-5);
    const the = back.map((w) => w.toLowerCase()).lastIndexOf("the");
    const mods = back.slice(the + 1);
    if (the >= 0 && mods.length > 0 && mods.every((w) => /^[\p{L}.'’-]+$/u.test(w))) found = `${mods.join(" ")} ${m[0]}`;
    // "Ruritania's ambassador said … Ambassador Ivo Senn told": a named owner's office, as the
    // owner's possessive right before it (or before one modifier: "Ruritania's UN ambassador")
    else {
      const o = back.length - (back.length >= 2 && !isPossessive(back[back.length - 1]!) ? 2 : 1);
      if (o >= 0 && isPossessive(back[o]!) && /^\p{Lu}/u.test(back[o]!)) found = `${back.slice(o).join(" ")} ${m[0]}`;
    }
  }
  return found;
}

export const isAcronym = (w: Word): boolean => w.w.length >= 2 && w.w === w.w.toUpperCase();

/** A capitalised run without an organisation word that names no body: a place after "in" ("an
 *  adviser in the Bay Area"; not "in NASA's Science Directorate"), a short word of another
 *  language ("La ministre de la justice"), a common word before a minister's office that is its
 *  portfolio ("Investment Minister"; not a party's word: "Labour minister"), or "Opposition"
 *  alone ("Opposition leader"). */
export function notABody(ws: readonly Word[], r: readonly Word[]): boolean {
  const p = ws.indexOf(r[0]!);
  const afterIn = ws[p - 1]?.key === "in" || (ws[p - 1]?.key === "the" && ws[p - 2]?.key === "in");
  if (afterIn && !r.some((w) => w.poss || isAcronym(w))) return true;
  const one = r.length === 1 && !r[0]!.poss ? r[0]!.key : "";
  // ("White House Chief of Staff": an office whose "of" names no body)
  if (one === "staff" && ws[p - 1]?.key === "of" && ws[p - 2]?.key === "chief") return true;
  if (one === "opposition" || (ws[p + 1]?.key === "minister" && one && isCommonWord(one) && !PARTY_WORDS.has(one))) return true;
  // ("Dale Communications Director", "Operations Manager": a common word of a field before an office)
  const office = ws[p + 1];
  if (one && office && (ROLE_NOUNS.has(office.key) || TITLES.has(office.key)) && FIELD_WORD.test(one) && isCommonWord(one) && !ORG_WORDS.has(one)) return true;
  // ("Presidential candidate", "Medical Director": a common adjective before an office)
  if (one && office && (ROLE_NOUNS.has(office.key) || TITLES.has(office.key)) && ADJECTIVE_END.test(one) && isCommonWord(one) && !ORG_WORDS.has(one)) return true;
  return r.length === 1 && r[0]!.w.length <= 2 && !isAcronym(r[0]!);
}

/** "the 3rd Congressional District", "7th Ward": a numbered district is a place, no body. */
export const numberedDistrict = (ws: readonly Word[], r: readonly Word[]): boolean =>
  /^\d+(?:st|nd|rd|th)$/.test(ws[ws.indexOf(r[0]!) - 1]?.key ?? "") && r.some((w) => w.key === "district" || w.key === "ward");

/** Endings of a common adjective ("presidential", "medical", "judicial", "executive", "civic"). */
const ADJECTIVE_END = /(?:al|ary|ive|ic|ous)$/;

/** Endings of a field's common noun ("communication", "operations", "development", "economics"). */
const FIELD_WORD = /(?:tions?|sions?|ments?|ics)$/;

/** A word written as a possessive ("Ruritania's", "Philippines'"). */
const isPossessive = (w: string): boolean => /^[\p{L}.-]+['’]s?$/u.test(w);

/** Fields whose secretary heads a department of that name ("Energy Secretary" → "Energy Department"). */
export const SECRETARY_DEPARTMENTS = new Set(
  (
    "energy defense defence interior health education labor labour agriculture transport transportation treasury commerce " +
    "environment culture"
  ).split(" "),
);

/** Titles of a member of Congress that follow their state ("Hawaii Rep.", "Ohio senator"). */
export const CONGRESS_TITLES = new Set("rep sen senator congressman congresswoman congressmember".split(" "));

/** Words of a legislator's role ("state senator", "member of the state parliament"). */
export const LEGISLATIVE = new Set(
  ("senator senators sen rep reps representative representatives lawmaker lawmakers legislator legislators assemblyman " +
    "assemblywoman assemblymember delegate delegates councillor councilor councilman councilwoman member members mp mps " +
    "parliament legislature assembly senate house council").split(" "),
);

/** Nouns of a field of study or coverage, after the country it is about ("China expert"). */
export const FIELD_NOUNS = new Set(
  "expert experts specialist specialists analyst analysts scholar scholars watcher watchers hand hands correspondent correspondents researcher researchers historian historians".split(" "),
);

/** The length of an outlet's name of two to four capitalised words opening at ws[i] ("Daily
 *  Ledger", "Jerusalem Post", "Harbor City Times": its place or everyday word included), or 0.
 *  Not a body named after one ("Post Office", "Times Holdings"). */
export function outletNameAt(ws: readonly Word[], i: number): number {
  const w = ws[i]!;
  const pw = ws[i - 1];
  if (!w.cap || COMMON_CAPS.has(w.key) || (pw?.cap && !COMMON_CAPS.has(pw.key))) return 0;
  let e = i;
  while (e < ws.length && ws[e]!.cap && (e === i || !ws[e - 1]!.poss)) e++;
  const run = ws.slice(i, e);
  const last = run[run.length - 1]!.key;
  if (run.length < 2 || run.length > 4 || !(MEDIA.has(last) || MEDIA.has(run[0]!.key)) || run.some(isOffice)) return 0;
  return ORG_WORDS.has(last) && !MEDIA.has(last) ? 0 : run.length;
}

/** What a represents value names in its closing brackets ("Qatar (Foreign Ministry)" → ["Foreign
 *  Ministry"]), or nothing. (String search: a pattern for it backtracks on long bracket runs.) */
export function bracketed(represents: string): string[] {
  if (!represents.endsWith(")")) return [];
  const open = represents.lastIndexOf("(");
  const inner = open < 0 ? "" : represents.slice(open + 1, -1);
  return inner && !inner.includes(")") ? [inner] : [];
}


/** Words before "attorney" that make a public prosecutor ("U.S. Attorney", "District Attorney"). */
const PROSECUTOR_OF = new Set("u.s us district county state state's city".split(" "));

/**
 * "U.S. Attorney for the Western District of New York" → "U.S. Attorney's Office for the Western
 * District of New York", "Manhattan District Attorney" → "Manhattan District Attorney's Office":
 * a public prosecutor acts for their office (not "Attorney General", not a defense attorney).
 */
export function prosecutorsOffice(ws: readonly Word[]): string | null {
  const at = ws.findIndex((w) => w.key === "attorney");
  if (at < 1 || !PROSECUTOR_OF.has(ws[at - 1]!.key) || ws[at + 1]?.key === "general") return null;
  let a = 0;
  while (a < at && (LEAD_MODIFIERS.has(ws[a]!.key) || !ws[a]!.cap)) a++;
  if (a === at || ws.slice(a, at).some((w) => !w.cap)) return null;
  const tail = ws[at + 1]?.key === "for" && ws[at + 2] ? ` ${ws.slice(at + 1).map((w) => w.w).join(" ")}` : "";
  return `${ws.slice(a, at).map((w) => w.w).join(" ")} Attorney's Office${tail}`;
}

/** Offices of a party's organisation ("state party chairman", "GOP operative"). */
const PARTY_OFFICES = new Set(
  (
    "chair chairman chairwoman vice-chair official officials insider operative strategist spokesman spokeswoman spokesperson " +
    "director committeeman committeewoman organization"
  ).split(" "),
);

/** "chairman of the Indiana GOP", "an Ohio Democrats official": a state's name right before a
 *  party word, in a party organisation's office, is that state's party ("Indiana (Republican
 *  Party)"); not a state's legislator or officer ("Texas Democratic state senator"). */
export function stateParty(ws: readonly Word[], state: string, party: string | null): string | null {
  if (!party || !ws.some((w) => PARTY_OFFICES.has(w.key)) || ws.some((w) => LEGISLATIVE.has(w.key) || CONGRESS_TITLES.has(w.key))) return null;
  if (party.startsWith(`${state} `)) return party;
  const n = state.split(" ").length;
  const k = ws.findIndex((_, i) => nameOf(ws.slice(i, i + n)) === state);
  return k >= 0 && PARTY_WORDS.has(ws[k + n]?.key ?? "") ? `${state} (${party})` : null;
}

/** Organisation words that are adjectives: they open a body's name but are none by themselves. */
export const ORG_ADJECTIVES = new Set("national international federal central world global european african asian american".split(" "));

/** Heads of a society's name, not a state's body ("American Academy of Pediatrics", "Turkish American Federation"). */
const SOCIETY_HEADS = new Set("academy association institute foundation federation society union league network fund center centre college university alliance coalition chamber partnership nation authority".split(" "));

/** Capitalised words from j hold a society's head before anything else ends them ("Civil Liberties Union"). */
export function societyNameAt(ws: readonly Word[], j: number): boolean {
  for (let k = j; k < ws.length && k < j + 5 && (ws[k]!.cap || ws[k]!.key === "of" || ws[k]!.key === "for"); k++) if (SOCIETY_HEADS.has(ws[k]!.key) && ws[k]!.cap) return true;
  return false;
}

/** Levels of government that open an office's title without naming a body ("State", "County"). */
export const LEVELS = new Set("state county city federal national provincial municipal regional".split(" "));

/** Common words that end an organisation's name ("Human Rights Watch", "Fox News"). */
export const NAME_TAILS = new Set("watch news first today now".split(" "));

/**
 * The name of the party whose word is ws[i], and the index after it: "Conservative Party of
 * Canada" with its country, "Liberal Democrat MP" → "Liberal Democrats", "Social Democratic
 * Party" of several words, else the party of the one word ("Republican" → "Republican Party").
 */
export function partyNameAt(ws: readonly Word[], i: number): [string, number] {
  const w = ws[i]!;
  const next = ws[i + 1];
  if (next?.key === "party" && ws[i + 2]?.key === "of" && ws[i + 3]?.cap) {
    const c = countryOf(ws, i + 3);
    let k = i + 3;
    for (; k < ws.length && ws[k]!.cap && (!c || k < i + 3 + c[1]); k++);
    return [`${partyName(w.w)} of ${c ? c[0] : ws.slice(i + 3, k).map((x) => x.w).join(" ")}`, k];
  }
  if (next?.key === "party") return [partyName(w.w), i + 2];
  if (next?.cap && (next.key === "democrat" || next.key === "democrats")) return [`${w.w} Democrats`, i + 2];
  let e = i + 1;
  while (e < ws.length && e < i + 4 && ws[e]!.cap && ws[e]!.key !== "party") e++;
  if (e > i + 1 && ws[e]?.cap && ws[e]!.key === "party") return [nameOf(ws.slice(i, e + 1)), e + 1];
  return [partyName(w.w), i + 1];
}
