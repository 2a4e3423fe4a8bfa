import { describe, expect, it } from "vitest";
import { collectOrgWords, factbookOrgs, orgWordsModule, particles, tokenKey } from "./orgs.ts";

const header =
  '"ELF Code","Country of formation","Country Code (ISO 3166-1)","Jurisdiction of formation","Country sub-division code (ISO 3166-2)","Entity Legal Form name Local name","Language","Language Code (ISO 639-1)","Entity Legal Form name Transliterated name (per ISO 01-140-10)","Abbreviations Local language","Abbreviations transliterated","Date created YYYY-MM-DD (ISO 8601)","ELF Status ACTV/INAC","Modification","Modification date YYYY-MM-DD (ISO 8601)","Reason"';
const row = (code: string, cc: string, name: string, lang: string, abbr: string, translit = ""): string =>
  `"${code}","Ruritania","${cc}","","","${name}","x","${lang}","${name}","${abbr}","${translit}","2020-01-01","ACTV","","",""`;
// invented legal forms in the code list's format
const elfCsv = [
  header,
  row("AAAA", "RU", "Zendish Joint Stock Company", "en", "Z.J.S.C.;ZJSC", ""),
  row("BBBB", "RU", "Private Limited Company", "en", "Pvt Ltd;Ltd.", ""),
  row("CCCC", "RU", "Гражданское общество", "ru", "ГО", "Gr. Ob."),
  row("DDDD", "RU", "Sociedad Anonima", "es", "S.A.;SA", ""),
  row("EEEE", "RU", "Common Association", "en", "AS;and", ""),
  row("FFFF", "RU", "Holding Partnership", "en", "Partnership", ""),
  row("GGGG", "RU", "Trading Partnership", "en", "", ""),
  row("HHHH", "RU", "Mutual Partnership", "en", "", ""),
  row("IIII", "RU", "Open Partnership", "en", "", ""),
  row("JJJJ", "RU", "Closed Partnership", "en", "Ilka", ""),
].join("\n");
const factbookJson = JSON.stringify({
  xx: {
    Government: {
      "Political parties": { text: "Green Party or GP<br>Party of Work<br>Ruritania First<br>Liberal Party (LP)" },
      "Legislative branch": { "legislature name": { text: "National Assembly" } },
      "Judicial branch": { "highest court(s)": { text: "Supreme Court (9 judges)" }, "subordinate courts": { text: "Court of Appeal; district courts" } },
      "International organization participation": { text: "UN, IMF, WHO, ASEAN (observer), CAN" },
    },
  },
});

describe("organisation word build rules", () => {
  const o = collectOrgWords({
    elfCsv,
    factbookJson,
    scowl: ["the\nand\nas\nwho\ncan\npartnership\n"],
    wikidataFamily: JSON.stringify(["van der Berg", "de la Cruz", "von Zenda", "van Dam"]),
    wikidataGiven: [JSON.stringify(["Ilka"]), "[]", "[]"],
    places: new Set(["ruritania"]),
  });

  it("keys tokens like the tokenizer and keeps each with and without dots", () => {
    expect(tokenKey("S.A.")).toBe("s.a");
    expect(tokenKey("Ltd.")).toBe("ltd");
    for (const k of ["z.j.s.c", "zjsc", "ltd"]) expect(o.suffixes.has(k), k).toBe(true);
    expect(o.ambiguous.has("ob")).toBe(true);
  });

  it("keeps only the last token of a multi-token form as a suffix, and the form as a phrase", () => {
    expect(o.suffixes.has("pvt")).toBe(false);
    expect(o.phrases.has("pvt ltd")).toBe(true);
    expect(o.phrases.has("gr ob")).toBe(true);
  });

  it("sets apart words, particles, given names and two-letter tokens for exact matching", () => {
    for (const k of ["as", "and", "s.a", "sa", "partnership", "ilka"]) {
      expect(o.suffixes.has(k), k).toBe(false);
      expect(o.ambiguous.has(k), k).toBe(true);
    }
    expect([...o.ambiguous.get("sa")!].sort()).toEqual(["S.A", "S.A.", "SA", "SA."]);
    expect(particles(JSON.stringify(["van der Berg", "de la Cruz", "van Dam"]))).toEqual(new Set(["van"]));
  });

  it("takes head words from party, legislature, court and legal-form names, cut before lower-case words", () => {
    const fb = factbookOrgs(factbookJson);
    expect(fb.names).toEqual(["Green Party", "Party of Work", "Ruritania First", "Liberal Party", "National Assembly", "Supreme Court", "Court of Appeal", "district courts"]);
    expect(o.heads.get("partnership")).toBe(5);
    expect(o.heads.has("party")).toBe(false); // 3 names < MIN_HEAD
    expect([...o.acronyms].sort()).toEqual(["asean", "imf"]);
    expect([...o.ambiguousAcronyms].sort()).toEqual(["CAN", "UN", "WHO"]);
  });

  it("writes the module", () => {
    const text = orgWordsModule(o, "test");
    expect(text).toContain('export const ORG_HEADS = "partnership 5";');
    expect(text).toContain('export const ORG_ACRONYMS = "asean imf";');
  });
});
