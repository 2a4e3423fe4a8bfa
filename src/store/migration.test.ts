/**
 * v1 → v2: a store written by the v1 schema (people keyed by bare name, claims with only a
 * `speaker` string, no word index) is populated, closed, and reopened by the current code.
 * v2 → v3: a populated v2 store (word index on claims) is reopened by the current code (word
 * index per article).
 */
import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openMemory } from "./index.ts";
import { openV1Db, openV2Db, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_VERSION, type V1Appearance, type V1Article, type V1Claim, type V1Person } from "./schema.ts";
import { value } from "./test-support.ts";


const NAME = "srcl-memory-migration";

async function populateV1(factory: IDBFactory): Promise<void> {
  const db = openV1Db(NAME, { indexedDB: factory, IDBKeyRange });
  const people: V1Person[] = [
    { key: "name:benjamin netanyahu", name: "Benjamin Netanyahu", role: "prime minister", represents: "Israel", isOfficial: true },
    { key: "name:kushner", name: "Kushner", role: null, represents: null, isOfficial: false },
  ];
  const articles: V1Article[] = [
    { url: "https://a.example/1", title: "First", outlet: "A Daily", publishedAt: "2026-01-10", firstSeen: 1_000, lastSeen: 2_000, contentHash: "h1" },
    { url: "https://b.example/2", title: "Second", outlet: "B Weekly", publishedAt: "2026-02-10", firstSeen: 3_000, lastSeen: 4_000, contentHash: "h2" },
  ];
  const appearances: V1Appearance[] = [
    { personKey: "name:benjamin netanyahu", articleUrl: "https://a.example/1", role: "prime minister", represents: "Israel" },
    { personKey: "name:benjamin netanyahu", articleUrl: "https://b.example/2", role: "Israeli premier", represents: "Israel" },
    { personKey: "name:kushner", articleUrl: "https://a.example/1", role: null, represents: null },
    { personKey: "name:kushner", articleUrl: "https://b.example/2", role: null, represents: null },
  ];
  const claims: V1Claim[] = [
    { id: "https://a.example/1#0", articleUrl: "https://a.example/1", speaker: "Benjamin Netanyahu", personKey: "name:benjamin netanyahu", text: "The talks continue.", kind: "direct", cue: "said", start: 0, end: 19 },
    { id: "https://a.example/1#1", articleUrl: "https://a.example/1", speaker: "Kushner", personKey: "name:kushner", text: "No comment on the plan.", kind: "indirect", cue: "said", start: 30, end: 53 },
    { id: "https://b.example/2#0", articleUrl: "https://b.example/2", speaker: "Benjamin Netanyahu", personKey: "name:benjamin netanyahu", text: "A delegation leaves tonight.", kind: "direct", cue: "told reporters", start: 5, end: 33 },
    { id: "https://b.example/2#1", articleUrl: "https://b.example/2", speaker: "a senior Egyptian official", personKey: null, text: "Cairo is ready to host.", kind: "indirect", cue: "according to", start: 40, end: 63 },
    { id: "https://b.example/2#2", articleUrl: "https://b.example/2", speaker: "Kushner", personKey: "name:kushner", text: "The plan is ready.", kind: "direct", cue: "said", start: 70, end: 88 },
  ];
  await db.table("people").bulkAdd(people);
  await db.table("articles").bulkAdd(articles);
  await db.table("appearances").bulkAdd(appearances);
  await db.table("claims").bulkAdd(claims);
  expect(db.verno).toBe(1);
  db.close();
}

describe("schema v1 → v2", () => {
  it("the two versions really differ", () => {
    expect(SCHEMA_V2).not.toEqual(SCHEMA_V1);
    expect(SCHEMA_V1.claims).toContain("speaker");
    expect(SCHEMA_V2.claims).toContain("*words");
  });

  it("migrates a populated v1 store: new person keys, sortable claim ids, word index", async () => {
    const factory = new IDBFactory();
    await populateV1(factory);
    const m = value(await openMemory({ name: NAME, indexedDB: factory, IDBKeyRange }));
    try {
      const dump = value(await m.exportJson());
      expect(dump.articles.map((a) => [a.url, a.origin, a.claimCount, a.peopleCount])).toEqual([
        ["https://a.example/1", "https://a.example", 2, 2],
        ["https://b.example/2", "https://b.example", 3, 2],
      ]);
      // v1 "name:kushner" was one person across both articles on a bare surname; v2 never
      // merges a bare surname without context, so it becomes two article-local people.
      expect(dump.people.map((p) => p.key).sort()).toEqual([
        "n:benjamin netanyahu|israel",
        "n:kushner|@https://a.example/1",
        "n:kushner|@https://b.example/2",
      ]);
      const bibi = dump.people.find((p) => p.key === "n:benjamin netanyahu|israel")!;
      expect(bibi.roles.map((r) => r.role)).toEqual(["Israeli premier", "prime minister"]);

      const page = value(await m.saidElsewhere({ name: "Benjamin Netanyahu", represents: "Israel" }, { excludeUrl: "https://b.example/2" }));
      expect(page.items.map((i) => [i.text, i.role, i.title])).toEqual([["The talks continue.", "prime minister", "First"]]);
      expect(value(await m.search("delegation")).map((c) => c.speaker)).toEqual(["Benjamin Netanyahu"]);
      expect(value(await m.search("egyptian")).map((c) => [c.source, c.personKey])).toEqual([["a senior Egyptian official", null]]);
      // Claim ids now sort by article date: newest article first in reverse id order.
      const ids = dump.claims.map((c) => c.id);
      expect([...ids].sort()).toEqual(ids);
      expect(dump.claims[dump.claims.length - 1]!.articleUrl).toBe("https://b.example/2");

      // New recordings land in the migrated store with the v2 identity rules.
      const r = value(
        await m.recordArticle({
          url: "https://c.example/3",
          title: "Third",
          outlet: null,
          publishedAt: "2026-03-01",
          contentHash: "h3",
          seenAt: 5_000,
          people: [{ localId: "p1", name: "Benyamin Netanyahu", role: null, represents: "Israeli government", isOfficial: true }],
          claims: [{ personLocalId: "p1", source: null, text: "Nothing is agreed.", kind: "direct", cue: "said", start: 0, end: 18 }],
        }),
      );
      expect(r.people.p1).toBe("n:benjamin netanyahu|israel");
    } finally {
      m.close();
    }
    const raw = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
    await raw.open();
    expect(raw.verno).toBe(SCHEMA_VERSION);
    raw.close();
  });
});

