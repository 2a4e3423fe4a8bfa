/** The Wikiquote readers against the hand-written page (Wikiquote's person-page layout). */
import { describe, expect, it } from "vitest";
import page from "./__fixtures__/lior-ben-ami.json" with { type: "json" };
import missing from "./__fixtures__/missing.json" with { type: "json" };
import malformed from "./__fixtures__/malformed.json" with { type: "json" };
import { firstDate, MAX_QUOTE_CHARS, newestFirst, readParse, sourcedQuotes, wikiText } from "./parse.ts";

describe("readParse", () => {
  it("reads the followed redirect's title and the wikitext (formatversion 2 and 1)", () => {
    const p = readParse(page);
    expect(p && "title" in p && p.title).toBe("Lior Ben-Ami");
    expect(readParse({ parse: { title: "T", wikitext: { "*": "* q\n** s" } } })).toEqual({ title: "T", wikitext: "* q\n** s" });
  });
  it("a missing page is an answer; anything else unrecognised is null", () => {
    expect(readParse(missing)).toEqual({ missing: true });
    expect(readParse(malformed)).toBeNull();
    expect(readParse({ error: { code: "ratelimited" } })).toBeNull();
    expect(readParse("<html>")).toBeNull();
  });
});

describe("sourcedQuotes", () => {
  const p = readParse(page) as { title: string; wikitext: string };
  const quotes = sourcedQuotes(p.title, p.wikitext);

  it("keeps top-level bullets with a source line in the quote sections only, in page order", () => {
    expect(quotes.map((q) => q.text)).toEqual([
      "Diplomacy is the art of leaving the door open — even when you close the meeting.",
      "Every bridge we build is a promise we have to keep for a hundred years.",
      "A port that closes at night is a port that loses the day.",
      "We will not balance the budget on the backs of the fishermen.",
    ]);
    const all = JSON.stringify(quotes);
    for (const left of ["nobody has given a source", "grandchildren", "The sea gives", "harbour pilot", "Official page"]) expect(all).not.toContain(left);
  });

  it("gives each its source line, a link (the source's own, else the quote's section) and a date", () => {
    expect(quotes).toEqual([
      { text: expect.any(String), source: "Doors and Walls, a memoir (Example Press, 2014), p. 112.", url: "https://en.wikiquote.org/wiki/Lior_Ben-Ami#2014", date: "2014" },
      { text: expect.any(String), source: "Address to the Parliament, 9 October 2019.", url: "https://en.wikiquote.org/wiki/Lior_Ben-Ami#2019", date: "2019-10-09" },
      {
        text: expect.any(String),
        source: "Speech at the opening of the Port Lumen terminal, March 14, 2026. Full text",
        url: "https://news.example/2026/03/port-lumen-speech",
        date: "2026-03-14",
      },
      { text: expect.any(String), source: "Interview with The Example Herald", url: "https://herald.example/2026/02/02/ben-ami-interview", date: "2026" },
    ]);
  });

  it("puts the newest first, a bare year after the dates within it, undated last in page order", () => {
    const undated = { text: "u", source: "s", url: "https://x.example", date: null };
    expect(newestFirst([undated, ...quotes]).map((q) => q.date)).toEqual(["2026-03-14", "2026", "2019-10-09", "2014", null]);
  });

  it("cuts a long quotation at a word", () => {
    const long = sourcedQuotes("T", `== Quotes ==\n* ${"word ".repeat(120)}\n** A speech, 2020.`);
    expect(long[0]!.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(long[0]!.text.endsWith("word…")).toBe(true);
  });

  it("reads an older page's 'Sourced' section and skips 'Unsourced' and 'Attributed'", () => {
    const older = "== Sourced ==\n* Kept.\n** Speech, 1999.\n== Unsourced ==\n* Dropped.\n** Somewhere\n== Attributed ==\n* Also dropped.\n** Said to be from 2001";
    expect(sourcedQuotes("T", older).map((q) => q.text)).toEqual(["Kept."]);
  });
});

describe("firstDate", () => {
  it.each([
    ["Speech, 9 October 2019.", "2019-10-09"],
    ["Speech, October 9, 2019.", "2019-10-09"],
    ["Interview (Sept. 3, 2021)", "2021-09-03"],
    ["Letter of March 2004", "2004-03"],
    ["Report 2020-06-30", "2020-06-30"],
    ["Memoir (Example Press, 2014), p. 112", "2014"],
    ["Speech in 2008, quoted in 2011", "2008"],
    ["A speech in the 1990s", null],
    ["p. 2345 of the transcript", null],
    ["No date at all", null],
  ])("%j → %j", (text, iso) => {
    expect(firstDate(text)).toBe(iso);
  });
});

describe("wikiText", () => {
  it.each([
    ["[[w:Parliament of Examplestan|Parliament]] and [[Lior Ben-Ami]]", "Parliament and Lior Ben-Ami", null],
    ["'''bold''' and ''italic''", "bold and italic", null],
    ["Speech [https://a.example/s full text] here", "Speech full text here", "https://a.example/s"],
    ["Herald<ref>{{cite news |url=https://h.example/1 |title=T}}</ref>", "Herald", "https://h.example/1"],
    ["A<ref name=x/> B{{citation needed}} C", "A B C", null],
    ["door &mdash;<br />open &amp; shut", "door — open & shut", null],
    ["[[File:A.jpg|thumb|caption]]text", "text", null],
    ["[javascript:alert(1) click]", "[javascript:alert(1) click]", null],
  ])("%j → %j", (wiki, text, url) => {
    expect(wikiText(wiki)).toEqual({ text, url });
  });
});
