/**
 * Who is who across articles. Pure rules; the memory feeds them the stored candidates.
 *
 * Guarantees (each one a test in identity.test.ts / memory.test.ts):
 * - A knowledge-base id decides: the same id is one person, different ids are two people.
 * - A name is read without what leads it but is not part of it: titles and office words ("Sen.",
 *   "Counsel", "Then-President") and sentence adverbs ("Meanwhile", "Reportedly"), nor invisible
 *   characters (a soft hyphen inside a word); src/kb/names.ts, shared with the KB linking.
 * - Full names match when the surname is the same and the given names agree: equal, an initial
 *   of the other ("B. Netanyahu"), a diminutive of the other (Tim/Timothy, Bernie/Bernard: the
 *   open table of src/kb/data/given-names.json), or a close spelling variant ("Benyamin"/
 *   "Benjamin", "Mohammed"/"Muhammad"); middle names may be missing on one side but may not
 *   conflict ("George W." vs "George H. W." are two people). "Jared" and "Charles" Kushner never match.
 * - A surname spelled differently ("Zelensky"/"Zelenskyy", "Smith"/"Smyth") is another person
 *   unless the context agrees (shared affiliation or role words worth ≥ 2 points): one letter
 *   apart is how two strangers' names look as often as two spellings of one.
 * - A bare surname never matches on its own: it joins a known full-name person only when the
 *   article context supports it (shared affiliation words, or role words worth ≥ 2 points, or
 *   that person named in full in the same article), and only when exactly one such person is
 *   best supported. Otherwise it stays a separate person;
 *   without any affiliation it is article-local (its key contains the article URL).
 * - The other way round too: a bare-surname person stored earlier (with an affiliation) is
 *   absorbed by a full-name person recorded later when the same rule would now send that bare
 *   surname to them (`isAbsorbedBy`).
 * - Affiliation wording and role are NOT part of the match for full names that agree: a minister
 *   who moved or an outlet that words the ministry differently keeps one identity with dated roles.
 *
 * Deliberately not done: transliterations that change the first letter ("Gaddafi"/"Qaddafi").
 */
import { fold, foldTokens } from "./normalize.ts";
import type { KbLink, PersonRecord } from "./types.ts";
import { editDistance, isLeadingNonName, matchGiven, splitTitles } from "../kb/names.ts";

export { editDistance, isSpellingVariant } from "../kb/names.ts";

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Name particles that are neither given name nor surname on their own. */
const PARTICLES = new Set(["de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "bint", "al", "el", "abu", "ben"]);
/** Particles that are given names when they open a name. */
const GIVEN_FIRST = new Set(["ben"]);

export interface ParsedName {
  /** Folded tokens without honorifics/suffix. */
  tokens: string[];
  /** Folded full form ("benjamin netanyahu"). */
  full: string;
  given: string[];
  surname: string;
  skel: string;
  suffix: string | null;
}

/** Consonant skeleton of a surname: first letter kept, vowels and y dropped, doubles collapsed.
 *  "zelensky", "zelenskyy", "zelenskiy" → "zlnsk". Used to find spelling-variant candidates. */
export function skeleton(surname: string): string {
  if (surname === "") return "";
  const rest = surname.slice(1).replace(/[aeiouy]/g, "");
  return (surname[0] + rest).replace(/(.)\1+/g, "$1");
}

export function parseName(name: string): ParsedName | null {
  let tokens = foldTokens(splitTitles(name).rest);
  while (tokens.length > 1 && isLeadingNonName(tokens[0]!)) tokens = tokens.slice(1);
  let suffix: string | null = null;
  if (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1]!)) {
    suffix = tokens[tokens.length - 1]!;
    tokens = tokens.slice(0, -1);
  }
  const surname = tokens[tokens.length - 1];
  if (surname === undefined) return null;
  // "Ben" opening a name is a given name (Ben Okoro); between names it is a particle.
  const given = tokens.slice(0, -1).filter((t, i) => !PARTICLES.has(t) || (i === 0 && GIVEN_FIRST.has(t)));
  return { tokens, full: tokens.join(" "), given, surname, skel: skeleton(surname), suffix };
}

