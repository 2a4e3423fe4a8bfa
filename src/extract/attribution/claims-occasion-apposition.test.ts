/**
 * Claims and speakers on patterns found in news the engine was not tuned on (PolNeAR's training
 * split; invented sentences): where a claim starts (an occasion after a time adjunct, a quoted
 * programme title, "told" an object ending in a name or before a contracted pronoun) and ends (the
 * writer's comparison or consequence, the main clause after an introductory phrase), headline
 * "Surname: …" lines, cue homographs (adjectives, nouns, topics of "said about"), and speakers: a
 * name in apposition, a participle's subject, introductory phrases, dotted acronyms, plural groups,
 * relatives named in apposition, spokesmen for a person, participle phrases that are no source.
 */
import { describe, it } from "vitest";
import { expectClaims } from "./test-support.ts";

describe("claims: a phrase of occasion after a time adjunct", () => {
  it("'said earlier on Friday during a news conference that …' reports the that-clause", () =>
    expectClaims("Dana Morrow said earlier on Friday during a news conference that she may wait until the spring.", [
      { text: "she may wait until the spring", kind: "indirect", speaker: "Dana Morrow" },
    ]));
});

describe("claims: 'told' an object ending in a name, then a pronoun", () => {
  it("'told host Alan Pike she believed …' leaves the addressee out of the claim", () =>
    expectClaims("Sen. Mary Dawson told host Alan Pike she believed that the board would release the records.", [
      { text: "she believed that the board would release the records", kind: "indirect", speaker: "Mary Dawson" },
    ]));
});

describe("claims: a name in apposition behind a role modifier", () => {
  it("'The other candidate, former Mayor Linda Hart, said …' is Hart's claim", () =>
    expectClaims("The other candidate, former Mayor Linda Hart, said the plan would cost jobs.", [
      { text: "the plan would cost jobs", kind: "indirect", speaker: "Linda Hart" },
    ]));
  it("also for a participle cue after a connective ('But the other candidate, …, drew a contrast, saying …')", () =>
    expectClaims("But the other candidate, former Mayor Linda Hart, drew a contrast, saying that the plan would cost jobs.", [
      { text: "the plan would cost jobs", kind: "indirect", speaker: "Linda Hart" },
    ]));
});

describe("claims: the writer's comparison or consequence after a comma", () => {
  it("', compared with …', ', leading …', ', putting …' end the claim", () =>
    expectClaims(
      "Forty percent of voters said they trust the mayor, compared with 30 percent last year.\n\n" +
        "The agency said the storm destroyed the old bridge, leading to weeks of delays.\n\n" +
        "Most members said they would back the bill, putting them at odds with the governor.",
      [
        { text: "they trust the mayor", kind: "indirect", speaker: { source: "percent" } },
        { text: "the storm destroyed the old bridge", kind: "indirect", speaker: { source: "agency" } },
        { text: "they would back the bill", kind: "indirect", speaker: { source: "members" } },
      ],
    ));
});

describe("claims: a dotted acronym as a source", () => {
  it("'The F.B.I. said …' and 'The C.I.A. has said …' are the agencies' claims; an initial is no source", () =>
    expectClaims(
      "The F.B.I. said it had no record of the couple.\n\nThe C.I.A. has said it found nothing in its files.\n\nJ. said the plan was sound.",
      [
        { text: "it had no record of the couple", kind: "indirect", speaker: { source: "F.B.I." } },
        { text: "it found nothing in its files", kind: "indirect", speaker: { source: "C.I.A." } },
      ],
      ["the plan was sound"],
    ));
});

describe("claims: a contracted pronoun opens the clause after 'told' and its object", () => {
  it("'told Harbor News he'd …', 'told reporters she's …' report the clause", () =>
    expectClaims("Dana Morrow also told Harbor News he'd back the mayor in the fall.\n\nTom Pike told the panel they're wrong about the dam.", [
      { text: "he'd back the mayor in the fall", kind: "indirect", speaker: "Dana Morrow" },
      { text: "they're wrong about the dam", kind: "indirect", speaker: "Tom Pike" },
    ]));
});

describe("claims: a participle cue's subject is the clause's, not a person in its object", () => {
  it("'Both parents stiffened their criticism of Mr. Hale, saying …' is the parents' claim", () =>
    expectClaims("Mr. Hale spoke first.\n\nBoth parents stiffened their criticism of Mr. Hale, saying that he lacked the character to lead.", [
      { text: "he lacked the character to lead", kind: "indirect", speaker: { source: "parents" } },
    ]));
});

