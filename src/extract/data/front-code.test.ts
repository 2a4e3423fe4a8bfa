/** Front coding and the in-place search of packed word lists, on invented lists. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontCode, PackedWords, unpackWords } from "./front-code.ts";

const sorted = (ws: string[]): string[] => [...new Set(ws)].sort();

describe("frontCode / unpackWords", () => {
  it("writes each word as its shared length with the word before and its remaining letters", () => {
    expect(frontCode(["act", "acted", "acting", "acts", "bark"])).toBe(
      "0act3ed3ing3s0bark",
    );
    expect(unpackWords("0act3ed3ing3s0bark")).toEqual([
      "act",
      "acted",
      "acting",
      "acts",
      "bark",
    ]);
  });

  it("writes shared lengths from 10 to 35 as A to Z, and caps them at 35", () => {
    const long = "abcdefghijklmnopqrstuvwxyzabcdefghijklm"; // 39 letters
    const list = ["abcdefghijklmn", "abcdefghijklmnop", long, long + "s"];
    const packed = frontCode(list);
    expect(packed).toBe(
      "0abcdefghijklmnEop" + "Gqrstuvwxyzabcdefghijklm" + "Zjklms",
    );
    expect(unpackWords(packed)).toEqual(list);
  });

  it("ignores white space, so a generated module may wrap the text", () => {
    expect(unpackWords("\n0ac\nt3e\n d3ing\n")).toEqual([
      "act",
      "acted",
      "acting",
    ]);
  });

  it("refuses unsorted, repeated or non-letter words", () => {
    expect(() => frontCode(["bark", "act"])).toThrow(/sorted/);
    expect(() => frontCode(["act", "act"])).toThrow(/sorted/);
    expect(() => frontCode(["Act"])).toThrow(/letters a-z/);
    expect(() => frontCode(["don't"])).toThrow(/letters a-z/);
    expect(() => frontCode([""])).toThrow(/letters a-z/);
  });

  it("refuses malformed packed text", () => {
    expect(() => unpackWords("act")).toThrow(/shared length/);
    expect(() => unpackWords("0act5s")).toThrow(/longer than the word before/);
    expect(() => unpackWords("0act3")).toThrow(/empty or repeated/);
    expect(() => unpackWords("0act-3s")).toThrow(/expected a shared length/);
  });

  it("round-trips any sorted list of letter words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 200 }),
        (ws) => {
          const list = sorted(ws);
          expect(unpackWords(frontCode(list))).toEqual(list);
        },
      ),
    );
  });
});

describe("PackedWords", () => {
  // More than one block (16 words), with prefixes of one another across block boundaries.
  const list = sorted(
    (
      "a ab abandon abandoned abandoning abandons abase abased abbey abbeys abbot abbots able abler ablest ably " +
      "about above abroad absence absent absolute absolutely absorb bar bark barked barking barks barn barns " +
      "baron barons barrel barrels base based basement bases basic basically basin basis bask basket baskets zoo"
    ).split(" "),
  );
  const packed = new PackedWords(frontCode(list));

  it("finds every word of the list, and counts them", () => {
    expect(packed.size).toBe(list.length);
    for (const w of list) expect(packed.has(w), w).toBe(true);
  });

  it("finds no word outside it: prefixes, extensions, neighbours, before the first and after the last", () => {
    for (const w of [
      "",
      "aa",
      "aba",
      "abandone",
      "abandonedly",
      "abs",
      "absorbs",
      "baske",
      "basketball",
      "barked ",
      "zo",
      "zoos",
      "zzz",
    ]) {
      expect(packed.has(w), w).toBe(false);
    }
  });

  it("finds no key that is not lower-case letters", () => {
    expect(packed.has("Bark")).toBe(false);
    expect(packed.has("bark.")).toBe(false);
    expect(packed.has("bärk")).toBe(false);
  });

  it("ignores line breaks in the packed text", () => {
    const wrapped = frontCode(list).replace(/(.{7})/g, "$1\n");
    const p = new PackedWords(wrapped);
    for (const w of list) expect(p.has(w), w).toBe(true);
    expect(p.has("abandone")).toBe(false);
  });

  it("refuses malformed packed text", () => {
    expect(() => new PackedWords("3act")).toThrow(/malformed/);
    expect(() => new PackedWords("0act9s")).toThrow(/malformed/);
    expect(() => new PackedWords("0act3")).toThrow(/empty or repeated/);
    expect(() => new PackedWords("0act.")).toThrow(/malformed/);
  });

  it("an empty list has nothing", () => {
    const p = new PackedWords("");
    expect(p.size).toBe(0);
    expect(p.has("act")).toBe(false);
  });

  it("answers as a Set of the same words does, for any list and any key", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-d]{1,6}$/), { maxLength: 120 }),
        fc.array(fc.stringMatching(/^[a-e]{0,7}$/), { maxLength: 60 }),
        (ws, keys) => {
          const list = sorted(ws);
          const p = new PackedWords(frontCode(list));
          const set = new Set(list);
          for (const k of [...keys, ...list])
            expect(p.has(k), k).toBe(set.has(k));
        },
      ),
    );
  });
});
