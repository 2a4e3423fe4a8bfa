/**
 * Claims across clauses, on invented sentences: two cues joined by "and", a pair referred back to
 * ("both men"), a relative "who" after a name, a pronoun after an opening subordinate clause, and
 * a learned cue verb with "that" right after it.
 */
import { describe, expect, it } from "vitest";
import { run, claims, expectClaims } from "./test-support.ts";

describe("claims: two cues coordinated by 'and'", () => {
  it("'said X and vowed Y' are two claims of one subject", () =>
    expectClaims("Mayor Ines Rota said the port would reopen and vowed to rebuild the dock.", [
      { text: "the port would reopen", kind: "indirect", speaker: "Ines Rota" },
      { text: "to rebuild the dock", kind: "indirect", speaker: "Ines Rota" },
    ]));
  it("the second cue shares the first cue's subject, behind an opening phrase of time", () =>
    expectClaims('Last week, the harbor authority called on the ministry to review the dock and said the city should set up a "monitoring system" to test the water.', [
      { text: 'the city should set up a "monitoring system" to test the water', kind: "indirect", speaker: { source: "harbor authority" } },
      { text: "monitoring system", kind: "direct", speaker: { source: "harbor authority" } },
    ]));
});

describe("claims: a pair referred back to", () => {
  it("'Both men' are the two people last named together: one entry each", () => {
    const text = "Teachers Ana Ruiz and Tom Hale were freed on Monday. Both men said they had been treated well. Both sides said the talks were useful.";
    const got = claims(text, run(text));
    expect(got.filter((c) => c.text === "they had been treated well").map((c) => c.speaker).sort()).toEqual(["Ana Ruiz", "Tom Hale"]);
    expect(got.find((c) => c.text === "the talks were useful")?.speaker).toBe("source:sides");
  });
  it("a dash before the writer's 'but' ends the claim", () =>
    expectClaims("Mayor Ines Rota said the port was safe — but it is hard to know whether she was told to say so.", [
      { text: "the port was safe", kind: "indirect", speaker: "Ines Rota" },
    ]));
});

