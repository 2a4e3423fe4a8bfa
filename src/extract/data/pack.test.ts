import { describe, expect, it } from "vitest";
import { FrontCodedSet, countedWords, frontCode, frontDecode, phraseIndex, words } from "./pack.ts";

const sample = ["al-amin", "anna", "annabel", "anne", "bo", "bob", "bobby", "d'arcy", "zed"];

describe("front coding", () => {
  it("drops characters from the end of the previous word and starts a block with a full word", () => {
    expect(frontCode(["anna", "annabel", "anne"])).toBe("0anna0bel4e");
    expect(frontCode(["anna", "annabel", "anne"], 2)).toBe("0anna0bel 0anne");
    // an ending reads the same whatever the stem's length
    expect(frontCode(["go", "goes", "going", "walk", "walked", "walking"])).toBe("0go0es2ing5walk0ed2ing");
  });

  it("decodes what it encodes, for every block size", () => {
    for (const block of [1, 2, 3, 16, 128]) {
      const out: string[] = [];
      frontDecode(frontCode(sample, block), (w) => out.push(w));
      expect(out).toEqual(sample);
    }
  });

  it("finds every listed word and nothing else", () => {
    for (const block of [1, 2, 4, 16, 128]) {
      const set = new FrontCodedSet(frontCode(sample, block));
      for (const w of sample) expect(set.has(w)).toBe(true);
      for (const w of ["", "a", "ann", "annab", "annex", "bobb", "bobbyx", "c", "zee", "zz", "al"]) expect(set.has(w)).toBe(false);
    }
  });

  it("codes a drop of 10–35 characters as a capital letter, and starts a block for a longer one", () => {
    const long = ["abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", "abcdefghijkm", "b", "bcdefghijklmnopqrstuvwxyzabcdefghijklmn", "c"];
    const packed = frontCode(long);
    expect(packed).toBe("0abcdefghijklmnopqrstuvwxyz0abcdefghijklmnopqWmCb0cdefghijklmnopqrstuvwxyzabcdefghijklmn 0c");
    const set = new FrontCodedSet(packed);
    for (const w of long) expect(set.has(w)).toBe(true);
    for (const w of ["abcdefghijk", "abcdefghijkn", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnop", "bb", "ca", ""]) expect(set.has(w)).toBe(false);
    const out: string[] = [];
    frontDecode(packed, (w) => out.push(w));
    expect(out).toEqual(long);
  });

  it("finds words in long blocks, whatever a key's characters", () => {
    const many = Array.from({ length: 300 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${"x".repeat(i % 7)}${String.fromCharCode(97 + Math.floor(i / 26))}`).sort();
    const set = new FrontCodedSet(frontCode(many));
    for (const w of many) expect(set.has(w)).toBe(true);
    for (const w of many) for (const k of [w + "a", w.slice(0, -1), w.slice(0, -1) + "z", w + "0", w.toUpperCase()]) expect(set.has(k)).toBe(many.includes(k));
  });

  it("refuses a word with a prefix code or a space", () => {
    expect(() => frontCode(["a1"])).toThrow();
    expect(() => frontCode(["Anna"])).toThrow();
    expect(() => frontCode(["de la"])).toThrow();
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
