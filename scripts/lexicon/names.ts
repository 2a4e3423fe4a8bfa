/**
 * Given names from open data → src/extract/data/given-names.gen.ts.
 *
 * Sources (see src/extract/data/NOTICE.md for versions and licences):
 *  - Wikidata given-name items (female Q11879590, male Q12308941, unisex Q3409032): every label in
 *    every language, as exported by commenthol/wikidata-names (CC0 data). This is the breadth: names
 *    of many naming cultures, with the item's gender class.
 *  - US Social Security Administration baby names 1880–2020 (public domain): counts per name and
 *    sex; adds names frequent in the US that Wikidata lacks and decides the gender of names with
 *    enough births.
 *  - sigpwned/popular-names-by-country-dataset (CC0): the most popular given names of 106 countries,
 *    romanised, with gender.
 *  - SCOWL english-words.10/.20 (the ~8,000 most common English words): the "also a common word" flag.
 *  - CIA World Factbook country names, capitals and administrative divisions (public domain) and the
 *    KB's demonyms (src/kb/data/country-words.json, our own CC0): the "also a place" flag.
 *
 * Keys are folded like the engine's tokens (src/extract/normalize.ts `fold`).
 */
import { fold } from "../../src/extract/normalize.ts";
import { frontCode } from "../../src/extract/data/pack.ts";
import { parseCsv } from "../kb/csv.ts";

export interface NameSources {
  /** JSON arrays of labels of Wikidata's female / male / unisex given-name items */
  wikidataFemale: string;
  wikidataMale: string;
  wikidataUnisex: string;
  /** the SSA's yobYYYY.txt files ("Name,F|M,count" per line) */
  ssaYears: string[];
  /** common-forenames-by-country.csv */
  forenamesCsv: string;
  /** SCOWL english-words.10 and english-words.20 (one word per line) */
  scowl10: string;
  scowl20: string;
  /** Factbook government JSON (`{gec: {Government: …}}`) and the KB's country-words.json */
  factbookJson: string;
  countryWordsJson: string;
}

