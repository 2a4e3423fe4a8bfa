/**
 * The memory's identity across articles, measured on saved pages: every page is read, linked and
 * recorded into one in-memory profile (fake-indexeddb) as the background records it (the page's
 * people with role, represents and KB link; its claims with their speakers), then the stored
 * people are listed for a hand audit:
 *   - merged: a record whose name forms have more than one surname ("Pruett" and "Pruitt" in one
 *     person) — each is either one person spelled two ways or two people merged;
 *   - split: two records whose names could be one person's (same surname and agreeing given names,
 *     or a bare surname and a full name) — each is either two people or one person split, and the
 *     claims of the smaller record are the said-elsewhere entries the other one does not show.
 */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import type { Analysis } from "../../src/extract/types.ts";
import { linkWithNativeNames, type KbLink, type KnowledgeBase } from "../../src/kb/index.ts";
import { recordedContent } from "../../src/background/recorded-content.ts";
import { compareNames, parseName } from "../../src/store/identity.ts";
import { openMemory, type ArticleRecordInput, type PersonRecord } from "../../src/store/index.ts";
import { savedPages } from "./kblink.ts";
import type { Engine } from "./systems.ts";

function recordInput(url: string, date: string, text: string, a: Analysis, links: ReadonlyMap<string, KbLink>): ArticleRecordInput {
  return {
    url,
    title: url,
    outlet: null,
    publishedAt: date,
    contentHash: `${url}#${text.length}`,
    ...recordedContent(a, text, links),
    seenAt: Date.parse(`${date}T12:00:00Z`) || 0,
    incognito: false,
  };
}

export interface IdentityReport {
  pages: number;
  people: PersonRecord[];
  claimsOf: Map<string, number>;
  merged: PersonRecord[];
  splits: Array<{ a: PersonRecord; b: PersonRecord; how: string }>;
}

const surnameOf = (alias: string): string => parseName(alias)?.surname ?? "";

export async function runMemoryIdentity(engine: Engine, kb: KnowledgeBase, dirs: readonly string[]): Promise<IdentityReport> {
  const { htmlToSnapshot } = await import("../lib/html-snapshot.ts");
  const opened = await openMemory({ name: "eval-identity", indexedDB: new IDBFactory(), IDBKeyRange });
  if (!opened.ok) throw new Error(opened.message);
  const memory = opened.value;
  const pages = savedPages(dirs);
  for (const page of pages) {
    const { snapshot, meta } = htmlToSnapshot(page.read());
    const date = meta.publishedAt?.slice(0, 10) ?? "2020-01-01";
    const { analysis, links } = linkWithNativeNames(kb, engine.analyze(snapshot, { date }), snapshot.text, date);
    const r = await memory.recordArticle(recordInput(`https://saved.invalid/${page.id}`, date, snapshot.text, analysis, links));
    if (!r.ok) throw new Error(`${page.id}: ${r.message}`);
  }
  const dump = await memory.exportJson();
  memory.close();
  if (!dump.ok) throw new Error(dump.message);
  const people = dump.value.people;
  const claimsOf = new Map<string, number>();
  for (const c of dump.value.claims) if (c.personKey) claimsOf.set(c.personKey, (claimsOf.get(c.personKey) ?? 0) + 1);
  const merged = people.filter((p) => new Set(p.aliases.map(surnameOf).filter(Boolean)).size > 1);
  const splits: IdentityReport["splits"] = [];
  // grouped by surname skeleton, so surnames spelled differently ("Pruett"/"Pruitt") meet too
  const bySurname = new Map<string, PersonRecord[]>();
  for (const p of people) for (const s of p.skels) bySurname.set(s, [...(bySurname.get(s) ?? []), p]);
  const seen = new Set<string>();
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        const pair = [a.key, b.key].sort().join("\u0000");
        if (seen.has(pair)) continue;
        let how: string | null = null;
        for (const x of a.aliases) {
          for (const y of b.aliases) {
            const px = parseName(x);
            const py = parseName(y);
            const m = px && py ? compareNames(px, py) : null;
            if (m && (how === null || m !== "surname-only")) how = m;
          }
        }
        if (how === null) continue;
        seen.add(pair);
        splits.push({ a, b, how });
      }
    }
  }
  return { pages: pages.length, people, claimsOf, merged, splits };
}

export function printMemoryIdentity(r: IdentityReport): void {
  const claims = [...r.claimsOf.values()].reduce((n, x) => n + x, 0);
  const who = (p: PersonRecord) => `${p.key} [${p.aliases.join(" / ")}] ${p.roles.map((x) => x.role ?? x.represents ?? "").filter(Boolean).slice(0, 3).join("; ")} (${r.claimsOf.get(p.key) ?? 0} claims)`;
  console.log(`${r.pages} pages recorded into one profile: ${r.people.length} people, ${claims} claims with a named speaker`);
  console.log(`merged records with more than one surname: ${r.merged.length}`);
  for (const p of r.merged) console.log(`  MERGED ${who(p)}`);
  const lost = r.splits.reduce((n, s) => n + Math.min(r.claimsOf.get(s.a.key) ?? 0, r.claimsOf.get(s.b.key) ?? 0), 0);
  console.log(`pairs of records whose names could be one person: ${r.splits.length} (claims on the smaller side: ${lost})`);
  for (const s of r.splits) console.log(`  SPLIT? (${s.how})\n     ${who(s.a)}\n     ${who(s.b)}`);
}
