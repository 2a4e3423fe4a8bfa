import { describe, expect, it } from "vitest";
import { storageCache, STORAGE_PREFIX } from "./storage-cache.ts";
import type { StorageAreaLike } from "./storage-cache.ts";
import { wikidataLink } from "./to-link.ts";

function fakeArea(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => (data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (k) => void data.delete(k),
  };
}

describe("storageCache", () => {
  it("stores under a prefix, returns until expiry, then removes the entry", async () => {
    let t = 0;
    const area = fakeArea();
    const c = storageCache(area, () => t);
    await c.set("q", { a: 1 }, 1000);
    expect([...area.data.keys()]).toEqual([`${STORAGE_PREFIX}q`]);
    expect(await c.get("q")).toEqual({ a: 1 });
    t = 1000;
    expect(await c.get("q")).toBeUndefined();
    expect(area.data.size).toBe(0);
  });

  it("treats a failing storage area as a miss and never throws", async () => {
    const broken: StorageAreaLike = {
      get: () => Promise.reject(new Error("context invalidated")),
      set: () => Promise.reject(new Error("QUOTA_BYTES quota exceeded")),
      remove: () => Promise.reject(new Error("nope")),
    };
    const c = storageCache(broken);
    await expect(c.set("k", 1, 10)).resolves.toBeUndefined();
    await expect(c.get("k")).resolves.toBeUndefined();
  });
});

describe("wikidataLink", () => {
  const person = {
    id: "Q90000001",
    label: "Lior Ben-Ami",
    description: "Examplestani politician (test fixture)",
    aliases: [],
    positions: [
      { id: "Q90000102", label: "Minister of Foreign Affairs of Examplestan", start: "2013-03-18", end: "2015-05-14" },
      { id: "Q90000103", label: "Prime Minister of Examplestan", start: "2021-06", end: null },
    ],
    parties: [{ id: "Q90000201", label: "Example Unity Party", start: "2012", end: null }],
    citizenship: [{ id: "Q90000301", label: "Examplestan", start: null, end: null }],
    employers: [],
    wikiquote: null,
  };
  it("shows the office held on the date, or the last one as former", () => {
    expect(wikidataLink(person, "2025-10-07", "2026-11-26")).toMatchObject({ position: "Prime Minister of Examplestan", isCurrent: true, since: "2021-06", party: "Example Unity Party", country: "Examplestan", source: "Wikidata (CC0)", asOf: "2026-11-26" });
    expect(wikidataLink(person, "2018-01-01", "2026-11-26")).toMatchObject({ label: "former Minister of Foreign Affairs of Examplestan", isCurrent: false, until: "2015-05-14" });
    expect(wikidataLink(person, "2010-01-01", "2026-11-26")).toMatchObject({ position: null, party: null, label: "Examplestani politician (test fixture)" });
  });
});
