/**
 * npx tsx scripts/lexicon/common-words-eval.ts --from <dir> --conll <file> [--level N]
 *
 * Measures "a word of the run is a common lower-case English word" as evidence against a person
 * reading, on a CoNLL-2003-format file (evaluation only; e.g. CoNLL++ dev at
 * ../shared/data/benchmarks/conll2003/conllpp_dev.txt). <dir> is the source folder of
 * common-words.ts. For every SCOWL level it prints, per entity class (PER, ORG, MISC, LOC):
 *
 *  - tok%    share of the class's capitalised tokens whose key is a common word;
 *  - tok-n%  the same, leaving out common words that are also frequent names (isNameWord);
 *  - name%   share of the class's names of two or more tokens with at least one such token;
 *  - name-n% the same, leaving out name words.
 *
 * "Capitalised" tokens start with an upper-case letter and are not all capitals (CoNLL's
 * upper-case headlines and tables are left out: there every word is capitalised). Keys are folded
 * and lose one trailing period, as the engine's lexKey does. Then, at --level (default: the
 * shipped one), it lists the 100 most frequent PER tokens found among the common words, and
 * compares frequency cut-offs of the name words.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fold } from "../../src/extract/normalize.ts";
import { decodeIob, parseConll } from "../eval/conll.ts";
import {
  argValue,
  commonWords,
  nameWords,
  SCOWL_LEVELS,
} from "./common-words-lib.ts";
import type { NameWordOptions } from "./common-words-lib.ts";
import { LEVEL, NAME_OPTIONS, readSources } from "./common-words.ts";

const CLASSES = ["PER", "ORG", "MISC", "LOC"] as const;
type Cls = (typeof CLASSES)[number];

export interface EvalToken {
  key: string;
  cls: Cls;
}

export interface EvalData {
  /** capitalised tokens inside entities */
  tokens: EvalToken[];
  /** entities of two or more tokens: keys of their capitalised tokens */
  names: Array<{ cls: Cls; keys: string[] }>;
  skippedAllCaps: number;
}

export function evalKey(token: string): string {
  let k = fold(token);
  if (k.endsWith(".") && k.indexOf(".") === k.length - 1) k = k.slice(0, -1);
  return k;
}

export function isCapitalised(token: string): boolean {
  return (
    /^\p{Lu}/u.test(token) && (token.length === 1 || /\p{Ll}/u.test(token))
  );
}

export function readEvalData(conll: string): EvalData {
  const data: EvalData = { tokens: [], names: [], skippedAllCaps: 0 };
  for (const doc of parseConll(conll)) {
    for (const sentence of doc) {
      const tags = sentence.map(([, t]) => t);
      for (const cls of CLASSES) {
        for (const sp of decodeIob(tags, cls)) {
          const keys: string[] = [];
          for (let i = sp.first; i <= sp.last; i++) {
            const tok = sentence[i]![0];
            if (!/^\p{Lu}/u.test(tok)) continue;
            if (!isCapitalised(tok)) {
              data.skippedAllCaps++;
              continue;
            }
            const key = evalKey(tok);
            data.tokens.push({ key, cls });
            keys.push(key);
          }
          if (sp.last > sp.first && keys.length > 0)
            data.names.push({ cls, keys });
        }
      }
    }
  }
  return data;
}

export interface ClassRates {
  tokens: number;
  names: number;
  tok: number;
  tokN: number;
  name: number;
  nameN: number;
}

export function rates(
  data: EvalData,
  common: ReadonlySet<string>,
  nameSet: ReadonlySet<string>,
): Map<Cls, ClassRates> {
  const out = new Map<Cls, ClassRates>();
  for (const cls of CLASSES)
    out.set(cls, { tokens: 0, names: 0, tok: 0, tokN: 0, name: 0, nameN: 0 });
  const against = (k: string): boolean => common.has(k) && !nameSet.has(k);
  for (const t of data.tokens) {
    const r = out.get(t.cls)!;
    r.tokens++;
    if (common.has(t.key)) r.tok++;
    if (against(t.key)) r.tokN++;
  }
  for (const n of data.names) {
    const r = out.get(n.cls)!;
    r.names++;
    if (n.keys.some((k) => common.has(k))) r.name++;
    if (n.keys.some(against)) r.nameN++;
  }
  return out;
}

