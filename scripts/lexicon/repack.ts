/**
 * npm run lexicon:repack -- [--check]   (npx tsx scripts/lexicon/repack.ts)
 *
 * Re-encodes the front-coded lists of the committed generated modules with the current frontCode
 * (src/extract/data/pack.ts), without their sources: each list is decoded and encoded again, so
 * its words stay the same. A rebuild from the sources (npm run lexicon:build, lexicon:words) gives
 * the same text, since the generators call the same frontCode. Run it after a change of the
 * encoding (block size, prefix codes); --check fails if a module is not encoded as frontCode would.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { frontCode, frontDecode } from "../../src/extract/data/pack.ts";

const DATA = resolve(import.meta.dirname, "../../src/extract/data");

/** Generated module → its front-coded constants. */
export const PACKED: Record<string, readonly string[]> = {
  "common-words.ts": ["COMMON_WORDS_PACKED", "NAME_WORDS_PACKED", "GIVEN_NAME_WORDS_PACKED"],
  "given-names.gen.ts": ["FEMALE", "MALE", "UNISEX"],
};

/** The module's text with each named constant's list re-encoded. */
export function repack(text: string, names: readonly string[]): string {
  for (const name of names) {
    const re = new RegExp(`^(export const ${name} = )("[^"\\n]*");$`, "m");
    const m = re.exec(text);
    if (!m) throw new Error(`repack: no string constant ${name}`);
    const words: string[] = [];
    frontDecode(JSON.parse(m[2]!) as string, (w) => words.push(w));
    text = text.replace(re, () => `${m[1]}${JSON.stringify(frontCode(words))};`);
  }
  return text;
}

function main(): void {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [file, names] of Object.entries(PACKED)) {
    const path = resolve(DATA, file);
    const old = readFileSync(path, "utf8");
    const text = repack(old, names);
    if (text === old) console.log(`${file}: up to date`);
    else if (check) {
      console.log(`${file}: not encoded as frontCode would`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`${file}: ${old.length} → ${text.length} characters`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1]?.endsWith("lexicon/repack.ts")) main();