describe("claims: a relative 'who' after a name", () => {
  it("the name before ', who' speaks; the relative's content ends where the main clause resumes", () =>
    expectClaims("The plan was opposed by Senator Ana Ruiz, who said it would cost too much. Judge Tom Hale, who denies the charges, will appear in court on Friday.", [
      { text: "it would cost too much", kind: "indirect", speaker: "Ana Ruiz" },
      { text: "the charges", kind: "indirect", speaker: "Tom Hale" },
    ], ["the charges, will appear in court on Friday"]));
  it("through a short apposition ending in the relative", () =>
    expectClaims("The plan was opposed by Ana Ruiz, a senator from Ohio who said it would cost too much.", [
      { text: "it would cost too much", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
  it("the relative's subject does not become the salient 'he'", () =>
    expectClaims("Mayor Dan Rota visited the docks with Tom Hale, who says the port is safe. He said the port would close.", [
      { text: "the port is safe", kind: "indirect", speaker: "Tom Hale" },
      { text: "the port would close", kind: "indirect", speaker: "Dan Rota" },
    ]));
  it("'pointed to what he said was …': only the inner cue's claim", () =>
    expectClaims("The talks stalled, said Mayor Ines Rota, who pointed to what she said was a lack of money for the port.", [
      { text: "a lack of money for the port", kind: "indirect", speaker: "Ines Rota" },
    ], ["to what she said was a lack of money for the port"]));
});

describe("claims: a pronoun after an opening subordinate clause", () => {
  it("points at the person of its gender named in that clause", () =>
    expectClaims("Mayor Tom Hale praised the plan. While the plan did not appeal to Julie Graham, a health officer, she said it could still work. While it did not appeal to Julie Graham, he said it was fine.", [
      { text: "it could still work", kind: "indirect", speaker: "Julie Graham" },
      { text: "it was fine", kind: "indirect", speaker: "Tom Hale" },
    ]));
});

describe("claims: a learned cue verb with 'that' right after it", () => {
  it("reports whatever share of its attributions are that-clauses (clarified, repeated, ruled)", () =>
    expectClaims("The Coastal Guard clarified that no ships had been seized. Minister Tom Hale repeated that the talks would resume. The judge ruled that the law was invalid.", [
      { text: "no ships had been seized", kind: "indirect", speaker: { source: "Coastal Guard" } },
      { text: "the talks would resume", kind: "indirect", speaker: "Tom Hale" },
      { text: "the law was invalid", kind: "indirect", speaker: { source: "judge" } },
    ]));
});

describe("claims: a subject with a relative clause before the cue", () => {
  it("the phrase before 'who' speaks, labelled with its relative", () =>
    expectClaims("Officials who spoke on condition of anonymity said the talks had failed. Coastal-based analysts who have done the sums say the target is out of reach.", [
      { text: "the talks had failed", kind: "indirect", speaker: { source: "Officials who spoke on condition of anonymity" } },
      { text: "the target is out of reach", kind: "indirect", speaker: { source: "Coastal-based analysts who have done the sums" } },
    ]));
  it("two modifiers of one head are one source ('Current and former officials')", () => {
    const text = "Current and former officials who spoke with the paper said the group had become a shell.";
    const got = claims(text, run(text)).filter((c) => c.text === "the group had become a shell");
    expect(got.map((c) => c.speaker)).toEqual(["source:Current and former officials who spoke with the paper"]);
  });
});

describe("claims: the owner of a sentence's subject is what the story is about", () => {
  it("'Mr. Hale's plan is …' makes Hale the 'he' of the next sentence", () =>
    expectClaims("Mayor Dan Rota said the port was safe. Mr. Tom Hale's theatrical plan is not limited to the port. He has threatened the unions with fines and suggested he might close the docks.", [
      { text: "he might close the docks", kind: "indirect", speaker: "Tom Hale" },
    ]));
});

describe("claims: 'told' an object, then a clause with a pronoun subject", () => {
  it("the clause opens at the pronoun, before any 'to' further on ('told the board he wants the firm to …')", () =>
    expectClaims("Ana Ruiz has told the board members she wants the firm to turn a profit by 2031. Tom Hale told the committee he tried to work with the mayor.", [
      { text: "she wants the firm to turn a profit by 2031", kind: "indirect", speaker: "Ana Ruiz" },
      { text: "he tried to work with the mayor", kind: "indirect", speaker: "Tom Hale" },
    ]));
  it("also after a name and a lower-case head ('told Harbor executives he wants …')", () =>
    expectClaims("Masa Sonn has told Harbor executives he wants the company to turn a profit by 2031.", [
      { text: "he wants the company to turn a profit by 2031", kind: "indirect", speaker: "Masa Sonn" },
    ]));
});

describe("claims: 'accused X of …' with a 'to' further on", () => {
  it("the content is the object and its 'of' phrase, not what follows a later 'to'", () =>
    expectClaims("Ana Ruiz accused him of publishing secret documents related to his work.", [
      { text: "him of publishing secret documents related to his work", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
});

describe("claims: a participle right after a quotation reports for the quotation's speaker", () => {
  it("'“…,” telling …' is the clause's subject, not the one told; '“…,” adding …' the lead cue's subject", () =>
    expectClaims(
      "The Dunmore Rowing Club did not want to discuss “that man,” telling Radio 4 that the club is focused on “safer rivers for everyone.”\n\nOn the day the photos of the harbor fire were published, Mayor Ana Ruiz said of the damage, “I am angry,” adding that “the port will be rebuilt.”\n\nWhen Tom Hale said the city would appeal, Ruiz fired back: “If they appeal, they will lose,” referencing the court's earlier ruling.",
      [
        { text: "that man,", kind: "direct", speaker: { source: "Dunmore Rowing Club" } },
        { text: "the club is focused on “safer rivers for everyone.”", kind: "indirect", speaker: { source: "Dunmore Rowing Club" } },
        { text: "the port will be rebuilt.", kind: "direct", speaker: "Ana Ruiz" },
        { text: "If they appeal, they will lose,", kind: "direct", speaker: "Ana Ruiz" },
      ],
    ));
});

describe("claims: the subject behind an opening phrase of time or a connective", () => {
  it("'A month later, he … and explained …', 'Yet she … , also calling …' are the pronoun's person, not 'month' or a place", () =>
    expectClaims(
      "Mayor Tom Hale toured the harbor in June.\n\nA month later, he paid a visit to the dock in Porto and explained why “the fishermen” would back him.\n\nSenator Ana Ruiz is courting the farmers. Yet she did not limit her remarks to Lisbon policy, also calling on them to reject “easy promises” in the vote.",
      [
        { text: "the fishermen", kind: "direct", speaker: "Tom Hale" },
        { text: "easy promises", kind: "direct", speaker: "Ana Ruiz" },
      ],
    ));
});

describe("claims: 'the senator' after 'Sen. Name'", () => {
  it("is the person just named with the abbreviated title, not the description as a label", () =>
    expectClaims(
      "Sen. Ana Ruiz (D-Ohio) defended the bill on Monday.\n\n“I apologize to nobody for that,” the senator said.",
      [{ text: "I apologize to nobody for that,", kind: "direct", speaker: "Ana Ruiz" }],
    ));
  it("not the last subject without a role when an earlier person holds the title", () =>
    expectClaims(
      "Sen. Ana Ruiz spoke on Monday. Tom Hale also spoke.\n\n“We will not back down,” the senator said.",
      [{ text: "We will not back down,", kind: "direct", speaker: { source: "senator" } }],
    ));
  it("not for a description that names another state", () =>
    expectClaims(
      "Rubin spoke with Sen. Ana Ruiz, R-Ohio, on Monday.\n\n“We will win in March,” the Texas senator said.",
      [{ text: "We will win in March,", kind: "direct", speaker: { source: "Texas senator" } }],
    ));
});

describe("claims: a quotation after a cue someone only will or should say", () => {
  it("'Ruiz said she expected that voters will say “no”' quotes Ruiz, not the voters", () =>
    expectClaims("Mayor Ana Ruiz said she expected that voters will say “no” to the plan.", [
      { text: "no", kind: "direct", speaker: "Ana Ruiz" },
    ]));
});

describe("claims: a person behind a short description after an inverted verb", () => {
  it("'“…,” said 9/11 widow Ana Ruiz', '“…,” mused radio co-host Ana Ruiz'; not 'said a longtime adviser to Ruiz'", () => {
    const text =
      "Mayor Tom Hale spoke on Monday. “We will win,” Hale said.\n\n“The rationales do not hold weight,” said 9/11 widow Ana Ruiz.\n\n“Imagine that on one stage,” mused radio co-host Lina Dorn.\n\n“We have a ton of work to do,” said a longtime adviser to Hale.";
    const got = claims(text, run(text));
    expect(got.find((c) => c.text === "The rationales do not hold weight,")?.speaker).toBe("Ana Ruiz");
    expect(got.find((c) => c.text === "Imagine that on one stage,")?.speaker).toBe("Lina Dorn");
    expect(got.find((c) => c.text === "We have a ton of work to do,")?.speaker).not.toBe("Tom Hale");
  });
});

describe("claims: an attribution after the quotation with an unlisted verb or a written medium", () => {
  it("'“…,” reacted Ana Ruiz.' and '“…,” his wife, Lina Dorn, wrote in a letter to the court.'", () => {
    const text =
      "Mayor Tom Hale spoke on Monday. “We will win,” Hale said.\n\n“Is the mayor profiling people?” reacted Ana Ruiz.\n\n“We need him because life is very hard here,” his wife, Lina Dorn, wrote in a letter to the court.";
    const got = claims(text, run(text));
    expect(got.find((c) => c.text === "Is the mayor profiling people?")?.speaker).toBe("Ana Ruiz");
    expect(got.find((c) => c.text === "We need him because life is very hard here,")?.speaker).toBe("Lina Dorn");
  });
});

describe("claims: a person named with an unlisted verb after a quotation becomes the next 'he'/'she'", () => {
  it("'“…,” Oliver barked. ¶ “…,” he continued' is Oliver's, not the earlier subject's", () =>
    expectClaims(
      "Mayor Tom Hale spoke in Dunmore. “We will win,” Hale said.\n\n“You fool, she told you why,” Paul Dorn barked.\n\n“Honestly,” he continued, “we may be on the brink of disaster.”",
      [{ text: "we may be on the brink of disaster.", kind: "direct", speaker: "Paul Dorn" }],
    ));
});

describe("claims: content inside a sentence's opening phrase ends with it", () => {
  it("'In a statement announcing the pick, the club called Ruiz a “champion”' is the club's", () =>
    expectClaims(
      "In a statement announcing the pick, the Dunmore Rowing Club called Ana Ruiz a “champion” for its members.",
      [{ text: "champion", kind: "direct", speaker: { source: "Dunmore Rowing Club" } }],
      ["the pick, the Dunmore Rowing Club called Ana Ruiz a “champion” for its members."],
    ));
});

describe("claims: a cue in a relative clause between commas reports no further than the relative", () => {
  it("'Hale said that the plan, which some have argued was a ploy, was an “insult”' quotes Hale; 'Ruiz, who said …, said …' ends the first claim at the comma", () => {
    expectClaims("Tom Hale said that the plan, which some have argued was meant to help his rivals, was an “insult” to the volunteers.", [
      { text: "insult", kind: "direct", speaker: "Tom Hale" },
    ]);
    expectClaims("Ana Ruiz, who said the project was vetted by lawyers, said she knew of no dispute.", [
      { text: "the project was vetted by lawyers", kind: "indirect", speaker: "Ana Ruiz" },
    ]);
  });
});

describe("claims: 'Then he …' opens the main clause with its pronoun subject", () => {
  it("'Then he cut into Ruiz, calling her a “stiff”' is the pronoun's person, not Ruiz", () =>
    expectClaims("Tom Hale spoke first. Then he cut into Ana Ruiz, calling her a “stiff” and accusing her of acting like a “spoiled child.”", [
      { text: "stiff", kind: "direct", speaker: "Tom Hale" },
      { text: "spoiled child.", kind: "direct", speaker: "Tom Hale" },
    ]));
});

describe("claims: 'his wife, Jane,' after an opening phrase is the next 'she'", () => {
  it("'On radio Tuesday, his wife, Jane, called for … “…,” she said' is Jane's, not the earlier woman's", () =>
    expectClaims(
      "Senator Ada Bright spoke in Dunmore. “We will win,” Bright said.\n\nTom Hale wants an open primary. On radio Tuesday, his wife, Jane, called for an open process. “Shutting people out is wrong,” she said.",
      [{ text: "Shutting people out is wrong,", kind: "direct", speaker: { source: "Jane" } }],
    ));
});
