/** Tokenizer, quotation-mark pairing and sentence boundaries, one row per case (own sentences). */
import { describe, expect, it } from "vitest";
import { findQuotes } from "./quotes.ts";
import { splitSentences } from "./sentences.ts";
import { tokenize } from "./tokens.ts";

const tok = (s: string) => tokenize(s, 0, s.length).map((t) => t.t);

describe("tokenize", () => {
  const rows: Array<[string, string, string[]]> = [
    ["abbreviation with periods stays one token", "the U.S. envoy", ["the", "U.S.", "envoy"]],
    ["title abbreviation keeps its period", "Dr. Amara Diop", ["Dr.", "Amara", "Diop"]],
    ["particle-prefixed name is one token", "Majid al-Hashimi said", ["Majid", "al-Hashimi", "said"]],
    ["possessive split off (curly)", "Lindqvist’s plan", ["Lindqvist", "’s", "plan"]],
    ["contraction kept", "we can't wait", ["we", "can't", "wait"]],
    ["thousands separator and decimals", "1,520 people and 2.5 pct", ["1,520", "people", "and", "2.5", "pct"]],
    ["sentence-final period is separate", "It ended.", ["It", "ended", "."]],
    ["initials", "J. R. Halvorsen", ["J.", "R.", "Halvorsen"]],
    ["emoji stay one token each", "ok 😀 go", ["ok", "😀", "go"]],
  ];
  for (const [name, text, expected] of rows) it(name, () => expect(tok(text)).toEqual(expected));
});

function quotes(text: string, carryIn = false): string[] {
  const t = tokenize(text, 0, text.length);
  return findQuotes(text, t, 0, text.length, carryIn).spans.map((q) => text.slice(q.start, q.end));
}

describe("findQuotes", () => {
  const rows: Array<[string, string, string[], boolean?]> = [
    ["curly marks", "He said, “We will win,” and left.", ["We will win,"]],
    ["straight marks by context", '"Yes," she said. "No."', ["Yes,", "No."]],
    [
      "no space after the period before an opening mark",
      'It carried no weight, however."The count is ours.',
      ["The count is ours."],
    ],
    ["unclosed quotation runs to the paragraph end", "“The first part is done.", ["The first part is done."]],
    ["continuation paragraph closed without reopening", 'but we go on," he said.', ["but we go on,"], true],
    ["top-level single quotes in a caption", "Holm: 'This is about our children'", ["This is about our children"]],
    [
      "single quotes nested in a double quotation are not separate",
      "“They keep saying ‘look at me’,” he said.",
      ["They keep saying ‘look at me’,"],
    ],
    ["apostrophes are not quotation marks", "the ministers’ meeting and Obama's speech", []],
  ];
  for (const [name, text, expected, carry] of rows) it(name, () => expect(quotes(text, carry)).toEqual(expected));
});

describe("splitSentences", () => {
  const sents = (text: string) => {
    const t = tokenize(text, 0, text.length);
    const q = findQuotes(text, t, 0, text.length, false).spans;
    return splitSentences(text, t, q).map((s) => text.slice(t[s.a]!.s, t[s.b - 1]!.e));
  };
  it("does not split after titles or inside quotations", () => {
    expect(sents("Dr. Diop spoke. “It works. It is safe,” she said. Then she left.")).toEqual([
      "Dr. Diop spoke.",
      "“It works. It is safe,” she said.",
      "Then she left.",
    ]);
  });
  it("splits after an abbreviation when a sentence starter follows", () => {
    expect(sents("He flew to the U.S. The talks start Monday.")).toEqual(["He flew to the U.S.", "The talks start Monday."]);
  });
  it("does not split after a time when a date follows (p.m. Aug. 9)", () => {
    expect(sents("No checks were made from 10:30 p.m. Aug. 9 to 6 a.m. the next day. Guards slept.")).toEqual([
      "No checks were made from 10:30 p.m. Aug. 9 to 6 a.m. the next day.",
      "Guards slept.",
    ]);
  });
  it("does not split inside a site's name with a glued dot", () => {
    expect(sents("Harbor.Net - The port is shut. He left.")).toEqual(["Harbor.Net - The port is shut.", "He left."]);
  });
  it("splits at a line break before a capital", () => {
    expect(sents("Ana Lima\nMadrid 1996-08-30")).toEqual(["Ana Lima", "Madrid 1996-08-30"]);
  });
});
