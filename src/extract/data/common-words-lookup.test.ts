/**
 * The shipped common-word data as the engine reads it. The invented names below are of the kind
 * the signal is for: capitalised runs of ordinary words that name an agency, a programme, a
 * channel or a verdict, and people whose surname is also a common word.
 */
import { describe, expect, it } from "vitest";
import { lexKey } from "../lexicon/index.ts";
import { fold } from "../normalize.ts";
import {
  COMMON_WORDS_COUNT,
  COMMON_WORDS_PACKED,
  NAME_WORDS_COUNT,
  NAME_WORDS_PACKED,
} from "./common-words.ts";
import { isCommonWord, isNameWord } from "./common-words-lookup.ts";
import { endingDecode, frontDecode } from "./pack.ts";

const keys = (run: string): string[] =>
  run.split(" ").map((w) => fold(lexKey(w)));

describe("common words", () => {
  it("finds an ordinary word in runs that are not people", () => {
    for (const run of [
      "Office of Harbour Protection",
      "Marsh Valley Studios",
      "Ninth Street Sports",
      "Mostly True",
      "Deferred Arrivals Programme",
    ]) {
      expect(
        keys(run).some((k) => isCommonWord(k) && !isNameWord(k)),
        run,
      ).toBe(true);
    }
  });

  it("has the inflections of a word: plurals, -ed, -ing, British and American spellings", () => {
    for (const k of [
      "protect",
      "protects",
      "protected",
      "protecting",
      "protection",
      "studio",
      "studios",
      "labour",
      "labor",
      "organise",
      "organize",
      "cafe",
    ]) {
      expect(isCommonWord(k), k).toBe(true);
    }
  });

  it("has no given names, surnames or places that are not also ordinary words", () => {
    for (const k of [
      "obermeyer",
      "kowalczyk",
      "tobiah",
      "marguerite",
      "nairobi",
      "yorkshire",
    ])
      expect(isCommonWord(k), k).toBe(false);
  });

  it("answers only for lookup keys: lower case, folded, no trailing period", () => {
    expect(isCommonWord("protection")).toBe(true);
    expect(isCommonWord("Protection")).toBe(false);
    expect(isCommonWord("protection.")).toBe(false);
    expect(isCommonWord("")).toBe(false);
  });

  it("knows ordinary words that are also frequent surnames or given names", () => {
    // "Dana Cook", "Lena May", "Tom Baker", "Hope Grant": the ordinary word is no evidence against a person
    for (const k of [
      "cook",
      "may",
      "baker",
      "smith",
      "young",
      "king",
      "price",
      "brown",
      "rose",
      "bush",
      "grant",
      "hope",
      "mark",
    ]) {
      expect(isCommonWord(k), k).toBe(true);
      expect(isNameWord(k), k).toBe(true);
    }
    for (const k of [
      "protection",
      "studios",
      "sports",
      "fact",
      "true",
      "deferred",
      "arrivals",
      "obermeyer",
    ])
      expect(isNameWord(k), k).toBe(false);
  });

  it("the generated module says how many words it holds, and every name word is a common word", () => {
    const common: string[] = [];
    endingDecode(COMMON_WORDS_PACKED, (w) => common.push(w));
    const names = unpack(NAME_WORDS_PACKED);
    expect(common.length).toBe(COMMON_WORDS_COUNT);
    expect(names.length).toBe(NAME_WORDS_COUNT);
    expect(names.filter((k) => !isCommonWord(k))).toEqual([]);
  });
});

function unpack(packed: string): string[] {
  const out: string[] = [];
  frontDecode(packed, (w) => out.push(w));
  return out;
}
