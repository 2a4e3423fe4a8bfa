import { describe, expect, it } from "vitest";
import { FrontCodedSet, countedWords, frontCode, frontDecode, phraseIndex, words } from "./pack.ts";

const sample = ["al-amin", "anna", "annabel", "anne", "bo", "bob", "bobby", "d'arcy", "zed"];

describe("front coding", () => {
  it("shares prefixes and starts a block with a full word", () => {
    expect(frontCode(["anna", "annabel", "anne"])).toBe("0anna4bel3e");
    expect(frontCode(["anna", "annabel", "anne"], 2)).toBe("0anna4bel 0anne");
  });

  it("decodes what it encodes, for every block size", () => {
    for (const block of [1, 2, 3, 16]) {
      const out: string[] = [];
      frontDecode(frontCode(sample, block), (w) => out.push(w));
      expect(out).toEqual(sample);
    }
  });

  it("finds every listed word and nothing else", () => {
    for (const block of [1, 2, 4, 16]) {
      const set = new FrontCodedSet(frontCode(sample, block));
      for (const w of sample) expect(set.has(w)).toBe(true);
      for (const w of ["", "a", "ann", "annab", "annex", "bobb", "bobbyx", "c", "zee", "zz", "al"]) expect(set.has(w)).toBe(false);
    }
  });

  it("caps the shared prefix at nine characters", () => {
    const long = ["abcdefghijkl", "abcdefghijkm"];
    expect(frontCode(long)).toBe("0abcdefghijkl9jkm");
    expect(new FrontCodedSet(frontCode(long)).has("abcdefghijkm")).toBe(true);
  });

  it("handles an empty list", () => {
    expect(new FrontCodedSet("").has("anna")).toBe(false);
    const out: string[] = [];
    frontDecode("", (w) => out.push(w));
    expect(out).toEqual([]);
    expect(words("")).toEqual([]);
  });
});

describe("small list helpers", () => {
  it("parses counted words and groups phrases", () => {
    expect(countedWords("party 12 court 3")).toEqual(new Map([["party", 12], ["court", 3]]));
    const byLast = phraseIndex(["pty ltd", "ltd", "co ltd", "sdn bhd"], "last");
    expect(byLast.get("ltd")?.map((p) => p.join(" "))).toEqual(["pty ltd", "co ltd", "ltd"]);
    expect(phraseIndex(["prime minister", "prime"], "first").get("prime")?.[0]).toEqual(["prime", "minister"]);
  });
});
