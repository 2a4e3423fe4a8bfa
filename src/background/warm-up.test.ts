import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";

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
    prepareForPages();
    expect(services.kbLoadMs).toBeGreaterThan(0);
    const first = prepareMs();
    expect(first).toBeGreaterThan(0);
    prepareForPages();
    expect(prepareMs()).toBe(first);
    // no page was analysed: the first analysis is still to come; the reader's settings were read
    // once, and are kept for it
    expect(services.firstAnalysis).toBeNull();
    expect((await services.readerPrefs()).settings.enabled).toBe(true);
    await services.readerPrefs();
    expect(storage.settings).toBe(1);
    await services.memoryStore();
  }, 30_000); // importing the knowledge base's JSON through the test transform takes seconds
});
