import { describe, expect, it } from "vitest";
import { collectTitles, titlesModule } from "./titles.ts";

// invented officials data in the formats of the Factbook CSV and congress-legislators YAML
const csv = [
  "gec,region,country,chief_of_state,head_of_government,cabinet,chief_of_mission_in_us,us_chief_of_mission,political_parties",
  ...["aa", "bb", "cc"].map(
    (g, i) =>
      `${g},x,Land ${i},"President Ana ZED${i} (since 2020)","Prime Minister Olek WIX${i} (since 2021)",,"Ambassador Ana MOR${i} (since 2019)","Charge d'Affaires Tim ROE${i} (since 2022)",`,
  ),
].join("\n");
const congress = "- id: x\n  leadership_roles:\n  - title: Senate Minority Whip\n  - title: Speaker of the House\n";
const executive = "- terms:\n  - type: prez\n  - type: viceprez\n";

describe("official title build rules", () => {
  const t = collectTitles({
    factbookCsv: csv,
    congressCurrent: congress,
    congressExecutive: executive,
    isGivenName: (k) => k === "ana" || k === "olek" || k === "tim",
    places: new Set(),
  });
  it("keeps words before the surname seen in enough countries, not given names", () => {
    expect(t.words.get("president")).toBe(3 + 2); // three countries + the two executive offices
    expect(t.words.get("minister")).toBe(3);
    expect(t.words.has("ana")).toBe(false);
    expect(t.words.has("land")).toBe(false);
  });
  it("takes the head of Congress role titles", () => {
    expect(t.words.get("whip")).toBe(1);
    expect(t.words.get("speaker")).toBe(1);
    expect(t.words.has("senate")).toBe(false);
  });
  it("keeps runs of title words as phrases", () => {
    expect(t.phrases.get("prime minister")).toBe(3);
    expect(t.phrases.get("charge d'affaires")).toBe(3);
    expect(titlesModule(t, "x")).toContain("prime minister=3");
  });
});
