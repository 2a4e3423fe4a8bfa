import { describe, expect, it } from "vitest";
import type { Analysis, Person } from "../extract/types.ts";
import type { KbData } from "./types.ts";
import data from "./data/officials.json" with { type: "json" };
import { findNativeNameSpans, linkWithNativeNames, loadKnowledgeBase } from "./index.ts";

const kb = loadKnowledgeBase(data);
const DATE = "2025-10-07";

function person(id: string, text: string, name: string, extra: Partial<Person> = {}): Person {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, kind: "name" as const });
  return { id, name, mentions, isOfficial: true, role: null, represents: null, ...extra };
}

// Our own sentences: an English article with a Hebrew photo caption, as Israeli outlets print them.
const TEXT = [
  "US President Donald Trump said the talks in Egypt were going well.",
  "אמיר קטאר אל-ת'אני, הנשיא טראמפ והנשיא המצרי א-סיסי",
  "Trump said a deal was close.",
].join("\n\n");

describe("names written only in another script", () => {
  it("finds native-script name forms of KB entries, with a Hebrew proclitic stripped", () => {
    const forms = findNativeNameSpans(kb, TEXT).map((s) => TEXT.slice(s.start, s.end));
    expect(forms).toEqual(expect.arrayContaining(["אל-ת'אני", "טראמפ", "א-סיסי"]));
  });

  it("adds the people the KB vouches for and adds a known person's native mention to them", () => {
    const analysis: Analysis = { people: [person("p1", TEXT, "Donald Trump", { role: "US President", represents: "United States" })], quotes: [] };
    const { analysis: out, links } = linkWithNativeNames(kb, analysis, TEXT, DATE);
    const byName = new Map(out.people.map((p) => [p.name, p]));
    expect(byName.get("אל-ת'אני")?.represents).toBe("Qatar");
    expect(links.get(byName.get("אל-ת'אני")!.id)?.name).toContain("Tamim");
    expect(byName.get("א-סיסי")?.represents).toBe("Egypt");
    expect(links.get(byName.get("א-סיסי")!.id)?.name).toContain("Sisi");
    // "טראמפ" is the same entry as the engine's Donald Trump: one person, one more mention
    const trump = byName.get("Donald Trump")!;
    expect(trump.mentions.map((m) => TEXT.slice(m.start, m.end))).toContain("טראמפ");
    expect(out.people).toHaveLength(3);
  });

  it("leaves a native-script surname alone when nothing around it supports the link", () => {
    const text = "The market opened late.\n\nסיסי\n\nPrices rose.";
    const { analysis } = linkWithNativeNames(kb, { people: [], quotes: [] }, text, DATE);
    expect(analysis.people).toEqual([]);
  });

  it("a linked person's country replaces the engine's guessed government", () => {
    const text = "In Jerusalem, officials met. President Erdogan said Turkey would help.";
    const p = person("p1", text, "Erdogan", { role: "President", represents: "Government of Israel" });
    const { analysis } = linkWithNativeNames(kb, { people: [p], quotes: [] }, text, DATE);
    expect(analysis.people[0]!.represents).toBe("Turkey");
  });

  it("keeps an affiliation the article states", () => {
    const text = "Qatar Foreign Ministry spokesperson Majed al-Ansari said the talks went on.";
    const p = person("p1", text, "Majed al-Ansari", { role: "Qatar Foreign Ministry spokesperson", represents: "Qatar (Foreign Ministry)" });
    const { analysis } = linkWithNativeNames(kb, { people: [p], quotes: [] }, text, DATE);
    expect(analysis.people[0]!.represents).toBe("Qatar (Foreign Ministry)");
  });

  it("a leader of an armed movement the KB ties to no state acts for the movement", () => {
    const text = "Osama bin Laden praised the attack in a recording, officials said.";
    const p = person("p1", text, "Osama bin Laden", { isOfficial: false, standing: "unstated" });
    const { analysis } = linkWithNativeNames(kb, { people: [p], quotes: [] }, text, "2009-06-01", true);
    expect(analysis.people[0]!.isOfficial).toBe(true);
    expect(analysis.people[0]!.represents).toBe("al-Qaeda");
  });

  it("a person named without any role becomes an official when the KB links them to an office", () => {
    const text = "Recep Tayyip Erdogan spoke in Ankara on Tuesday about Turkey's plans.";
    const p = person("p1", text, "Recep Tayyip Erdogan", { isOfficial: false, standing: "unstated" });
    const { analysis } = linkWithNativeNames(kb, { people: [p], quotes: [] }, text, DATE);
    expect(analysis.people[0]!.isOfficial).toBe(true);
    expect(analysis.people[0]!.represents).toBe("Turkey");
  });

  it("a role that makes them a private person wins over a link", () => {
    const text = "Erdogan, a bakery owner in Ankara, said Turkey's president would help.";
    const p = person("p1", text, "Erdogan", { isOfficial: false, standing: "private", role: "a bakery owner in Ankara" });
    const { analysis } = linkWithNativeNames(kb, { people: [p], quotes: [] }, text, DATE);
    expect(analysis.people[0]!.isOfficial).toBe(false);
  });
});

