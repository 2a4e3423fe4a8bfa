/**
 * Text-side helpers of result.ts for whom a person represents, read around their role in the
 * article: a race they run in ("candidate", "the Dale campaign"), a staff role a pronoun owns, a
 * body an office names by its kind; the country a role's text means is read in
 * represents-country.ts.
 */
import { COMMON_CAPS, CORP_ROLES, KIN_NOUNS, MINISTRY_SUBJECTS, ORG_WORDS, PARTY_WORDS, ROLE_NOUNS, TITLES } from "./lexicon/index.ts";
import { fold } from "./normalize.ts";
import { countryOf, departmentSubject, LEVELS, PLACE_NOUNS, partyName, SECRETARY_DEPARTMENTS, words, type Word } from "./represents-words.ts";
import { tagRepresents } from "./represents-us.ts";

/** A role of someone running in a race ("Democratic presidential candidate", "GOP front-runner"). */
export const RACE_ROLE = /\b(?:candidates?|nominees?|hopefuls?|challengers?|contenders?|front-?runners?)\b/i;

/** The article speaks of a person's campaign ("the Dale campaign", "Dale's presidential campaign"),
 *  by their surname as written. (String search, no pattern over the text.) */
export function campaignNamed(name: string, text: string): boolean {
  const surname = name.trim().split(/\s+/).pop() ?? "";
  if (surname.length < 2) return false;
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
    if (/\p{L}/u.test(text[i - 1] ?? "")) continue;
    const after = text.slice(i + surname.length, i + surname.length + 26);
    if (/^(?:['’]s?)? (?:presidential |re-?election |senate |Senate )?campaign\b/.test(after)) return true;
  }
  return false;
}

export { homeMinistryCountry, leadingCountry, unnamedCountry } from "./represents-country.ts";

/** What the article says around a role, for deriveRepresents (represents.ts). */
export interface DocFacts {
  /** the country the article is about (named twice as often as any other), or null; only for
   *  "the country's …", never as a guess for a role that names none */
  country: string | null;
  /** the organisation the article is about (named most often, and twice as often as any other;
   *  not a person, place or outlet), or null */
  mainOrg: string | null;
  /** capitalised organisation names seen in the article (for "the commission" → full name) */
  orgs: readonly string[];
  /** a person's name → what that person represents (for "Trump adviser") */
  personRep: (nameWord: string) => string | null;
  /** the word is part of a person's name in this article */
  isPerson: (nameWord: string) => boolean;
  /** the word is part of the name of a person the article shows as an official */
  isOfficial: (nameWord: string) => boolean;
  /** the company named last before this role, a few sentences back at most (for "the company's") */
  nearCompany?: string | null;
  /** the one US state the role's sentence names (for "Kentucky Democrats beat incumbent Gov. X");
   *  `previous`: else the one the sentence before names, in its paragraph */
  stateNear?: (previous: boolean) => string | null;
  /** the word is part of the name of a person the article shows running in a race ("candidate",
   *  "nominee", "X campaign"), for "Dale's senior media adviser" */
  isCandidate?: (nameWord: string) => boolean;
  /** the one country whose throne, monarchy or royal family the article names (for "Prince X") */
  monarchy?: string | null;
}

/** Nouns of one person in a race after a party's word: "the Republican presidential front-runner",
 *  "her Democratic rival" (not "the Republican candidates"). */
const RACER_NOUNS = new Set("front-runner frontrunner nominee candidate hopeful rival contender challenger standard-bearer".split(" "));
/** Words between a name's comma and its apposition's party ("X, her likely Republican rival"). */
const APPOSITION_OPENERS = new Set("the a an her his their its presumptive likely eventual leading top main chief fellow former".split(" "));
const WORD = /[\p{L}-]+/gu;
const AFTER_APPOSITION = new Set("who whose which for in of and since from with at on to".split(" "));
const COPULAS = new Set("is was becomes became remains".split(" "));
const POSSESSIVE = /(?:['’]s?|\bhis|\bher|\btheir) $/iu;
const OWNER_AFTER = /^['’]s?(?![\p{L}])/u;

/** A party's race phrase of the article: "Republican presidential front-runner" at start..end. */
export interface RacePhrase {
  start: number;
  end: number;
  party: string;
  /** after a possessive: another's rival, nominee ("Clinton's Democratic challenger", "her rival");
   *  or a possessive itself ("the Republican nominee's words") */
  relative: boolean;
}

/** A race noun (RACER_NOUNS, any case); racePhrases checks that it stands as a word of its own
 *  (an ASCII pattern without look-arounds runs several times faster than one with Unicode classes). */
const RACER = new RegExp(`(?:${[...RACER_NOUNS].join("|")})`, "gi");
const LETTER_OR_HYPHEN = /[\p{L}-]/u;
/** How far before a race noun its party's word is looked for, in characters. */
const RACE_WINDOW = 60;

/** Every "Party [presidential] Racer" phrase of the text ("GOP front-runner", "Democratic nominee"):
 *  found from the race nouns, the few words before each read (not every word of the text). */
export function racePhrases(text: string): RacePhrase[] {
  const out: RacePhrase[] = [];
  for (const m of text.matchAll(RACER)) {
    const after = m.index + m[0].length;
    if ((m.index > 0 && LETTER_OR_HYPHEN.test(text[m.index - 1]!)) || (after < text.length && LETTER_OR_HYPHEN.test(text[after]!))) continue;
    const base = Math.max(0, m.index - RACE_WINDOW);
    const words = [...text.slice(base, m.index).matchAll(WORD)];
    // prev2 = party word, prev = "presidential" or prev = party word
    const prev = words[words.length - 1];
    const prev2 = words[words.length - 2];
    const party = prev2 && prev && fold(prev[0]) === "presidential" ? prev2 : prev;
    if (!party) continue;
    const ps = base + party.index!;
    if (/^\p{Lu}/u.test(party[0]) && PARTY_WORDS.has(fold(party[0])) && !/[.,;:!?()"“”]/.test(text.slice(ps + party[0].length, m.index)))
      // (or a possessive itself, "the Republican nominee's words": someone named before, not a free phrase)
      out.push({ start: ps, end: m.index + m[0].length, party: partyName(party[0]), relative: POSSESSIVE.test(text.slice(Math.max(0, ps - 6), ps)) || OWNER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) });
  }
  return out;
}

/** The phrase is in apposition to a name ending at `end`, or said of it: "Trump, her Republican
 *  rival", "if Dale is the Democratic nominee". */
export function apposed(text: string, end: number, phrase: RacePhrase): boolean {
  if (phrase.start < end || phrase.start - end > 40) return false;
  const gap = text.slice(end, phrase.start);
  const between = (gap.startsWith(", ") ? gap.slice(2) : gap.startsWith(" ") ? gap.slice(1) : "\n").split(" ");
  if (!gap.startsWith(", ") && !COPULAS.has(between.shift() ?? "")) return false;
  // (and ends there: "X, the Democratic nominee for governor,"; not "X, the Democratic candidate said")
  const after = text.slice(phrase.end, phrase.end + 8);
  return between.pop() === "" && between.every((w) => APPOSITION_OPENERS.has(w)) && (!/^ \p{L}/u.test(after) || AFTER_APPOSITION.has(after.slice(1).split(/[^\p{L}]/u)[0]!));
}

/** A person as raceParty reads them: where they are named, and their role phrases. */
export interface Racer {
  mentions: ReadonlyArray<{ start: number; end: number }>;
  roles: ReadonlyArray<{ start: number; end: number; text: string; kind: string }>;
}

/**
 * Whom a person given no office but a race's acts for: the party of a race phrase of theirs, in
 * one of their roles or in apposition ("Trump, her Republican rival", "if Dale is the Democratic
 * nominee"); else, when they run (`runs`: a race role, "the Dale campaign") and every other runner
 * has a party, the one party of the article's race phrases that are no one's and no other runner's
 * ("the Republican front-runner"; not "Clinton's Democratic challenger"). `people` is everyone.
 */
export function raceParty(text: string, races: readonly RacePhrase[], a: Racer, people: readonly Racer[], runs: (p: Racer) => boolean): string | null {
  const owns = (o: Racer, p: RacePhrase): boolean =>
    o.roles.some((r) => r.start <= p.start && p.end <= r.end) || o.mentions.some((m) => (m.start >= p.end && m.start - p.end <= 2) || apposed(text, m.end, p));
  const mine = new Set(races.filter((p) => owns(a, p)).map((p) => p.party));
  if (mine.size > 0 || !runs(a)) return mine.size === 1 ? [...mine][0]! : null;
  // (a party in a role: "Democratic front-runner", a tag "(D-Vt.)")
  const partiesOf = (o: Racer): string[] => [
    ...races.filter((p) => owns(o, p)).map((p) => p.party),
    ...o.roles.flatMap((r) => (r.kind === "tag" ? [tagRepresents(r.text, null) ?? r.text] : r.text.split(" ").filter((w) => /^\p{Lu}/u.test(w) && PARTY_WORDS.has(fold(w))).map(partyName))),
  ];
  const others = people.filter((o) => o !== a && runs(o)).map(partiesOf);
  const taken = new Set([...others.flat(), ...races.filter((p) => people.some((o) => o !== a && owns(o, p))).map((p) => p.party)]);
  const free = new Set(races.filter((p) => !p.relative && !taken.has(p.party) && !owns(a, p)).map((p) => p.party));
  return free.size === 1 && others.every((x) => x.length > 0) ? [...free][0]! : null;
}

const PRONOUN_OWNER = /^(?:his|her|their)\s+/i;
const PRONOUN_BEFORE = /(?:^|\s)(his|her|their)\s+$/i;
/** A staff office another person owns ("campaign manager", "top aide", "spokeswoman"). */
const STAFF = /\b(?:campaign|aide|advis[eo]r|spokes(?:man|woman|person)|manager|chairman|strategist|pollster|press secretary|chief of staff|deputy)\b/i;
const NOT_NOW = /\b(?:former|ex|then|future|late)\b/i;
const MR = /\bMr\.? $/;
const MRS = /\bM(?:rs|s)\.? $/;

/**
 * "Her campaign manager, X", "X, his top aide": a staff role a possessive pronoun owns, read as
 * the office of the person named last before it (within `reach` characters, about a paragraph; of the pronoun's
 * gender first, `genderOf` as names tell it; not a person whose own role a pronoun owns: "his
 * campaign manager, Y, and his spokeswoman, X"). `others` are the people but the role's holder;
 * `genderOf` gives "m", "f", "" or a gender only guessed from a pronoun ("m?").
 * Returns "Dale's campaign manager", or null.
 */
export function pronounRole<P extends Racer & { name: string }>(
  text: string,
  role: { start: number; text: string },
  others: readonly P[],
  genderOf: (p: P) => string,
  reach = 600,
): string | null {
  if (!STAFF.test(role.text) || NOT_NOW.test(role.text)) return null;
  const own = PRONOUN_OWNER.exec(role.text);
  const before = own ? null : PRONOUN_BEFORE.exec(text.slice(Math.max(0, role.start - 7), role.start));
  const pronoun = (own?.[0] ?? before?.[1] ?? "").trim().toLowerCase();
  if (!pronoun) return null;
  const at = own ? role.start : role.start - 7;
  const want = pronoun === "his" ? "m" : pronoun === "her" ? "f" : "";
  const free = others.filter((o) => !o.roles.some((r) => r.kind !== "tag" && pronounOwned(text, r)));
  // (a courtesy title before a mention tells a gender the names do not: "Mr. Hale"; a gender only
  // guessed from a pronoun, "m?", ranks with the unknown, and never against the pronoun)
  const titled = (p: P, re: RegExp) => p.mentions.some((m) => re.test(text.slice(Math.max(0, m.start - 5), m.start)));
  const gender = (p: P): string => {
    const g = genderOf(p);
    return g && !g.endsWith("?") ? g : titled(p, MR) ? "m" : titled(p, MRS) ? "f" : g;
  };
  const last = (fits: (g: string) => boolean) => {
    let best: { start: number; p: P } | null = null;
    for (const p of free)
      if (fits(gender(p))) for (const m of p.mentions) if (m.start < at && m.start > at - reach && (!best || m.start > best.start)) best = { start: m.start, p };
    return best?.p ?? null;
  };
  const who = (want ? last((g) => g === want) : null) ?? last((g) => g === "" || g === `${want}?` || (!want && g.endsWith("?")));
  return who ? `${who.name.split(" ").pop()!}'s ${own ? role.text.slice(own[0].length) : role.text}` : null;
}

/** A role a possessive pronoun owns ("his top aide", or "his" just before it). */
export const pronounOwned = (text: string, role: { start: number; text: string }): boolean =>
  PRONOUN_OWNER.test(role.text) || PRONOUN_BEFORE.test(text.slice(Math.max(0, role.start - 7), role.start));

/** Words that may follow a body's name at the end of a role ("… Progress Ohio and …"; not "in
 *  Israel", which says the country too). */
const AFTER_NAME = new Set(["at", "and", "from"]);
/** Kinds of body written as acronyms ("super PAC", "the charity NGO"). */
const KIND_ACRONYMS = new Set(["pac", "ngo", "llc"]);
/** Lower-case words inside a body's name ("Democracy for America", "Coalition to Save the Bay"). */
const NAME_JOINS = new Set(["of", "for", "and", "on", "to", "the"]);

/**
 * "of the advocacy group Progress Ohio", "of the think tank Third Path", "at the pro-labor Fair
 * Wage PAC": a body's name after the lower-case words that say what kind of body it is (after
 * of/for/at and "the"), read whole to the role's end or a place after it; its first word no
 * country's, person's or office's. With no such words, only a name that "to" joins ("Right to
 * Rise Ohio", "Coalition to Save the Bay"). Returns the name, or null.
 */
export function describedBody(ws: readonly Word[], isPerson: (key: string) => boolean): string | null {
  // (the last such body first: "director of gaming at the research firm Acme" works for Acme)
  for (let p = ws.length - 3; p >= 0; p--) {
    const k = ws[p]!.key;
    if (k !== "of" && k !== "for" && k !== "at") continue;
    let i = p + 1;
    if (ws[i]!.key === "the" || ws[i]!.key === "a") i++;
    const d0 = i;
    while (i < ws.length && !ws[i]!.cap && !NAME_JOINS.has(ws[i]!.key) && !AFTER_NAME.has(ws[i]!.key) && !ROLE_NOUNS.has(ws[i]!.key) && ws[i]!.key !== "in") i++;
    if (i >= ws.length || !ws[i]!.cap || isPerson(ws[i]!.key) || countryOf(ws, i) || ROLE_NOUNS.has(ws[i]!.key)) continue;
    const kind = i > d0;
    let e = i + 1;
    while (e < ws.length && (ws[e]!.cap || (NAME_JOINS.has(ws[e]!.key) && ws[e + 1]?.cap))) e++;
    // (a kind written as an acronym is no part of the name: "super PAC America Rising"; an
    // ordinal before it is: "the 6th District Committee")
    if (e - i > 1 && KIND_ACRONYMS.has(ws[i]!.key) && ws[i]!.w === ws[i]!.w.toUpperCase()) i++;
    else if (/^\d/.test(ws[i - 1]!.key)) i--;
    const name = ws.slice(i, e);
    // (a numbered district alone is a place: "the 6th Congressional District")
    if (i < e && /^\d/.test(ws[i]!.key) && !name.some((w) => (ORG_WORDS.has(w.key) && w.key !== "district") || PARTY_WORDS.has(w.key))) continue;
    if (name.some((w) => (ROLE_NOUNS.has(w.key) && !ORG_WORDS.has(w.key)) || w.poss)) continue;
    // (with no words of its kind, a name whose verb "to" joins: "head of Right to Rise Ohio")
    if (!kind && !name.some((w, x) => x > 0 && w.key === "to")) continue;
    if (e === ws.length || AFTER_NAME.has(ws[e]!.key)) return name.map((w) => w.w).join(" ");
  }
  return null;
}

/** ws[i] is an everyday capitalised word that opens a name through "of" after "the" ("the March
 *  of Dimes"; not an office, a title or a place noun: "the State of Ohio", "the Speaker of the House"). */
export const opensOfName = (ws: readonly Word[], i: number): boolean => {
  const w = ws[i];
  return !!w && w.cap && COMMON_CAPS.has(w.key) && ws[i - 1]?.key === "the" && ws[i + 1]?.key === "of" && ws[i + 2]?.cap === true && !TITLES.has(w.key) && !ROLE_NOUNS.has(w.key) && !PLACE_NOUNS.has(w.key) && !LEVELS.has(w.key);
};

/** A title in typographic quotation marks, as roles.ts writes it. */
export const QUOTED_TITLE = /“[^“”]{0,200}”/gu;

/**
 * The ministry or department a role names: "Finance Minister" → "Finance Ministry"; a secretary's
 * or an attorney general's department as the article names it ("Justice Department", "State
 * Department"), else "Energy Department" for "Energy Secretary" (not the offices whose department
 * has another name: of state, foreign, home), "Department of Homeland Security"; or null.
 */
export function ministryOf(ws: readonly Word[], lowerKeys: readonly string[], orgs: readonly string[], p = portfolioAt(ws)): string | null {
  if (p) return `Ministry of ${ws.slice(p[0], p[1]).map((w) => w.w).join(" ")}`;
  let ministry: string | null = null;
  for (let i = 0; i + 1 < ws.length; i++) {
    if (MINISTRY_SUBJECTS.has(ws[i]!.key) && ws[i + 1]!.key === "minister") {
      const subj = ws[i]!.w;
      ministry = `${subj[0]!.toUpperCase()}${subj.slice(1)} Ministry`;
    }
  }
  const subject = departmentSubject(lowerKeys);
  if (!subject || ministry) return ministry;
  return (
    orgs.find((o) => fold(o).split(" ").includes(subject) && /\bDepartment\b/.test(o)) ??
    (SECRETARY_DEPARTMENTS.has(subject) ? `${subject[0]!.toUpperCase()}${subject.slice(1)} Department` : subject === "homeland" ? "Department of Homeland Security" : null)
  );
}

/** Nouns of one who runs against another ("X's rival"). */
const RIVALS = new Set("rival rivals challenger challengers opponent opponents foe foes adversary competitor".split(" "));

/**
 * "Minister of Foreign Affairs", "Minister for Health", "Cabinet Secretary for Health", "Minister
 * of State for Trade": the capitalised portfolio after a minister's office (through "and": "Foreign
 * Affairs and Trade"; not a country after it, "of Peru", nor a country alone), as [start, end) of
 * its words, or null.
 */
export function portfolioAt(ws: readonly Word[]): [number, number] | null {
  for (let i = 0; i + 2 < ws.length; i++) {
    const k = ws[i]!.key;
    const by = ws[i + 1]!.key;
    // (a minister with a subject already has their ministry: "Assistant Foreign Minister for Consular Affairs";
    // a secretary for a portfolio heads a ministry as a cabinet's: not "press secretary for Mr. Dale")
    const minister = k === "minister" && (by === "of" || by === "for") && !MINISTRY_SUBJECTS.has(ws[i - 1]?.key ?? "");
    // (not "Secretary of State for Political Affairs", a US department's under secretary as often as a UK minister)
    const secretary = k === "secretary" && by === "for" && (i === 0 || ws[i - 1]!.key === "cabinet");
    if (!minister && !secretary) continue;
    let j = i + (ws[i + 2]!.key === "the" ? 3 : 2);
    // ("Minister of State for Trade": the junior minister's portfolio after "for")
    if (ws[j]?.key === "state" && ws[j + 1]?.key === "for") j += 2;
    let e = j;
    while (e < ws.length && !countryOf(ws, e) && ((ws[e]!.cap && !PARTY_WORDS.has(ws[e]!.key)) || ((ws[e]!.key === "and" || ws[e]!.w === "&") && ws[e + 1]?.cap && !countryOf(ws, e + 1)))) e++;
    if (e > j) return [j, e];
  }
  return null;
}

/** Words after the head of a role phrase: its complement or another office ("counsel under X's father"). */
const KIN_STOPS = new Set("of and under to for at with in from".split(" "));

/**
 * The role names a person it relates them to and no body they act for: a relative ("daughter of
 * former President X", "Senator X's wife", "X's brother and fellow comic"; not kin named by a
 * body's office, "brother of the Taliban's deputy leader"), or a successor ("X's successor": the
 * office X held, which the knowledge base knows, not X's campaign; not "FDIC Chairman X's
 * predecessor"), nor a rival ("X's top challenger": not X's campaign).
 */
export function namesNoBody(ws: readonly Word[], isPerson: (key: string) => boolean): boolean {
  const stop = ws.findIndex((w, i) => i > 0 && KIN_STOPS.has(w.key));
  const head = (stop > 0 ? ws[stop - 1] : ws[ws.length - 1])?.key ?? "";
  if (KIN_NOUNS.has(head)) return !ws.some((w) => w.poss && w.cap && !isPerson(w.key));
  // ("Clinton's top challenger": a person's rival, "rival of X", acts against them, not for their campaign)
  if (RIVALS.has(head)) return ws.some((w) => w.cap && isPerson(w.key));
  return (head === "successor" || head === "predecessor") && !ws.some((w) => w.cap && !isPerson(w.key) && !TITLES.has(w.key));
}

/** The body an office names no body for may still be the article's own: a company's office in an
 *  article about one company ("the chief executive"), a judge on the one court it names. Not when
 *  the role names a body that was not read ("chairman of the Joint Chiefs of Staff", "Tribune's
 *  former chairman"), nor a "Q3" for the company. */
export function bodyOfArticle(ws: readonly Word[], facts: DocFacts): string | null {
  const keys = ws.map((w) => w.key);
  const corp =
    keys.some((k) => CORP_ROLES.has(k)) &&
    !keys.some((k) => k === "of" || k === "for" || k === "at") &&
    !ws.some((w) => w.cap && !TITLES.has(w.key) && !ROLE_NOUNS.has(w.key) && !CORP_ROLES.has(w.key));
  if (corp && facts.mainOrg && !/\d/.test(facts.mainOrg)) return facts.mainOrg;
  // a judge sits on the court the article names
  if (keys.some((k) => k === "justice" || k === "judge" || k === "magistrate")) return facts.orgs.find((o) => /\bCourt\b/.test(o)) ?? null;
  return null;
}

/** Speech verbs after which a body named just before has spoken ("The State Department said"). */
const BODY_SPOKE = /^\s+(?:said|says|announced|stated|confirmed|denied|added|reported)\b/;
/** Offices that speak for the body that spoke just before them ("… Spokesman X told reporters"). */
const SPOKESPEOPLE = new Set("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split(" "));

const SPOKES_RANKS = new Set("chief senior deputy top official principal lead".split(" "));

/**
 * "The State Department said … Spokesman John Kirby told reporters": a bare spokesperson's title
 * (no owner in the role) speaks for the organisation of the article that spoke last within `within`
 * characters before, one of `orgs` followed by a speech verb. Returns that organisation, or null.
 */
export function bodyThatSpokeBefore(text: string, at: number, title: string, orgs: readonly string[], within = 300): string | null {
  const ws = words(title);
  // (an owner in the role says whose: "the ministry's spokesman" is not for this)
  if (ws.length === 0 || !SPOKESPEOPLE.has(ws[ws.length - 1]!.key) || !ws.slice(0, -1).every((w) => SPOKES_RANKS.has(w.key))) return null;
  const lo = Math.max(0, at - within);
  const hay = text.slice(lo, at);
  let best: { org: string; at: number } | null = null;
  for (const org of orgs) {
    for (let i = hay.indexOf(org); i >= 0; i = hay.indexOf(org, i + 1)) {
      if (BODY_SPOKE.test(hay.slice(i + org.length, i + org.length + 14)) && (!best || i > best.at)) best = { org, at: i };
    }
  }
  // ("O'Malley's campaign says … Spokeswoman X says": the campaign of the person named before it)
  for (const q of ["'s campaign", "’s campaign"]) {
    for (let i = hay.indexOf(q); i >= 0; i = hay.indexOf(q, i + 1)) {
      let s = i;
      while (s > 0 && /[\p{L}'’-]/u.test(hay[s - 1]!)) s--;
      if (/^\p{Lu}/u.test(hay.slice(s, i)) && BODY_SPOKE.test(hay.slice(i + q.length, i + q.length + 14)) && (!best || s > best.at)) best = { org: `${hay.slice(s, i)} campaign`, at: s };
    }
  }
  return best?.org ?? null;
}
