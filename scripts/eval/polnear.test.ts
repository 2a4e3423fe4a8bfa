import { describe, expect, it } from "vitest";
import { buildArticle, emptyCounts, matchQuotes, scoreArticle, sourceKind, speakerCorrect } from "./polnear.ts";

// An invented article with brat annotations (offsets computed below, not typed by hand).
const TEXT =
  'Senator Mara Quill said on Tuesday: “We will fix the roads.” She added: “Soon.”\n\n' +
  'Critics called the plan "a fantasy" in a statement.';

function span(s: string, from = 0): [number, number] {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`fixture: ${s}`);
  return [i, i + s.length];
}

function ann(): string {
  const src = span("Senator Mara Quill");
  const c1 = span("“We will fix the roads.”");
  const she = span("She");
  const c2 = span("“Soon.”");
  const lines = [
    `T1\tSource ${src[0]} ${src[1]}\tx`,
    `T2\tContent ${c1[0]} ${c1[1]}\tx`,
    `T3\tCue 0 1\tx`,
    `T4\tAttribution 0 1\tx`,
    `E1\tAttribution:T4 Source:T1 Cue:T3 Content:T2`,
    `T5\tSource ${she[0]} ${she[1]}\tx`,
    // A discontinuous Content: the quote lies within its second fragment.
    `T6\tContent ${she[0]} ${she[1]};${c2[0]} ${c2[1]}\tx`,
    `E2\tAttribution:T4 source:T5 Content:T6`,
  ];
  return lines.join("\n");
}

describe("PolNeAR gold", () => {
  const art = buildArticle("a", TEXT, ann());
  it("keeps attributed quoted strings only (the scare quote is not gold)", () => {
    expect(art.gold.map((g) => TEXT.slice(g.start, g.end))).toEqual(["“We will fix the roads.”", "“Soon.”"]);
  });
  it("classifies sources and resolves a pronoun to the preceding named source", () => {
    expect(art.gold.map((g) => g.kind)).toEqual(["named", "pronoun"]);
    expect(art.gold[1]?.resolved.map((s) => s.text)).toEqual(["Senator Mara Quill"]);
    expect(sourceKind("the campaign")).toBe("common");
    expect(sourceKind("The Quill campaign")).toBe("named");
    expect(sourceKind("they")).toBe("pronoun");
  });
  it("judges speakers by span, surname and resolved pronoun", () => {
    const g2 = art.gold[1];
    if (!g2) throw new Error("fixture");
    const byName = { spans: [{ start: 0, end: 3 }], surname: "Quill", label: "Quill" };
    expect(speakerCorrect(byName, g2, "span")).toBe(false);
    expect(speakerCorrect(byName, g2, "name")).toBe(false);
    expect(speakerCorrect(byName, g2, "name+pron")).toBe(true);
    const [s, e] = span("She");
    expect(speakerCorrect({ spans: [{ start: s, end: e }], surname: null, label: "she" }, g2, "span")).toBe(true);
    expect(speakerCorrect(null, g2, "name+pron")).toBe(false);
  });
  it("pairs quotes one to one and counts detection and attribution", () => {
    expect(matchQuotes([{ start: 0, end: 100 }], [{ start: 0, end: 10 }, { start: 20, end: 90 }])).toEqual([1]);
    const c = emptyCounts();
    const [q1s, q1e] = span("We will fix the roads.");
    const [fs, fe] = span("a fantasy");
    scoreArticle(
      art,
      [
        { start: q1s, end: q1e, speaker: { spans: [], surname: "Quill", label: "Quill" } },
        { start: fs, end: fe, speaker: null },
      ],
      c,
    );
    expect([c.predicted, c.gold, c.detected]).toEqual([2, 2, 1]);
    expect(c.correct).toEqual({ span: 0, name: 1, "name+pron": 1 });
  });
});
