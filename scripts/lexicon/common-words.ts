/**
 * npx tsx scripts/lexicon/common-words.ts --from <dir> [--check] [--sizes] [--out <file>]
 *
 * Builds src/extract/data/common-words.ts — common lower-case English words and those of them that
 * are also frequent names — from two openly licensed sources (see
 * src/extract/data/NOTICE.md). <dir> holds:
 *
 *   scowl/english-words.10 … scowl/canadian-words.70   SCOWL 2020.12.07 final lists, UTF-8 (as
 *                                                       the Debian package `scowl` installs them)
 *   census-1990/dist.all.last, dist.male.first, dist.female.first
 *                                                       1990 US Census name files (from
 *                                                       other/census-names-1990.zip of SCOWL's
 *                                                       repository at tag rel-2020.12.07)
 *
 * --check rebuilds in memory and fails if the committed module differs by a single byte.
 * --sizes prints, for every SCOWL level, the word count and the module's bytes raw and gzip.
 * Prints the SHA-256 of every input file read, so that a rebuild can be matched to its sources.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import {
  argValue,
  commonWords,
  givenNameWords,
  nameWords,
  readCensusNames,
  renderModule,
  SCOWL_LEVELS,
  SCOWL_LISTS,
  scowlFile,
} from "./common-words-lib.ts";
import type { CensusName, NameWordOptions } from "./common-words-lib.ts";

export const OUT = resolve(
  import.meta.dirname,
  "../../src/extract/data/common-words.ts",
);

/** SCOWL level shipped: chosen on CoNLL++ dev with common-words-eval.ts (see the NOTICE). */
export const LEVEL = 35;

/** Frequency cut-offs of the name words (see the NOTICE for how they were chosen). */
export const NAME_OPTIONS: NameWordOptions = {
  surnameRank: 2000,
  givenRank: 1000,
};

export interface Sources {
  /** SCOWL file name → text */
  scowl: Map<string, string>;
  census: { surnames: CensusName[]; male: CensusName[]; female: CensusName[] };
  /** input file (relative to --from) → SHA-256 hex */
  digests: Map<string, string>;
}

export function readSources(from: string): Sources {
  const digests = new Map<string, string>();
  const read = (rel: string): string => {
    const buf = readFileSync(join(from, rel));
    digests.set(rel, createHash("sha256").update(buf).digest("hex"));
    return buf.toString("utf8");
  };
  const scowlDir = join(from, "scowl");
  const present = new Set(existsSync(scowlDir) ? readdirSync(scowlDir) : []);
  const scowl = new Map<string, string>();
  for (const level of SCOWL_LEVELS) {
    for (const list of SCOWL_LISTS) {
      const name = scowlFile(list, level);
      if (present.has(name)) scowl.set(name, read(`scowl/${name}`));
    }
  }
  if (!scowl.has(scowlFile("english-words", 10)))
    throw new Error(
      `no SCOWL lists in ${scowlDir} (expected english-words.10 and the others)`,
    );
  const census = {
    surnames: readCensusNames(read("census-1990/dist.all.last")),
    male: readCensusNames(read("census-1990/dist.male.first")),
    female: readCensusNames(read("census-1990/dist.female.first")),
  };
  return { scowl, census, digests };
}

/** The module text for one level. */
export function build(
  src: Sources,
  level: number,
  opts: NameWordOptions = NAME_OPTIONS,
): { text: string; common: string[]; names: string[] } {
  const common = commonWords(src.scowl, level);
  const names = nameWords(common, src.census, opts);
  const given = givenNameWords(common, src.census, opts.givenRank);
  return { text: renderModule({ level, common, names, given, opts }), common, names };
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => argValue(args, name);
  const fromArg = arg("--from");
  if (fromArg === undefined) {
    console.error(
      "common-words: pass --from <dir> (holding scowl/ and census-1990/; see the header of this script)",
    );
    process.exit(2);
  }
  const from = resolve(fromArg);
  const out = resolve(arg("--out") ?? OUT);
  let src: Sources;
  try {
    src = readSources(from);
  } catch (e) {
    console.error(
      `common-words: cannot read the sources in ${from}: ${(e as Error).message}`,
    );
    process.exit(2);
  }
  const gz = (s: string): number => gzipSync(s, { level: 9 }).length;
  if (args.includes("--sizes")) {
    console.log("level  words   name-words  module-bytes  gzip-9");
    for (const level of SCOWL_LEVELS) {
      const b = build(src, level);
      console.log(
        `${String(level).padStart(5)}  ${String(b.common.length).padStart(6)}  ${String(b.names.length).padStart(10)}  ${String(Buffer.byteLength(b.text)).padStart(12)}  ${String(gz(b.text)).padStart(6)}`,
      );
    }
    return;
  }
  const { text, common, names } = build(src, LEVEL);
  const bytes = Buffer.byteLength(text);
  const inputs = [...src.digests].map(([f, d]) => `  ${d}  ${f}`).join("\n");
  if (args.includes("--check")) {
    const committed = existsSync(out) ? readFileSync(out, "utf8") : "";
    if (committed !== text) {
      console.error(
        `common-words --check: ${out} differs from a fresh build (${Buffer.byteLength(committed)} vs ${bytes} bytes)`,
      );
      process.exit(1);
    }
    console.log(
      `common-words --check: OK, ${relative(process.cwd(), out)} is reproduced byte for byte (level ${LEVEL}, ${common.length} words, ${names.length} name words)`,
    );
    return;
  }
  writeFileSync(out, text);
  console.log(
    `common-words: wrote ${out}: level ${LEVEL}, ${common.length} words, ${names.length} name words, ${bytes} bytes raw, ${gz(text)} bytes gzip -9`,
  );
  console.log(`inputs (sha256):\n${inputs}`);
}

if (process.argv[1]?.endsWith("common-words.ts")) main();