describe("schema v2 → v3", () => {
  it("the two versions really differ", () => {
    expect(SCHEMA_V3).not.toEqual(SCHEMA_V2);
    expect(SCHEMA_V3.claims).toBeNull();
    expect(SCHEMA_V3.articleClaims).toContain("*words");
  });

  it("migrates a populated v2 store: one claims row per article with its word index, claim counts on appearances", async () => {
    const factory = new IDBFactory();
    await populateV1(factory);
    // The v2 code opens (and upgrades) it: a populated v2 store with its word index on claims.
    const v2 = openV2Db(NAME, { indexedDB: factory, IDBKeyRange });
    await v2.open();
    expect(v2.verno).toBe(2);
    const v2Claims = await v2.table("claims").toArray();
    expect(v2Claims).toHaveLength(5);
    expect(await v2.table("claims").where("words").equals("delegation").count()).toBe(1);
    // A count v2 did not check (its replace-import stored a file's counts as given): v3 relies
    // on the articles' counts, so the upgrade recomputes them.
    await v2.table("articles").update("https://a.example/1", { claimCount: 7, peopleCount: 9 });
    v2.close();

    const m = value(await openMemory({ name: NAME, indexedDB: factory, IDBKeyRange }));
    try {
      const dump = value(await m.exportJson());
      expect(dump.claims.map((c) => c.id)).toEqual(v2Claims.map((c: { id: string }) => c.id));
      expect(dump.articles.map((a) => [a.claimCount, a.peopleCount])).toEqual([
        [2, 2],
        [3, 2],
      ]);
      expect(value(await m.estimateUsage()).claims).toBe(5);
      expect(value(await m.search("delegation")).map((c) => c.text)).toEqual(["A delegation leaves tonight."]);
      expect(value(await m.search("netanyahu")).map((c) => c.text)).toEqual(["A delegation leaves tonight.", "The talks continue."]);
      // Both words are in article b, but in two different claims: no claim matches.
      expect(value(await m.search("delegation cairo")).map((c) => c.text)).toEqual([]);
      expect(value(await m.search("cairo host")).map((c) => c.text)).toEqual(["Cairo is ready to host."]);
      expect(value(await m.search("deleg", { prefix: true })).map((c) => c.text)).toEqual(["A delegation leaves tonight."]);
      const key = "n:benjamin netanyahu|israel";
      expect(value(await m.personCounts([key], "https://b.example/2"))).toEqual([{ personKey: key, here: 1, elsewhere: 1, articlesElsewhere: 1 }]);
      value(await m.deleteArticle("https://b.example/2"));
      expect(value(await m.search("delegation"))).toEqual([]);
      expect(value(await m.search("netanyahu")).map((c) => c.text)).toEqual(["The talks continue."]);
    } finally {
      m.close();
    }
    const raw = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
    await raw.open();
    expect(raw.verno).toBe(3);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(["appearances", "articleClaims", "articles", "people"]);
    const rows = await raw.table("articleClaims").toArray();
    expect(rows.map((r: { articleUrl: string; claims: unknown[] }) => [r.articleUrl, r.claims.length])).toEqual([["https://a.example/1", 2]]);
    expect(rows[0].words).toEqual(expect.arrayContaining(["talks", "continue", "benjamin", "netanyahu", "comment", "plan", "kushner"]));
    const apps = await raw.table("appearances").toArray();
    expect(apps.map((a: { articleUrl: string; claimCount: number }) => [a.articleUrl, a.claimCount]).sort()).toEqual([
      ["https://a.example/1", 1],
      ["https://a.example/1", 1],
    ]);
    raw.close();
  });
});