describe("whom a linked minister represents", () => {
  it("a ministry read without a country takes the linked minister's country; the office shown is the one the role names", () => {
    const text = "Finance Minister Ishaq Dar said the talks with the lenders would end soon.";
    const analysis: Analysis = { people: [person("p1", text, "Ishaq Dar", { role: "Finance Minister", represents: "Finance Ministry" })], quotes: [] };
    const { analysis: out, links } = linkWithNativeNames(kb, analysis, text, "2026-06-01");
    expect(out.people[0]!.represents).toBe("Pakistan (Finance Ministry)");
    expect(links.get("p1")?.position).toMatch(/Finance/);
  });
});

describe("an official whose role names another person", () => {
  it("acts for what the knowledge base says that person represents; a campaign's people do not", () => {
    const text = "President-elect Donald Trump met donors. Senior Trump adviser Mara Quill said the cabinet was ready. Trump campaign aide Tom Reel agreed.";
    const analysis: Analysis = {
      people: [
        person("p1", text, "Donald Trump", { role: "President-elect" }),
        person("p2", text, "Mara Quill", { role: "senior Trump adviser" }),
        person("p3", text, "Tom Reel", { role: "Trump campaign aide" }),
      ],
      quotes: [],
    };
    const { analysis: out } = linkWithNativeNames(kb, analysis, text, DATE);
    expect(out.people[0]!.represents).toBe("United States");
    expect(out.people[1]!.represents).toBe("United States");
    expect(out.people[2]!.represents).toBeNull();
  });
});

