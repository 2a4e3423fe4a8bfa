import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKb } from "./build.ts";
import type { SourceTexts } from "./build.ts";
import { parseHolders } from "./factbook.ts";
import { readSources, OUT } from "../kb-build.ts";

// The sources live outside the repo (../shared/data/officials); on machines without them only the
// parser tests run. SRCL_KB_SOURCES overrides the location.
const FROM = resolve(process.env.SRCL_KB_SOURCES ?? resolve(import.meta.dirname, "../../../shared/data/officials"));

describe("factbook holder parser", () => {
  it("splits title, name, capitalised index name and date", () => {
    const [h] = parseHolders("Prime Minister Benyamin NETANYAHU (since 29 December 2022)");
    expect(h).toMatchObject({ title: "Prime Minister", name: "Benyamin Netanyahu", caps: ["Netanyahu"], since: "2022-12-29" });
  });
  it("skips vacancies and reads the chargé after them", () => {
    const hs = parseHolders("Ambassador (vacant); Chargé d'Affaires Jane DOE (since June 2025)");
    expect(hs).toHaveLength(1);
    expect(hs[0]).toMatchObject({ title: "Chargé d'Affaires", name: "Jane Doe", since: "2025-06" });
  });
  it("Arab names: the capitalised given name and the family name are both short forms", () => {
    const [h] = parseHolders("Amir TAMIM bin Hamad Al Thani (since 25 June 2013)");
    expect(h).toMatchObject({ title: "Amir", caps: ["Tamim"], family: ["Al Thani"], given: ["Tamim"] });
  });
});

/** Tiny sources in the real formats, written for this test (no third-party text). */
function synthetic(): SourceTexts {
  const csv = [
    "gec,region,country,chief_of_state,head_of_government,cabinet,chief_of_mission_in_us,us_chief_of_mission,political_parties",
    "us,north-america,United States,President Donald J. TRUMP (since 20 January 2025),President Donald J. TRUMP (since 20 January 2025),Cabinet,,,Republican Party",
    "gq,australia-oceania,Guam,President Donald J. TRUMP (since 20 January 2025),Governor Jane ROE (since 7 January 2019),Cabinet,,,",
    'fr,europe,France,President Emmanuel MACRON (since 14 May 2017),Prime Minister Jean DUPONT (since 1 September 2025),Council,Ambassador Paul MARTIN (since 1 May 2023),"Ambassador Charles KUSHNER (since 11 July 2025); note - also accredited to Monaco",Parties',
    "qa,middle-east,Qatar,Amir TAMIM bin Hamad Al Thani (since 25 June 2013),Prime Minister MUHAMMAD bin Abd al-Rahman Al Thani (since 7 March 2023),Council,,,",
  ].join("\n");
  const gov = { us: { Government: {} }, gq: { Government: { "Dependency status": { text: "territory of the US" } } }, fr: { Government: {} }, qa: { Government: {} } };
  const exec = "- id:\n    wikidata: Q22686\n  name:\n    first: Donald\n    last: Trump\n  terms:\n  - type: prez\n    start: '2017-01-20'\n    end: '2021-01-20'\n    party: Republican\n  - type: prez\n    start: '2025-01-20'\n    end: '2029-01-20'\n    party: Republican\n";
  const current = "- id:\n    bioguide: X000001\n    wikidata: Q90000777\n  name:\n    first: Yasmin\n    last: Ansari\n  terms:\n  - type: rep\n    start: '2025-01-03'\n    end: '2027-01-03'\n    state: AZ\n    district: 3\n    party: Democrat\n";
  const watchlist = {
    _about: "test",
    entries: [
      { id: "jared-kushner", cat: "envoy", name: "Jared Kushner", short: ["Kushner"], given: ["Jared"], country: "United States", pos: [["Envoy", "envoy", null, "United States", "2025-09", null]], src: "a note for the test", asOf: "2025-10-07" },
    ],
  };
  return {
    factbookCsv: csv,
    factbookJson: JSON.stringify(gov),
    congressCurrent: current,
    congressExecutive: exec,
    crosswalkHeads: "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\nQ846,Qatar,Q25711499,Emir of the State of Qatar,Q1855372,Tamim bin Hamad Al Thani,2013,\n",
    crosswalkForeign: "person,name,country,countryLabel,position,positionLabel,start,psid\n",
    crosswalkIntl: "position,person,personID,start,end\n",
    watchlist: JSON.stringify(watchlist),
    countryWords: JSON.stringify({ Qatar: ["Qatari", "Doha"] }),
  };
}

describe("kb build on synthetic sources", () => {
  const { data, json } = buildKb(synthetic());
  it("is deterministic (same input, same bytes) and carries no build timestamp", () => {
    expect(buildKb(synthetic()).json).toBe(json);
    expect(json).not.toMatch(new RegExp(new Date().toISOString().slice(0, 10)));
  });
  it("keeps Trump once, as US president only (not as chief of state of a territory)", () => {
    const trumps = data.entries.filter((e) => /Trump/.test(e.name));
    expect(trumps).toHaveLength(1);
    expect(trumps[0]!.id).toBe("Q22686");
    expect(trumps[0]!.positions.every((p) => p.country === "United States")).toBe(true);
  });
  it("keeps Charles Kushner (Factbook) apart from Jared Kushner (watchlist)", () => {
    expect(data.entries.filter((e) => /Kushner/.test(e.name)).map((e) => e.name).sort()).toEqual(["Charles Kushner", "Jared Kushner"]);
  });
  it("attaches crosswalk QIDs by name and country", () => {
    expect(data.entries.find((e) => e.name.startsWith("Tamim"))?.id).toBe("Q1855372");
  });
});

describe.skipIf(!existsSync(FROM))("kb:build reproducibility", () => {
  it("rebuilds src/kb/data/officials.json byte for byte", () => {
    const { json } = buildKb(readSources(FROM));
    expect(json === readFileSync(OUT, "utf8")).toBe(true);
  }, 60_000);
});
