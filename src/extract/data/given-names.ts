/**
 * Given names from open data (Wikidata, US SSA, popular names of 106 countries; see NOTICE.md),
 * with a gender hint and two warnings: the name is also a common English word ("Will", "Grant"),
 * or also a place ("Jordan", "Georgia"; isGivenNamePlace). Keys are folded like Token.key
 * (normalize.ts `fold`). The lists stay front-coded strings; a look-up binary-searches them
 * (pack.ts), so loading costs one split of the strings, done on the first look-up.
 */
import { ALSO_PLACE, ALSO_WORD, FEMALE, MALE, UNISEX } from "./given-names.gen.ts";
import { FrontCodedSet, frontDecode, words } from "./pack.ts";

/** bit of givenName(): used for women */
export const GN_FEMALE = 1;
/** bit of givenName(): used for men (both bits: unisex) */
export const GN_MALE = 2;
/** bit of givenName(): also one of the ~8,000 most common English words */
export const GN_WORD = 4;
/** bit of eachGivenName(): also a country, capital, region or demonym (isGivenNamePlace) */
export const GN_PLACE = 8;

interface Lists {
  female: FrontCodedSet;
  male: FrontCodedSet;
  unisex: FrontCodedSet;
  word: Set<string>;
}

let lists: Lists | undefined;

/** Index the generated strings (givenName() does it once, on its first call). */
export function loadGivenNames(): Lists {
  return {
    female: new FrontCodedSet(FEMALE),
    male: new FrontCodedSet(MALE),
    unisex: new FrontCodedSet(UNISEX),
    word: new Set(words(ALSO_WORD)),
  };
}

/** The GN_FEMALE, GN_MALE and GN_WORD bits of a folded key; 0 when it is not a known given name.
 *  Whether it is also a place is isGivenNamePlace's to say: the engine does not ask, so its build
 *  leaves that list out. */
export function givenName(key: string): number {
  const l = (lists ??= loadGivenNames());
  const v = l.male.has(key) ? GN_MALE : l.female.has(key) ? GN_FEMALE : l.unisex.has(key) ? GN_FEMALE | GN_MALE : 0;
  return v !== 0 && l.word.has(key) ? v | GN_WORD : v;
}

let places: Set<string> | undefined;

/** A listed given name that is also a country, capital, region or demonym ("georgia", "jordan"). */
export function isGivenNamePlace(key: string): boolean {
  return (places ??= new Set(words(ALSO_PLACE))).has(key);
}

export function isGivenName(key: string): boolean {
  return givenName(key) !== 0;
}

/** "f" or "m" for a name used (almost) only for women or men; "" for unisex or unknown names. */
export function givenNameGender(key: string): "f" | "m" | "" {
  const g = givenName(key) & (GN_FEMALE | GN_MALE);
  return g === GN_FEMALE ? "f" : g === GN_MALE ? "m" : "";
}

/** A given name with neither warning: not a common English word, not a place. */
export function isPlainGivenName(key: string): boolean {
  const v = givenName(key);
  return v !== 0 && (v & GN_WORD) === 0 && !isGivenNamePlace(key);
}

/** Every listed name with its GN_* bits (GN_PLACE included), in no particular order (for reports
 *  and tests). */
export function eachGivenName(each: (key: string, bits: number) => void): void {
  const l = (lists ??= loadGivenNames());
  const flags = (k: string): number => (l.word.has(k) ? GN_WORD : 0) | (isGivenNamePlace(k) ? GN_PLACE : 0);
  frontDecode(FEMALE, (k) => each(k, GN_FEMALE | flags(k)));
  frontDecode(MALE, (k) => each(k, GN_MALE | flags(k)));
  frontDecode(UNISEX, (k) => each(k, GN_FEMALE | GN_MALE | flags(k)));
}
