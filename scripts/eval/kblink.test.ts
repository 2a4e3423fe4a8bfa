import { describe, expect, it } from "vitest";
import { emptyLinkScore, pairGold, scoreArticleLinks, verdictOf, type GoldPerson, type KbAudit, type PredictedLinkPerson } from "./kblink.ts";

const gold: GoldPerson[] = [
  { name: "Marta Oyelaran", mentions: ["Marta Oyelaran", "Oyelaran"], id: "Q1" },
  { name: "Piet Vosk", mentions: ["Piet Vosk", "Vosk"], id: "none" },
  { name: "Ines Talvik", mentions: ["Ines Talvik"], id: "Q3" },
];
const pred = (name: string, strings: string[], linkId: string | null): PredictedLinkPerson => ({ name, strings, linkId, linkName: linkId, label: null });

describe("kblink scoring", () => {
  it("pairs by a shared mention string and prefers the gold person of the linked id", () => {
    expect(pairGold(pred("Oyelaran", ["Oyelaran"], null), gold)?.name).toBe("Marta Oyelaran");
    expect(pairGold(pred("Nobody", ["Nobody"], "Q1"), gold)).toBeNull();
  });

  it("counts right, wrong (not in KB, another entry, not a gold person, a split) and missed links", () => {
    const s = emptyLinkScore();
    scoreArticleLinks(
      "a1",
      [
        pred("Marta Oyelaran", ["Marta Oyelaran"], "Q1"),
        pred("Oyelaran", ["Oyelaran"], "Q1"),
        pred("Piet Vosk", ["Piet Vosk", "Vosk"], "Q9"),
        pred("Harbour Street", ["Harbour Street"], "Q7"),
        pred("Ines Talvik", ["Ines Talvik"], null),
      ],
      gold,
      s,
    );
    expect([s.links, s.right, s.goldIds, s.goldNone]).toEqual([4, 1, 2, 1]);
    expect(s.wrong.map((w) => w.why)).toEqual(["second link for one gold person (person split)", "gold: not in the KB", "not a person of the gold"]);
    expect(s.missed.map((m) => [m.gold, m.why])).toEqual([["Ines Talvik", "found, not linked"]]);
  });

  it("finds the audit verdict of a page link by a shared mention, by name when two records share one", () => {
    const audit: KbAudit = { page1: { Q5: [{ mentions: ["Ana Lee", "Lee"], ok: true }, { mentions: ["Bo Lee", "Lee"], ok: false }] } };
    expect(verdictOf(audit, "page1", "Q5", ["Bo Lee", "Lee"])).toBe(false);
    expect(verdictOf(audit, "page1", "Q5", ["Ana Lee"])).toBe(true);
    expect(verdictOf(audit, "page1", "Q5", ["Cy Park"])).toBeNull();
    expect(verdictOf(audit, "page2", "Q5", ["Ana Lee"])).toBeNull();
  });
});
