/**
 * npm run analyze -- [--jsonl] [--date YYYY-MM-DD] FILE...
 *
 * Runs the reading engine on article files. `.txt` files are read as plain text (paragraphs
 * separated by blank lines); `.html` files go through scripts/lib/html-snapshot.ts.
 *   --jsonl  one JSON line per file in the scorer's contract (shared tools/score.mjs):
 *            {file, people:[{id,name,isOfficial,role,represents,mentions:[{start,end}]}],
 *             quotes:[{start,end,kind,speakerId,source,cue}]} (+ text for .html input)
 *   default  a readable summary: people with role/represents/official, then claims with speakers.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, snapshotFromPlainText } from "../src/extract/index.ts";
import type { Analysis, Person, TextSnapshot } from "../src/extract/types.ts";

interface Args {
  jsonl: boolean;
  date: string | undefined;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { jsonl: false, date: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i]!;
    if (v === "--jsonl") a.jsonl = true;
    else if (v === "--date") a.date = argv[++i];
    else if (v.startsWith("--date=")) a.date = v.slice(7);
    else if (v.startsWith("--")) {
      console.error(`analyze: unknown option ${v}`);
      process.exit(2);
    } else a.files.push(v);
  }
  if (a.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) {
    console.error(`analyze: --date wants YYYY-MM-DD, got ${a.date}`);
    process.exit(2);
  }
  return a;
}

async function loadSnapshot(file: string): Promise<{ snapshot: TextSnapshot; isHtml: boolean }> {
  const raw = readFileSync(file, "utf8");
  if (!/\.html?$/i.test(file)) return { snapshot: snapshotFromPlainText(raw), isHtml: false };
  const here = dirname(fileURLToPath(import.meta.url));
  const lib = resolve(here, "lib/html-snapshot.ts");
  if (!existsSync(lib)) {
    throw new Error(
      `cannot read ${file}: HTML input needs scripts/lib/html-snapshot.ts (htmlToSnapshot), which is not there yet`,
    );
  }
  const { htmlToSnapshot } = (await import("./lib/html-snapshot.ts")) as {
    htmlToSnapshot: (html: string) => { snapshot: TextSnapshot; meta?: unknown };
  };
  return { snapshot: htmlToSnapshot(raw).snapshot, isHtml: true };
}

/** The JSON form of one person. Per-person extras (e.g. a knowledge-base entry) are attached here. */
export function personJson(p: Person): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    isOfficial: p.isOfficial,
    role: p.role,
    represents: p.represents,
    mentions: p.mentions.map((m) => ({ start: m.start, end: m.end })),
  };
}

function toJson(file: string, a: Analysis, text: string | null): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file,
    people: a.people.map(personJson),
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      speakerId: q.speakerId,
      source: q.source,
      cue: q.cue,
    })),
  };
  if (text !== null) out.text = text;
  return out;
}

function summary(file: string, text: string, a: Analysis): string {
  const lines: string[] = [`== ${file}`, `People (${a.people.length}):`];
  const byId = new Map(a.people.map((p) => [p.id, p]));
  for (const p of a.people) {
    const forms = [...new Set(p.mentions.map((m) => text.slice(m.start, m.end)))].join(", ");
    lines.push(`  ${p.id} ${p.name}${p.isOfficial ? " [official]" : ""}`);
    lines.push(`      role: ${p.role ?? "-"} | represents: ${p.represents ?? "-"} | mentions: ${forms}`);
  }
  lines.push(`Claims (${a.quotes.length}):`);
  for (const q of a.quotes) {
    const who = q.speakerId ? (byId.get(q.speakerId)?.name ?? q.speakerId) : q.source ? `${q.source} (source)` : "?";
    let body = text.slice(q.start, q.end).replace(/\s+/g, " ");
    if (body.length > 110) body = `${body.slice(0, 107)}...`;
    lines.push(`  [${q.kind === "direct" ? "D" : "I"}] ${who} — ${q.cue ?? ""}: ${body}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0) {
    console.error("usage: npm run analyze -- [--jsonl] [--date YYYY-MM-DD] FILE...");
    process.exit(2);
  }
  let failed = false;
  for (const file of args.files) {
    try {
      const { snapshot, isHtml } = await loadSnapshot(file);
      const a = analyze(snapshot, args.date ? { date: args.date } : {});
      if (args.jsonl) process.stdout.write(`${JSON.stringify(toJson(file, a, isHtml ? snapshot.text : null))}\n`);
      else console.log(summary(file, snapshot.text, a));
    } catch (e) {
      failed = true;
      console.error(`analyze: ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

await main();
