/**
 * npm run eval:indirect -- [--split train|dev] [--show]
 *
 * A check for indirect claims (reported speech without quotation marks) against PolNeAR's
 * attributions, which the speaker benchmark (index.ts, part c) does not score: every attribution
 * whose Content (the hull of its fragments) holds no quotation mark is a gold indirect claim; an
 * engine claim of kind "indirect" is found when its span overlaps a gold Content at IoU >= 0.5.
 *   found      gold indirect contents with an engine claim on them (recall);
 *   on gold    engine indirect claims lying on any gold Content, quoted or not (precision; two
 *              sources of one clause both count);
 *   speaker    of those on a gold Content whose Source is not a pronoun: the predicted name's last
 *              word (or the label's) is a word of the gold Source.
 * PolNeAR annotates far more than news claims (beliefs, polls, nominal attributions), so recall is
 * low by design; use the figures to compare two versions of the engine, not as a score. Meant for
 * the train and dev splits; do not read errors on test. --show prints the misses and the claims
 * on no gold Content.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, snapshotFromPlainText } from "../../src/extract/index.ts";
import { parseAnn } from "./polnear.ts";

const args = process.argv.slice(2);
const split = args.includes("--split") ? (args[args.indexOf("--split") + 1] ?? "train") : "train";
const show = args.includes("--show");
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = join(root, "../shared/data/benchmarks/polnear", split);
if (split === "test" && show) throw new Error("--show is for train and dev only");
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found`);
  process.exit(0);
}

const PRONOUN_SOURCE = /^(he|she|they|it|we|i|his|her|its|their|who)$/i;
const iou = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0)) / (Math.max(a1, b1) - Math.min(a0, b0));

interface Content {
  start: number;
  end: number;
  quoted: boolean;
  source: string;
}

const anns = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
let gold = 0;
let found = 0;
let pred = 0;
let onGold = 0;
let spk = 0;
let spkN = 0;
for (const f of readdirSync(join(dir, "text")).filter((x) => x.endsWith(".txt")).sort()) {
  const stem = f.slice(0, -4);
  const ann = anns.find((a) => a.startsWith(`${stem}_`));
  if (!ann) continue;
  const text = readFileSync(join(dir, "text", f), "utf8");
  const { t, e } = parseAnn(readFileSync(join(dir, "attributions", ann), "utf8"));
  const contents: Content[] = [];
  for (const ev of e) {
    let start = Infinity;
    let end = -1;
    const source: string[] = [];
    for (const [role, id] of ev.roles) {
      const r = role.toLowerCase().replace(/\d+$/, "");
      const tt = t.get(id);
      if (!tt) continue;
      if (r === "content")
        for (const fr of tt.frags) {
          start = Math.min(start, fr.start);
          end = Math.max(end, fr.end);
        }
      if (r === "source") source.push(...tt.frags.map((fr) => text.slice(fr.start, fr.end)));
    }
    if (end < 0) continue;
    contents.push({ start, end, quoted: /[“”"«»]|''/.test(text.slice(start, end)), source: source.join(" ") });
  }
  const a = analyze(snapshotFromPlainText(text));
  const claims = a.quotes.filter((q) => q.kind === "indirect");
  for (const c of contents) {
    if (c.quoted) continue;
    gold++;
    if (claims.some((q) => iou(q.start, q.end, c.start, c.end) >= 0.5)) found++;
    else if (show) console.log(`MISS ${stem}: ${text.slice(c.start, c.end).slice(0, 140)}`);
  }
  for (const q of claims) {
    pred++;
    const m = contents.find((c) => iou(q.start, q.end, c.start, c.end) >= 0.5);
    if (!m) {
      if (show) console.log(`SPUR ${stem}: ${text.slice(q.start, q.end).slice(0, 140)}`);
      continue;
    }
    onGold++;
    if (!m.source || PRONOUN_SOURCE.test(m.source.trim())) continue;
    const name = q.speakerId ? (a.people.find((p) => p.id === q.speakerId)?.name ?? "") : (q.source ?? "");
    const last = name.split(/\s+/).pop()?.toLowerCase() ?? "";
    spkN++;
    if (last && m.source.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(last)) spk++;
  }
}
const pct = (x: number, n: number): string => (n > 0 ? ((100 * x) / n).toFixed(1) : "-");
console.log(
  `PolNeAR ${split}, indirect claims: ${gold} gold contents without quotation marks, found ${found} (${pct(found, gold)}%); ` +
    `${pred} predicted, ${onGold} on a gold content (${pct(onGold, pred)}%); speaker ${pct(spk, spkN)}% (${spk}/${spkN})`,
);
