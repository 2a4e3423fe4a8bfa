import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

// The knowledge base is a file of the package, fetched by its bundled URL (here the module's path
// from the project root): answered from disk, and counted.
const fetched: string[] = [];
vi.stubGlobal("fetch", async (url: string) => {
  fetched.push(url);
  return new Response(readFileSync(new URL(`../..${url}`, import.meta.url), "utf8"));
});

const storage = { settings: 0 };
vi.mock("webextension-polyfill", () => ({
  default: {
    storage: {
      local: { get: async () => (storage.settings++, {}) },
      onChanged: { addListener: () => undefined },
    },
  },
}));

describe("prepareForPages", () => {
  it("loads the knowledge base and runs the engine once per worker life, before any page text", async () => {
    const services = await import("./services.ts");
    const { prepareForPages, prepareMs } = await import("./warm-up.ts");
    expect(services.kbLoadMs).toBe(0);
    expect(prepareMs()).toBeNull();
    const preparing = prepareForPages();
    expect(prepareForPages()).toBe(preparing);
    await preparing;
    expect(services.kbLoadMs).toBeGreaterThan(0);
    const first = prepareMs();
    expect(first).toBeGreaterThan(0);
    await prepareForPages();
    expect(prepareMs()).toBe(first);
    // fetched once, and kept for every analysis of this worker life
    expect((await services.knowledgeBase()).data.entries.length).toBeGreaterThan(1000);
    expect(fetched).toHaveLength(1);
    // no page was analysed: the first analysis is still to come; the reader's settings were read
    // once, and are kept for it
    expect(services.firstAnalysis).toBeNull();
    expect((await services.readerPrefs()).settings.enabled).toBe(true);
    await services.readerPrefs();
    expect(storage.settings).toBe(1);
    await services.memoryStore();
  }, 30_000); // importing the knowledge base's JSON through the test transform takes seconds
});
