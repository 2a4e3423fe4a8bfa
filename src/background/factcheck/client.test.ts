/**
 * The fact-check client against a fake fetch that answers from the fixtures (sources/__fixtures__/
 * routes.ts): what is sent, when nothing is sent, and how each failure comes back.
 */
import { describe, expect, it } from "vitest";
import { stubAnswer, TEST_KEYS } from "../sources/__fixtures__/routes.ts";
import { createFactCheckClient, MAX_QUERY_CHARS, type FactCheckClientOptions } from "./client.ts";

function client(over: Partial<FactCheckClientOptions> = {}) {
  const sent: URL[] = [];
  const c = createFactCheckClient({
    isEnabled: async () => true,
    apiKey: async () => TEST_KEYS.ok,
    fetch: async (input) => {
      const url = new URL(String(input));
      sent.push(url);
      const a = stubAnswer(url)!;
      return new Response(a.body, { status: a.status, headers: { "content-type": a.contentType } });
    },
    minIntervalMs: 0,
    timeoutMs: 500,
    ...over,
  });
  return { c, sent };
}

describe("fact-check client", () => {
  it("sends the query, the page size and the key, nothing else", async () => {
    const { c, sent } = client();
    const r = await c.search("  Lior   Ben-Ami ", 25);
    expect(r.ok && r.value.claims.length).toBe(6);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.origin + sent[0]!.pathname).toBe("https://factchecktools.googleapis.com/v1alpha1/claims:search");
    expect(Object.fromEntries(sent[0]!.searchParams)).toEqual({ query: "Lior Ben-Ami", pageSize: "25", key: TEST_KEYS.ok });
  });

  it("cuts a long query", async () => {
    const { c, sent } = client();
    await c.search("word ".repeat(200), 10);
    expect(sent[0]!.searchParams.get("query")!.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it("makes no request while off, without a key, or for an empty query", async () => {
    const off = client({ isEnabled: async () => false });
    expect(await off.c.search("Lior Ben-Ami", 25)).toEqual({ ok: false, problem: "disabled" });
    const noKey = client({ apiKey: async () => "" });
    expect(await noKey.c.search("Lior Ben-Ami", 25)).toEqual({ ok: false, problem: "no-key" });
    const empty = client();
    expect(await empty.c.search("   ", 25)).toEqual({ ok: true, value: { claims: [], nextPageToken: null } });
    expect([...off.sent, ...noKey.sent, ...empty.sent]).toEqual([]);
  });

  it("stops a request queued before the switch went off", async () => {
    let isOn = true;
    const { c, sent } = client({ isEnabled: async () => isOn, minIntervalMs: 100 });
    const first = c.search("Lior Ben-Ami", 25);
    const second = c.search("Someone Else", 25);
    isOn = false;
    expect(await second).toEqual({ ok: false, problem: "disabled" });
    await first;
    expect(sent.length).toBeLessThanOrEqual(1);
  });

  it.each([
    [TEST_KEYS.invalid, "bad-key"],
    [TEST_KEYS.disabled, "bad-key"],
    [TEST_KEYS.quota, "quota"],
    [TEST_KEYS.rate, "rate-limited"],
    [TEST_KEYS.down, "unavailable"],
    [TEST_KEYS.malformed, "malformed"],
  ])("key %s → %s", async (key, problem) => {
    const { c } = client({ apiKey: async () => key });
    expect(await c.search("Lior Ben-Ami", 25)).toEqual({ ok: false, problem });
  });

  it("offline and timeouts are 'offline'", async () => {
    const offline = client({ fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    expect(await offline.c.search("Lior Ben-Ami", 25)).toEqual({ ok: false, problem: "offline" });
    const slow = client({ timeoutMs: 50, fetch: (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")))) });
    expect(await slow.c.search("Lior Ben-Ami", 25)).toEqual({ ok: false, problem: "offline" });
  });
});
