/**
 * Whom a runner in a race represents when the article gives them no office: the party of a race
 * phrase of theirs (src/extract/represents-text.ts raceParty helpers, used by result.ts). All
 * sentences and names are invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyze, snapshotFromPlainText } from "./index.ts";

const reps = (text: string): Map<string, string | null> => new Map(analyze(snapshotFromPlainText(text)).people.map((p) => [p.name, p.represents]));

describe("represents: the party of a runner's race phrase", () => {
  it("in apposition ('Ross Dale, her Republican rival')", () => {
    const r = reps("Ana Voss spoke in Toledo. Her message found voters who lean towards Ross Dale, her Republican rival.");
    expect(r.get("Ross Dale")).toBe("Republican Party");
  });
  it("said of the name ('if Ross Dale is the Democratic nominee')", () => {
    const r = reps("Ann Lind told the crowd the state would be lost if Ross Dale is the Democratic nominee.");
    expect(r.get("Ross Dale")).toBe("Democratic Party");
    expect(r.get("Ann Lind")).toBeNull();
  });
  it("not a new clause after the comma ('Ann Lind, the Democratic candidate said')", () => {
    const r = reps("In an interview with Ann Lind, the Democratic candidate said the plan was cruel.");
    expect(r.get("Ann Lind")).toBeNull();
  });
  it("the one runner left without a party takes the party of the race phrases that are no one's", () => {
    const r = reps(
      "The Dale campaign said the rally drew 5,000 people. Ross Dale spoke for an hour about trade. " +
        "Rabbis plan to boycott the speech of the Republican front-runner next week. Democratic front-runner Ana Voss was in Ohio.",
    );
    expect(r.get("Ross Dale")).toBe("Republican Party");
    expect(r.get("Ana Voss")).toBe("Democratic Party");
  });
  it("not from a race phrase that is itself a possessive ('the Republican nominee's words': someone named before)", () => {
    const r = reps("Ana Voss avoided all mention of primary challenger Ross Dale. Instead she focused on Sam Pike, using the presumptive Republican nominee's words against him.");
    expect(r.get("Ross Dale")).toBeNull();
  });
  it("not from another's race phrase ('Voss's Democratic challenger')", () => {
    const r = reps("The Dale campaign said the rally drew 5,000 people. Ross Dale spoke for an hour. He mocked Ana Voss's Democratic challenger.");
    expect(r.get("Ross Dale")).toBeNull();
  });
});

describe("represents: staff of a person's government or campaign", () => {
  it("'a former Dale administration official' acts for that administration, not for what Dale does now", () => {
    const r = reps("Senator Ross Dale spoke in Toledo. Tom Hale, a former Dale administration official, said the plan would fail.");
    expect(r.get("Tom Hale")).toBe("Dale administration");
  });
  it("'a Washington lawyer leading Dale's running-mate search' acts for the campaign, not the country", () => {
    const r = reps("The Dale campaign raised more money. Ross Dale spoke in Ohio. Ivo Senn, a Washington lawyer leading Ross Dale's running-mate search, said the list was short.");
    expect(r.get("Ivo Senn")).toContain("Dale campaign");
  });
});

describe("represents: a staff role a possessive pronoun owns", () => {
  it("'Her campaign manager, X' is the campaign of the woman named before, not of the man named since", () => {
    const r = reps("Senator Ann Voss criticized Ross Dale for the ads. Her campaign manager, Tim Hale, said the ads were false.");
    expect(r.get("Tim Hale")).toBe("Voss campaign");
  });
  it("'his campaign manager, Y, and his spokeswoman, X': both the candidate's, not one another's", () => {
    const r = reps("The Dale campaign raised more money. Ross Dale thanked his campaign manager, Tim Hale, and his spokeswoman, Ana Ruiz, for the win.");
    expect(r.get("Tim Hale")).toBe("Dale campaign");
    expect(r.get("Ana Ruiz")).toBe("Dale campaign");
  });
});

describe("roles: a body's name ending in a common word stays in the role before the name", () => {
  it("'Harbor Watch president X', 'Fox News host Y'", () => {
    const a = analyze(snapshotFromPlainText("The group sued again. Harbor Watch president Tom Fitton said the emails were lost. Last week, Fox News host Ann Kelly asked about it."));
    const by = new Map(a.people.map((p) => [p.name, p]));
    expect(by.get("Tom Fitton")?.role).toBe("Harbor Watch president");
    expect(by.get("Tom Fitton")?.represents).toBe("Harbor Watch");
    expect(by.get("Ann Kelly")?.role).toBe("Fox News host");
  });
  it("the office of a firm named after a person acts for the firm, not for that person's party", () => {
    const r = reps("Tom Zenta is a Democratic strategist. The Zenta Group's CEO, Ana Ruiz, said the two firms agreed.");
    expect(r.get("Ana Ruiz")).toBe("Zenta Group");
  });
});
