/**
 * The stored records agree with each other after every kind of write: each article's counts,
 * its one claims row (date, key, words, speakers), each appearance's claim count, unique claim
 * ids. The checker reads the raw database, so it sees what the memory's own queries would hide.
 */
import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openMemory } from "./index.ts";
import { claimId, claimIdPrefix, type ArticleClaimsRecord, type StoredAppearance } from "./schema.ts";
import { exportedArticle, makeArticle, value } from "./test-support.ts";
import type { ArticleRecord, Memory, MemoryExport, PersonRecord, StoreResult } from "./types.ts";

const NAME = "consistency";
const DAY = 86_400_000;


async function open(factory: IDBFactory): Promise<Memory> {
  return value(await openMemory({ name: NAME, indexedDB: factory, IDBKeyRange }));
}

const sameSet = (a: Iterable<string>, b: Iterable<string>) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** Every disagreement between the stored records, as readable lines (none expected). */
async function problems(factory: IDBFactory): Promise<string[]> {
  const raw = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
  await raw.open();
  const [people, articles, apps, rows] = (await Promise.all([
    raw.table("people").toArray(),
    raw.table("articles").toArray(),
    raw.table("appearances").toArray(),
    raw.table("articleClaims").toArray(),
  ])) as [PersonRecord[], ArticleRecord[], StoredAppearance[], ArticleClaimsRecord[]];
  raw.close();
  const out: string[] = [];
  const articleOf = new Map(articles.map((a) => [a.url, a]));
  const personKeys = new Set(people.map((p) => p.key));
  for (const a of articles) {
    const own = rows.filter((r) => r.articleUrl === a.url);
    if (own.length > 1) out.push(`${a.url}: ${own.length} claims rows`);
    const n = own.reduce((sum, r) => sum + r.claims.length, 0);
    if (n !== a.claimCount) out.push(`${a.url}: claimCount ${a.claimCount}, stored ${n}`);
    const p = new Set(apps.filter((x) => x.articleUrl === a.url).map((x) => x.personKey)).size;
    if (p !== a.peopleCount) out.push(`${a.url}: peopleCount ${a.peopleCount}, stored ${p}`);
  }
  for (const r of rows) {
    const a = articleOf.get(r.articleUrl);
    if (!a) out.push(`row ${r.key}: no article`);
    else if (a.at !== r.at) out.push(`row ${r.key}: at ${r.at}, article ${a.at}`);
    if (!r.key.startsWith(claimIdPrefix(r.at, r.articleUrl).slice(0, 10))) out.push(`row ${r.key}: key not of its date`);
    if (!sameSet(r.words, r.claims.flatMap((c) => c.words))) out.push(`row ${r.key}: words`);
    if (!sameSet(r.speakers, r.claims.flatMap((c) => (c.personKey ? [c.personKey] : [])))) out.push(`row ${r.key}: speakers`);
    for (const c of r.claims) {
      if (c.articleUrl !== r.articleUrl || c.at !== r.at) out.push(`claim ${c.id}: url or date differs from its row`);
      if (c.personKey && !apps.some((x) => x.personKey === c.personKey && x.articleUrl === r.articleUrl)) out.push(`claim ${c.id}: no appearance`);
    }
  }
  const ids = rows.flatMap((r) => r.claims.map((c) => c.id));
  if (new Set(ids).size !== ids.length) out.push("duplicate claim ids");
  for (const x of apps) {
    const n = rows.filter((r) => r.articleUrl === x.articleUrl).reduce((sum, r) => sum + r.claims.filter((c) => c.personKey === x.personKey).length, 0);
    if (n !== x.claimCount) out.push(`${x.personKey} @ ${x.articleUrl}: claimCount ${x.claimCount}, stored ${n}`);
    if (!personKeys.has(x.personKey)) out.push(`${x.personKey}: appearance without person`);
    if (articleOf.get(x.articleUrl)?.at !== x.at) out.push(`${x.personKey} @ ${x.articleUrl}: date differs from the article`);
  }
  return out;
}

