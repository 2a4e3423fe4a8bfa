/**
 * Knowledge-base linking, measured (issue 13, item 5).
 *
 * (1) dev articles: every person of <shared>/corpus/dev/*.json has a hand-decided KB id or "none"
 *     in scripts/eval/kb-gold.json (article id → gold person name → id; names and ids only). The
 *     engine reads each article (analyze) and the one linking function of the CLI and the
 *     background links it (linkWithNativeNames, on the article's date). A predicted person pairs
 *     with the gold person one of whose mention strings equals one of its own (name or mention
 *     text). Every link made is then right (the paired gold id), or wrong (gold "none", another
 *     id, or no gold person at all: the engine's person is not a person of the article).
 *     precision = right links / links made; recall = gold people with an id linked right / gold
 *     people with an id.
 * (2) saved pages: the same analysis and linking on saved news pages (.html or .html.gz); every
 *     link is listed and looked up in scripts/eval/kb-audit.json, the verdicts of a hand audit
 *     (page → KB id → [{mentions, ok}]): a link is audited when a record for that page and id
 *     shares a mention string with it. Unaudited links are listed for the next audit.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Analysis, Person } from "../../src/extract/types.ts";
import { linkWithNativeNames, loadKnowledgeBase, type KbLink, type KnowledgeBase } from "../../src/kb/index.ts";
import type { Engine } from "./systems.ts";

/** article id → gold person name → KB id or "none". */
export type KbGold = Record<string, Record<string, string>>;

export interface GoldPerson {
  name: string;
  mentions: string[];
  id: string;
}

export interface PredictedLinkPerson {
  /** the person's name and the text of its name mentions */
  strings: string[];
  name: string;
  linkId: string | null;
  linkName: string | null;
  label: string | null;
}

export interface LinkError {
  article: string;
  predicted: string | null;
  gold: string | null;
  goldId: string | null;
  linkId: string | null;
  linkName: string | null;
  why: string;
}

export interface LinkScore {
  links: number;
  right: number;
  goldIds: number;
  goldNone: number;
  wrong: LinkError[];
  missed: LinkError[];
}

export function emptyLinkScore(): LinkScore {
  return { links: 0, right: 0, goldIds: 0, goldNone: 0, wrong: [], missed: [] };
}

/** The gold person a predicted person pairs with: one whose mention strings it shares; among
 *  several, the one whose id it was linked to, else the first. */
export function pairGold(p: PredictedLinkPerson, gold: readonly GoldPerson[]): GoldPerson | null {
  const hits = gold.filter((g) => g.mentions.some((m) => p.strings.includes(m)));
  return hits.find((g) => g.id === p.linkId) ?? hits[0] ?? null;
}

/** Scores one article's links against its gold into `into`. */
export function scoreArticleLinks(article: string, predicted: readonly PredictedLinkPerson[], gold: readonly GoldPerson[], into: LinkScore): void {
  const linkedRight = new Set<GoldPerson>();
  const found = new Map<GoldPerson, PredictedLinkPerson>();
  for (const g of gold) {
    if (g.id === "none") into.goldNone++;
    else into.goldIds++;
  }
  for (const p of predicted) {
    const g = pairGold(p, gold);
    if (g && !found.has(g)) found.set(g, p);
    if (p.linkId === null) continue;
    into.links++;
    const base = { article, predicted: p.name, gold: g?.name ?? null, goldId: g?.id ?? null, linkId: p.linkId, linkName: p.linkName };
    if (g && g.id === p.linkId) {
      if (linkedRight.has(g)) {
        into.wrong.push({ ...base, why: "second link for one gold person (person split)" });
        continue;
      }
      into.right++;
      linkedRight.add(g);
      found.set(g, p);
    } else if (!g) into.wrong.push({ ...base, why: "not a person of the gold" });
    else if (g.id === "none") into.wrong.push({ ...base, why: "gold: not in the KB" });
    else into.wrong.push({ ...base, why: "another KB entry" });
  }
  for (const g of gold) {
    if (g.id === "none" || linkedRight.has(g)) continue;
    const p = found.get(g);
    into.missed.push({
      article,
      predicted: p?.name ?? null,
      gold: g.name,
      goldId: g.id,
      linkId: p?.linkId ?? null,
      linkName: p?.linkName ?? null,
      why: p ? (p.linkId ? "linked elsewhere" : "found, not linked") : "person not found by the engine",
    });
  }
}

export function predictedPeople(analysis: Analysis, text: string, links: ReadonlyMap<string, KbLink>): PredictedLinkPerson[] {
  return analysis.people.map((p: Person) => {
    const strings = new Set([p.name]);
    for (const m of p.mentions) if (m.kind === "name" || m.kind === "surname") strings.add(text.slice(m.start, m.end));
    const link = links.get(p.id) ?? null;
    return { strings: [...strings], name: p.name, linkId: link?.id ?? null, linkName: link?.name ?? null, label: link ? (link.label ?? link.position) : null };
  });
}

export function loadKb(root: string): KnowledgeBase {
  return loadKnowledgeBase(JSON.parse(readFileSync(join(root, "src/kb/data/officials.json"), "utf8")));
}

interface DevArticle {
  id: string;
  date: string | null;
  text: string;
  people: Array<{ name: string; mentions: string[] }>;
}

const ratio = (a: number, b: number): string => (b === 0 ? "n/a" : (a / b).toFixed(3));

