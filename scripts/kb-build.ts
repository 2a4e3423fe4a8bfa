/**
 * npm run kb:build -- --from ../shared/data/officials [--check] [--out src/kb/data/officials.json]
 *
 * Builds the bundled KB from the openly licensed sources (CIA World Factbook, congress-legislators,
 * Wikidata id crosswalk) plus our watchlist. --check rebuilds in memory and fails if the committed
 * file differs by a single byte.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildKb } from "./kb/build.ts";
import type { SourceTexts } from "./kb/build.ts";

export const OUT = resolve(import.meta.dirname, "../src/kb/data/officials.json");

export function readSources(from: string): SourceTexts {
  const r = (p: string): string => readFileSync(join(from, p), "utf8");
  const kbData = resolve(import.meta.dirname, "../src/kb/data");
  return {
    factbookCsv: r("cia-factbook-government/executive-and-diplomats.csv"),
    factbookJson: r("cia-factbook-government/factbook-government.json"),
    congressCurrent: r("us-congress-legislators/legislators-current.yaml"),
    congressExecutive: r("us-congress-legislators/executive.yaml"),
    crosswalkHeads: r("wikidata-epscrapers-2022/heads-of-state-government-2021-22.csv"),
    crosswalkForeign: r("wikidata-epscrapers-2022/foreign-ministers-2023.csv"),
    crosswalkIntl: r("wikidata-epscrapers-2022/intl-org-officeholders-since-1997.csv"),
    watchlist: readFileSync(join(kbData, "watchlist.json"), "utf8"),
    countryWords: readFileSync(join(kbData, "country-words.json"), "utf8"),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const from = resolve(arg("--from") ?? "../shared/data/officials");
  const out = resolve(arg("--out") ?? OUT);
  if (!existsSync(from)) {
    console.error(`kb:build: sources not found at ${from} (pass --from <dir>)`);
    process.exit(2);
  }
  const { data, json } = buildKb(readSources(from));
  const bytes = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;
  if (args.includes("--check")) {
    const committed = existsSync(out) ? readFileSync(out, "utf8") : "";
    if (committed !== json) {
      console.error(`kb:build --check: ${out} differs from a fresh build (${Buffer.byteLength(committed)} vs ${bytes} bytes)`);
      process.exit(1);
    }
    console.log(`kb:build --check: OK, ${out} is reproduced byte for byte (${data.entries.length} entries)`);
    return;
  }
  writeFileSync(out, json);
  console.log(`kb:build: wrote ${out}: ${data.entries.length} entries, ${bytes} bytes raw, ${gz} bytes gzip -9`);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("kb-build.ts")) main();
