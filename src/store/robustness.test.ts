/**
 * Failure paths: interrupted writes, quota, concurrent recordings, errors never thrown.
 * Faults are injected at the IndexedDB level (fake-indexeddb's object store), below Dexie, so
 * the memory's own code and Dexie's error handling run exactly as in a browser.
 */
import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange, IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { classifyError, QUOTA_MESSAGE } from "./errors.ts";
import { openMemory } from "./index.ts";
import { makeArticle, value } from "./test-support.ts";
import type { Memory, MemoryExport } from "./types.ts";

const opened: Memory[] = [];
async function freshMemory(factory = new IDBFactory(), name = "robust"): Promise<Memory> {
  const r = await openMemory({ name, indexedDB: factory, IDBKeyRange });
  if (!r.ok) throw new Error(r.message);
  opened.push(r.value);
  return r.value;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const m of opened.splice(0)) m.close();
});
const stripTime = (d: MemoryExport) => ({ ...d, exportedAt: "" });

const people = [{ name: "Ana Lopes", role: "health minister", represents: "Portugal" }];
const first = makeArticle({ url: "https://a.example/1", people, claims: [{ by: 0, text: "Vaccines arrive on Monday." }] });
const second = makeArticle({
  url: "https://b.example/2",
  people: [...people, { name: "Rui Dias", role: "mayor", represents: "Porto" }],
  claims: [{ by: 0, text: "Clinics open late." }, { by: 1, text: "Buses are free." }],
});

type PutFn = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
/** Make `put` on the article-claims store misbehave; every other store and operation stays real. */
function onClaimsPut(fault: (store: IDBObjectStore, original: PutFn, value: unknown, key?: IDBValidKey) => IDBRequest): void {
  const original = IDBObjectStore.prototype.put as PutFn;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    return this.name === "articleClaims" ? fault(this, original, value, key) : original.call(this, value, key);
  });
}

/** fake-indexeddb's way of running a request whose operation fails asynchronously, as a
 *  browser's quota failure does (request error event, then the transaction aborts). */
interface FakeTransaction {
  _execRequestAsync(req: { operation: () => unknown; source: unknown }): IDBRequest;
}

describe("an interrupted write leaves nothing partial", () => {
  it("transaction aborted midway (service worker stopped) → no article, person or claim", async () => {
    const m = await freshMemory();
    value(await m.recordArticle(first));
    const before = value(await m.exportJson());
    // The people and appearances of `second` are written before its claims: abort there.
    onClaimsPut((store, original, v, k) => {
      store.transaction.abort();
      return original.call(store, v, k);
    });
    const r = await m.recordArticle(second);
    expect(r.ok).toBe(false);
    vi.restoreAllMocks();
    expect(stripTime(value(await m.exportJson()))).toEqual(stripTime(before));
    // And the memory still works afterwards.
    expect(value(await m.recordArticle(second)).claimsStored).toBe(2);
  });

  it("an update interrupted midway keeps the old version of the article", async () => {
    const m = await freshMemory();
    value(await m.recordArticle(second));
    const before = value(await m.exportJson());
    onClaimsPut((store, original, v, k) => {
      store.transaction.abort();
      return original.call(store, v, k);
    });
    const updated = makeArticle({ url: "https://b.example/2", people, claims: [{ by: 0, text: "Revised." }] });
    expect((await m.recordArticle(updated)).ok).toBe(false);
    vi.restoreAllMocks();
    expect(stripTime(value(await m.exportJson()))).toEqual(stripTime(before));
  });
});

describe("quota exceeded", () => {
  const faults: Array<[string, Parameters<typeof onClaimsPut>[0]]> = [
    [
      "request fails asynchronously with QuotaExceededError (as browsers do)",
      (store) =>
        (store.transaction as unknown as FakeTransaction)._execRequestAsync({
          operation: () => {
            throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          },
          source: store,
        }),
    ],
    [
      "put throws QuotaExceededError synchronously",
      () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      },
    ],
  ];

  it.each(faults)("%s → typed error, nothing written, space can be freed", async (_label, fault) => {
    const m = await freshMemory();
    value(await m.recordArticle(first));
    const before = value(await m.exportJson());
    onClaimsPut(fault);
    const r = await m.recordArticle(second);
    expect(r).toEqual({ ok: false, error: "quota", message: QUOTA_MESSAGE });
    expect(QUOTA_MESSAGE).toMatch(/retention/);
    vi.restoreAllMocks();
    expect(stripTime(value(await m.exportJson()))).toEqual(stripTime(before));
    // The way out the message names: see usage, free space, record again.
    expect(value(await m.estimateUsage())).toMatchObject({ articles: 1, claims: 1 });
    expect(value(await m.applyRetention({ maxClaims: 0 })).articles).toBe(1);
    expect(value(await m.recordArticle(second)).status).toBe("created");
  });

  it("recognises every wrapping of a quota error", () => {
    const dom = new DOMException("full", "QuotaExceededError");
    expect(classifyError(dom).error).toBe("quota");
    expect(classifyError(new Dexie.QuotaExceededError("full")).error).toBe("quota");
    expect(classifyError(new Dexie.AbortError("Transaction aborted", dom)).error).toBe("quota");
    expect(classifyError(new Dexie.BulkError("1 of 3 failed", [dom])).error).toBe("quota");
    expect(classifyError({ name: "Error", code: 22, message: "legacy" }).error).toBe("quota");
    expect(classifyError(new Dexie.AbortError("Transaction aborted")).error).toBe("aborted");
    expect(classifyError(new Dexie.DatabaseClosedError("closed")).error).toBe("closed");
    expect(classifyError(new Error("boom"))).toEqual({ error: "unknown", message: "boom" });
  });
});

describe("concurrent recordings (two tabs)", () => {
  const other = makeArticle({
    url: "https://c.example/3",
    people: [{ name: "Ana Lopes", role: "minister of health", represents: "Portuguese government" }],
    claims: [{ by: 0, text: "Masks are optional." }],
  });

  it("two articles sharing a person at once → one person, both articles' claims", async () => {
    const m = await freshMemory();
    const [a, b] = await Promise.all([m.recordArticle(first), m.recordArticle(other)]);
    expect(value(a).people.p1).toBe(value(b).people.p1);
    const dump = value(await m.exportJson());
    expect(dump.people).toHaveLength(1);
    expect(dump.claims.map((c) => c.text).sort()).toEqual(["Masks are optional.", "Vaccines arrive on Monday."]);
  });

  it("the same article twice at once → one copy", async () => {
    const m = await freshMemory();
    const results = await Promise.all([m.recordArticle(second), m.recordArticle(second)]);
    expect(results.map((r) => value(r).status).sort()).toEqual(["created", "unchanged"]);
    expect(value(await m.estimateUsage())).toMatchObject({ articles: 1, claims: 2, people: 2, appearances: 2 });
  });

  it("two connections to one database (two contexts) behave the same", async () => {
    const factory = new IDBFactory();
    const m1 = await freshMemory(factory, "shared");
    const m2 = await freshMemory(factory, "shared");
    await Promise.all([m1.recordArticle(first), m2.recordArticle(other), m2.recordArticle(first)]);
    const dump = value(await m1.exportJson());
    expect(dump.people).toHaveLength(1);
    expect(dump.articles).toHaveLength(2);
    expect(dump.claims).toHaveLength(2);
  });
});

describe("never throws across the boundary", () => {
  it("a closed memory answers with a Result", async () => {
    const m = await freshMemory();
    m.close();
    const r = await m.search("anything");
    expect(r.ok).toBe(false);
    expect((await m.recordArticle(first)).ok).toBe(false);
  });
});
