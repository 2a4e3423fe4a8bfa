import { describe, expect, it } from "vitest";
import data from "./data/officials.json" with { type: "json" };
import { countriesIn, padFold } from "./evidence.ts";
import { loadKnowledgeBase } from "./index.ts";
import { familiesInText, isPrivateRole } from "./roles.ts";

const kb = loadKnowledgeBase(data);

describe("countriesIn", () => {
  it("finds countries by one- and many-token words anywhere in a folded text, and nothing else", () => {
    const found = countriesIn(kb, padFold("Talks in the United Kingdom and with Qatari mediators went on; the union's rules stay."));
    expect(found.has("United Kingdom")).toBe(true);
    expect(found.has("Qatar")).toBe(true);
    expect(found.size).toBe(2);
    expect(countriesIn(kb, padFold("Nothing here names a place at all.")).size).toBe(0);
  });
});

describe("familiesInText", () => {
  it("finds a family by a word of several tokens in a row, plurals of one-word words, and not across a gap", () => {
    expect([...familiesInText(padFold("The prime minister spoke"))]).toContain("prime minister");
    expect([...familiesInText(padFold("Two senators said"))]).toContain("legislator");
    expect([...familiesInText(" the prime  minister ")]).not.toContain("prime minister");
    expect(familiesInText(padFold("A quiet afternoon in the park")).size).toBe(0);
  });
});

describe("isPrivateRole", () => {
  it("a race's front-runner is no athlete; a marathon runner is a private person", () => {
    expect(isPrivateRole(padFold("Democratic front-runner"))).toBe(false);
    expect(isPrivateRole(padFold("front-runners"))).toBe(false);
    expect(isPrivateRole(padFold("marathon runner"))).toBe(true);
  });
});
