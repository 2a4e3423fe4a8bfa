import { describe, expect, it } from "vitest";
import { countCues, cuesModule, lemmaCode, parseAnn, partOfSpeech, sourceHead, wordsOf } from "./cues.ts";

// an invented article and its brat annotation, in PolNeAR's format
const text =
  "The mayor said that the bridge will close. A city spokesman told reporters: “We are ready.” " +
  "According to the report, traffic fell. Residents said nothing. The council has also said the plan is final.";
const at = (s: string, from = 0): [number, number] => {
  const i = text.indexOf(s, from);
  return [i, i + s.length];
};
function ann(): string {
  const spans: Array<[string, string, [number, number]]> = [
    ["T1", "Source", at("The mayor")],
    ["T2", "Cue", at("said")],
    ["T3", "Content", at("that the bridge will close")],
    ["T4", "Source", at("A city spokesman")],
    ["T5", "Cue", at("told reporters")],
    ["T6", "Content", at("“We are ready.”")],
    ["T7", "Cue", at("According to")],
    ["T8", "Source", at("the report")],
    ["T9", "Content", at("traffic fell")],
    ["T10", "Source", at("The council")],
    ["T11", "Cue", at("has also said")],
    ["T12", "Content", at("the plan is final")],
  ];
  const t = spans.map(([id, label, [a, b]]) => `${id}\t${label} ${a} ${b}\t${text.slice(a, b)}`);
  return [
    ...t,
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
    "E3\tAttribution:T7 Source:T8 Cue:T7 Content:T9",
    "E4\tAttribution:T11 source:T10 Cue:T11 Content2:T12",
  ].join("\n");
}

describe("cue statistics from brat annotations", () => {
  it("parses spans, discontinuous offsets and events", () => {
    const { spans, events } = parseAnn("T1\tCue 0 4;10 14\tsaid that\nE1\tAttribution:T1 Cue:T1 Content2:T1\n");
    expect(spans.get("T1")?.parts).toEqual([
      [0, 4],
      [10, 14],
    ]);
    expect(events[0]).toEqual({ attribution: "T1", cue: "T1", content: "T1" });
  });

  it("counts cue heads past auxiliaries, phrases, content kinds and source heads", () => {
    const st = countCues([{ text, ann: ann() }]);
    expect(st.attributions).toBe(4);
    const said = st.words.get("said")!;
    expect(said.cues).toBe(2);
    expect(st.occurrences("said")).toBe(3); // "Residents said nothing" is not a cue
    expect(st.phrases.get("told reporters")?.cues).toBe(1);
    expect(st.phrases.get("according to")?.cues).toBe(1);
    expect(st.words.get("has")).toBeUndefined();
    // said → that-clause and clause; told reporters → quote; according to → clause
    expect(said.kinds).toEqual([0, 1, 1, 0, 0, 0]);
    expect(st.words.get("told")!.kinds).toEqual([1, 0, 0, 0, 0, 0]);
    expect([...st.sources.keys()].sort()).toEqual(["council", "mayor", "report", "spokesman"]);
  });

  it("finds the common-noun head of a source", () => {
    expect(sourceHead("a spokesman for the campaign")).toBe("spokesman");
    expect(sourceHead("campaign spokesman Brian Fallon")).toBe("spokesman");
    expect(sourceHead("Brian Fallon")).toBeUndefined();
    expect(sourceHead("he")).toBeUndefined();
  });

  it("writes a lemma against its form", () => {
    expect(lemmaCode("said", "say")).toBe("2y");
    expect(lemmaCode("known", "known")).toBe("0");
    expect(lemmaCode("told", "tell")).toBe("3ell");
    expect(lemmaCode("hasn't", "have")).toBe("4ve");
  });

  it("lemmatises forms and writes a module with thresholds applied", () => {
    expect(partOfSpeech("said")).toEqual({ lemma: "say", pos: "v" });
    expect(partOfSpeech("statement").pos).toBe("n");
    const st = countCues([{ text, ann: ann() }]);
    const m = cuesModule(st, "test");
    expect(m.words).toBe(0); // no word heads 3 attributions in this tiny article
    expect(m.text).toContain("export const CUE_FORMS");
    expect(wordsOf("Officials’ “plan”")).toEqual(["officials", "plan"]);
  });
});
