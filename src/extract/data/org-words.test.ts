import { describe, expect, it } from "vitest";
import { isOrgAcronym, isOrgSuffix, isOrgSuffixExact, orgHeadCount, orgSuffixPhrasesEndingWith } from "./org-words.ts";

describe("organisation words from open data", () => {
  it("knows legal-form suffixes worldwide, with and without dots", () => {
    for (const k of ["inc", "ltd", "llc", "gmbh", "s.p.a", "oyj", "pty", "plc", "bhd", "kft", "srl", "s.r.l", "ltda"]) expect(isOrgSuffix(k), k).toBe(true);
    // tokens of one or two letters are matched as written
    for (const s of ["AG", "SA", "S.A.", "NV", "N.V.", "BV", "AB", "Co."]) expect(isOrgSuffixExact(s), s).toBe(true);
    for (const k of ["ag", "sa", "nv"]) expect(isOrgSuffix(k), k).toBe(false);
  });

  it("keeps suffixes that are words or particles apart, for exact matching", () => {
    for (const k of ["as", "spa", "de", "limited", "company", "the", "and", "of"]) expect(isOrgSuffix(k), k).toBe(false);
    expect(isOrgSuffixExact("AS")).toBe(true);
    expect(isOrgSuffixExact("as")).toBe(false);
    expect(isOrgSuffixExact("SpA")).toBe(true);
  });

  it("knows legal forms of several tokens by their last token", () => {
    const ltd = orgSuffixPhrasesEndingWith("ltd").map((p) => p.join(" "));
    expect(ltd).toContain("pty ltd");
    expect(orgSuffixPhrasesEndingWith("bhd").map((p) => p.join(" "))).toContain("sdn bhd");
    expect(orgSuffixPhrasesEndingWith("nothing")).toEqual([]);
  });

  it("knows organisation head words", () => {
    for (const k of ["party", "court", "assembly", "corporation", "movement", "front"]) expect(orgHeadCount(k), k).toBeGreaterThan(0);
    for (const k of ["said", "minister", "the"]) expect(orgHeadCount(k), k).toBe(0);
  });

  it("knows international organisations' acronyms", () => {
    expect(isOrgAcronym("imf")).toBe(true);
    expect(isOrgAcronym("nato")).toBe(true);
    expect(isOrgAcronym("EU")).toBe(true);
    expect(isOrgAcronym("eu")).toBe(false);
    expect(isOrgAcronym("WHO")).toBe(true);
    expect(isOrgAcronym("who")).toBe(false);
  });
});
