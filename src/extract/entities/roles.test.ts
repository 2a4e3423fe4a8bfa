/**
 * Where a role phrase around a name begins and ends (roles.ts, role-bounds.ts), on invented
 * sentences: the phrase is an office with its complement, never the clause that goes on after it.
 */
import { describe, expect, it } from "vitest";
import { analyze, snapshotFromPlainText } from "../index.ts";
import type { Analysis, Person } from "../types.ts";

function run(text: string): Analysis {
  return analyze(snapshotFromPlainText(text));
}

function person(a: Analysis, name: string): Person {
  const p = a.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${JSON.stringify(a.people.map((x) => x.name))}`);
  return p;
}

describe("role bounds", () => {
  it("an apposition opened by a comma inside a parenthetical closes at the dash that ends it", () => {
    const a = run("The fears — as argued by Tom Vale, the former chairman of the Harbor Council — were overblown. Ties — like Ana Ruiz, Lia Moss and Tom Hale — held.");
    expect(person(a, "Tom Vale").role).toBe("former chairman of the Harbor Council");
    expect(person(a, "Ana Ruiz").role).toBeNull();
  });
  it("an owner in lower case before the office: a copula's, a dash's and a comma's apposition", () => {
    const a = run("Ana Ruiz is the campaign's national director. The report was late. Tom Hale — the agency's director — said so. Lia Moss, the board's chair, agreed.");
    expect(person(a, "Ana Ruiz").role).toBe("campaign's national director");
    expect(person(a, "Tom Hale").role).toBe("agency's director");
    expect(person(a, "Lia Moss").role).toBe("board's chair");
  });
  it("a copula with a bare office, without an article, gives the role; an adjective does not", () => {
    const a = run("Julia Stone is chief executive of Zenta. Tom Hale is happy with the plan.");
    expect(person(a, "Julia Stone").role).toBe("chief executive of Zenta");
    expect(person(a, "Julia Stone").isOfficial).toBe(true);
    expect(person(a, "Tom Hale").role).toBeNull();
  });
  it("an untitled party member from a whole US state is a legislator; one from an area is not", () => {
    const a = run("Tom Rand, a Democrat from Ohio, said the bill failed. Joe Pell, a Republican from the Dayton area, said he liked it.");
    expect(person(a, "Tom Rand").isOfficial).toBe(true);
    expect(person(a, "Joe Pell").isOfficial).toBe(false);
  });
  it("a firm's boss before a name is its office; a crime boss is no official", () => {
    const a = run("Zenta boss Tom Hale said the trucks were ready. Crime boss Joe Pell was jailed.");
    expect(person(a, "Tom Hale").role).toBe("Zenta boss");
    expect(person(a, "Tom Hale").isOfficial).toBe(true);
    expect(person(a, "Joe Pell").isOfficial).toBe(false);
  });
  it("an office's capitalised complement coordinated with 'and' before the name is the whole title", () => {
    const a = run("Minister of Foreign Affairs and Trade Ana Ruiz visited Lima. Secretary of State Lia Moss and Sen. Tom Hale met.");
    expect(person(a, "Ana Ruiz").role).toBe("Minister of Foreign Affairs and Trade");
    expect(person(a, "Ana Ruiz").isOfficial).toBe(true);
    expect(person(a, "Tom Hale").role).toBe("Sen.");
  });
  it("a lower-case owner after 'the' stays in an office before the name's apposition; a place kind does not", () => {
    const a = run("The country's president, Marco Dell, spoke. The Zentan embassy's spokesman, Budi Hale, declined. The state's governor, Lia Moss, agreed.");
    expect(person(a, "Marco Dell").role).toBe("country's president");
    expect(person(a, "Budi Hale").role).toBe("Zentan embassy's spokesman");
    expect(person(a, "Lia Moss").role).toBe("governor");
  });
  it("a name list after a comma, with courtesy titles, is no apposition; an owner's title still is", () => {
    const a = run("The three scholars -- Mr. Vale, Ms. Dorn and Mr. Amar -- agreed there are qualified candidates. Later Tom Hale, Mr. Vale's longtime adviser, spoke.");
    expect(person(a, "Vale").role).toBeNull();
    expect(person(a, "Tom Hale").role).toBe("Mr. Vale's longtime adviser");
  });
  it("an office another subject takes before the comma is not the name's", () => {
    const a = run("Horrified at the prospect of Hale becoming president, Ana Ruiz believes in the press. After becoming mayor, Tom Vale said the plan was good.");
    expect(person(a, "Ana Ruiz").role).toBeNull();
    expect(person(a, "Tom Vale").role).toBe("mayor");
  });
  it("a headline in capitals run into the text is no part of a name or an office", () => {
    const a = run("AT LEAST 10 HURT IN DEADLY BLAST Zenta President Ana Ruiz said the attack was cowardly.\nTWO MORE DROP OUT OF THE NEXT DEBATE STAGE Tom Hale and Lia Moss did not qualify. FBI Director Tom Wey spoke.");
    expect(person(a, "Ana Ruiz").role).toBe("Zenta President");
    expect(person(a, "Tom Hale").role).toBeNull();
    expect(person(a, "Tom Wey").role).toBe("FBI Director");
  });
  it("a verb after a modal or an auxiliary is the clause's, no part of the office", () => {
    const a = run("The mayor will face challenger Dora Kemp in May, and the tour will feature members Al Brandt and Cy Dorn.");
    expect(person(a, "Dora Kemp").role).toBe("challenger");
    expect(person(a, "Al Brandt").role).toBe("member");
  });
  it("a body's word or a rank, capitalised at the sentence's start or inside a name, stays in the office", () => {
    const a = run("Police spokeswoman Lina Ovett said the road was closed. Top aide Ray Quill agreed. Two men were held, said Harbor Police spokesman Ian Barrow.");
    expect(person(a, "Lina Ovett").role).toBe("Police spokeswoman");
    expect(person(a, "Ray Quill").role).toBe("Top aide");
    expect(person(a, "Ian Barrow").role).toBe("Harbor Police spokesman");
  });
  it("a copula's phrase is an office, not a comparison with another titled name", () => {
    const a = run("Senator Ana Ruiz spoke in Tulsa on Monday. Ana Ruiz is a closer match with the farm lobby than Mr. Tom Hale, both in tone and style.");
    expect(person(a, "Ana Ruiz").role).toBe("Senator");
  });
  it("a dash's apposition that the sentence's end closes is no clause", () => {
    const a = run("After weeks of attacks on Ms. Ana Ruiz - the candidate began trying anew to sound calm.");
    expect(a.people.find((p) => p.name === "Ana Ruiz")?.role ?? null).toBeNull();
    const b = run("The plan came from Tom Hale - the deputy director of the agency.");
    expect(person(b, "Tom Hale").role).toBe("deputy director of the agency");
  });
  it("an office's 'of' before a name needs words of its own complement, not a verb", () => {
    const a = run("Members of the local press accused Ana Ruiz of hiding the report, the paper said.");
    expect(a.people.find((p) => p.name === "Ana Ruiz")?.role ?? null).toBeNull();
  });
  it("an office's complement that is a title in quotation marks completes it", () => {
    const a = run("\"It was a rout,\" said Tom Hale, the author of \"Long Roads Home,\" a history of the valley.");
    expect(person(a, "Tom Hale").role).toBe("author of “Long Roads Home”");
    expect(person(a, "Tom Hale").represents).toBeNull();
  });
  it("'as CEO of' a name's campaign is the office without its dangling 'of'", () => {
    const a = run("The board named Tom Hale as CEO of Ana Ruiz's campaign on Monday.");
    expect(person(a, "Tom Hale").role).toBe("CEO");
  });
  it("a title inside a nickname in quotation marks is no office", () => {
    const a = run("Ann Vale charmed the press, which went from calling her \"Queen Ann\" to praising her. Ann Vale died on Sunday.");
    expect(person(a, "Ann Vale").isOfficial).toBe(false);
  });
  it("one who runs for an office or a chamber is its candidate", () => {
    const a = run("Tom Hale, who is running for the Senate, spoke first. Ana Ruiz ran for governor in 2010, and lost.");
    expect(person(a, "Tom Hale").role).toBe("candidate for the Senate");
    expect(person(a, "Tom Hale").isOfficial).toBe(true);
    expect(person(a, "Ana Ruiz").role).toBe("candidate for governor");
    const b = run("Tom Hale, who ran for cover when the rain came, laughed.");
    expect(b.people.find((p) => p.name === "Tom Hale")?.role ?? null).toBeNull();
  });
  it("a city's office names its place after 'of', known or not", () => {
    const a = run("Mayor Tom Hale of Zenda said the roads were closed.");
    expect(person(a, "Tom Hale").represents).toBe("Zenda");
  });
  it("a plural title is shared past each name's party tag", () => {
    const a = run("The meeting was organized by Reps. Ana Ruiz (D-Ill.), Zoe Hale (D-Calif.) and Mia Dorn (R-Ohio). It was long.");
    expect(person(a, "Zoe Hale").role).toBe("Rep.");
    expect(person(a, "Zoe Hale").represents).toBe("U.S. House of Representatives (Democratic Party)");
    expect(person(a, "Mia Dorn").represents).toBe("U.S. House of Representatives (Republican Party)");
  });
  it("an office's 'for' complement of one word before a name's apposition, when determined", () => {
    const a = run("Democrats gained ground in the state, but their nominee for governor, Tom Hale, lost by five points.");
    expect(person(a, "Tom Hale").role).toBe("nominee for governor");
    expect(person(a, "Tom Hale").represents).toBeNull();
    const b = run("Rather than pay more, said Ana Ruiz, senior vice president for sales, Kestrel wants the gap narrowed.");
    expect(b.people.map((p) => p.name)).toEqual(["Ana Ruiz"]);
  });
  it("a bare office a race is run for is no apposition's office", () => {
    const a = run("The head of the group backing Ana Ruiz for president, Tom Hale, praised the ads on Friday.");
    expect(a.people.find((p) => p.name === "Tom Hale")?.role ?? null).not.toBe("president");
  });
  it("an apposition's office ends before a participle that opens a clause", () => {
    const a = run("The award went to Tom Hale, a former Ohio governor challenged by Ana Ruiz in 1990, who smiled.");
    expect(person(a, "Tom Hale").role).toBe("former Ohio governor");
  });
  it("an office is not the name's when the name is its complement ('as CEO of X's campaign')", () => {
    const a = run("Critics decried the appointment of Breitbart executive Sam Pike as CEO of Ana Ruiz's campaign last week.");
    expect(a.people.find((p) => p.name === "Ana Ruiz")?.role ?? null).toBeNull();
  });
  it("a relative 'whom' before any office ends the apposition", () => {
    const a = run("The ads were made by Tom Hale, the rival whom Ana Ruiz fired as campaign manager in June.");
    expect(a.people.find((p) => p.name === "Tom Hale")?.role ?? null).toBeNull();
  });
  it("a past tense with its object right after an apposition's office makes it a clause", () => {
    const a = run("Against Ana Ruiz, the Ohio governor earned 51 percent to her 35 percent.");
    expect(a.people.find((p) => p.name === "Ana Ruiz")?.role ?? null).toBeNull();
    const b = run("\"It is late,\" said Tom Hale, a campaign aide during her failed 2008 run, on Monday.");
    expect(person(b, "Tom Hale").role).toBe("campaign aide during her failed 2008 run");
  });
  it("a pronoun's plural office after a name is a list's next item; a relative's preposition is no part of the office", () => {
    const a = run("Tom Hale spoke to reporters. The senator thanked Tom Hale, his aides and those in attendance, for coming.");
    expect(a.people.find((p) => p.name === "Tom Hale")?.role ?? null).toBeNull();
    const b = run("The emails reached figures such as Ana Ruiz, an adviser with whom Tom Hale corresponded often.");
    expect(person(b, "Ana Ruiz").role).toBe("adviser");
  });
  it("an everyday word opening the sentence, or a preposition, is no modifier of the office", () => {
    expect(person(run("Famed fight doctor Tom Hale died on Monday."), "Tom Hale").role).toBe("fight doctor");
    expect(person(run("Everybody except former Ohio governor Tom Hale voted no."), "Tom Hale").role).toBe("former Ohio governor");
    expect(person(run("Associated Press writer Ana Ruiz contributed."), "Ana Ruiz").role).toBe("Associated Press writer");
  });
  it("a singular office before a list of names is the first one's only", () => {
    const a = run("Critics blamed the new team of campaign manager Ana Ruiz, Tom Hale and Sam Pike for the ads.");
    expect(person(a, "Ana Ruiz").role).toBe("campaign manager");
    expect(a.people.find((p) => p.name === "Tom Hale")?.role ?? null).toBeNull();
    const b = run("The plan came from senior advisers Tom Hale and Sam Pike on Monday.");
    expect(person(b, "Sam Pike").role).toBe("senior adviser");
  });
  it("an office that is a preposition's object keeps its apposition over the name's own 'of' body", () => {
    const a = run("The vote lifted the hopes of Zenda's president, Ana Ruiz of the Green party, before the election.");
    expect(person(a, "Ana Ruiz").role).toBe("Zenda's president");
  });
  it("an office written as an acronym heads an apposition before the name", () => {
    const a = run("The CEO of Harbor Bank, Sam Ortiz, told lawmakers the bank had enough capital.");
    expect(person(a, "Sam Ortiz").role).toBe("CEO of Harbor Bank");
    expect(person(a, "Sam Ortiz").isOfficial).toBe(true);
  });
  it("a possessive name after an office's comma opens an apposition of its own and takes no office", () => {
    const a = run("The view came from Tom Hale, the CEO of Norbridge Holdings, Zentacor's parent, on Monday. Zentacor cut jobs.");
    expect(a.people.map((p) => p.name)).toEqual(["Tom Hale"]);
  });
  it("a preposition after a name's comma opens an adjunct, not an apposition", () => {
    const a = run("The plan was a con, said Tom Hale, using a word Ana Ruiz had used to describe Sam Dale, on a conference call with reporters.");
    expect(person(a, "Sam Dale").role).toBeNull();
  });
  it("an owner's name in an office does not take the sentence's capitalised opening word", () => {
    const a = run("And Zenda's Republican attorney general, Pam Bondo, vowed to act.");
    expect(person(a, "Pam Bondo").role).toBe("Zenda's Republican attorney general");
  });
  it("'fellow' before a word of the name's modifiers is no office", () => {
    const a = run("Tom Massie used to support fellow Texan Ana Ruiz, but now backs Hale.");
    expect(person(a, "Ana Ruiz").role).toBeNull();
  });
  it("a body's office before another name after a comma is that name's, not the first name's", () => {
    const a = run("After his attacks on Tom Hale, Zenda News host Sam Dale indicated on Tuesday that the feud was over.");
    expect(person(a, "Tom Hale").role).toBeNull();
    expect(person(a, "Sam Dale").role).toBe("Zenda News host");
  });
  it("an ordinal opening a title is the title's ('First Minister X'), not a sentence's function word", () => {
    const a = run("The plan was backed by First Minister Ana Ruiz on Monday.");
    expect(person(a, "Ana Ruiz").role).toBe("First Minister");
  });
});
