/**
 * Pure building blocks of the common-English-words data (scripts/lexicon/common-words.ts builds
 * it, common-words-eval.ts measures it): reading SCOWL size-graded word lists and the 1990 US
 * Census name-frequency files, choosing the words, and rendering the generated module
 * src/extract/data/common-words.ts. No file system here, so every step is testable on invented
 * input.
 */
import { fold } from "../../src/extract/normalize.ts";
import { endingCode, frontCode } from "../../src/extract/data/pack.ts";

/** SCOWL size levels, smallest (most common words) first. Each level's files add to the ones below. */
export const SCOWL_LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;

/**
 * SCOWL lists read: spelling-neutral words plus the American, British (-ise and -ize) and
 * Canadian spellings, so that "labour", "labor", "organise" and "organize" all count. The
 * Australian list is left out: what it adds over these is slang, some of it given names
 * ("kylie", "bundy"). Proper names, upper-case words, abbreviations and contractions are other
 * SCOWL files and are never read.
 */
export const SCOWL_LISTS = [
  "english-words",
  "american-words",
  "british-words",
  "british_z-words",
  "canadian-words",
] as const;

/** The name of one SCOWL file: `english-words.35`. */
export function scowlFile(list: string, level: number): string {
  return `${list}.${level}`;
}

/**
 * The lookup key of one SCOWL entry, or null when the entry is not a plain lower-case word:
 * entries with a capital ("OKing"), an apostrophe (possessives "action's"), a digit or a hyphen
 * are dropped, and so are one-letter words (initials in names read as such). Diacritics are
 * folded the way the engine folds tokens ("café" → "cafe").
 */
export function wordKey(entry: string): string | null {
  const w = entry.trim();
  if (!/^\p{Ll}+$/u.test(w)) return null;
  const k = fold(w);
  return /^[a-z]{2,}$/.test(k) ? k : null;
}

/** Keys of every plain lower-case word of one SCOWL file's text (one entry a line). */
export function readScowlList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const k = wordKey(line);
    if (k !== null) out.push(k);
  }
  return out;
}

/**
 * The common words up to a level, sorted (code-unit order) and unique. `files` maps a SCOWL file
 * name (`english-words.35`) to its text; files missing from it are skipped, since SCOWL ships no
 * file for an empty list/level pair (there is no `british-words.55`).
 */
export function commonWords(
  files: ReadonlyMap<string, string>,
  level: number,
): string[] {
  const set = new Set<string>();
  for (const l of SCOWL_LEVELS) {
    if (l > level) break;
    for (const list of SCOWL_LISTS) {
      const text = files.get(scowlFile(list, l));
      if (text !== undefined) for (const k of readScowlList(text)) set.add(k);
    }
  }
  return [...set].sort();
}

export interface CensusName {
  /** folded lower-case key */
  key: string;
  /** share of the population in percent */
  percent: number;
  rank: number;
}

/**
 * Reads a 1990 Census name file (`dist.all.last`, `dist.male.first`, `dist.female.first`): one name
 * a line, `NAME  percent  cumulative-percent  rank`, upper case. Lines of another form throw, so a
 * wrong file is not read as an empty one.
 */
export function readCensusNames(text: string): CensusName[] {
  const out: CensusName[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const m = /^([A-Z][A-Z'-]*)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+)\s*$/.exec(
      line,
    );
    if (!m)
      throw new Error(
        `census names: line ${i + 1} is not "NAME percent cumulative rank": ${JSON.stringify(line.slice(0, 60))}`,
      );
    out.push({ key: fold(m[1]!), percent: Number(m[2]), rank: Number(m[4]) });
  });
  return out;
}

export interface NameWordOptions {
  /** surnames of rank ≤ this in `dist.all.last` count as frequent */
  surnameRank: number;
  /** given names of rank ≤ this in `dist.male.first` / `dist.female.first` count as frequent */
  givenRank: number;
}

/**
 * Common words that are also frequent names: in `common` and among the top `surnameRank`
 * surnames or the top `givenRank` male or female given names. Sorted, unique.
 */
export function nameWords(
  common: readonly string[],
  census: {
    surnames: readonly CensusName[];
    male: readonly CensusName[];
    female: readonly CensusName[];
  },
  opts: NameWordOptions,
): string[] {
  const set = new Set(common);
  const out = new Set<string>();
  const take = (names: readonly CensusName[], maxRank: number): void => {
    for (const n of names)
      if (n.rank <= maxRank && set.has(n.key)) out.add(n.key);
  };
  take(census.surnames, opts.surnameRank);
  take(census.male, opts.givenRank);
  take(census.female, opts.givenRank);
  return [...out].sort();
}

/** Common words that are among the top `givenRank` male or female given names ("mark", "rose",
 *  "will"; not the surnames "cook", "blue"). Sorted, unique. */
export function givenNameWords(
  common: readonly string[],
  census: { male: readonly CensusName[]; female: readonly CensusName[] },
  givenRank: number,
): string[] {
  const set = new Set(common);
  const out = new Set<string>();
  for (const n of [...census.male, ...census.female]) if (n.rank <= givenRank && set.has(n.key)) out.add(n.key);
  return [...out].sort();
}

export interface ModuleInput {
  level: number;
  common: readonly string[];
  names: readonly string[];
  /** the given names among `names` */
  given?: readonly string[];
  opts: NameWordOptions;
}

/**
 * The generated module's text. The lists are front-coded (see frontCode; the common words by
 * stem, see endingCode); the header records
 * what built it, so that the file says where its words come from.
 */
export function renderModule(input: ModuleInput): string {
  const { level, common, names, opts } = input;
  const given = input.given ?? [];
  return `// GENERATED by scripts/lexicon/common-words.ts — do not edit; rebuild with
//   npx tsx scripts/lexicon/common-words.ts --from <dir> [--check]
// Sources and licences: src/extract/data/NOTICE.md.
// Common words: SCOWL 2020.12.07 — Copyright 2000-2018 by Kevin Atkinson; WordNet 1.6 Copyright
//   1997 by Princeton University. All rights reserved. (Permissive licences; their full notices are
//   in the NOTICE.) Size levels ≤ ${level} of the lists
//   ${SCOWL_LISTS.join(", ")}:
//   plain lower-case words of two letters or more, diacritics folded, no possessives. ${common.length} words.
// Name words: those common words that are among the ${opts.surnameRank} most frequent surnames or the
//   ${opts.givenRank} most frequent male or female given names of the 1990 US Census name files (public
//   domain). ${names.length} words; of them, ${given.length} are given names (the rest surnames only).
// Format: front-coded sorted lists in blocks, the common words by stem (endingCode); see ./pack.ts.

/** SCOWL size level the common words were cut at. */
export const COMMON_WORDS_LEVEL = ${level};

export const COMMON_WORDS_COUNT = ${common.length};

export const NAME_WORDS_COUNT = ${names.length};

export const COMMON_WORDS_PACKED = ${JSON.stringify(endingCode(common))};

export const NAME_WORDS_PACKED = ${JSON.stringify(frontCode(names))};

/** the name words that are frequent given names ("mark", "rose"), not surnames only ("cook") */
export const GIVEN_NAME_WORDS_PACKED = ${JSON.stringify(frontCode(given))};
`;
}

/** The value after `name` in a command line (`--from DIR` → "DIR"), or undefined. */
export function argValue(
  args: readonly string[],
  name: string,
): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
