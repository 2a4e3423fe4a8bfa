/**
 * The person a sentence with no cue is about (first-subject.ts), on invented sentences: a name
 * behind an aside between dashes, or after an opening phrase and a comma, is the next "he"/"she".
 */
import { describe, it } from "vitest";
import { expectClaims } from "./test-support.ts";

describe("claims: a named subject behind an aside is salient for a pronoun", () => {
  it("an aside between dashes: 'Governor Chris Dale – a football fan – gave a one word answer. “…,” he answered'", () =>
    expectClaims(
      "Pollster Kim Ayres spoke first. “His best bet is to change the subject,” he said.\n\nGovernor Chris Dale – a football fan – gave a one word answer. “Denver,” he answered.",
      [{ text: "Denver,", kind: "direct", speaker: "Chris Dale" }],
    ));
  it("a name in apposition to an opening description, or after an opening phrase with its own 'the' apposition", () =>
    expectClaims(
      "Spokeswoman Cara Frazer spoke first. “We are pleased,” she said.\n\nOne local woman, Karen Robson, pulled the mayor aside after the event.\n\n“I am so glad you came,” she told him.\n\nSenator Paul Dorn spoke next. “It was a long day,” he said.\n\nReached by phone, Hammer, the state party chairman, hesitated to repeat his criticism. He agreed that the mayor may struggle to win.",
      [
        { text: "I am so glad you came,", kind: "direct", speaker: "Karen Robson" },
        { text: "the mayor may struggle to win", kind: "indirect", speaker: { source: "Hammer" } },
      ],
    ));
  it("a party tag in brackets after the name: 'Rep. Nora Quill (D-Vt.) also addressed the crowd. “…,” she said'", () =>
    expectClaims(
      "Senator Ada Bright spoke first. “We will hold the line,” she said.\n\nRep. Nora Quill (D-Vt.) also addressed the crowd before the vote. “Not today, and not next year either,” she said.",
      [{ text: "Not today, and not next year either,", kind: "direct", speaker: "Nora Quill" }],
    ));
  it("a relative clause between commas after the name: 'Cruz, who won the prize in May, visited …. “…,” she said'", () =>
    expectClaims(
      "Senator Ada Bright and Rita Cruz spoke first. “We will hold the line,” Bright said.\n\nCruz, who has run the county farm board since it was founded, visited the harbor on Friday.\n\n“The minute you learn to wait, you win,” she said.",
      [{ text: "The minute you learn to wait, you win,", kind: "direct", speaker: "Rita Cruz" }],
    ));
  it("not a name in a phrase before a pronoun subject: 'Less quick than his sibling, Jordan Lobo, a judge, he …'", () =>
    expectClaims(
      "Tom Hale ran the family firm for years.\n\nLess quick than his sibling, Jordan Lobo, now a judge, he was kinder to strangers.\n\n“I liked everyone,” he said.",
      [{ text: "I liked everyone,", kind: "direct", speaker: "Tom Hale" }],
    ));
});

describe("claims: a person just introduced with a description is the next 'he'/'she'", () => {
  it("'…, something that worries Paul Dorn, chairman of the board. ¶ “…,” he said' is Dorn's, not the earlier subject's", () =>
    expectClaims(
      "Mayor Tom Hale opened the new bridge on Monday. “It took ten years,” he said.\n\nThe delay has frustrated residents, something that worries Paul Dorn, chairman of the Dunmore transport board.\n\n“We cannot wait another decade for the next one,” he said.",
      [{ text: "We cannot wait another decade for the next one,", kind: "direct", speaker: "Paul Dorn" }],
    ));
  it("not one introduced after a subject of that gender in their sentence: 'Hale hired Tom Dale, a lawyer. “…,” he said'", () =>
    expectClaims(
      "Mayor Tom Hale spoke first. “It took ten years,” he said.\n\nLater Hale thanked his old friend Paul Dorn, a retired engineer, for the plans.\n\n“We could not have done it without him,” he said.",
      [{ text: "We could not have done it without him,", kind: "direct", speaker: "Tom Hale" }],
    ));
  it("a short title's period does not end that sentence: 'Hale hired Sen. Paul Dorn, a lawyer'", () =>
    expectClaims(
      "Mayor Tom Hale spoke first. “It took ten years,” he said.\n\nLater Hale thanked Sen. Paul Dorn, a retired engineer, for the plans.\n\n“We could not have done it without him,” he said.",
      [{ text: "We could not have done it without him,", kind: "direct", speaker: "Tom Hale" }],
    ));
});
