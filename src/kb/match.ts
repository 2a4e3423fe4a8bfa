/**
 * Which knowledge-base entries a person's name can be, and how well the name agrees.
 *
 * A person is named by a full name (a given name and a surname) or only by a surname. A full name
 * is the identity: an entry is a candidate only when the surname is the same and the given names
 * agree — the same name, a diminutive (Tim/Timothy), a spelling of it (Benyamin/Benjamin), or an
 * initial — and no middle name conflicts; a full name whose given name differs is a different
 * person whatever its bare-surname mentions say ("Margie Kim" is not Kim Jong Un). A surname
 * spelled differently (Netanyahou) is only a variant, which lookup.ts accepts with supporting
 * context. Loose transliteration keys only retrieve candidates; they never decide on one token.
 * A bare surname matches an entry's surname key exactly, and lookup.ts asks strong context of it.
 */
import type { KnowledgeBase } from "./types.ts";
import { evidenceText, fullTokens, leadingGiven, looseOfTokens, nameTokens } from "./normalize.ts";
import { isSpellingVariant, matchGiven, splitTitles, type GivenMatch } from "./names.ts";
import { familiesInText } from "./roles.ts";

export { splitTitles } from "./names.ts";

export interface PersonName {
  /** folded tokens (particles dropped, initials joined) */
  tokens: string[];
  /** tokens before the surname */
  given: string[];
  surname: string;
  /** words split off the front: titles ("Sen."), or role words of a caseless script ("ראש הממשלה") */
  title: string;
  /** the first given name is a particle that may be an article instead ("Al Gore" / "Al Thani"):
   *  it confirms an entry of that given name and contradicts none */
  soft?: boolean;
}

const LATIN = /[a-z]/;

/** Parses one name string. In scripts without capitals (Hebrew, Arabic) role words written before
 *  a surname ("ראש הממשלה נתניהו", prime minister Netanyahu) are a title, not given names. */
export function parsePersonName(s: string): PersonName | null {
  const { title, rest } = splitTitles(s);
  const tokens = nameTokens(rest);
  if (tokens.length === 0) return null;
  const lead = leadingGiven(rest);
  if (lead) return { tokens: [lead, ...tokens], given: [lead, ...tokens.slice(0, -1)], surname: tokens[tokens.length - 1]!, title, soft: true };
  const given = tokens.slice(0, -1);
  if (given.length > 0 && !LATIN.test(given[0]!) && familiesInText(evidenceText(given.join(" "))).size > 0) {
    return { tokens: tokens.slice(-1), given: [], surname: tokens[tokens.length - 1]!, title: [title, given.join(" ")].filter(Boolean).join(" ") };
  }
  return { tokens, given, surname: tokens[tokens.length - 1]!, title };
}

interface EntryNames {
  /** first given names: first token of each full form, and the entry's listed given names (not
   *  the middle names of a full form: "Kevin Michael Rudd" is not "Michael Rudd") */
  firsts: Set<string>;
  middles: Set<string>;
  surnames: Set<string>;
}

const entryNamesCache = new WeakMap<KnowledgeBase, Array<EntryNames | undefined>>();

export function entryNames(kb: KnowledgeBase, index: number): EntryNames {
  let cache = entryNamesCache.get(kb);
  if (!cache) entryNamesCache.set(kb, (cache = new Array<EntryNames | undefined>(kb.data.entries.length)));
  const hit = cache[index];
  if (hit) return hit;
  const e = kb.data.entries[index]!;
  const forms = [e.name, ...e.aliases].map(fullTokens).filter((t) => t.length >= 2);
  const firsts = new Set<string>();
  const middles = new Set<string>();
  const surnames = new Set<string>();
  for (const f of forms) {
    firsts.add(f[0]!);
    // ("Mohammed Irfaan Ali" is called "Irfaan Ali": the given name after the most frequent one)
    if (f.length > 2 && VERY_COMMON_GIVEN.has(f[0]!) && !KINSHIP_LINKS.has(f[1]!)) firsts.add(f[1]!);
    surnames.add(f[f.length - 1]!);
    for (const m of f.slice(1, -1)) middles.add(m);
  }
  for (const s of e.short) {
    const t = nameTokens(s);
    if (t.length > 0) surnames.add(t[t.length - 1]!);
  }
  for (const g of e.given) {
    const first = nameTokens(g)[0];
    if (first && (!middles.has(first) || forms.some((f) => f[0] === first))) firsts.add(first);
  }
  const out = { firsts, middles, surnames };
  cache[index] = out;
  return out;
}

