/**
 * Claim ids: short, date-sortable, never shared by two articles (even when the 32-bit URL
 * tokens collide), and stores holding the earlier "<date>:<url>#<n>" ids keep working.
 */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { openMemory } from "./index.ts";
import { articleDate, ClaimPrefixes, claimId, claimIdPrefix } from "./schema.ts";
import { exportedArticle, makeArticle, value } from "./test-support.ts";
import type { Memory, MemoryExport } from "./types.ts";

const opened: Memory[] = [];
async function freshMemory(): Promise<Memory> {
  const r = await openMemory({ name: "claim-ids", indexedDB: new IDBFactory(), IDBKeyRange });
  if (!r.ok) throw new Error(r.message);
  opened.push(r.value);
  return r.value;
}
afterEach(() => {
  for (const m of opened.splice(0)) m.close();
});

// Two URLs whose FNV-1a 32-bit hashes are equal (found by a brute-force search).
const CLASH_A = "https://news.example/story/80338";
const CLASH_B = "https://news.example/story/341512";
const DATE = "2026-10-01";
const AT = articleDate(DATE, 0);

describe("claim ids", () => {
  it("are short, sort by date, and differ per URL", () => {
    const id = claimId(claimIdPrefix(AT, "https://a.example/some/long/path?with=query"), 7);
    expect(id).toMatch(/^[0-9a-z]{9}\.[0-9a-z]{7}\.007$/);
    expect(claimId(claimIdPrefix(AT + 1, "https://a.example/1"), 0) > claimId(claimIdPrefix(AT, "https://z.example/2"), 99)).toBe(true);
    expect(claimIdPrefix(AT, "https://a.example/1")).not.toBe(claimIdPrefix(AT, "https://a.example/2"));
  });

  it("a token collision gets a salted prefix, in memory and in the store", async () => {
    expect(claimIdPrefix(AT, CLASH_A)).toBe(claimIdPrefix(AT, CLASH_B));
    const prefixes = new ClaimPrefixes();
    const a = prefixes.prefix(AT, CLASH_A);
    const b = prefixes.prefix(AT, CLASH_B);
    expect(b).not.toBe(a);
    expect(prefixes.prefix(AT, CLASH_A)).toBe(a);
    expect(prefixes.prefix(AT, CLASH_B)).toBe(b);

    const m = await freshMemory();
    const people = [{ name: "Ana Lopes", role: "health minister", represents: "Portugal" }];
    value(await m.recordArticle(makeArticle({ url: CLASH_A, publishedAt: DATE, people, claims: [{ by: 0, text: "Clinics open at eight." }] })));
    value(await m.recordArticle(makeArticle({ url: CLASH_B, publishedAt: DATE, people, claims: [{ by: 0, text: "Vaccines arrive on Monday." }] })));
    const dump = value(await m.exportJson());
    expect(dump.claims.map((c) => [c.articleUrl, c.text]).sort()).toEqual([
      [CLASH_A, "Clinics open at eight."],
      [CLASH_B, "Vaccines arrive on Monday."],
    ].sort());
    const idOf = (url: string) => dump.claims.find((c) => c.articleUrl === url)!.id;
    expect(idOf(CLASH_A).startsWith(claimIdPrefix(AT, CLASH_A))).toBe(true);
    expect(idOf(CLASH_B).startsWith(claimIdPrefix(AT, CLASH_B, 1))).toBe(true);

    // Updating either article replaces its own claim only, with the same prefix as before.
    value(await m.recordArticle(makeArticle({ url: CLASH_B, publishedAt: DATE, people, claims: [{ by: 0, text: "Vaccines arrive on Tuesday." }] })));
    value(await m.recordArticle(makeArticle({ url: CLASH_A, publishedAt: DATE, people, claims: [{ by: 0, text: "Clinics open at nine." }] })));
    const after = value(await m.exportJson());
    expect(after.claims.map((c) => [c.id, c.text]).sort()).toEqual([
      [idOf(CLASH_A), "Clinics open at nine."],
      [idOf(CLASH_B), "Vaccines arrive on Tuesday."],
    ].sort());
    expect(value(await m.deleteArticle(CLASH_A)).claims).toBe(1);
    expect(value(await m.search("tuesday")).map((c) => c.articleUrl)).toEqual([CLASH_B]);
  });

  it("an updated article without a published date keeps the date it was first seen in its ids", async () => {
    const m = await freshMemory();
    const url = "https://undated.example/1";
    const day1 = Date.UTC(2026, 9, 1);
    const people = [{ name: "Ana Lopes", represents: "Portugal" }];
    value(await m.recordArticle(makeArticle({ url, seenAt: day1, people, claims: [{ by: 0, text: "First words." }] })));
    value(await m.recordArticle(makeArticle({ url, seenAt: day1 + 4 * 86_400_000, people, claims: [{ by: 0, text: "Second words." }] })));
    const dump = value(await m.exportJson());
    expect(dump.claims.map((c) => [c.text, c.at, c.id.startsWith(claimIdPrefix(day1, url))])).toEqual([["Second words.", day1, true]]);
  });

  it("claims stored with the earlier '<date>:<url>#<n>' ids stay valid beside new ones", async () => {
    const m = await freshMemory();
    const key = "n:ana lopes|portugal";
    const ana = { key, name: "Ana Lopes", role: "health minister", represents: "Portugal" };
    const old = (url: string, date: string, texts: string[]) => {
      const at = articleDate(date, 0);
      const stamp = at.toString(36).padStart(9, "0");
      return exportedArticle({ url, at, person: ana, texts, publishedAt: date, idOf: (i) => `${stamp}:${url}#${i.toString().padStart(5, "0")}` });
    };
    const a = old("https://old.example/1", "2026-09-01", ["Beds are short.", "Nurses are tired."]);
    const b = old("https://old.example/2", "2026-09-20", ["Wards reopen soon."]);
    const dump: MemoryExport = {
      format: "sourcelight-memory",
      schemaVersion: 2,
      exportedAt: "",
      people: [],
      articles: [a.article, b.article],
      appearances: [a.appearance, b.appearance],
      claims: [...a.claims, ...b.claims],
    };
    value(await m.importJson(dump, { mode: "replace" }));
    const people = [{ name: "Ana Lopes", role: "health minister", represents: "Portugal" }];
    const r = value(await m.recordArticle(makeArticle({ url: "https://new.example/3", publishedAt: "2026-09-10", people, claims: [{ by: 0, text: "Beds are coming." }] })));
    expect(r.people.p1).toBe(key);

    // Newest first across both id formats, by article date.
    const page = value(await m.saidElsewhere(key, { limit: 10 }));
    // (Within one article, later claims first: ids walk backwards.)
    expect(page.items.map((c) => c.text)).toEqual(["Wards reopen soon.", "Beds are coming.", "Nurses are tired.", "Beds are short."]);
    expect(value(await m.search("beds")).map((c) => c.text)).toEqual(["Beds are coming.", "Beds are short."]);

    // Updating an old article replaces its old-format claims with new-format ones.
    value(await m.recordArticle(makeArticle({ url: "https://old.example/1", publishedAt: "2026-09-01", people, claims: [{ by: 0, text: "Beds were added." }] })));
    const after = value(await m.exportJson());
    expect(after.claims.filter((c) => c.articleUrl === "https://old.example/1").map((c) => [c.text, c.id.includes("://")])).toEqual([["Beds were added.", false]]);
    expect(after.claims.filter((c) => c.articleUrl === "https://old.example/2").map((c) => c.id)).toEqual([b.claims[0]!.id]);
    expect(value(await m.search("beds")).map((c) => c.text)).toEqual(["Beds are coming.", "Beds were added."]);
    expect(value(await m.personCounts([key], "https://old.example/2"))).toEqual([{ personKey: key, here: 1, elsewhere: 2, articlesElsewhere: 2 }]);
  });
});
