/**
 * npm run eval:diff -- FILE.json...   (annotated corpus articles, e.g. ../shared/corpus/dev/dev02_*.json)
 *
 * Error analysis for the reading engine: runs the analyze CLI's own pipeline (engine + knowledge
 * base) on each article and prints, side by side with the annotation, what differs:
 *   - people: missed, invented (with the evidence the engine printed), official flag, role and
 *     represents where they disagree with the gold wording;
 *   - quotes: missed, invented, and found with another speaker.
 * It pairs people and quotes roughly as ../shared/tools/score.mjs does (span overlap); the scorer
 * stays the judge of record. Meant for the articles one tunes on: do not point it at a check set.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, snapshotFromPlainText } from "../../src/extract/index.ts";
import { linkWithNativeNames, loadKnowledgeBase } from "../../src/kb/index.ts";

interface GoldPerson {
  name: string;
  mentions: string[];
  is_official: boolean;
  role: string | null;
  represents: string | null;
}
interface GoldQuote {
  text: string;
  kind: string;
  speaker: string;
  speaker_type: string;
  cue: string;
  start: number;
  end: number;
}
interface Gold {
  id: string;
  date: string | null;
  text: string;
  people: GoldPerson[];
  quotes: GoldQuote[];
}

const here = dirname(fileURLToPath(import.meta.url));
const kb = loadKnowledgeBase(JSON.parse(readFileSync(resolve(here, "../../src/kb/data/officials.json"), "utf8")));

function occurrences(text: string, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = i > 0 ? text[i - 1]! : " ";
    const after = text[i + s.length] ?? " ";
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    out.push([i, i + s.length]);
  }
  return out;
}

function iou(a: [number, number], b: [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const uni = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return uni > 0 ? inter / uni : 0;
}

const clip = (s: string, n = 90): string => {
  const t = s.replace(/\s+/g, " ");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

for (const file of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(file, "utf8")) as Gold;
  const text = gold.text;
  const snap = snapshotFromPlainText(text);
  const date = gold.date && /^\d{4}-\d{2}-\d{2}$/.test(gold.date) ? gold.date : undefined;
  const { analysis, links } = linkWithNativeNames(kb, analyze(snap, date ? { date } : {}), text, date ?? "", date !== undefined);
  console.log(`\n===== ${gold.id}`);
  // people
  const goldOcc = gold.people.map((g) => g.mentions.flatMap((m) => occurrences(text, m)));
  const pairedGold = new Map<number, string>();
  for (const p of analysis.people) {
    let best = -1;
    let bestHits = 0;
    goldOcc.forEach((occ, gi) => {
      let hits = 0;
      for (const m of p.mentions) if (occ.some((o) => iou(o, [m.start, m.end]) >= 0.5)) hits++;
      if (hits > bestHits) {
        bestHits = hits;
        best = gi;
      }
    });
    const link = links.get(p.id);
    const kbs = link ? ` kb=${link.name} (${link.label ?? "-"})` : "";
    if (best < 0) {
      console.log(`  + INVENTED ${p.isOfficial ? "[official]" : "[non-off]"} ${p.name} | role=${p.role ?? "-"} | rep=${p.represents ?? "-"}${kbs}`);
      continue;
    }
    const g = gold.people[best]!;
    pairedGold.set(best, p.id);
    const flags: string[] = [];
    if (g.is_official !== p.isOfficial) flags.push(`OFFICIAL ${p.isOfficial} (gold ${g.is_official})`);
    if (g.is_official || p.isOfficial) {
      flags.push(`role=${p.role ?? "-"} ⟂ ${g.role ?? "-"}`);
      flags.push(`rep=${p.represents ?? "-"} ⟂ ${g.represents ?? "-"}`);
    }
    console.log(`  = ${g.name}${p.name !== g.name ? ` (as ${p.name})` : ""} ${flags.join(" | ")}${kbs}`);
  }
  gold.people.forEach((g, gi) => {
    if (!pairedGold.has(gi))
      console.log(`  - MISSED ${g.is_official ? "[official]" : "[non-off]"} ${g.name} | ${g.role ?? "-"} | ${g.represents ?? "-"}`);
  });
  // quotes
  const nameOf = new Map(analysis.people.map((p) => [p.id, p.name]));
  const personOfGold = new Map<string, string | undefined>();
  gold.people.forEach((g, gi) => personOfGold.set(g.name, pairedGold.get(gi)));
  const usedPred = new Set<string>();
  for (const g of gold.quotes) {
    let best: (typeof analysis.quotes)[number] | undefined;
    let bestIou = 0.5;
    for (const q of analysis.quotes) {
      const v = iou([g.start, g.end], [q.start, q.end]);
      if (v >= bestIou) {
        bestIou = v;
        best = q;
      }
    }
    const who = `${g.speaker}${g.speaker_type === "person" ? "" : " (src)"}`;
    if (!best) {
      console.log(`  Q- MISSED [${g.kind}] ${who} «${g.cue}»: ${clip(g.text)}`);
      continue;
    }
    usedPred.add(best.id);
    const pred = best.speakerId ? nameOf.get(best.speakerId) : best.source ? `${best.source} (src)` : "-";
    const ok =
      g.speaker_type === "person"
        ? best.speakerId !== null && best.speakerId === personOfGold.get(g.speaker)
        : best.speakerId === null && best.source !== null;
    if (!ok) console.log(`  Q≠ SPEAKER [${g.kind}] ${pred} ⟂ ${who} «${best.cue ?? "-"}»: ${clip(g.text)}`);
  }
  for (const q of analysis.quotes) {
    if (usedPred.has(q.id)) continue;
    if (gold.quotes.some((g) => iou([g.start, g.end], [q.start, q.end]) >= 0.2)) {
      const g = gold.quotes.find((x) => iou([x.start, x.end], [q.start, q.end]) >= 0.2)!;
      console.log(`  Q~ SPAN [${q.kind}] pred: ${clip(text.slice(q.start, q.end))}\n         gold: ${clip(g.text)}`);
      continue;
    }
    const pred = q.speakerId ? nameOf.get(q.speakerId) : q.source ? `${q.source} (src)` : "-";
    console.log(`  Q+ INVENTED [${q.kind}] ${pred} «${q.cue ?? "-"}»: ${clip(text.slice(q.start, q.end))}`);
  }
}
