/**
 * Names that are things, not people, by what stands around them (things.ts) and by the words
 * that make an organisation (lexicon/orgs.ts). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { analyze, snapshotFromPlainText } from "../index.ts";

function names(text: string): string[] {
  return analyze(snapshotFromPlainText(text)).people.map((p) => p.name);
}

describe("entities: things named like people", () => {
  it("a hashtag's word and the capitals after it are no person (#Morgan Tulsa show)", () => {
    expect(names("The post reads: “#Morgan Tulsa show interrupted by a heckler.”")).toEqual([]);
    expect(names("Its #Carlow Vance show was cancelled, Ana Ruiz said.")).toEqual(["Ana Ruiz"]);
  });
  it("a name right after a price is a product's (the $900 Zenta Vista Pro)", () => {
    expect(names("The $900 Zenta Vista Pro, by contrast, has a smaller screen.")).toEqual([]);
    expect(names("A €30 Brisa Kettle sold out in a day, Ana Ruiz said.")).toEqual(["Ana Ruiz"]);
    // (a given name and a speech verb outweigh a price before a person: "got $30 Sam Pike said")
    expect(names("Ana Ruiz paid $900. Tom Hale got €30. Sam Pike said nothing.")).toEqual(["Ana Ruiz", "Tom Hale", "Sam Pike"]);
  });
  it("'Tech' closing a name makes an organisation (an outlet's section, a college)", () => {
    expect(names("Lucas Orlan is a reporter for Corvane Tech covering issues of privacy and online speech.")).toEqual(["Lucas Orlan"]);
    expect(names("Ana Ruiz, a professor at Delmont Tech, said the tech sector was growing.")).toEqual(["Ana Ruiz"]);
  });
  it("a US party tag is no person, even with an office after it (Rep. Ann Dale, R-Utah, chair of …)", () => {
    const text = "Rep. Ann Dale, R-Utah, chairwoman of the House Budget Committee, said the bill would pass.";
    expect(names(text)).toEqual(["Ann Dale"]);
    expect(names("Sen. Tom Hicks, D-N.Y., the panel's top Democrat, said no.")).toEqual(["Tom Hicks"]);
  });
  it("a name that 'its' follows after a verb is a firm's (Westmark Fargo cut its forecast), unless a frequent given name opens it", () => {
    expect(names("Westmark Fargo cut its forecast on Monday. Tom Hale sold its shares last year.")).toEqual(["Tom Hale"]);
    expect(names("Ana Ruiz leads its board, and Priya Raman heads its research unit.")).toEqual(["Ana Ruiz", "Priya Raman"]);
    // (not after a speech verb: the words may be about a firm)
    expect(names("Westmark Fargo said its profit rose.")).toEqual(["Westmark Fargo"]);
  });
  it("a firm's noun after an article frames the name as the firm (the law firm Hale Dorsey; Hale Dorsey, a Texas-based firm,)", () => {
    expect(names("The papers came from the law firm Hale Dorsey, which denied wrongdoing, Ana Ruiz said.")).toEqual(["Ana Ruiz"]);
    expect(names("The course is run by the Ohio-based firm Denny Vail Golf, Tom Hale said.")).toEqual(["Tom Hale"]);
    expect(names("A company called Hale Dorsey gave $5,000. Orla Finch, of Hale Dorsey, a Texas-based firm, said so.")).toEqual(["Orla Finch"]);
    // (a person's apposition ends in their job; trades that name people too are no frame)
    expect(names("Ana Ruiz, the firm's founder, said no. The developer Tom Hale agreed.")).toEqual(["Ana Ruiz", "Tom Hale"]);
    expect(names("Voters in a group Tom Hale won by two points stayed home.")).toEqual(["Tom Hale"]);
    // (after a naming verb and "a", any body's noun: "a group known as X", "a program called X";
    // not a verb's object after "the": "the party named X its leader")
    expect(names("A militant group known as Harbor Front was involved, Tom Hale said.")).toEqual(["Tom Hale"]);
    expect(names("She helps lead a program called Dana Hook Promise, Tom Hale said.")).toEqual(["Tom Hale"]);
    expect(names("The party named Orla Finch its leader. The firm called Sam Pike a liar.")).toEqual(["Orla Finch", "Sam Pike"]);
  });
});

