import { describe, expect, it } from "vitest";
import { GN_FEMALE, GN_MALE, GN_PLACE, GN_WORD, eachGivenName, givenName, givenNameGender, isGivenName, isGivenNamePlace, isPlainGivenName } from "./given-names.ts";

describe("given names from open data", () => {
  it("knows names of many naming cultures, folded like token keys", () => {
    for (const k of ["maria", "john", "mohammed", "adebayo", "kwame", "hiroshi", "ngozi", "jose", "zoltan", "anh", "priya", "siobhan"]) expect(isGivenName(k)).toBe(true);
  });

  it("gives a gender hint where usage is one-sided, none for unisex names", () => {
    expect(givenNameGender("margaret")).toBe("f");
    expect(givenNameGender("william")).toBe("m");
    expect(givenNameGender("kim")).toBe("");
    expect(givenName("kim") & (GN_FEMALE | GN_MALE)).toBe(GN_FEMALE | GN_MALE);
  });

  it("warns of names that are also common words or places", () => {
    expect(givenName("will") & GN_WORD).toBe(GN_WORD);
    expect(givenName("grant") & GN_WORD).toBe(GN_WORD);
    expect(isGivenNamePlace("georgia")).toBe(true);
    expect(isGivenNamePlace("margaret")).toBe(false);
    expect(isPlainGivenName("georgia")).toBe(false);
    expect(isPlainGivenName("margaret")).toBe(true);
  });

  it("rejects words that are not names and keys that are not folded", () => {
    for (const k of ["the", "and", "because", "government", "minister", "Maria", "", "xqzv"]) expect(isGivenName(k)).toBe(false);
    expect(givenNameGender("government")).toBe("");
  });

  it("lists each name once, with the same bits as a look-up", () => {
    const seen = new Set<string>();
    let n = 0;
    eachGivenName((k, bits) => {
      n++;
      seen.add(k);
      if (n % 500 === 0) expect(givenName(k) | (isGivenNamePlace(k) ? GN_PLACE : 0)).toBe(bits);
    });
    expect(seen.size).toBe(n);
    let places = 0;
    eachGivenName((k, bits) => (places += bits & GN_PLACE ? 1 : 0));
    expect(places).toBeGreaterThan(100);
    expect(n).toBeGreaterThan(10000);
  });
});