describe("stored records stay consistent", () => {
  it("through recording, absorbing, updating, importing, retention and deletion", async () => {
    const factory = new IDBFactory();
    const m = await open(factory);
    const step = async (name: string, write: () => Promise<StoreResult<unknown>>) => {
      value(await write());
      expect(await problems(factory), name).toEqual([]);
    };
    const bare = { name: "Kushner", role: "adviser", represents: "White House" };
    const jared = { name: "Jared Kushner", role: "senior adviser", represents: "the White House" };
    await step("new", () => m.recordArticle(makeArticle({ url: "https://one.example/1", publishedAt: "2026-01-01", people: [bare], claims: [{ by: 0, text: "Early claim." }, { by: 0, text: "Second early." }] })));
    await step("bare without context", () => m.recordArticle(makeArticle({ url: "https://two.example/2", people: [{ name: "Kushner", isOfficial: false }], claims: [{ by: 0, text: "Context-free." }] })));
    const both = [bare, { name: "Ana Lopes", represents: "Portugal" }];
    await step("two people", () => m.recordArticle(makeArticle({ url: "https://five.example/5", publishedAt: "2026-01-03", people: both, claims: [{ by: 0, text: "Five a." }, { by: 1, text: "Five b." }, { by: "a spokesman", text: "Five c." }] })));
    // Jared absorbs the bare surname of articles 1 and 5.
    await step("absorb", () => m.recordArticle(makeArticle({ url: "https://four.example/4", publishedAt: "2026-02-01", people: [jared], claims: [{ by: 0, text: "Later claim." }] })));
    expect(value(await m.search("jared early")).map((c) => c.text)).toEqual(["Second early.", "Early claim."]);
    const updated = makeArticle({ url: "https://one.example/1", publishedAt: "2026-01-02", people: [jared, bare], claims: [{ by: 0, text: "Updated one." }, { by: 1, text: "Updated two." }] });
    await step("updated, new date", () => m.recordArticle(updated));
    await step("unchanged", () => m.recordArticle({ ...updated, seenAt: Date.UTC(2026, 11, 1) }));
    const dump = value(await m.exportJson());
    await step("merge import", () => m.importJson(dump, { mode: "merge" }));
    await step("replace import", () => m.importJson(dump, { mode: "replace" }));
    expect(value(await m.exportJson())).toEqual({ ...dump, exportedAt: expect.any(String) });
    await step("retention", () => m.applyRetention({ maxClaims: 3, now: Date.UTC(2026, 11, 2) }));
    await step("delete site", () => m.deleteSite("four.example"));
    await step("delete all", () => m.deleteAll());
    m.close();
  });

  it("a hand-edited import: counts are recomputed, a row is keyed by its article's date", async () => {
    const factory = new IDBFactory();
    const m = await open(factory);
    const key = "n:ana lopes|portugal";
    const ana = { key, name: "Ana Lopes", role: "minister", represents: "Portugal" };
    const article = (url: string, day: number, idDay: number, texts: string[]) =>
      exportedArticle({
        url,
        at: Date.UTC(2026, 0, 1) + day * DAY,
        person: ana,
        texts,
        // Ids made for another date than the article's, counts and dates edited by hand.
        idOf: (i) => claimId(claimIdPrefix(Date.UTC(2026, 0, 1) + idDay * DAY, url), i),
        article: { claimCount: 7, peopleCount: 4 },
        appearance: { at: Date.UTC(2026, 0, 1) + (day - 1) * DAY },
      });
    const older = article("https://a.example/older", 0, 0, ["Oldest."]);
    const middle = article("https://a.example/middle", 5, 5, ["Middle."]);
    const newest = article("https://a.example/newest", 10, -100, ["Newest by date.", "Also newest."]);
    const parts = [older, middle, newest];
    const dump: MemoryExport = {
      format: "sourcelight-memory",
      schemaVersion: 2,
      exportedAt: "",
      people: [],
      articles: parts.map((p) => p.article),
      appearances: parts.map((p) => p.appearance),
      claims: parts.flatMap((p) => p.claims),
    };
    value(await m.importJson(dump, { mode: "replace" }));
    expect(await problems(factory)).toEqual([]);
    expect(value(await m.saidElsewhere(key, { limit: 10 })).items.map((c) => c.text)).toEqual(["Also newest.", "Newest by date.", "Middle.", "Oldest."]);
    expect(value(await m.estimateUsage()).claims).toBe(4);
    expect(value(await m.applyRetention({ maxClaims: 3 })).claims).toBe(1);
    m.close();
  });
});