const pct = (a: number, b: number): string =>
  b === 0 ? "   -  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`;

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => argValue(args, name);
  const fromArg = arg("--from");
  const conllArg = arg("--conll");
  if (fromArg === undefined || conllArg === undefined) {
    console.error(
      "common-words-eval: pass --from <sources dir> --conll <CoNLL file>",
    );
    process.exit(2);
  }
  const level = Number(arg("--level") ?? LEVEL);
  const src = readSources(resolve(fromArg));
  const data = readEvalData(readFileSync(resolve(conllArg), "utf8"));
  const totals = rates(data, new Set(), new Set());
  console.log(
    `${conllArg}: capitalised entity tokens / names of 2+ tokens per class (all-caps tokens left out: ${data.skippedAllCaps})`,
  );
  console.log(
    "  " +
      CLASSES.map(
        (c) => `${c} ${totals.get(c)!.tokens} / ${totals.get(c)!.names}`,
      ).join(", "),
  );
  console.log(
    "\nlevel  words   | " +
      CLASSES.map((c) => `${c.padEnd(4)} tok%  tok-n%  name%  name-n%`).join(
        " | ",
      ),
  );
  for (const l of SCOWL_LEVELS) {
    const common = commonWords(src.scowl, l);
    const names = nameWords(common, src.census, NAME_OPTIONS);
    const r = rates(data, new Set(common), new Set(names));
    const cells = CLASSES.map((c) => {
      const x = r.get(c)!;
      return `     ${pct(x.tok, x.tokens)} ${pct(x.tokN, x.tokens)} ${pct(x.name, x.names)} ${pct(x.nameN, x.names)}`;
    });
    console.log(
      `${String(l).padStart(5)}  ${String(common.length).padStart(6)}  |` +
        cells.join(" |"),
    );
  }

  const common = commonWords(src.scowl, level);
  const commonSet = new Set(common);
  const counts = new Map<string, number>();
  for (const t of data.tokens)
    if (t.cls === "PER" && commonSet.has(t.key))
      counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  const names = new Set(nameWords(common, src.census, NAME_OPTIONS));
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 100);
  console.log(
    `\nlevel ${level}: the 100 most frequent PER tokens that are common words (count; * = also a name word at the shipped cut-offs):`,
  );
  console.log(
    "  " +
      top.map(([k, n]) => `${k}${names.has(k) ? "*" : ""} ${n}`).join(", "),
  );
  const covered = top.filter(([k]) => names.has(k));
  console.log(
    `  name words cover ${covered.length} of these 100 (${covered.reduce((s, [, n]) => s + n, 0)} of ${top.reduce((s, [, n]) => s + n, 0)} occurrences)`,
  );

  console.log(
    `\nlevel ${level}: name-word cut-offs (surname rank / given-name rank) → name words; per class tok-n% / name-n%`,
  );
  const grid: NameWordOptions[] = [];
  for (const surnameRank of [0, 1000, 2000, 3000, 5000, 10000, 100000])
    for (const givenRank of [0, 500, 1000, 5000])
      grid.push({ surnameRank, givenRank });
  for (const opts of grid) {
    const nw = nameWords(common, src.census, opts);
    const r = rates(data, commonSet, new Set(nw));
    const mark =
      opts.surnameRank === NAME_OPTIONS.surnameRank &&
      opts.givenRank === NAME_OPTIONS.givenRank
        ? "  ← shipped"
        : "";
    console.log(
      `  ${String(opts.surnameRank).padStart(6)} / ${String(opts.givenRank).padStart(4)}  ${String(nw.length).padStart(5)} words  ` +
        CLASSES.map(
          (c) =>
            `${c} ${pct(r.get(c)!.tokN, r.get(c)!.tokens)} ${pct(r.get(c)!.nameN, r.get(c)!.names)}`,
        ).join("  ") +
        mark,
    );
  }
}

if (process.argv[1]?.endsWith("common-words-eval.ts")) main();