// ---------------------------------------------------------------------------------------------
// Given names


/** How two parsed names relate. */
export type NameMatch =
  /** Same folded full form. */
  | "exact"
  /** Same surname, given names agree (initials, diminutives, variants, a missing middle name). */
  | "compatible"
  /** Same given name spelled out, surname a spelling variant (same skeleton): needs context. */
  | "surname-variant"
  /** Same given name as initial only, surname a spelling variant: needs context. */
  | "weak-variant"
  /** One side is a bare surname equal to the other's surname: needs context. */
  | "surname-only";

export function compareNames(a: ParsedName, b: ParsedName): NameMatch | null {
  if (a.suffix !== null && b.suffix !== null && a.suffix !== b.suffix) return null;
  if (a.full === b.full) return "exact";
  const aBare = a.tokens.length === 1;
  const bBare = b.tokens.length === 1;
  if (aBare || bBare) {
    if (aBare && bBare) return null; // different single tokens
    return a.surname === b.surname ? "surname-only" : null;
  }
  if (a.given.length === 0 || b.given.length === 0) {
    // Only particles before the surname ("al Thani"): treat like a bare surname.
    return a.surname === b.surname ? "surname-only" : null;
  }
  const first = matchGiven(a.given[0]!, b.given[0]!);
  if (first === null) return null;
  const midA = a.given.slice(1);
  const midB = b.given.slice(1);
  if (midA.length > 0 && midB.length > 0) {
    if (midA.length !== midB.length) return null;
    for (let i = 0; i < midA.length; i++) {
      const m = matchGiven(midA[i]!, midB[i]!);
      if (m === null || m === "variant") return null;
    }
  }
  if (a.surname === b.surname) return "compatible";
  if (a.skel !== b.skel || editDistance(a.surname, b.surname) > 2) return null;
  return first === "same" && a.given[0]!.length > 1 ? "surname-variant" : "weak-variant";
}

// ---------------------------------------------------------------------------------------------
// Context

/** Role words that say what someone does but not for whom: worth 1 point when shared. Any
 *  other shared word (a country, a ministry's subject, a party) is worth 2. */
const GENERIC_ROLE_WORDS = new Set(
  (
    "minister ministry president vice prime secretary spokesperson spokesman spokeswoman " +
    "official officials senior chief head deputy leader member director general state foreign " +
    "affairs government department office national federal former acting adviser advisor " +
    "ambassador senator representative governor mayor chair chairman chairwoman commissioner " +
    "council committee party lawmaker mp spokesperson assistant special envoy"
  ).split(" "),
);
const CONTEXT_STOPWORDS = new Set(["the", "of", "and", "for", "to", "in", "on", "at", "a", "an", "s"]);

/** Folded context words of a role/affiliation text. */
export function contextWords(...texts: Array<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const w of foldTokens(t)) if (!CONTEXT_STOPWORDS.has(w)) out.add(w);
  return [...out];
}

/** Country and demonym forms: "israel"/"israeli", "iran"/"iranian" (one is the other plus at
 *  most 3 letters), "sweden"/"swedish", "china"/"chinese" (a shared start of ≥ 4 letters, then
 *  short endings, one of them a demonym ending). */
export function sameContextWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  if (common < 4) return false;
  const tails = [a.slice(common), b.slice(common)];
  return tails.every((t) => t.length <= 3) && tails.some((t) => DEMONYM_ENDINGS.has(t));
}
const DEMONYM_ENDINGS = new Set(["ish", "ese", "ian", "an", "i", "ic", "ean", "ern"]);

