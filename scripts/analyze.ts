/**
 * npm run analyze -- [--jsonl] [--date YYYY-MM-DD] FILE...
 *
 * Runs the reading engine on article files. `.txt` files are read as plain text (paragraphs
 * separated by blank lines); `.html` files (also gzip-compressed: `.html.gz`) go through
 * scripts/lib/html-snapshot.ts.
 *   --jsonl  one JSON line per file in the scorer's contract (shared tools/score.mjs):
 *            {file, people:[{id,name,isOfficial,role,represents,mentions:[{start,end}]}],
 *             quotes:[{start,end,kind,speakerId,source,cue}]} (+ text for .html input)
 *   --date   the article's date (roles are dated: the knowledge base gives the office held then);
 *            for .html the page's own published date is used when --date is absent; else today.
 *   default  a readable summary: people with role/represents/official, then claims with speakers.
 * Each person the bundled knowledge base links (src/kb linkWithNativeNames, the same function the
 * background uses; it also adds names written only in another script) carries `kb: {id, name, position, organisation, country, party, since, source, asOf}`.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, snapshotFromPlainText } from "../src/extract/index.ts";
import type { Analysis, Person, TextSnapshot } from "../src/extract/types.ts";
import { linkWithNativeNames, loadKnowledgeBase, type KbLink, type KnowledgeBase } from "../src/kb/index.ts";

let kb: KnowledgeBase | null = null;
function knowledgeBase(): KnowledgeBase {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), "../src/kb/data/officials.json");
  kb ??= loadKnowledgeBase(JSON.parse(readFileSync(path, "utf8")));
  return kb;
}

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

async function loadSnapshot(file: string): Promise<{ snapshot: TextSnapshot; isHtml: boolean; date: string | null }> {
  // (gzip-compressed input, as the saved benchmark pages are stored: "page.html.gz")
  const gz = /\.gz$/i.test(file);
  const raw = gz ? gunzipSync(readFileSync(file)).toString("utf8") : readFileSync(file, "utf8");
  if (!/\.html?(?:\.gz)?$/i.test(file)) return { snapshot: snapshotFromPlainText(raw), isHtml: false, date: null };
  const here = dirname(fileURLToPath(import.meta.url));
  const lib = resolve(here, "lib/html-snapshot.ts");
  if (!existsSync(lib)) {
    throw new Error(
      `cannot read ${file}: HTML input needs scripts/lib/html-snapshot.ts (htmlToSnapshot), which is not there yet`,
    );
  }
  const { htmlToSnapshot } = await import("./lib/html-snapshot.ts");
  const { snapshot, meta } = htmlToSnapshot(raw);
  return { snapshot, isHtml: true, date: meta.publishedAt?.slice(0, 10) ?? null };
}

function kbJson(link: KbLink) {
  const { id, name, organisation, country, party, since, source, asOf } = link;
  return { id, name, position: link.label ?? link.position, organisation, country, party, since, source, asOf };
}

/** The JSON form of one person, with its knowledge-base link when there is one. */
export function personJson(p: Person, link?: KbLink): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    isOfficial: p.isOfficial,
    role: p.role,
    represents: p.represents,
    mentions: p.mentions.map((m) => ({ start: m.start, end: m.end })),
    ...(link ? { kb: kbJson(link) } : {}),
  };
}

function toJson(file: string, a: Analysis, text: string | null, links: Map<string, KbLink>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file,
    people: a.people.map((p) => personJson(p, links.get(p.id))),
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

function summary(file: string, text: string, a: Analysis, links: Map<string, KbLink>): string {
  const lines: string[] = [`== ${file}`, `People (${a.people.length}):`];
  const byId = new Map(a.people.map((p) => [p.id, p]));
  for (const p of a.people) {
    const forms = [...new Set(p.mentions.map((m) => text.slice(m.start, m.end)))].join(", ");
    lines.push(`  ${p.id} ${p.name}${p.isOfficial ? " [official]" : ""}`);
    lines.push(`      role: ${p.role ?? "-"} | represents: ${p.represents ?? "-"} | mentions: ${forms}`);
    const link = links.get(p.id);
    if (link) lines.push(`      kb: ${link.label ?? link.position ?? "-"}${link.party ? ` | ${link.party}` : ""} (${link.source}, as of ${link.asOf})`);
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
      const { snapshot, isHtml, date: pageDate } = await loadSnapshot(file);
      const date = args.date ?? pageDate ?? new Date().toISOString().slice(0, 10);
      // Linked to the knowledge base, with names written only in another script added (src/kb/native.ts).
      const dated = args.date !== undefined || pageDate !== null;
      const { analysis: a, links } = linkWithNativeNames(knowledgeBase(), analyze(snapshot, { date }), snapshot.text, date, dated);
      if (args.jsonl) process.stdout.write(`${JSON.stringify(toJson(file, a, isHtml ? snapshot.text : null, links))}\n`);
      else console.log(summary(file, snapshot.text, a, links));
    } catch (e) {
      failed = true;
      console.error(`analyze: ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

await main();
