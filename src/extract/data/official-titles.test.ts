import { describe, expect, it } from "vitest";
import { isOfficialTitleWord, officialTitleCount, officialTitlePhrasesFrom } from "./official-titles.ts";

describe("official title words from the officials data", () => {
  it("knows the words that make a role official", () => {
    for (const k of ["president", "minister", "ambassador", "governor", "premier", "speaker"]) expect(isOfficialTitleWord(k), k).toBe(true);
    expect(officialTitleCount("ambassador")).toBeGreaterThan(officialTitleCount("speaker"));
  });

  it("does not take names, places or function words for titles", () => {
    for (const k of ["emmanuel", "zealand", "the", "of", "reporter", "analyst"]) expect(isOfficialTitleWord(k), k).toBe(false);
  });

  it("knows multi-word titles by their first word", () => {
    expect(officialTitlePhrasesFrom("prime").map((p) => p.join(" "))).toContain("prime minister");
    expect(officialTitlePhrasesFrom("charge").map((p) => p.join(" "))).toContain("charge d'affaires");
    expect(officialTitlePhrasesFrom("reporter")).toEqual([]);
  });
});