describe("an office that had ended by the article's date", () => {
  // an invented knowledge base: a former foreign minister of a party, and a former envoy of none
  const small = loadKnowledgeBase({
    version: 1,
    sources: [{ id: "t", title: "invented", licence: "CC0-1.0", asOf: "2025-06-30", url: "-" }],
    countries: { Norland: ["Norlandic"] },
    entries: [
      {
        id: "t:vale",
        name: "Miriam Vale",
        aliases: [],
        short: ["Vale"],
        given: ["Miriam"],
        country: "Norland",
        party: "Democrat",
        positions: [{ title: "Foreign Minister", kind: "minister", org: "Norland Foreign Office", country: "Norland", start: "2009-01-01", end: "2013-01-01", src: "t", asOf: "2025-06-30" }],
      },
      {
        id: "t:brask",
        name: "Olaf Brask",
        aliases: [],
        short: ["Brask"],
        given: ["Olaf"],
        country: "Norland",
        party: null,
        positions: [{ title: "Special Envoy", kind: "envoy", org: "Norland Foreign Office", country: "Norland", start: "2010-01-01", end: "2014-01-01", src: "t", asOf: "2025-06-30" }],
      },
      {
        id: "t:dunn",
        name: "Karl Dunn",
        aliases: [],
        short: ["Dunn"],
        given: ["Karl"],
        country: "Norland",
        party: "no party",
        positions: [{ title: "President of Norland", kind: "head-of-state", org: null, country: "Norland", start: "1890-01-01", end: "1897-01-01", src: "t", asOf: "2025-06-30" }],
      },
      {
        id: "t:ward",
        name: "Lena Ward",
        aliases: [],
        short: ["Ward"],
        given: ["Lena"],
        country: "Norland",
        party: "Democrat",
        positions: [{ title: "President of Norland", kind: "head-of-state", org: null, country: "Norland", start: "2001-01-01", end: "2009-01-01", src: "t", asOf: "2025-06-30" }],
      },
      {
        id: "t:kell",
        name: "Omar Kell",
        aliases: [],
        short: ["Kell"],
        given: ["Omar"],
        country: "Norland",
        party: "Republican",
        positions: [
          { title: "President of Norland", kind: "head-of-state", org: null, country: "Norland", start: "2001-01-01", end: "2009-01-01", src: "t", asOf: "2025-06-30" },
          { title: "President of Norland", kind: "head-of-state", org: null, country: "Norland", start: "2021-01-01", end: null, src: "t", asOf: "2025-06-30" },
        ],
      },
      {
        id: "t:pell",
        name: "Ezra Pell",
        aliases: [],
        short: ["Pell"],
        given: ["Ezra"],
        country: "Norland",
        party: "Republican",
        positions: [{ title: "President of Norland", kind: "head-of-state", org: null, country: "Norland", start: "2021-01-01", end: null, src: "t", asOf: "2025-06-30" }],
      },
    ],
  } satisfies KbData);
  const run = (text: string, name: string, role: string | null) =>
    linkWithNativeNames(small, { people: [person("p1", text, name, role === null ? { role, isOfficial: false, standing: "unstated" } : { role })], quotes: [] }, text, "2019-11-18").analysis.people[0]!;

  it("does not make them act for that office's body: their country; their party in a race, when the KB gives one", () => {
    expect(run("Miriam Vale opened a museum in the capital.", "Miriam Vale", null).represents).toBe("Norland");
    expect(run("Voters still remember how Miriam Vale lost the election.", "Miriam Vale", null).represents).toBe("Democratic Party");
    expect(run("The former foreign minister Miriam Vale campaigned in the north.", "Miriam Vale", "former foreign minister").represents).toBe("Democratic Party");
    expect(run("Olaf Brask wrote a memoir about the war.", "Olaf Brask", null).represents).toBe("Norland");
    expect(run("Olaf Brask was a candidate for mayor.", "Olaf Brask", null).represents).toBe("Norland");
  });

  it("a race spoken of in the sentence beside theirs, in the same paragraph, counts; in the next paragraph it does not", () => {
    expect(run("The vote is in March. Miriam Vale toured the north on Monday.", "Miriam Vale", null).represents).toBe("Norland");
    expect(run("Polls show a tight contest. Miriam Vale toured the north on Monday.", "Miriam Vale", null).represents).toBe("Democratic Party");
    expect(run("Miriam Vale hopes to be the next president.", "Miriam Vale", null).represents).toBe("Democratic Party");
    // (a KB party that says none is no party)
    expect(run("Voters quoted Karl Dunn in the election.", "Karl Dunn", null).represents).toBe("Norland");
  });

  it("no office yet at the article's date: their party in a race, else nothing (not their country)", () => {
    // (the engine showed them as an official, with no role)
    const shown = (text: string) =>
      linkWithNativeNames(small, { people: [person("p1", text, "Ezra Pell", { role: null })], quotes: [] }, text, "2019-11-18").analysis.people[0]!;
    expect(shown("Ezra Pell spoke at a rally before the primary.").represents).toBe("Republican Party");
    expect(shown("Ezra Pell opened a hotel in the capital.").represents).toBeNull();
    expect(run("The presidential candidate Ezra Pell spoke in the north.", "Ezra Pell", "presidential candidate").represents).toBe("Republican Party");
    expect(run("Her running mate Ezra Pell spoke at a rally before the election.", "Ezra Pell", "running mate").represents).toBe("Republican Party");
    expect(run("Polls show a tight contest.\nMiriam Vale said the treaty with Estmark must stand. She spoke in the capital.", "Miriam Vale", null).represents).toBe("Norland");
  });

  it("an office held at the date the reader reads an undated article, but the article shows them running and names their party: their party", () => {
    const today = (text: string, role: string | null = null) =>
      linkWithNativeNames(small, { people: [person("p1", text, "Ezra Pell", { role })], quotes: [] }, text, "2025-10-07").analysis.people[0]!;
    expect(today("Ezra Pell spoke at a rally before the Republican primary.").represents).toBe("Republican Party");
    expect(today("The presidential candidate Ezra Pell spoke before the Republican primary.", "presidential candidate").represents).toBe("Republican Party");
    // (a party the article does not name, no race, or an office the article gives: the office)
    expect(today("Ezra Pell spoke at a rally before the primary.").represents).toBe("Norland");
    expect(today("Ezra Pell opened a Republican hotel in the capital.").represents).toBe("Norland");
    expect(today("President Ezra Pell spoke before the Republican primary.", "President").represents).toBe("Norland");
  });

  it("a head of state in office on the article's own date acts for the country, whatever race the article speaks of", () => {
    const dated = (text: string) =>
      linkWithNativeNames(small, { people: [person("p1", text, "Ezra Pell", { role: null })], quotes: [] }, text, "2025-10-07", true).analysis.people[0]!;
    expect(dated("Ezra Pell spoke at a rally before the Republican primary.").represents).toBe("Norland");
  });

  it("no office yet at the article's date and a role that is no race's: the knowledge base gives no affiliation (not a later office's country)", () => {
    expect(run("Attorney General Ezra Pell said the state would appeal.", "Ezra Pell", "Attorney General").represents).toBeNull();
    expect(run("State Sen. Ezra Pell said the state would appeal.", "Ezra Pell", "State Sen.").represents).toBeNull();
    // (a national seat the role names is the country's)
    expect(run("Sen. Ezra Pell said the bill would pass.", "Ezra Pell", "Sen.").represents).toBe("Norland");
  });

  it("a role that names another official but ends in a title of its own does not take that official's body", () => {
    const text = "Foreign Minister Miriam Vale spoke. Top Vale surrogate Rep. Ada Quill campaigned in the north.";
    const people = [person("p1", text, "Miriam Vale", { role: "Foreign Minister" }), person("p2", text, "Ada Quill", { role: "Top Vale surrogate Rep.", isOfficial: true })];
    const out = linkWithNativeNames(small, { people, quotes: [] }, text, "2011-01-01").analysis.people;
    expect(out[0]!.represents).toBe("Norland Foreign Office");
    expect(out[1]!.represents).toBeNull();
  });

  it("a runner's staff, whose role names them, act for the runner's campaign, not for the party; a former aide for neither", () => {
    const text = "Polls show Miriam Vale ahead in the election. Vale press secretary Ada Quill said so, and former Vale adviser Bo Lind agreed.";
    const people = [person("p1", text, "Miriam Vale", { role: null, isOfficial: false, standing: "unstated" }), person("p2", text, "Ada Quill", { role: "Vale press secretary" }), person("p3", text, "Bo Lind", { role: "former Vale adviser" })];
    const out = linkWithNativeNames(small, { people, quotes: [] }, text, "2019-11-18").analysis.people;
    expect(out.map((p) => p.represents)).toEqual(["Democratic Party", "Vale campaign", null]);
  });

  it("a bare title kept after leaving office is a courtesy on a dated article: the office has ended (their party in a race), but a former president's is that presidency", () => {
    const dated = (text: string, name: string, role: string) =>
      linkWithNativeNames(small, { people: [person("p1", text, name, { role })], quotes: [] }, text, "2019-11-18", true).analysis.people[0]!;
    expect(dated("Voters in the election cheered Minister Miriam Vale.", "Miriam Vale", "Minister").represents).toBe("Democratic Party");
    expect(dated("Voters in the election remembered President Karl Dunn.", "Karl Dunn", "President").represents).toBe("Norland");
    // (undated, read today: the title is the office the article was written in)
    expect(run("Voters in the election cheered Minister Miriam Vale.", "Miriam Vale", "Minister").represents).toBe("Norland Foreign Office");
  });

  it("named with no role in a race within two years before their first office: a runner, an official for their party", () => {
    const read = (text: string, date: string) =>
      linkWithNativeNames(small, { people: [person("p1", text, "Ezra Pell", { role: null, isOfficial: false, standing: "unstated" })], quotes: [] }, text, date, true).analysis.people[0]!;
    expect(read("Polls show Ezra Pell ahead in the Republican primary.", "2019-11-18")).toMatchObject({ isOfficial: true, represents: "Republican Party" });
    // (the race spoken of anywhere in the article)
    expect(read("Polls show a tight Republican primary.\n\nOn Monday Ezra Pell opened a hotel in the capital.", "2019-11-18")).toMatchObject({ isOfficial: true, represents: "Republican Party" });
    // (no race, or an office years away: no evidence)
    expect(read("Ezra Pell opened a hotel in the capital.", "2019-11-18")).toMatchObject({ isOfficial: false, represents: null });
    expect(read("Polls show Ezra Pell ahead in the Republican primary.", "2012-11-18")).toMatchObject({ isOfficial: false, represents: null });
  });

  it("a former head of state is named for that office whatever race the article speaks of, unless an office of theirs begins soon after", () => {
    expect(run("Voters in the Democratic primary still remember Lena Ward.", "Lena Ward", null).represents).toBe("Norland");
    expect(run("Voters in the Republican primary cheered Omar Kell.", "Omar Kell", null).represents).toBe("Republican Party");
  });

  it("a role the article gives as held names that office: its body", () => {
    expect(run("Foreign Minister Miriam Vale flew to the summit that year.", "Miriam Vale", "Foreign Minister").represents).toBe("Norland Foreign Office");
  });
});

// Our own sentences.
describe("a body named after its head", () => {
  it("links a bare surname that heads an administration to the head of state of the day, for their country, also in a race", () => {
    const text = "Voters in the primary blamed the Obama administration for the delays, the candidate said.";
    const at = text.indexOf("Obama");
    const p: Person = { id: "p1", name: "Obama", mentions: [{ start: at, end: at + 5, kind: "surname" }], isOfficial: true, standing: "unstated", role: null, represents: null };
    const { analysis, links } = linkWithNativeNames(kb, { people: [p], quotes: [] }, text, "2015-06-01");
    expect(links.get("p1")?.name).toContain("Obama");
    expect(analysis.people[0]!.represents).toBe("United States");
  });
});