/** A name attested by the SSA only counts when at least this many US babies got it since 1880. */
export const SSA_MIN_TOTAL = 1000;
/** The SSA decides the gender of a name with at least this many births… */
export const SSA_GENDER_MIN = 1000;
/** …as female (male) when at least this share of them are girls (boys); unisex otherwise. */
export const SSA_GENDER_SHARE = 0.95;
const MIN_LEN = 2;
const MAX_LEN = 15;
const KEY_RE = /^[a-z]+(?:[-'][a-z]+)?$/;

const F = 1;
const M = 2;

export interface NameStats {
  names: number;
  female: number;
  male: number;
  unisex: number;
  word: number;
  place: number;
  fromWikidata: number;
  fromSsaOnly: number;
  fromForenamesOnly: number;
  droppedCompounds: number;
  droppedCommonWords: string[];
  bytes: number;
}

function keyOf(raw: string): string | undefined {
  const k = fold(raw.trim());
  if (k.length < MIN_LEN || k.length > MAX_LEN || !KEY_RE.test(k)) return undefined;
  return k;
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.length > 0);
}

/** Single-word place names: Factbook short country names, capitals, administrative divisions;
 *  the KB's demonyms and country words. Folded. */
export function placeWords(factbookJson: string, countryWordsJson: string, withDivisions = true): Set<string> {
  const out = new Set<string>();
  const addPhrase = (s: string): void => {
    const clean = s
      .replace(/<[^>]*>/g, " ")
      .replace(/&[a-z]+;/g, " ")
      .replace(/\([^)]*\)/g, " ")
      .replace(/\*/g, "")
      .trim();
    // only one-word names: a given-name key is one token
    if (/^[\p{L}'’-]+$/u.test(clean)) {
      const k = fold(clean);
      if (KEY_RE.test(k)) out.add(k);
    }
  };
  const fb = JSON.parse(factbookJson) as Record<string, { Government?: Record<string, unknown> }>;
  const text = (o: unknown): string =>
    typeof o === "object" && o !== null && typeof (o as { text?: unknown }).text === "string"
      ? (o as { text: string }).text
      : "";
  for (const entry of Object.values(fb)) {
    const g = entry.Government;
    if (!g) continue;
    const name = g["Country name"] as Record<string, unknown> | undefined;
    if (name) addPhrase(text(name["conventional short form"]));
    const cap = g["Capital"] as Record<string, unknown> | undefined;
    if (cap) for (const c of text(cap["name"]).split(/[;,]/)) addPhrase(c);
    if (withDivisions) {
      const adm = text(g["Administrative divisions"]);
      // "50 states and 1 district*; Alabama, Alaska, …" and "<em>counties:</em> Kent, Essex, …"
      for (const part of adm.replace(/<[^>]*>/g, ";").split(/[;,:]/)) addPhrase(part.replace(/^\s*and\s+/, ""));
    }
  }
  const cw = JSON.parse(countryWordsJson) as Record<string, unknown>;
  for (const [country, vals] of Object.entries(cw)) {
    if (country.startsWith("_")) continue;
    addPhrase(country);
    if (Array.isArray(vals)) for (const v of vals) if (typeof v === "string") addPhrase(v);
  }
  return out;
}

export interface GivenNames {
  /** key → gender bits (F | M) */
  gender: Map<string, number>;
  word: Set<string>;
  place: Set<string>;
  stats: NameStats;
}

export function collectGivenNames(src: NameSources): GivenNames {
  // Wikidata: gender class per key (a key that is a label of female and male items is unisex)
  const wd = new Map<string, number>();
  const addWd = (json: string, bits: number): void => {
    for (const raw of JSON.parse(json) as string[]) {
      const k = keyOf(raw);
      if (k) wd.set(k, (wd.get(k) ?? 0) | bits);
    }
  };
  addWd(src.wikidataFemale, F);
  addWd(src.wikidataMale, M);
  addWd(src.wikidataUnisex, F | M);

  // SSA: total births per name and sex
  const ssa = new Map<string, { f: number; m: number }>();
  for (const year of src.ssaYears) {
    for (const line of lines(year)) {
      const [name, sex, count] = line.split(",");
      if (!name || !count) continue;
      const k = keyOf(name);
      if (!k) continue;
      const e = ssa.get(k) ?? { f: 0, m: 0 };
      if (sex === "F") e.f += Number(count);
      else if (sex === "M") e.m += Number(count);
      ssa.set(k, e);
    }
  }

  // popular names by country: romanised names, each word of them a given name
  const pop = new Map<string, number>();
  for (const row of parseCsv(src.forenamesCsv.replace(/^\uFEFF/, ""))) {
    const bits = row["Gender"] === "F" ? F : row["Gender"] === "M" ? M : F | M;
    for (const part of (row["Romanized Name"] ?? "").split(/\s+/)) {
      const k = keyOf(part);
      if (k) pop.set(k, (pop.get(k) ?? 0) | bits);
    }
  }

  const common10 = new Set(lines(src.scowl10).map((w) => w.trim()));
  const common = new Set([...common10, ...lines(src.scowl20).map((w) => w.trim())]);
  const places = placeWords(src.factbookJson, src.countryWordsJson);

  const ssaTotal = (k: string): number => {
    const e = ssa.get(k);
    return e ? e.f + e.m : 0;
  };
  const keys = new Set<string>([...wd.keys(), ...pop.keys()]);
  for (const k of ssa.keys()) if (ssaTotal(k) >= SSA_MIN_TOTAL) keys.add(k);

  const stats: NameStats = {
    names: 0,
    female: 0,
    male: 0,
    unisex: 0,
    word: 0,
    place: 0,
    fromWikidata: 0,
    fromSsaOnly: 0,
    fromForenamesOnly: 0,
    droppedCompounds: 0,
    droppedCommonWords: [],
    bytes: 0,
  };
  const gender = new Map<string, number>();
  for (const k of [...keys].sort()) {
    // a hyphenated compound of two listed names is found through its parts
    const dash = k.indexOf("-");
    if (dash > 0 && keys.has(k.slice(0, dash)) && keys.has(k.slice(dash + 1))) {
      stats.droppedCompounds++;
      continue;
    }
    // one of the ~4,400 most common English words that no name statistic attests ("the", "real")
    if (common10.has(k) && ssaTotal(k) < SSA_MIN_TOTAL && !pop.has(k)) {
      stats.droppedCommonWords.push(k);
      continue;
    }
    let g = wd.get(k) ?? 0;
    const e = ssa.get(k);
    const total = e ? e.f + e.m : 0;
    if (total >= SSA_GENDER_MIN && e) {
      const ssaBits = e.f >= SSA_GENDER_SHARE * total ? F : e.m >= SSA_GENDER_SHARE * total ? M : F | M;
      // Wikidata's single gender stands unless US usage is mostly the other one
      if (g === 0 || g === (F | M)) g = g | ssaBits;
      else if ((ssaBits & g) === 0) g = F | M;
    }
    if (g === 0) g = pop.get(k) ?? 0;
    if (g === 0 && e) g = e.f >= e.m ? F : M;
    if (g === 0) g = F | M;
    gender.set(k, g);
    if (wd.has(k)) stats.fromWikidata++;
    else if (pop.has(k)) stats.fromForenamesOnly++;
    else stats.fromSsaOnly++;
  }
  const word = new Set<string>();
  const place = new Set<string>();
  for (const [k, g] of gender) {
    stats.names++;
    if (g === F) stats.female++;
    else if (g === M) stats.male++;
    else stats.unisex++;
    if (common.has(k)) word.add(k);
    if (places.has(k)) place.add(k);
  }
  stats.word = word.size;
  stats.place = place.size;
  return { gender, word, place, stats };
}

/** The generated module's text. */
export function givenNamesModule(g: GivenNames, header: string): string {
  const by = (bits: number): string[] => [...g.gender].filter(([, v]) => v === bits).map(([k]) => k).sort();
  const lines = [
    `// GENERATED by \`npm run lexicon:build\` (scripts/lexicon/names.ts): do not edit.`,
    `// ${header}`,
    `// Front-coded sorted lists (src/extract/data/pack.ts); read them through given-names.ts.`,
    `/** given names used for women only (folded keys, front-coded) */`,
    `export const FEMALE = ${JSON.stringify(frontCode(by(F)))};`,
    `/** given names used for men only */`,
    `export const MALE = ${JSON.stringify(frontCode(by(M)))};`,
    `/** given names used for both */`,
    `export const UNISEX = ${JSON.stringify(frontCode(by(F | M)))};`,
    `/** given names that are also common English words (SCOWL sizes 10–20), space-separated */`,
    `export const ALSO_WORD = ${JSON.stringify([...g.word].sort().join(" "))};`,
    `/** given names that are also a country, capital, region or demonym, space-separated */`,
    `export const ALSO_PLACE = ${JSON.stringify([...g.place].sort().join(" "))};`,
    ``,
  ];
  return lines.join("\n");
}