/** Points of shared context: 2 per shared specific word, 1 per shared generic role word. */
export function contextScore(a: readonly string[], b: readonly string[]): number {
  let score = 0;
  for (const w of a) {
    if (b.some((v) => sameContextWord(w, v))) score += GENERIC_ROLE_WORDS.has(w) ? 1 : 2;
  }
  return score;
}

/** Context points needed to accept a bare surname or a weak spelling variant. */
export const CONTEXT_SUPPORT = 2;

// ---------------------------------------------------------------------------------------------
// Keys and choosing among stored candidates

export interface IdentityInput {
  name: string;
  role?: string | null;
  represents?: string | null;
  kb?: KbLink | null;
  /** Needed for a bare surname without affiliation (its key is article-local). */
  articleUrl?: string | null;
}

/** The key a NEW person record gets for this input. For a linked person ("kb:<id>") or an
 *  unlinked one, the memory resolves this key with the same rules as recording, so the
 *  background can ask `saidElsewhere(personKey(p))` for a page person before recording. */
export function personKey(input: IdentityInput): string {
  if (input.kb?.id) return `kb:${input.kb.id}`;
  const parsed = parseName(input.name);
  const name = parsed?.full ?? fold(input.name);
  const affiliation = foldTokens(input.represents).join(" ");
  if ((parsed?.tokens.length ?? 0) <= 1 && affiliation === "") {
    return `n:${name}|@${input.articleUrl ?? ""}`;
  }
  return `n:${name}|${affiliation}`;
}

/** Recover an identity input from an unlinked key (what `personKey` encoded). */
export function inputFromKey(key: string): IdentityInput | null {
  if (key.startsWith("kb:")) return null;
  if (!key.startsWith("n:")) return null;
  const bar = key.indexOf("|");
  if (bar < 0) return { name: key.slice(2) };
  const name = key.slice(2, bar);
  const rest = key.slice(bar + 1);
  if (rest.startsWith("@")) return { name, represents: null, articleUrl: rest.slice(1) };
  return { name, represents: rest === "" ? null : rest };
}

const RANK: Record<NameMatch, number> = {
  exact: 5,
  compatible: 4,
  "surname-variant": 3,
  "weak-variant": 2,
  "surname-only": 1,
};

interface Scored {
  person: PersonRecord;
  rank: number;
  context: number;
}

/** Full-name (≥ 2 tokens) aliases of a stored person: a bare-surname alias must never make a
 *  later bare surname look like an exact match. */
function fullAliases(person: PersonRecord): ParsedName[] {
  const out: ParsedName[] = [];
  for (const alias of person.aliases) {
    const p = parseAlias(alias);
    if (p && p.tokens.length > 1) out.push(p);
  }
  return out;
}

/** Parsed stored aliases, memoised: resolving one page's people parses the same candidates'
 *  aliases again and again. Bounded; cleared wholesale when full (aliases are cheap to redo). */
const ALIAS_CACHE_SIZE = 20_000;
const aliasCache = new Map<string, ParsedName | null>();
function parseAlias(alias: string): ParsedName | null {
  let p = aliasCache.get(alias);
  if (p === undefined) {
    if (aliasCache.size >= ALIAS_CACHE_SIZE) aliasCache.clear();
    p = parseName(alias);
    aliasCache.set(alias, p);
  }
  return p;
}

/**
 * Pick the stored person this input is, among candidates sharing its surname skeleton (and any
 * record with its KB id). Returns null when none qualifies or a bare surname is ambiguous.
 */
/** Context points for appearing in the same article: a bare surname there is the person named
 *  in full with that surname in it (if only one is). */
const SAME_ARTICLE = CONTEXT_SUPPORT;
const NO_KEYS: ReadonlySet<string> = new Set();

