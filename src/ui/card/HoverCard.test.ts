import { describe, expect, it } from "vitest";
import type { KbFacts } from "../../shared/types.ts";
import { enT } from "../__fixtures__/i18n.ts";
import { kbLine, kbWhen } from "./HoverCard.tsx";

const facts = (over: Partial<KbFacts>): KbFacts => ({
  id: "kb-1",
  name: "Ana Ruiz",
  position: "Minister of Ports",
  organisation: null,
  country: "Norland",
  party: null,
  since: "2017-02-01",
  isCurrent: true,
  source: "Built-in list",
  asOf: "2026-01",
  on: "2019-03-14",
  onArticleDate: true,
  ...over,
});
const NOW = Date.parse("2026-12-07T12:00:00Z");

describe("the card's knowledge-base line, relative to the article's date", () => {
  it("names the office held on the facts' day, or the last one before it", () => {
    expect(kbLine(enT, facts({}))).toBe("Minister of Ports — Norland");
    expect(kbLine(enT, facts({ isCurrent: false }))).toBe("Former Minister of Ports — Norland");
  });

  it("an office that began after the article is not shown as the office then", () => {
    // linking on the article's date found no office held or ended by then
    expect(kbLine(enT, facts({ position: null, since: null, isCurrent: false }))).toBe("Norland — no office on record at that date");
  });

  it("says which day the facts are of when it is not plainly today", () => {
    expect(kbWhen(enT, facts({}), NOW)).toMatch(/^as of .*2019, the article's date$/);
    expect(kbWhen(enT, facts({ on: "2026-12-01" }), NOW)).toBe("");
    expect(kbWhen(enT, facts({ on: "2026-12-07", onArticleDate: false }), NOW)).toBe("as of today (the article states no date)");
    expect(kbWhen(enT, facts({ on: null, onArticleDate: false }), NOW)).toBe("");
  });
});