describe("claims: an introductory phrase opened by 'by' or 'amid' is not the subject", () => {
  it("'By the end of the day, Mr. Reyes … and said …', 'Amid calls for a boycott, Dana Lo …, saying …'", () =>
    expectClaims(
      "Mayor Ana Ruiz spoke first.\n\nBy the end of the day, Mr. Tom Reyes was forced into a rare retreat and said that his words had been misread.\n\n" +
        "Amid calls for a boycott, the writer Dana Lo published a defense of the list, saying it is necessary to name the donors.",
      [
        { text: "his words had been misread", kind: "indirect", speaker: "Tom Reyes" },
        { text: "it is necessary to name the donors", kind: "indirect", speaker: "Dana Lo" },
      ],
    ));
});

describe("claims: a quoted programme title, a time adjunct, then the that-clause", () => {
  it("`said on KLTV's “Morning Line” on Sunday that …` reports the clause; the title is no quotation", () =>
    expectClaims(
      "Gen. Tom Reyes said on KLTV's \u201cMorning Line\u201d on Sunday that the mayor was endangering the port.",
      [{ text: "the mayor was endangering the port", kind: "indirect", speaker: "Tom Reyes" }],
      ["Morning Line", "KLTV's \u201cMorning Line\u201d"],
    ));
});

describe("claims: a surname and a colon before the body names the person", () => {
  it("'Okafor: Port will reopen in May' is the mayor's, named in the body; 'Watch:' and 'Q:' name no one", () =>
    expectClaims(
      "Okafor: Port will reopen in May.\n\nWatch: The port will reopen in May.\n\nQ: Will the port reopen in May?\n\nMayor Ana Okafor said on Monday that the port would reopen.",
      [
        { text: "Port will reopen in May", kind: "indirect", speaker: "Ana Okafor" },
        { text: "the port would reopen", kind: "indirect", speaker: "Ana Okafor" },
      ],
      ["The port will reopen in May", "Will the port reopen in May?", "Will the port reopen in May"],
    ));
});

describe("claims: a cue's homograph as an adjective or a noun", () => {
  it("'271 pledged delegates' and 'Some states remained' name no claim; 'a study from 2011 noted …', 'an ad in 2008 questioned whether …' do", () =>
    expectClaims(
      "Mayor Ana Ruiz leads Tom Hale by 271 pledged delegates according to a count by the Harbor Times.\n\n" +
        "Some states remained too close to call.\n\nA study from 2011 noted the average age of voters was 44.\n\nAn ad in 2008 questioned whether the mayor was ready.",
      [
        { text: "the average age of voters was 44", kind: "indirect", speaker: { source: "study" } },
        { text: "whether the mayor was ready", kind: "indirect", speaker: { source: "ad" } },
      ],
      ["delegates according to a count by the Harbor Times", "remained too close to call"],
    ));
});

describe("claims: a singular cue noun before 'is' or 'was'", () => {
  it("'the KLTV report is misleading' is no claim of the channel's, only the spokesman's", () =>
    expectClaims(
      "Spokesman Tom Pike said the KLTV report is misleading because it leaves out the vote.",
      [{ text: "the KLTV report is misleading because it leaves out the vote", kind: "indirect", speaker: "Tom Pike" }],
      ["is misleading because it leaves out the vote"],
    ));
});

describe("claims: a claim inside an introductory phrase ends before the main clause's person and cue", () => {
  it("'In the release announcing his new role, Tom Hale described …' keeps Hale's clause out of the release's claim", () =>
    expectClaims(
      "On Thursday, in a campaign release announcing his new role, Tom Hale described the race as a long series of steps.",
      [{ text: "his new role", kind: "indirect", speaker: { source: "release" } }],
      ["his new role, Tom Hale described the race as a long series of steps"],
    ));
});

