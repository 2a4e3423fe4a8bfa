/**
 * npm run lexicon:repack -- [--check] [--decoder <pack.ts>]   (npx tsx scripts/lexicon/repack.ts)
 *
 * Re-encodes the front-coded lists of the committed generated modules with the current frontCode
 * (src/extract/data/pack.ts), without their sources: each list is decoded and encoded again, so
 * its words stay the same. A rebuild from the sources (npm run lexicon:build, lexicon:words) gives
 * the same text, since the generators call the same frontCode. Run it after a change of the
 * encoding; when the change is one of format (not just of block size), decode with the frontDecode
 * of the format the modules are in: --decoder names a copy of that pack.ts (e.g.
 * `git show <commit>:src/extract/data/pack.ts > /tmp/pack-old.ts`). --check fails if a module is
 * not encoded as frontCode would.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { endingCode, endingDecode, frontCode, frontDecode } from "../../src/extract/data/pack.ts";

type Decode = (packed: string, each: (word: string) => void) => void;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const DATA = resolve(import.meta.dirname, "../../src/extract/data");

/** Generated module → its front-coded constants (COMMON_WORDS_PACKED by stem: endingCode). */
export const PACKED: Record<string, readonly string[]> = {
  "common-words.ts": ["COMMON_WORDS_PACKED", "NAME_WORDS_PACKED", "GIVEN_NAME_WORDS_PACKED"],
  "given-names.gen.ts": ["FEMALE", "MALE", "UNISEX"],
};
const BY_STEM = new Set(["COMMON_WORDS_PACKED"]);

/** The module's text with each named constant's list re-encoded; `decode` reads the lists as they
 *  are (default: the current format of each). */
export function repack(text: string, names: readonly string[], decode?: Decode): string {
  for (const name of names) {
    const re = new RegExp(`^(export const ${name} = )("[^"\\n]*");$`, "m");
    const m = re.exec(text);
    if (!m) throw new Error(`repack: no string constant ${name}`);
    const words: string[] = [];
    const byStem = BY_STEM.has(name);
    (decode ?? (byStem ? endingDecode : frontDecode))(JSON.parse(m[2]!) as string, (w) => words.push(w));
    words.sort(cmp);
    text = text.replace(re, () => `${m[1]}${JSON.stringify((byStem ? endingCode : frontCode)(words))};`);
  }
  return text;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const d = process.argv.indexOf("--decoder");
  const decode =
    d >= 0 ? ((await import(pathToFileURL(resolve(process.argv[d + 1]!)).href)) as { frontDecode: Decode }).frontDecode : undefined;
  let stale = 0;
  for (const [file, names] of Object.entries(PACKED)) {
    const path = resolve(DATA, file);
    const old = readFileSync(path, "utf8");
    const text = repack(old, names, decode);
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

if (process.argv[1]?.endsWith("lexicon/repack.ts")) void main();
