import { describe, expect, it } from "vitest";
import { buildDoc, charSpanToTokens, decodeIob, loadConll, scoreDoc, totals } from "./conll.ts";

// Our own miniature CoNLL sample (invented sentences), IOB2 with -DOCSTART- first, like CoNLL++.
const SAMPLE = `-DOCSTART- -X- -X- O

Mayor NNP I-NP O
Ana NNP I-NP B-PER
Lima NNP I-NP I-PER
's POS B-NP O
plan NN I-NP O
( ( O O
in IN I-PP O
Porto NNP I-NP B-LOC
) ) O O
costs VBZ I-VP O
$ $ I-NP O
5 CD I-NP O
. . O O

Ben NNP I-NP B-PER
Ode NNP I-NP B-PER
, , O O
Cy NNP I-NP B-PER
did VBD I-VP O
n't RB I-ADVP O
come VB I-VP O
. . O O
`;

describe("CoNLL text rebuild", () => {
  it("applies the spacing rules and keeps offsets", () => {
    const [doc] = loadConll(SAMPLE);
    expect(doc?.text).toBe("Mayor Ana Lima's plan (in Porto) costs $5.\nBen Ode, Cy didn't come.");
    for (const t of doc?.tokens ?? []) expect(doc?.text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("IOB decoding", () => {
  it("decodes IOB2, splitting adjacent B- spans", () => {
    expect(decodeIob(["B-PER", "B-PER", "O", "B-PER"], "PER")).toEqual([
      { first: 0, last: 0 },
      { first: 1, last: 1 },
      { first: 3, last: 3 },
    ]);
  });
  it("decodes IOB1 (I- opens a span, B- only splits same-type neighbours)", () => {
    expect(decodeIob(["I-PER", "I-PER", "I-LOC", "I-PER", "B-PER", "O"], "PER")).toEqual([
      { first: 0, last: 1 },
      { first: 3, last: 3 },
      { first: 4, last: 4 },
    ]);
  });
  it("decodes gold spans per sentence with document-wide token indices", () => {
    const [doc] = loadConll(SAMPLE);
    expect(doc?.gold).toEqual([
      { first: 1, last: 2 },
      { first: 13, last: 13 },
      { first: 14, last: 14 },
      { first: 16, last: 16 },
    ]);
  });
  it("accepts -DOCSTART- at the end of documents (original testb)", () => {
    const docs = loadConll("Al NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBo NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n");
    expect(docs.map((d) => d.text)).toEqual(["Al", "Bo"]);
  });
});

describe("span mapping and scoring", () => {
  const doc = buildDoc([
    [
      ["Mayor", "O"],
      ["Ana", "B-PER"],
      ["Lima", "I-PER"],
      ["'s", "O"],
      ["plan", "O"],
      [",", "O"],
    ],
  ]);
  it("trims possessive and punctuation, and titles only when asked", () => {
    const at = (s: string): { start: number; end: number } => {
      const i = doc.text.indexOf(s);
      return { start: i, end: i + s.length };
    };
    expect(charSpanToTokens(doc, at("Ana Lima's"))).toEqual({ first: 1, last: 2 });
    expect(charSpanToTokens(doc, at("Mayor Ana Lima"))).toEqual({ first: 0, last: 2 });
    expect(charSpanToTokens(doc, at("Mayor Ana Lima"), (t) => t === "Mayor")).toEqual({ first: 1, last: 2 });
    expect(charSpanToTokens(doc, at("'s"))).toBeNull();
    // A span cutting into a token still maps to that whole token.
    expect(charSpanToTokens(doc, { start: at("Ana").start + 1, end: at("Lima").end })).toEqual({ first: 1, last: 2 });
  });
  it("counts exact and overlap hits, de-duplicating repeated predictions", () => {
    const r = scoreDoc(doc, [{ first: 0, last: 2 }, { first: 0, last: 2 }, { first: 4, last: 4 }, null]);
    expect(r.predicted).toHaveLength(2);
    expect(r.exactHits).toBe(0);
    expect(r.overlapPredHits).toBe(1);
    expect(r.overlapGoldHits).toBe(1);
    const t = totals([doc], [scoreDoc(doc, [{ first: 1, last: 2 }, { first: 4, last: 4 }])]);
    expect(t.exact.p).toBe(0.5);
    expect(t.exact.r).toBe(1);
    expect(t.exact.f1).toBeCloseTo(2 / 3);
  });
});
