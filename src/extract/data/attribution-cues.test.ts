import { describe, expect, it } from "vitest";
import { cuePhrase, cuePhrasesFrom, cueWord, cueWords, isCueWord, sourceHeadCount } from "./attribution-cues.ts";

describe("attribution cues learned from PolNeAR train", () => {
  it("knows speech verbs by form, with lemma and reliability", () => {
    const said = cueWord("said")!;
    expect(said.lemma).toBe("say");
    expect(said.pos).toBe("v");
    expect(said.share).toBeGreaterThan(0.5);
    expect(cueWord("told")?.lemma).toBe("tell");
    expect(isCueWord("said")).toBe(true);
  });

  it("says what content a cue takes", () => {
    const said = cueWord("said")!;
    const total = Object.values(said.content).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(95);
    expect(total).toBeLessThan(105);
    expect(said.content.quote + said.content.clause).toBeGreaterThan(50);
  });

  it("keeps multi-word cues and finds them from their first word", () => {
    expect(cuePhrase("according to")?.count).toBeGreaterThan(100);
    expect(cuePhrasesFrom("according").map((p) => p.join(" "))).toContain("according to");
    const fromSaid = cuePhrasesFrom("said");
    for (let i = 1; i < fromSaid.length; i++) expect(fromSaid[i - 1]!.length).toBeGreaterThanOrEqual(fromSaid[i]!.length);
  });

  it("rejects function words and unknown keys", () => {
    for (const k of ["the", "of", "and", "zzyzx", ""]) expect(cueWord(k)).toBeUndefined();
    expect(cuePhrase("of the")).toBeUndefined();
  });

  it("knows source head nouns", () => {
    expect(sourceHeadCount("spokesman")).toBeGreaterThan(10);
    expect(sourceHeadCount("officials")).toBeGreaterThan(10);
    expect(sourceHeadCount("the")).toBe(0);
  });

  it("ships only words over the thresholds", () => {
    for (const c of cueWords()) {
      expect(c.count).toBeGreaterThanOrEqual(3);
      expect(c.share).toBeGreaterThanOrEqual(0.1);
    }
  });
});
