import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, isSiteEnabled, normaliseSettings, normaliseSite, readSettings, SETTINGS_KEY, setSiteEnabled, writeSettings } from "./settings.ts";

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return { data, get: async (k: string) => (k in data ? { [k]: structuredClone(data[k]) } : {}), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)) };
}

describe("settings", () => {
  it("defaults: on, no Wikidata, recording on, keep everything", async () => {
    expect(await readSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.wikidataEnabled).toBe(false);
  });

  it.each([
    ["a corrupt record", "garbage"],
    ["wrong field types", { enabled: "yes", retentionDays: -3, highlightStyle: "neon", disabledSites: [1, "x.com"] }],
  ])("falls back field by field on %s", (_, raw) => {
    const s = normaliseSettings(raw);
    expect(s.enabled).toBe(true);
    expect(s.retentionDays).toBeNull();
    expect(s.highlightStyle).toBe("underline");
  });

  it("keeps valid fields of a partly broken record", () => {
    const s = normaliseSettings({ enabled: false, retentionDays: "x", disabledSites: [1, "WWW.News.Example"] });
    expect(s.enabled).toBe(false);
    expect(s.disabledSites).toEqual(["news.example"]);
  });

  it.each([
    ["https://www.Example.com/path?q", "example.com"],
    ["news.example.", "news.example"],
    ["  WWW.a.b ", "a.b"],
  ])("normalises site %s → %s", (input, out) => expect(normaliseSite(input)).toBe(out));

  it("switches a site off and on again, and the global switch wins", async () => {
    const area = memoryArea();
    let s = await setSiteEnabled(area, "https://www.news.example/a", false);
    expect(isSiteEnabled(s, "news.example")).toBe(false);
    expect(isSiteEnabled(s, "other.example")).toBe(true);
    s = await setSiteEnabled(area, "news.example", true);
    expect(isSiteEnabled(s, "https://news.example/x")).toBe(true);
    s = await writeSettings(area, { enabled: false });
    expect(isSiteEnabled(s, "other.example")).toBe(false);
    expect((area.data[SETTINGS_KEY] as { enabled: boolean }).enabled).toBe(false);
  });

  it("with no site switched off, every site is on while the global switch is", () => {
    expect(isSiteEnabled(DEFAULT_SETTINGS, "https://www.news.example/a")).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, "not a url")).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, "news.example")).toBe(false);
  });
});