export function chooseCandidate(input: IdentityInput, candidates: readonly PersonRecord[], sameArticle: ReadonlySet<string> = NO_KEYS): PersonRecord | null {
  const kbId = input.kb?.id ?? null;
  if (kbId) {
    const linked = candidates.find((c) => c.kbId === kbId);
    if (linked) return linked;
  }
  const names = [parseName(input.name), input.kb?.name ? parseName(input.kb.name) : null].filter(
    (n): n is ParsedName => n !== null,
  );
  if (names.length === 0) return null;
  const isBare = names.every((n) => n.tokens.length === 1 || n.given.length === 0);
  const ctx = contextWords(input.role, input.represents, input.kb?.position, input.kb?.country);
  const ownKey = personKey(input);

  const scored: Scored[] = [];
  for (const person of candidates) {
    if (kbId && person.kbId && person.kbId !== kbId) continue; // the KB says they differ
    const context = contextScore(ctx, person.context) + (sameArticle.has(person.key) ? SAME_ARTICLE : 0);
    if (person.key === ownKey) {
      // Same name and same affiliation wording (or the same article for a bare surname). A bare
      // surname ranks below a supported full-name person so that it joins them when it can.
      scored.push({ person, rank: isBare ? 0.5 : RANK.exact, context: Math.max(context, CONTEXT_SUPPORT) });
      continue;
    }
    let best: NameMatch | null = null;
    for (const alias of fullAliases(person)) {
      for (const n of names) {
        const m = compareNames(n, alias);
        if (m && (best === null || RANK[m] > RANK[best])) best = m;
      }
    }
    if (best === null) continue;
    const needsContext = best === "surname-only" || best === "weak-variant" || best === "surname-variant";
    // A linked input may join an unlinked record only on a real name match.
    if (kbId && !person.kbId && needsContext) continue;
    if (needsContext && context < CONTEXT_SUPPORT) continue;
    scored.push({ person, rank: RANK[best], context });
  }
  if (scored.length === 0) return null;
  scored.sort((x, y) => y.rank - x.rank || y.context - x.context || y.person.lastAt - x.person.lastAt || (x.person.key < y.person.key ? -1 : 1));
  const top = scored[0]!;
  const second = scored[1];
  if (second && top.rank <= RANK["surname-variant"] && second.rank === top.rank && second.context === top.context) {
    // A bare surname (or weak variant) equally supported for two people: don't guess.
    return null;
  }
  return top.person;
}

/** The order in which an article's people are resolved: full names (and KB-linked people) first,
 *  then bare surnames, each group in article order, so a bare surname can join the person the
 *  article names in full even when the surname comes first (a headline). */
export function fullNamesFirst(inputs: readonly IdentityInput[]): number[] {
  const bare = (x: IdentityInput): boolean => {
    const p = parseName(x.name);
    return !x.kb?.id && (p === null || p.tokens.length === 1 || p.given.length === 0);
  };
  const idx = inputs.map((_, i) => i);
  return [...idx.filter((i) => !bare(inputs[i]!)), ...idx.filter((i) => bare(inputs[i]!))];
}

/** A stored person known only by a bare surname, that may still turn out to be someone. */
export function isBareRecord(p: PersonRecord): boolean {
  return p.kbId === null && !p.key.includes("|@") && p.aliases.length > 0 && p.aliases.every((a) => !a.includes(" "));
}

/**
 * Should the stored bare-surname person `bare` be folded into `into` (a full-name person just
 * recorded)? Exactly when the rule for a new bare mention, fed the bare person's own context,
 * picks `into` among everyone else in `pool`: same surname, supported by context, unambiguous.
 */
export function isAbsorbedBy(bare: PersonRecord, into: PersonRecord, pool: readonly PersonRecord[]): boolean {
  if (!isBareRecord(bare) || bare.key === into.key || isBareRecord(into)) return false;
  const others = pool.filter((p) => p.key !== bare.key && !isBareRecord(p));
  return chooseCandidate({ name: bare.name, role: bare.context.join(" ") }, others)?.key === into.key;
}
