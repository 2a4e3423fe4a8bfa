/**
 * npx tsx scripts/kb/eval-corpus.ts [--gold] <corpus dir with *.json articles>
 *
 * Evaluation aid (not a test): runs the reading engine on each annotated article (or, with --gold,
 * takes the annotated people and their mentions as the engine's output), links the people with
 * linkPeople at the article's date, and prints one line per person. The corpus is
 * third-party text and stays outside the repo; this script only reads it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze, snapshotFromPlainText } from "../../src/extract/index.ts";
import { linkPeople, loadKnowledgeBase } from "../../src/kb/index.ts";
import type { Person } from "../../src/extract/types.ts";

const args = process.argv.slice(2);
const gold = args.includes("--gold");
const dir = resolve(args.find((a) => !a.startsWith("--")) ?? "../shared/corpus/dev");

interface GoldPerson {
  name: string;
  mentions: string[];
  is_official: boolean;
  role: string | null;
  represents: string | null;
}

/** Annotated people as Person records: every occurrence of every listed name form. */
function goldPeople(text: string, people: GoldPerson[]): Person[] {
  return people.map((g, i) => {
    const mentions: Person["mentions"] = [];
    for (const form of new Set(g.mentions)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) mentions.push({ start: at, end: at + form.length, kind: "name" });
    }
    const role = g.role && !g.role.startsWith("(") ? g.role : null;
    return { id: `g${i + 1}`, name: g.name, mentions, isOfficial: g.is_official, role, represents: g.represents };
  });
}
const kb = loadKnowledgeBase(JSON.parse(readFileSync(resolve(import.meta.dirname, "../../src/kb/data/officials.json"), "utf8")));
for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
  const a = JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string; date: string | null; people: GoldPerson[] };
  const date = a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : (a.date ?? "2025-01-01").slice(0, 7) + "-15";
  const snap = snapshotFromPlainText(a.text);
  const people = gold ? goldPeople(snap.text, a.people) : analyze(snap, { date }).people;
  const links = linkPeople(kb, people, snap.text, date);
  console.log(`\n# ${f} (${date})`);
  for (const p of people) {
    const l = links.get(p.id);
    console.log(`  ${p.name.padEnd(34)} ${l ? `→ ${l.id.padEnd(26)} ${l.label ?? "(no office on date)"} [${l.source}, as of ${l.asOf}]` : "—"}`);
  }
}
