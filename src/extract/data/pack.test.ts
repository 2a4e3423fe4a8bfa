import { describe, expect, it } from "vitest";
import { EndingCodedSet, FrontCodedSet, countedWords, endingCode, endingDecode, frontCode, frontDecode, phraseIndex, words } from "./pack.ts";

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

  it("writes a word's tag after it and reads it back", () => {
    const packed = frontCode(["anna", "annabel", "anne"], 128, ["", "!", "#"]);
    expect(packed).toBe("0anna0bel!4e#");
    const set = new FrontCodedSet(packed);
    expect([set.tag("anna"), set.tag("annabel"), set.tag("anne"), set.tag("ann"), set.tag("annab")]).toEqual([0, 33, 35, -1, -1]);
    const out: string[] = [];
    frontDecode(packed, (w, t) => out.push(w + t));
    expect(out).toEqual(["anna", "annabel!", "anne#"]);
    expect(() => frontCode(["anna"], 128, ["a"])).toThrow();
    expect(() => frontCode(["anna"], 128, ["1"])).toThrow();
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

describe("coding by stem", () => {
  const list = ["bred", "bring", "bringing", "brings", "go", "goes", "going", "talk", "talked", "talking", "talks", "the", "wing", "wings"].sort();

  it("writes a stem once for its words with s, ed and ing, and finds every word and nothing else", () => {
    const packed = endingCode(list);
    const out: string[] = [];
    endingDecode(packed, (w) => out.push(w));
    expect(out.sort()).toEqual(list);
    expect(packed).toBe("0bred2ing/5go,0es4talk_3he3wing%"); // "talk" takes all four endings: "_"
    const set = new EndingCodedSet(packed);
    for (const w of list) expect(set.has(w), w).toBe(true);
    for (const w of ["", "s", "ed", "ing", "br", "brs", "bringed", "talke", "talkings", "gos", "goed", "th", "thes", "wing!", "wi", "winged"]) expect(set.has(w), w).toBe(false);
  });

  it("keeps every word of a long list, whatever the block size", () => {
    const many = [...new Set(Array.from({ length: 400 }, (_, i) => ["", "s", "ed", "ing"][i % 4] === "" ? `st${(i * 7) % 97}` : `st${(i * 7) % 97}${["", "s", "ed", "ing"][i % 4]}`))]
      .map((w) => w.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!))
      .sort();
    for (const block of [2, 16, 128]) {
      const set = new EndingCodedSet(endingCode(many, block));
      for (const w of many) expect(set.has(w)).toBe(true);
      for (const w of many) for (const k of [w + "s", w + "ed", w + "ing", w.slice(0, -1)]) expect(set.has(k)).toBe(many.includes(k));
    }
  });
});
