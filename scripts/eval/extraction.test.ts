import { describe, expect, it } from "vitest";
import { scoreCorpus, scorePage, tokens } from "./extraction.ts";

describe("article-extraction score (4-token shingles)", () => {
  it("tokenises Unicode words, keeping case and underscores", () => {
    expect(tokens("Erdoğan said: “peace_talks resume” — 2026.")).toEqual(["Erdoğan", "said", "peace_talks", "resume", "2026"]);
  });

  it("counts shared, extra and missing shingles", () => {
    // truth: a b c d e → shingles abcd, bcde; predicted: a b c d x → abcd, bcdx
    expect(scorePage("a b c d e", "a b c d x")).toEqual({ tp: 1, fp: 1, fn: 1, exact: false });
    expect(scorePage("one two three four", "one, two; three four!")).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    // fewer than four tokens make one shingle
    expect(scorePage("ab cd", "ab cd")).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect(scorePage("a b c d", "")).toEqual({ tp: 0, fp: 0, fn: 1, exact: false });
  });

  it("averages page precision and recall, then takes F1 of the means", () => {
    const perfect = scorePage("a b c d e f", "a b c d e f");
    const half = scorePage("a b c d e", "a b c d x"); // P = R = 0.5
    const empty = scorePage("a b c d", ""); // no precision (nothing predicted), recall 0
    const s = scoreCorpus([perfect, half, empty], 200);
    expect(s.precision).toBeCloseTo((1 + 0.5) / 2);
    expect(s.recall).toBeCloseTo((1 + 0.5 + 0) / 3);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(s.accuracy).toBeCloseTo(1 / 3);
    expect(s.f1Std).toBeGreaterThan(0);
  });
});
