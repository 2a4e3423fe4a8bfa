/**
 * The opt-in sources end to end in the background, without a network: a fake fetch answers from
 * the fixtures (./__fixtures__/routes.ts) and records every request, an in-memory storage area,
 * a clock the tests move. What each switch and permission allows, what a person's card gets, how
 * often anything is asked, and how failures are answered.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { normaliseSourceSettings, type SourceSettings } from "../../store/source-settings.ts";
import { MemoryCache } from "../wikidata/index.ts";
import { CHECKED_CLAIM, stubAnswer, TEST_KEYS } from "./__fixtures__/routes.ts";
import { createSources, FACT_CHECK_REFRESH_MS, QUOTES_REFRESH_MS, type SourcesDeps } from "./service.ts";
import { FACT_CHECK_PREFIX, type RecordArea } from "./store.ts";

const DAY = 24 * 3600 * 1000;

function memoryArea(): RecordArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) => {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

interface World {
  sources: ReturnType<typeof createSources>;
  sent: URL[];
  hosts(): string[];
  area: ReturnType<typeof memoryArea>;
  switches: SourceSettings;
  granted: Set<string>;
  key: { value: string };
  wikidataOn: { value: boolean };
  clock: { now: number };
  offline: { value: boolean };
}

function world(over: Partial<SourcesDeps> = {}): World {
  const sent: URL[] = [];
  const area = memoryArea();
  const w = {
    switches: { factCheck: false, wikiquote: false } as SourceSettings,
    granted: new Set<string>(),
    key: { value: TEST_KEYS.ok as string },
    wikidataOn: { value: false },
    clock: { now: Date.UTC(2026, 10, 2, 9) },
    offline: { value: false },
  };
  const sources = createSources({
    area,
    fetch: async (input) => {
      const url = new URL(String(input));
      sent.push(url);
      if (w.offline.value) throw new TypeError("Failed to fetch");
      const a = stubAnswer(url);
      if (!a) throw new TypeError(`no route to ${url.host}`);
      return new Response(a.body, { status: a.status, headers: { "content-type": a.contentType } });
    },
    hasOrigins: async (origins) => origins.every((o) => w.granted.has(o)),
    readSwitches: async () => ({ ...w.switches }),
    writeSwitches: async (patch) => Object.assign(w.switches, normaliseSourceSettings({ ...w.switches, ...patch })),
    readKey: async () => w.key.value,
    writeKey: async (key) => (w.key.value = key.trim()),
    isWikidataOn: async () => w.wikidataOn.value,
    kbNames: (id) => (id === "kb:ben-ami" ? ["Lior Ben-Ami", "Lior Benami"] : []),
    wikidataCache: new MemoryCache(() => w.clock.now),
    now: () => w.clock.now,
    minIntervalMs: 0,
    timeoutMs: 500,
    ...over,
  });
  return { ...w, sources, sent, area, hosts: () => sent.map((u) => u.hostname) };
}

const FACT_CHECK = "https://factchecktools.googleapis.com/*";
const WIKIDATA = "https://www.wikidata.org/*";
const WIKIQUOTE = "https://en.wikiquote.org/*";

let w: World;
beforeEach(() => {
  w = world();
});

function switchOn(...which: ("factCheck" | "wikiquote")[]) {
  for (const s of which) {
    w.switches[s] = true;
    for (const o of s === "factCheck" ? [FACT_CHECK] : [WIKIQUOTE, WIKIDATA]) w.granted.add(o);
  }
}

describe("switches and permissions", () => {
  it("with both sources off, nothing is asked and both sections are off", async () => {
    for (const o of [FACT_CHECK, WIKIDATA, WIKIQUOTE]) w.granted.add(o);
    expect(await w.sources.personSources("Lior Ben-Ami", null)).toEqual({ factChecks: { status: "off" }, quotes: { status: "off" } });
    expect(await w.sources.checkClaim(CHECKED_CLAIM)).toEqual({ status: "off" });
    expect(w.sent).toEqual([]);
  });

  it("a switch without its permission makes no request and says why", async () => {
    Object.assign(w.switches, { factCheck: true, wikiquote: true });
    w.granted.add(WIKIQUOTE); // Wikiquote also needs wikidata.org
    expect(await w.sources.personSources("Lior Ben-Ami", null)).toEqual({
      factChecks: { status: "error", problem: "no-permission" },
      quotes: { status: "error", problem: "no-permission" },
    });
    expect(await w.sources.checkClaim(CHECKED_CLAIM)).toEqual({ status: "error", problem: "no-permission" });
    expect(w.sent).toEqual([]);
  });

  it("fact-checks on, Wikiquote off: only the fact-check service is asked (and no Wikidata)", async () => {
    switchOn("factCheck");
    const r = await w.sources.personSources("Lior Ben-Ami", null);
    expect(r.quotes).toEqual({ status: "off" });
    expect(w.hosts()).toEqual(["factchecktools.googleapis.com"]);
  });

  it("Wikiquote on, fact-checks off: Wikidata and Wikiquote only", async () => {
    switchOn("wikiquote");
    const r = await w.sources.personSources("Lior Ben-Ami", null);
    expect(r.factChecks).toEqual({ status: "off" });
    expect(new Set(w.hosts())).toEqual(new Set(["www.wikidata.org", "en.wikiquote.org"]));
  });

  it("no key: a clear problem, and no request", async () => {
    switchOn("factCheck");
    w.key.value = "";
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks).toEqual({ status: "error", problem: "no-key" });
    expect(w.sent).toEqual([]);
  });
});

describe("a person's fact-checks", () => {
  it("shows only checks whose claimant is this person, newest first, with a link to more", async () => {
    switchOn("factCheck");
    const r = (await w.sources.personSources("Lior Ben-Ami", null)).factChecks;
    if (r.status !== "found") throw new Error(JSON.stringify(r));
    // Without Wikidata's alias "Lior Benami", the "Prime Minister Lior Benami" check is not matched.
    expect(r.items.map((c) => c.claimant)).toEqual(["Lior Ben-Ami", "Lior J. Ben-Ami, prime minister"]);
    expect(r.link).toBe("https://toolbox.google.com/factcheck/explorer/search/Lior%20Ben-Ami");
    expect(Object.fromEntries(w.sent[0]!.searchParams)).toEqual({ query: "Lior Ben-Ami", pageSize: "25", key: TEST_KEYS.ok });
  });

  it("adds the knowledge base's spellings, and searches its name", async () => {
    switchOn("factCheck");
    const r = (await w.sources.personSources("Ben-Ami", "kb:ben-ami")).factChecks;
    expect(r.status === "found" && r.items.map((c) => c.claimant)).toEqual(["Lior Ben-Ami", "Prime Minister Lior Benami", "Lior J. Ben-Ami, prime minister"]);
    expect(w.sent[0]!.searchParams.get("query")).toBe("Lior Ben-Ami");
  });

  it("adds Wikidata's aliases when a Wikidata source is on", async () => {
    switchOn("factCheck", "wikiquote");
    const r = (await w.sources.personSources("Lior Ben-Ami", null)).factChecks;
    expect(r.status === "found" && r.items.map((c) => c.claimant)).toEqual(["Lior Ben-Ami", "Prime Minister Lior Benami", "Lior J. Ben-Ami, prime minister"]);
  });

  it("asks at most once a day per person; the stored answer shows meanwhile", async () => {
    switchOn("factCheck");
    const first = await w.sources.personSources("Lior Ben-Ami", null);
    w.clock.now += FACT_CHECK_REFRESH_MS - 60_000;
    expect(await w.sources.personSources("Lior Ben-Ami", null)).toEqual(first);
    expect(w.sent).toHaveLength(1);
    w.clock.now += 120_000;
    await w.sources.personSources("Lior Ben-Ami", null);
    expect(w.sent).toHaveLength(2);
  });

  it("a refused key is asked again as soon as another key is saved, not before", async () => {
    switchOn("factCheck");
    w.key.value = TEST_KEYS.invalid;
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks).toEqual({ status: "error", problem: "bad-key" });
    await w.sources.personSources("Lior Ben-Ami", null);
    expect(w.sent).toHaveLength(1);
    await w.sources.update({ factCheckKey: TEST_KEYS.ok });
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks.status).toBe("found");
    expect(w.sent).toHaveLength(2);
  });

  it.each([
    [TEST_KEYS.quota, "quota"],
    [TEST_KEYS.rate, "rate-limited"],
    [TEST_KEYS.down, "unavailable"],
    [TEST_KEYS.malformed, "malformed"],
    [TEST_KEYS.disabled, "bad-key"],
  ])("key %s: %s", async (key, problem) => {
    switchOn("factCheck");
    w.key.value = key;
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks).toEqual({ status: "error", problem });
  });

  it("a failed refresh a day later still shows what was found before", async () => {
    switchOn("factCheck");
    const before = (await w.sources.personSources("Lior Ben-Ami", null)).factChecks;
    w.clock.now += DAY + 1;
    w.key.value = TEST_KEYS.quota;
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks).toEqual(before);
    expect(w.sent).toHaveLength(2);
  });

  it("offline: a short problem, not counted as the day's request", async () => {
    switchOn("factCheck");
    w.offline.value = true;
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks).toEqual({ status: "error", problem: "offline" });
    w.offline.value = false;
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks.status).toBe("found");
    expect(w.sent).toHaveLength(2);
  });

  it("nothing about this person: 'none'", async () => {
    switchOn("factCheck");
    expect((await w.sources.personSources("Mara Ostvik", null)).factChecks).toMatchObject({ status: "none", link: null });
  });
});

describe("checking one claim", () => {
  it("sends only the claim's words and lists every match", async () => {
    switchOn("factCheck");
    const r = await w.sources.checkClaim(`  ${CHECKED_CLAIM}\n`);
    expect(r).toMatchObject({ status: "found", items: [{ text: CHECKED_CLAIM, reviews: [{ publisher: "Example Fact Desk", rating: "Mostly false" }] }] });
    expect(w.sent.map((u) => u.searchParams.get("query"))).toEqual([CHECKED_CLAIM]);
    // Asked again: answered from storage.
    await w.sources.checkClaim(CHECKED_CLAIM);
    expect(w.sent).toHaveLength(1);
  });

  it("says plainly when nothing was found", async () => {
    switchOn("factCheck");
    expect(await w.sources.checkClaim("The harbour will reopen on Monday.")).toMatchObject({ status: "none" });
  });
});

describe("a person's sourced quotes", () => {
  it("reads up to five from the Wikidata item's Wikiquote page, newest first, with the page as link", async () => {
    switchOn("wikiquote");
    const r = (await w.sources.personSources("Lior Ben-Ami", null)).quotes;
    if (r.status !== "found") throw new Error(JSON.stringify(r));
    expect(r.items.map((q) => q.date)).toEqual(["2026-03-14", "2026", "2019-10-09", "2014"]);
    expect(r.link).toBe("https://en.wikiquote.org/wiki/Lior_Ben-Ami");
    const wq = w.sent.filter((u) => u.hostname === "en.wikiquote.org");
    expect(wq.map((u) => u.searchParams.get("page"))).toEqual(["Lior Ben-Ami"]);
    expect(wq[0]!.searchParams.get("origin")).toBe("*");
  });

  it("goes straight to the item when the knowledge base knows its Wikidata id", async () => {
    switchOn("wikiquote");
    const r = (await w.sources.personSources("Lior Ben-Ami", "Q90000001")).quotes;
    expect(r.status).toBe("found");
    expect(w.sent.some((u) => u.searchParams.get("action") === "wbsearchentities")).toBe(false);
  });

  it("no confident match (two people of that name, or none): no Wikiquote request", async () => {
    switchOn("wikiquote");
    expect((await w.sources.personSources("Dana Cole", null)).quotes).toEqual({ status: "no-match" });
    expect((await w.sources.personSources("Nobody Atall", null)).quotes).toEqual({ status: "no-match" });
    expect(w.hosts()).not.toContain("en.wikiquote.org");
  });

  it("reads the page at most once a week", async () => {
    switchOn("wikiquote");
    await w.sources.personSources("Lior Ben-Ami", null);
    w.clock.now += QUOTES_REFRESH_MS - 60_000;
    await w.sources.personSources("Lior Ben-Ami", null);
    expect(w.sent.filter((u) => u.hostname === "en.wikiquote.org")).toHaveLength(1);
  });

  it("offline: a short problem", async () => {
    switchOn("wikiquote");
    w.offline.value = true;
    expect((await w.sources.personSources("Lior Ben-Ami", null)).quotes).toEqual({ status: "error", problem: "offline" });
  });
});

describe("what is stored", () => {
  it("counts, exports and deletes the stored answers", async () => {
    switchOn("factCheck", "wikiquote");
    await w.sources.personSources("Lior Ben-Ami", null);
    await w.sources.checkClaim(CHECKED_CLAIM);
    expect((await w.sources.status()).storedRecords).toBe(3);
    const exported = await w.sources.exportRecords();
    expect(exported.factChecks.map((r) => r.query).sort()).toEqual(["Lior Ben-Ami", CHECKED_CLAIM]);
    expect(exported.quotes.map((r) => r.qid)).toEqual(["Q90000001"]);
    expect(JSON.stringify(exported)).not.toContain(TEST_KEYS.ok);
    expect(await w.sources.clear()).toBe(3);
    expect((await w.sources.status()).storedRecords).toBe(0);
    // Deleted means asked again next time.
    await w.sources.personSources("Lior Ben-Ami", null);
    expect(w.sent.filter((u) => u.hostname === "factchecktools.googleapis.com")).toHaveLength(3);
  });

  it("a stored record that cannot be read is a miss, never a failure", async () => {
    switchOn("factCheck");
    w.area.data.set(`${FACT_CHECK_PREFIX}p:lior ben ami`, { kind: "fact-check", query: 7 });
    expect((await w.sources.personSources("Lior Ben-Ami", null)).factChecks.status).toBe("found");
  });

  it("the key is saved, shown by its end only, and removed with an empty key", async () => {
    await w.sources.update({ factCheckKey: "AIza-key-9x7Q" });
    expect(await w.sources.status()).toMatchObject({ hasFactCheckKey: true, factCheckKeyEnd: "9x7Q" });
    await w.sources.update({ factCheckKey: "" });
    expect(await w.sources.status()).toMatchObject({ hasFactCheckKey: false, factCheckKeyEnd: null });
  });
});