/**
 * How a full name agrees with an entry, best first: "exact" (same given name and surname),
 * "diminutive", "given-variant" (a spelling of the given name), "initial", "surname-variant"
 * (surname spelled differently, given name agrees). null: it is not this entry's name.
 */
export type FullMatch = "exact" | "diminutive" | "given-variant" | "initial" | "surname-variant";

export const FULL_RANK: Record<FullMatch, number> = { exact: 3, diminutive: 2.8, "given-variant": 2.6, initial: 2.4, "surname-variant": 2.2 };

/** Transliteration spelling: a spelling variant whose loose keys are equal too (j/y, ou/u, kh/h,
 *  doubled letters, inner vowels): Benyamin/Benjamin, Mohammed/Muhammad; not Maria/Marta. */
function isTransliteration(a: string, b: string): boolean {
  return isSpellingVariant(a, b) && looseOfTokens([a]) === looseOfTokens([b]);
}

function givenAgreement(first: string, firsts: ReadonlySet<string>): GivenMatch {
  if (firsts.has(first)) return "same";
  let best: GivenMatch = null;
  const order: GivenMatch[] = ["diminutive", "variant", "initial"];
  for (const f of firsts) {
    let m = matchGiven(first, f);
    if (m === "variant" && !isTransliteration(first, f)) m = null;
    if (m !== null && (best === null || order.indexOf(m) < order.indexOf(best))) best = m;
  }
  return best;
}

/** A run of initials ("jd") agrees with a given name starting with its first letter. */
function initialsOf(t: string): boolean {
  return t.length <= 3 && !/[aeiouy]/.test(t.slice(1));
}

/** The world's most frequent given name, as it is spelt in Latin script: shared by so many people
 *  that it and a surname alone name no one ("Mohammed Ali" is not "Mohammed Irfaan Ali"). */
export const VERY_COMMON_GIVEN = new Set(["muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "mohamud", "mehmet"]);

/** Words that join a name to a parent's ("bin", "ibn"): no given name of the person's own. */
export const KINSHIP_LINKS = new Set(["bin", "ibn", "ben", "bint", "abu", "ould"]);

export function matchFullName(p: PersonName, en: EntryNames): FullMatch | null {
  if (p.given.length === 0) return null;
  // (that given name and a surname, when the entry has another given name the text leaves out)
  if (p.given.length === 1 && VERY_COMMON_GIVEN.has(p.given[0]!) && en.middles.size > 0) return null;
  const surnameSame = en.surnames.has(p.surname);
  const surnameVariant = !surnameSame && [...en.surnames].some((s) => isTransliteration(p.surname, s));
  if (!surnameSame && !surnameVariant) return null;
  const first = p.given[0]!;
  let given = givenAgreement(first, en.firsts);
  if (given === null && initialsOf(first) && [...en.firsts].some((f) => f[0] === first[0])) given = "initial";
  if (given === null) return null;
  // Middle names may be missing on either side, but the person's may not conflict with the entry's.
  for (const m of p.given.slice(1)) {
    if (en.middles.size === 0) break;
    const agrees = [...en.middles, ...en.firsts].some((x) => x === m || (m.length === 1 && x[0] === m) || (x.length === 1 && m[0] === x));
    if (!agrees) return null;
  }
  if (surnameVariant) return given === "initial" ? null : "surname-variant";
  return given === "same" ? "exact" : given === "diminutive" ? "diminutive" : given === "variant" ? "given-variant" : "initial";
}

/** Index candidates for a full name: its full keys, its surname keys, and loose keys (retrieval only). */
export function fullNameCandidates(kb: KnowledgeBase, p: PersonName): Set<number> {
  const out = new Set<number>();
  const add = (list: readonly number[] | undefined): void => {
    for (const i of list ?? []) out.add(i);
  };
  const joined = p.tokens.join(" ");
  add(kb.full.get(joined));
  add(kb.full.get(`${p.tokens[0]} ${p.surname}`));
  add(kb.fullLoose.get(looseOfTokens(p.tokens)));
  add(kb.short.get(p.surname));
  add(kb.shortLoose.get(looseOfTokens([p.surname])));
  return out;
}

/** Index candidates for a bare surname (or multi-word short name, "Al Thani"): exact keys only. */
export function bareNameCandidates(kb: KnowledgeBase, p: PersonName): readonly number[] {
  return kb.short.get(p.tokens.join(" ")) ?? [];
}
