import { describe, expect, it } from "vitest";
import type { Analysis, Mention, Person } from "../extract/types.ts";
import data from "./data/officials.json" with { type: "json" };
import { linkWithNativeNames, loadKnowledgeBase } from "./index.ts";

const kb = loadKnowledgeBase(data);

/** Every occurrence of each form as a mention (a one-word form is a surname mention). */
function person(id: string, text: string, name: string, forms: string[], extra: Partial<Person> = {}): Person {
  const mentions: Mention[] = [];
  for (const f of forms)
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      if (f.includes(" ") || !/\p{L}/u.test(text[at + f.length] ?? "")) {
        if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ start: at, end: at + f.length, kind: f.includes(" ") ? "name" : "surname" });
      }
    }
  mentions.sort((a, b) => a.start - b.start);
  return { id, name, mentions, isOfficial: false, standing: "unstated", role: null, represents: null, ...extra };
}

const names = (a: Analysis, text: string) => a.people.map((p) => `${p.name}: ${p.mentions.map((m) => text.slice(m.start, m.end)).join("/")}`);

// Our own sentences.
describe("an office's title before a surname names the knowledge base's holder, not a relative", () => {
  it("moves 'President Obama' from the spouse named in full to the holder named in the article", () => {
    const text = "Michelle Obama visited a school in Ohio. Later that day, President Obama signed the bill, aides said. Barack Obama then left.";
    const michelle = person("p1", text, "Michelle Obama", ["Michelle Obama", "Obama"], { isOfficial: true, standing: "official", role: "President" });
    michelle.mentions = michelle.mentions.filter((m) => m.start < text.indexOf("Barack"));
    const barack = person("p2", text, "Barack Obama", ["Barack Obama"]);
    const { analysis } = linkWithNativeNames(kb, { people: [michelle, barack], quotes: [] }, text, "2015-05-01");
    expect(names(analysis, text)).toEqual(["Michelle Obama: Michelle Obama", "Barack Obama: Obama/Barack Obama"]);
    expect(analysis.people[0]).toMatchObject({ role: null, isOfficial: false });
  });

  it("makes the holder a person of their own, linked to the office, with the claim of that sentence", () => {
    const text = "Hillary Clinton spoke in Iowa. A former adviser to President Clinton said the talks were useful.";
    const hillary = person("p1", text, "Hillary Clinton", ["Hillary Clinton", "Clinton"], { isOfficial: true, standing: "official", role: "President" });
    const cue = text.indexOf("said");
    const quotes = [{ id: "q1", kind: "indirect" as const, start: cue + 5, end: text.length - 1, speakerId: "p1", source: null, cue: "said", cueSpan: { start: cue, end: cue + 4 } }];
    const { analysis, links } = linkWithNativeNames(kb, { people: [hillary], quotes }, text, "2015-05-01");
    expect(names(analysis, text)).toEqual(["Hillary Clinton: Hillary Clinton", "Clinton: Clinton"]);
    const bill = analysis.people[1]!;
    expect(links.get(bill.id)?.name).toBe("Bill Clinton");
    expect(bill.represents).toBe("United States");
    expect(analysis.quotes[0]!.speakerId).toBe(bill.id);
  });

  it("keeps the mention with the person when the office began after the article's date, or the holder is hypothetical", () => {
    const later = "Melania Trump spoke in Iowa. President Trump would cut taxes, she said.";
    const melania = person("p1", later, "Melania Trump", ["Melania Trump", "Trump"]);
    expect(names(linkWithNativeNames(kb, { people: [melania], quotes: [] }, later, "2016-03-01").analysis, later)).toEqual(["Melania Trump: Melania Trump/Trump"]);
    const future = "Hillary Clinton spoke in Iowa. Voters say a President Clinton would cut taxes.";
    const hillary = person("p1", future, "Hillary Clinton", ["Hillary Clinton", "Clinton"]);
    expect(names(linkWithNativeNames(kb, { people: [hillary], quotes: [] }, future, "2016-03-01").analysis, future)).toEqual(["Hillary Clinton: Hillary Clinton/Clinton"]);
  });

  it("keeps the mention with the holder named in full, and a title that ends a sentence is none", () => {
    const text = "Barack Obama spoke in Iowa. Voters remember him as president. Obama smiled. President Obama left.";
    const barack = person("p1", text, "Barack Obama", ["Barack Obama", "Obama"]);
    const { analysis } = linkWithNativeNames(kb, { people: [barack], quotes: [] }, text, "2015-05-01");
    expect(names(analysis, text)).toEqual(["Barack Obama: Barack Obama/Obama/Obama"]);
  });
});

describe("an office's title before a surname, written twice", () => {
  it("gives both mentions to one holder made for them", () => {
    const text = "Hillary Clinton spoke in Iowa. President Clinton signed it. President Clinton left.";
    const hillary = person("p1", text, "Hillary Clinton", ["Hillary Clinton", "Clinton"]);
    const { analysis } = linkWithNativeNames(kb, { people: [hillary], quotes: [] }, text, "2015-05-01");
    expect(names(analysis, text)).toEqual(["Hillary Clinton: Hillary Clinton", "Clinton: Clinton/Clinton"]);
  });
});
