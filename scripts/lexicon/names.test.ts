import { describe, expect, it } from "vitest";
import { collectGivenNames, givenNamesModule, placeWords } from "./names.ts";

// invented miniature sources in the formats of the real ones
const factbook = JSON.stringify({
  xx: {
    Government: {
      "Country name": { "conventional short form": { text: "Ruritania" } },
      Capital: { name: { text: "Strelsau" } },
      "Administrative divisions": { text: "3 provinces; Ostmark, Zenda, <em>cities:</em> New Port*" },
    },
  },
});
const countryWords = JSON.stringify({ _note: "x", Ruritania: ["Ruritanian", "Руритания"] });
const src = {
  wikidataFemale: JSON.stringify(["Élodie", "Zenda", "Mirela", "Ann-Lise", "Ann", "Lise", "The"]),
  wikidataMale: JSON.stringify(["Tomasz", "Mirela", "Kai", "Strelsau"]),
  wikidataUnisex: JSON.stringify(["Sasha", "李"]),
  ssaYears: ["Kai,F,400\nKai,M,9000\nBrayden,M,1200\nRarely,M,40\n", "Sasha,F,5000\nTomasz,F,3000\nTomasz,M,10\n"],
  forenamesCsv:
    "\uFEFFCountry,Country Group,Region,Population,Note,Year,Romanization,Index,Name Group,Gender,Localized Name,Romanized Name\n" +
    "RU,1,,,,2020,N,1,x,F,Маргарита,Margarita Ana\n",
  scowl10: "the\nwill\n",
  scowl20: "grant\n",
  factbookJson: factbook,
  countryWordsJson: countryWords,
};

describe("given-name build rules", () => {
  const g = collectGivenNames(src);
  it("folds keys and keeps only Latin-letter names", () => {
    expect(g.gender.has("elodie")).toBe(true);
    expect([...g.gender.keys()].some((k) => /[^a-z'-]/.test(k))).toBe(false);
  });
  it("takes names from every source; SSA names only with enough births", () => {
    expect(g.gender.has("brayden")).toBe(true);
    expect(g.gender.has("rarely")).toBe(false);
    expect(g.gender.get("margarita")).toBe(1);
    expect(g.gender.get("ana")).toBe(1);
  });
  it("drops compounds of two listed names and unattested very common words", () => {
    expect(g.gender.has("ann-lise")).toBe(false);
    expect(g.gender.has("the")).toBe(false);
    expect(g.stats.droppedCommonWords).toEqual(["the"]);
  });
  it("resolves gender: Wikidata's class unless US usage is mostly the other sex", () => {
    expect(g.gender.get("mirela")).toBe(3); // female and male items
    expect(g.gender.get("kai")).toBe(2); // male item, 96% boys
    expect(g.gender.get("tomasz")).toBe(3); // male item, but the SSA counts mostly girls
    expect(g.gender.get("sasha")).toBe(3); // unisex item
  });
  it("flags places from the Factbook and the KB's country words", () => {
    const p = placeWords(factbook, countryWords);
    for (const k of ["ruritania", "strelsau", "ostmark", "zenda", "ruritanian"]) expect(p.has(k)).toBe(true);
    expect(p.has("new port")).toBe(false);
    expect([...g.place].sort()).toEqual(["strelsau", "zenda"]);
  });
  it("writes a module whose lists are sorted and front-coded", () => {
    const text = givenNamesModule(g, "test");
    expect(text).toContain('export const MALE = "0brayden7kai3strelsau";');
    expect(text).toContain('export const FEMALE = "0ana1n3elodie6lise4margarita9zenda";');
    expect(text).toMatch(/export const ALSO_PLACE = "strelsau zenda";/);
  });
});