/** Part (1): the dev articles against the gold. Returns the score, or a reason it was skipped. */
export function runDevLinks(engine: Engine, kb: KnowledgeBase, corpusDir: string, gold: KbGold): LinkScore | string {
  if (!existsSync(corpusDir)) return `${corpusDir} not found`;
  const score = emptyLinkScore();
  const files = readdirSync(corpusDir).filter((f) => f.endsWith(".json")).sort();
  for (const f of files) {
    const a = JSON.parse(readFileSync(join(corpusDir, f), "utf8")) as DevArticle;
    const g = gold[a.id];
    if (!g) return `no gold for ${a.id} in kb-gold.json`;
    const goldPeople: GoldPerson[] = a.people.map((p) => {
      const id = g[p.name];
      if (id === undefined) throw new Error(`kb-gold.json: ${a.id} has no entry for "${p.name}"`);
      return { name: p.name, mentions: p.mentions, id };
    });
    const date = a.date ?? new Date().toISOString().slice(0, 10);
    const analysis = engine.analyze(engine.snapshotFromPlainText(a.text), { date });
    const linked = linkWithNativeNames(kb, analysis, a.text, date);
    scoreArticleLinks(a.id, predictedPeople(linked.analysis, a.text, linked.links), goldPeople, score);
  }
  return score;
}

export function printDevLinks(s: LinkScore): void {
  console.log(
    `gold: ${s.goldIds} people with a KB entry, ${s.goldNone} without; links made: ${s.links}, right ${s.right}, wrong ${s.wrong.length}`,
  );
  console.log(`link precision ${ratio(s.right, s.links)}, recall ${ratio(s.right, s.goldIds)}`);
  for (const e of s.wrong) console.log(`  WRONG  ${e.article}: "${e.predicted}" → ${e.linkId} ${e.linkName} (gold: ${e.gold ?? "-"} = ${e.goldId ?? "-"}; ${e.why})`);
  for (const e of s.missed) console.log(`  MISSED ${e.article}: "${e.gold}" = ${e.goldId} (${e.why}${e.linkId ? ` → ${e.linkId}` : ""})`);
}

// ---------------------------------------------------------------------------------------------
// (2) saved pages

/** page id → KB id → audited links of that page to that entry. */
export type KbAudit = Record<string, Record<string, Array<{ mentions: string[]; ok: boolean; note?: string }>>>;

export interface PageLink {
  page: string;
  person: string;
  strings: string[];
  role: string | null;
  represents: string | null;
  isOfficial: boolean;
  linkId: string;
  linkName: string;
  label: string | null;
  verdict: boolean | null;
}

/** The audit verdict of a link: the record for its page and entry that shares a mention string
 *  with it; when several do ("Lee" of two people), the one that also has its name (strings[0]). */
export function verdictOf(audit: KbAudit, page: string, linkId: string, strings: readonly string[]): boolean | null {
  const recs = (audit[page]?.[linkId] ?? []).filter((r) => r.mentions.some((m) => strings.includes(m)));
  const rec = recs.length > 1 ? (recs.find((r) => r.mentions.includes(strings[0]!)) ?? recs[0]) : recs[0];
  return rec ? rec.ok : null;
}

/** Saved pages under `dirs`: *.html, *.html.gz, or folders holding source.html. */
export function savedPages(dirs: readonly string[]): Array<{ id: string; read: () => string }> {
  const out: Array<{ id: string; read: () => string }> = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.endsWith(".html.gz")) out.push({ id: name.slice(0, -8), read: () => gunzipSync(readFileSync(path)).toString("utf8") });
      else if (name.endsWith(".html")) out.push({ id: name.slice(0, -5), read: () => readFileSync(path, "utf8") });
      else if (existsSync(join(path, "source.html"))) out.push({ id: basename(path), read: () => readFileSync(join(path, "source.html"), "utf8") });
    }
  }
  return out;
}

export async function runPageLinks(engine: Engine, kb: KnowledgeBase, dirs: readonly string[], audit: KbAudit): Promise<{ pages: number; links: PageLink[] }> {
  const { htmlToSnapshot } = await import("../lib/html-snapshot.ts");
  const links: PageLink[] = [];
  const pages = savedPages(dirs);
  for (const page of pages) {
    // As scripts/analyze.ts reads an .html file: the page's published date, else today.
    const { snapshot, meta } = htmlToSnapshot(page.read());
    const date = meta.publishedAt?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);
    const linked = linkWithNativeNames(kb, engine.analyze(snapshot, { date }), snapshot.text, date);
    const preds = predictedPeople(linked.analysis, snapshot.text, linked.links);
    linked.analysis.people.forEach((p, i) => {
      const link = linked.links.get(p.id);
      if (!link) return;
      const strings = preds[i]!.strings;
      links.push({
        page: page.id,
        person: p.name,
        strings,
        role: p.role,
        represents: p.represents,
        isOfficial: p.isOfficial,
        linkId: link.id,
        linkName: link.name,
        label: link.label ?? link.position,
        verdict: verdictOf(audit, page.id, link.id, strings),
      });
    });
  }
  return { pages: pages.length, links };
}

export function printPageLinks(r: { pages: number; links: PageLink[] }, listAll: boolean): void {
  const wrong = r.links.filter((l) => l.verdict === false);
  const unaudited = r.links.filter((l) => l.verdict === null);
  console.log(`${r.pages} pages; ${r.links.length} KB links: ${r.links.length - wrong.length - unaudited.length} right, ${wrong.length} wrong, ${unaudited.length} not audited yet`);
  const line = (l: PageLink, tag: string) =>
    `  ${tag} ${l.page}: "${l.person}" [${l.strings.join(", ")}]${l.isOfficial ? " official" : ""} role=${l.role ?? "-"} rep=${l.represents ?? "-"} → ${l.linkId} ${l.linkName} (${l.label ?? "-"})`;
  for (const l of wrong) console.log(line(l, "WRONG "));
  for (const l of unaudited) console.log(line(l, "AUDIT?"));
  if (listAll) for (const l of r.links.filter((x) => x.verdict === true)) console.log(line(l, "right "));
}
