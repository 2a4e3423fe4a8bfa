import { describe, expect, it } from "vitest";
import table from "./data/given-names.json" with { type: "json" };
import { isDiminutiveOf, isLeadingNonName, isSpellingVariant, matchGiven, stripInvisible } from "./names.ts";

describe("given names", () => {
  it("the shipped table relates formal names and their diminutives, both ways", () => {
    expect(table.licence).toBe("Apache-2.0");
    expect(isDiminutiveOf("tim", "timothy")).toBe(true);
    expect(isDiminutiveOf("timothy", "tim")).toBe(true);
    expect(isDiminutiveOf("bill", "william")).toBe(true);
    expect(isDiminutiveOf("tim", "thomas")).toBe(false);
  });

  it("matchGiven: same, initial, diminutive, spelling, or a different name", () => {
    expect(matchGiven("anna", "anna")).toBe("same");
    expect(matchGiven("a", "anna")).toBe("initial");
    expect(matchGiven("tim", "timothy")).toBe("diminutive");
    expect(matchGiven("benyamin", "benjamin")).toBe("variant");
    expect(matchGiven("daniel", "daniela")).toBeNull();
    expect(matchGiven("jared", "charles")).toBeNull();
  });

  it("short names that differ by a letter are not spellings of one name", () => {
    expect(isSpellingVariant("lo", "li")).toBe(false);
    expect(isSpellingVariant("moy", "may")).toBe(false);
    expect(isSpellingVariant("smyth", "smith")).toBe(true);
  });
});

describe("what is not part of a name", () => {
  it("invisible characters", () => {
    expect(stripInvisible("Vla\u00ADdi\u200Bmir\uFEFF")).toBe("Vladimir");
  });

  it("titles, office words and sentence adverbs, not given names ending in -ly", () => {
    for (const w of ["sen.", "rep", "lt.", "col.", "counsel", "meanwhile", "reportedly", "allegedly", "then-president", "ex-minister"]) expect(isLeadingNonName(w), w).toBe(true);
    for (const w of ["emily", "kelly", "beverly", "holly", "timothy", "ally"]) expect(isLeadingNonName(w), w).toBe(false);
  });
});
