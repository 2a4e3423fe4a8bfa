/** The stored answers stay bounded: nothing older than 30 days is read or kept, at most MAX_RECORDS per kind. */
import { describe, expect, it } from "vitest";
import { FACT_CHECK_PREFIX, MAX_AGE_MS, MAX_RECORDS, QUOTES_PREFIX, recordStore, type FactCheckRecord, type RecordArea } from "./store.ts";

function area(): RecordArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) => Object.fromEntries((keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys]).filter((k) => data.has(k)).map((k) => [k, data.get(k)])),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (keys) => void (Array.isArray(keys) ? keys : [keys]).forEach((k) => data.delete(k)),
  };
}

const record = (attemptAt: number): FactCheckRecord => ({ kind: "fact-check", query: "q", attemptAt, keyStamp: "", problem: null, good: { at: attemptAt, claims: [], hasMore: false } });

describe("record store", () => {
  it("a record older than 30 days is not read, and is removed at the next tidy-up", async () => {
    let now = 1_000_000_000_000;
    const a = area();
    const store = recordStore(a, () => now);
    await store.write(`${FACT_CHECK_PREFIX}p:old`, record(now));
    now += MAX_AGE_MS + 1;
    expect(await store.read(`${FACT_CHECK_PREFIX}p:old`, "fact-check")).toBeNull();
    for (let i = 0; i < 20; i++) await store.write(`${FACT_CHECK_PREFIX}p:${i}`, record(now));
    expect(a.data.has(`${FACT_CHECK_PREFIX}p:old`)).toBe(false);
  });

  it("keeps at most MAX_RECORDS of a kind, the newest; other keys are never touched", async () => {
    let now = 2_000_000_000_000;
    const a = area();
    a.data.set("srcl-settings", { enabled: true });
    a.data.set(`${QUOTES_PREFIX}Q1`, { kind: "quotes", qid: "Q1", attemptAt: now, problem: null, good: null });
    const store = recordStore(a, () => now);
    for (let i = 0; i < MAX_RECORDS + 21; i++) {
      now += 1000;
      await store.write(`${FACT_CHECK_PREFIX}c:${i}`, record(now));
    }
    const kept = [...a.data.keys()].filter((k) => k.startsWith(FACT_CHECK_PREFIX));
    expect(kept.length).toBeLessThanOrEqual(MAX_RECORDS + 20);
    expect(kept).not.toContain(`${FACT_CHECK_PREFIX}c:0`);
    expect(a.data.has("srcl-settings")).toBe(true);
    expect(a.data.has(`${QUOTES_PREFIX}Q1`)).toBe(true);
    expect(await store.clear()).toBe(kept.length + 1);
    expect([...a.data.keys()]).toEqual(["srcl-settings"]);
  });
});
