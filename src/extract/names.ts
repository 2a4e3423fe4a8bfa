/**
 * What the engine knows about name words, from open data (src/extract/data, sources in its
 * NOTICE.md): given names with a gender hint (Wikidata, the US SSA, popular names of 106
 * countries), common English words (SCOWL) and which of them are also frequent names (1990 US
 * Census). Keys are Token keys (lower case, folded, no trailing period). Answers are cached: an
 * article asks about the same few hundred words again and again.
 */
import { isCommonWord as commonWord, isGivenNameWord as givenNameWord, isNameWord as nameWord } from "./data/common-words-lookup.ts";
import { GN_FEMALE, GN_MALE, GN_WORD, givenName } from "./data/given-names.ts";

export { GN_FEMALE, GN_MALE, GN_WORD };

/** bit of nameInfo(): a common lower-case English word */
export const NW_COMMON = 16;
/** bit of nameInfo(): a common word that is also a frequent surname or given name ("cook", "may") */
export const NW_NAME_WORD = 32;
/** bit of nameInfo(): a common word that is also a frequent given name ("mark", "rose"; not "cook") */
export const NW_GIVEN_WORD = 64;

/** Capitalised pronouns that are also surnames ("Liu He", "He Jianxiong"): a name part in prose. */
const PRONOUN_SURNAMES = new Set(["he"]);

const MAX_CACHE = 20_000;
const cache = new Map<string, number>();

/** The GN_* and NW_* bits of a key. */
export function nameInfo(key: string): number {
  let v = cache.get(key);
  if (v !== undefined) return v;
  v = givenName(key);
  // a compound given name the data does not list whole ("Eva-Marie", "Jean-Loup"): both parts
  // given, one of them longer than an agency's three letters ("EPA-EFE" is two agencies)
  if ((v & (GN_FEMALE | GN_MALE)) === 0 && key.includes("-")) {
    const parts = key.split("-");
    if (parts.length === 2 && parts.some((p) => p.length > 3) && parts.every((p) => p.length > 1 && (givenName(p) & (GN_FEMALE | GN_MALE)) !== 0))
      v = (givenName(parts[0]!) | givenName(parts[1]!)) & (GN_FEMALE | GN_MALE);
  }
  if (commonWord(key)) v |= NW_COMMON;
  if ((v & NW_COMMON) !== 0 && nameWord(key)) v |= NW_NAME_WORD;
  if ((v & NW_NAME_WORD) !== 0 && givenNameWord(key)) v |= NW_GIVEN_WORD;
  if (cache.size < MAX_CACHE) cache.set(key, v);
  return v;
}

/** A known given name (possibly also a word or a place: "Will", "Georgia"). */
export function isGiven(key: string): boolean {
  return (nameInfo(key) & (GN_FEMALE | GN_MALE)) !== 0;
}

/** A given name that is not an everyday word, or one that is but is also among the most frequent
 *  given names ("Bob", "Mark", "Rose"; not "Sky", "Marvel", nor the surname "Blue"): strong
 *  evidence of a person. Whether it is
 *  a place is for the caller's place lists to say (the data flags "Paul" for St. Paul). */
export function isStrongGiven(key: string): boolean {
  const v = nameInfo(key);
  return (v & (GN_FEMALE | GN_MALE)) !== 0 && ((v & (GN_WORD | NW_COMMON)) === 0 || (v & NW_GIVEN_WORD) !== 0);
}

/** "f" or "m" for a given name used (almost) only by women or by men. */
export function givenGender(key: string): "f" | "m" | "" {
  const g = nameInfo(key) & (GN_FEMALE | GN_MALE);
  return g === GN_FEMALE ? "f" : g === GN_MALE ? "m" : "";
}

/** An ordinary lower-case English word that is not also a frequent name ("sports", "action"):
 *  evidence against reading a capitalised run as a person. */
export function isPlainWord(key: string): boolean {
  const v = nameInfo(key);
  return (v & NW_COMMON) !== 0 && (v & (NW_NAME_WORD | GN_FEMALE | GN_MALE)) === 0;
}

/** An everyday word or pronoun that is also a frequent name ("Theresa May", "Liu He", "Will
 *  Moy"): in prose, next to another name word, it is a name part. */
export function isCommonNameWord(key: string): boolean {
  return PRONOUN_SURNAMES.has(key) || (nameInfo(key) & NW_NAME_WORD) !== 0;
}