describe("claims: a post-posed 'told' and its object after a clause in the present tense", () => {
  it("'This includes a new unit for the port, Defense Secretary Ana Ruiz told a Senate panel Wednesday.'", () =>
    expectClaims("This includes a new unit for the port, Defense Secretary Ana Ruiz told a Senate panel Wednesday.", [
      { text: "This includes a new unit for the port", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
});

describe("claims: a participle cue's subject named in apposition after a description", () => {
  it("'LIMA (Reuters) - Peru's opposition party leader, Ana Ruiz, voiced support for Tom Hale on Wednesday, saying …' is Ruiz's", () =>
    expectClaims(
      "LIMA, Aug 31 (Reuters) - Peru's opposition party leader, Ana Ruiz, voiced support for candidate Tom Hale on Wednesday, saying his rival would bring hardship to the country.",
      [{ text: "his rival would bring hardship to the country", kind: "indirect", speaker: "Ana Ruiz" }],
    ));
});

describe("claims: 'she' after a lone given name in apposition that spoke last", () => {
  it("'His wife, Jane, said … “…,” she said' is Jane's, not another woman's named before", () =>
    expectClaims(
      "Mayor Ana Ruiz won the primary on Tuesday. Tom Hale said he would stay in the race.\n\n" +
        "His wife, Jane, said the movement would continue. \u201cWe will figure that out,\u201d she said.",
      [{ text: "We will figure that out,", kind: "direct", speaker: { source: "Jane" } }],
    ));
});

describe("claims: 'she' after a relative introduced as the sentence's subject", () => {
  it("'But his wife, Jane, offered a preview … “…,” she said' is the wife's; 'tried to arrest her sister' introduces no one", () =>
    expectClaims(
      "Mayor Ana Ruiz won the primary on Tuesday. Tom Hale said he would stay in the race.\n\n" +
        "But his wife, Jane, offered a preview of his thinking in an interview.\n\n\u201cHe wants to keep this going,\u201d she said.\n\n" +
        "Dana Lo said officers once tried to arrest her sister.\n\n\u201cWe have to be careful,\u201d she said.",
      [
        { text: "He wants to keep this going,", kind: "direct", speaker: { source: "Jane" } },
        { text: "We have to be careful,", kind: "direct", speaker: "Dana Lo" },
      ],
    ));
});

describe("claims: a plural subject of a participle cue's clause as the source", () => {
  it("'The agencies declined to provide any documentation …, saying …' is the agencies'; 'The hope has been …, demanding …' names no source", () =>
    expectClaims(
      "The agencies declined to provide any documentation or details about the process, saying they cannot discuss the case.\n\n" +
        "The hope has been that owners would respond by demanding lower prices.",
      [{ text: "they cannot discuss the case", kind: "indirect", speaker: { source: "agencies" } }],
      ["lower prices"],
    ));
});

describe("claims: what someone said about a topic is no claim", () => {
  it("'what Hale said about the incident' and 'things he has said about farmers' report nothing; 'said about 200 …' does", () =>
    expectClaims(
      "The video contradicted what Tom Hale said about the incident in the past.\n\n" +
        "Here are nine things Tom Hale has said about farmers in the last year.\n\nOfficials said about 200 people were hurt.",
      [{ text: "about 200 people were hurt", kind: "indirect", speaker: { source: "Officials" } }],
      ["about the incident in the past", "about farmers in the last year"],
    ));
});

describe("claims: a participle and its object or phrase is no source", () => {
  it("'Courted by most candidates and widely expected to be …' and 'Adopting the advice of …, the board ordered …' name no participle source", () =>
    expectClaims(
      "Courted by most of the candidates and widely expected to be the party's top donor, Dana Lo said she may wait until spring.\n\n" +
        "Adopting the advice of a hearing officer, the election board on Monday ordered that his name be certified.",
      [
        { text: "she may wait until spring", kind: "indirect", speaker: "Dana Lo" },
        { text: "his name be certified", kind: "indirect", speaker: { source: "board" } },
      ],
      ["to be the party's top donor"],
    ));
});

describe("claims: someone speaking for a person is named by that phrase", () => {
  it("'A spokesman for Ruiz said …', 'An aide to Ana Ruiz said …' are no claims of Ruiz's", () =>
    expectClaims(
      "Mayor Ana Ruiz spoke on Monday.\n\nA spokesman for Ruiz said the report was false.\n\nAn aide to Ana Ruiz said the vote would be close.",
      [
        { text: "the report was false", kind: "indirect", speaker: { source: "spokesman for Ruiz" } },
        { text: "the vote would be close", kind: "indirect", speaker: { source: "aide to Ana Ruiz" } },
      ],
    ));
});

describe("claims: a long apposition between the subject and its cue", () => {
  it("'Dana Lo, director of Harbor Nurses United, a union that has backed Mr. Hale and that has been busing its members across the state to campaign for him, also said …'", () =>
    expectClaims(
      "Dana Lo, director of Harbor Nurses United, a union that has backed Mr. Hale and that has been busing its members across the state to campaign for him, also said her group planned to march.",
      [{ text: "her group planned to march", kind: "indirect", speaker: "Dana Lo" }],
    ));
});

describe("claims: 'cannot' makes a clause", () => {
  it("'said he cannot comment on the letter because …' keeps the letter in the claim", () =>
    expectClaims("The campaign chairman, Tom Pike, said he cannot comment on the letter because he has not seen it.", [
      { text: "he cannot comment on the letter because he has not seen it", kind: "indirect", speaker: "Tom Pike" },
    ]));
});
