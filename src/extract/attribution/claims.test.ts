/**
 * Claims from any source, on invented sentences: one row per pattern of
 * ../shared/docs/unseen-news-patterns.md (claims and speakers) the engine reads.
 */
import { describe, expect, it } from "vitest";
import { run, claims, expectClaims } from "./test-support.ts";

describe("claims: interrupted attributions", () => {
  it("an inverted cue that ends the text, with no full stop, is read (it used to throw)", () =>
    expectClaims("The plan was safe, said Ana Ruiz", [{ text: "The plan was safe", kind: "indirect", speaker: "Ana Ruiz" }]));
  it("one claim runs across the attribution (Any deal, she said, must …)", () =>
    expectClaims("Ministers met again on Monday. Any deal, Helga Lindqvist said, must include the border crossings.", [
      { text: "Any deal, Helga Lindqvist said, must include the border crossings", kind: "indirect", speaker: "Helga Lindqvist" },
    ]));
  it("an inverted cue interrupts a claim that resumes with a finite verb", () =>
    expectClaims("The contrast with the rebels, said Mayor Ines Rota, would be clear to voters. The plan was late, said Ana Ruiz, an analyst at Harbor Bank.", [
      { text: "The contrast with the rebels, said Mayor Ines Rota, would be clear to voters", kind: "indirect", speaker: "Ines Rota" },
      { text: "The plan was late", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
  it("'As X observed, …': the main clause after the comma is the claim", () =>
    expectClaims("As Mayor Ines Rota observed, the biggest winner was the port itself. As the storm passed, Rota said the port was safe.", [
      { text: "the biggest winner was the port itself", kind: "indirect", speaker: "Ines Rota" },
      { text: "the port was safe", kind: "indirect", speaker: "Ines Rota" },
    ]));
  it("'…, as X observed, …' inside the sentence: the content starts after the comma", () =>
    expectClaims("Yet, as Mayor Ines Rota observed, in the early days of the strike the port stayed open.", [
      { text: "in the early days of the strike the port stayed open", kind: "indirect", speaker: "Ines Rota" },
    ]));
  it("with a pronoun subject", () =>
    expectClaims("Governor Mara Quill toured the jails. Many of the prisons, she said, are old and need to be repaired.", [
      { text: "Many of the prisons, she said, are old and need to be repaired", kind: "indirect", speaker: "Mara Quill" },
    ]));
  it("a quotation before the interrupting cue keeps its direct entry", () =>
    expectClaims('Chief executive Tomas Rell spoke last. Customers "began to ask for more," Rell said, and the firm changed course.', [
      { text: "began to ask for more,", kind: "direct", speaker: "Tomas Rell" },
      {
        text: 'Customers "began to ask for more," Rell said, and the firm changed course',
        kind: "indirect",
        speaker: "Tomas Rell",
      },
    ]));
});

describe("claims: boundaries", () => {
  it("the writer's clause of time holding another source's cue ends the claim (', a day after the rebels said …')", () =>
    expectClaims("Mayor Ines Rota said the port would reopen, a day after the rebels said they would leave. Rota said the port was safe because officials said the storm had passed.", [
      { text: "the port would reopen", kind: "indirect", speaker: "Ines Rota" },
      { text: "they would leave", kind: "indirect", speaker: { source: "rebels" } },
      { text: "the port was safe because officials said the storm had passed", kind: "indirect", speaker: "Ines Rota" },
    ]));
  it("a comma inside a closing mark ends the claim before the writer's 'but'", () =>
    expectClaims('Mayor Ines Rota has since said that the signing would take place in "farm country," but the rebels have been silent.', [
      { text: 'the signing would take place in "farm country,"', kind: "indirect", speaker: "Ines Rota" },
    ]));
  it("a post-posed cue followed by a phrase of place or medium without a verb", () =>
    expectClaims("The crisis is growing at an alarming rate, Governor Ana Ruiz said in the campaign's public service announcement.", [
      { text: "The crisis is growing at an alarming rate", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
  it("a post-posed 'told' with a possessive object, and a post-posed cue before the writer's 'as she …' clause", () =>
    expectClaims(
      "The levy is not about me, Mayor Ines Rota told her closest aides as she worked on the speech.\n\n" +
        "The ferry will run again, Rota said as she toured the docks.\n\n" +
        'Rota said as she rose, "We will win."',
      [
        { text: "The levy is not about me", kind: "indirect", speaker: "Ines Rota" },
        { text: "The ferry will run again", kind: "indirect", speaker: "Ines Rota" },
      ],
      ["as she toured the docks"],
    ));
  it("a claim ending in a quotation has both entries", () =>
    expectClaims('Hosting the summit "is our dream," Marta Ruiz said.', [
      { text: 'Hosting the summit "is our dream,"', kind: "indirect", speaker: "Marta Ruiz" },
      { text: "is our dream,", kind: "direct", speaker: "Marta Ruiz" },
    ]));
  it("the writer's apposition after a name ends the claim", () =>
    expectClaims("Chief executive Tomas Rell joked that he was not Ana Vell, the singer who opened the show.", [
      { text: "he was not Ana Vell", kind: "indirect", speaker: "Tomas Rell" },
    ]));
  it("a participle clause after an interrupting cue is not the claim's", () =>
    expectClaims("Spokeswoman Julia Gray spoke on Monday. Targeting audiences is key, Gray said, offering the example of a past campaign.", [
      { text: "Targeting audiences is key", kind: "indirect", speaker: "Julia Gray" },
    ]));
  it("a US party tag with a two-part state does not end the sentence (R-W.Va.)", () =>
    expectClaims("Rep. Dale Minter, R-W.Va., argued the country needs stronger border security.", [
      { text: "the country needs stronger border security", kind: "indirect", speaker: "Dale Minter" },
    ]));
  it("after a relative that closes before the cue, an aside in the content does not end it ('X, who …, said the plan, Y, was …')", () =>
    expectClaims("Mayor Ines Rota, who faces a recall vote, told the Harbor Star that the ferry, a gift of the state, was too old to run.", [
      { text: "the ferry, a gift of the state, was too old to run", kind: "indirect", speaker: "Ines Rota" },
    ]));
  it("a second past-tense verb with its object after 'and' is the cue's, when the content has no past tense ('denied the charges and hired a lawyer …')", () =>
    expectClaims(
      "Mayor Ines Rota denied the charges and hired a lawyer from Lima. Rota said she admires the union and visited its leaders. " +
        "Rota said the crew hired two pilots and opened a school. Rota said the demand is for pools and improved dining halls.",
      [
        { text: "the charges", kind: "indirect", speaker: "Ines Rota" },
        { text: "she admires the union", kind: "indirect", speaker: "Ines Rota" },
        { text: "the crew hired two pilots and opened a school", kind: "indirect", speaker: "Ines Rota" },
        { text: "the demand is for pools and improved dining halls", kind: "indirect", speaker: "Ines Rota" },
      ],
    ));
  it("the writer's summing-up after a whole clause (', a move that …') ends the claim; not an aside the clause resumes after, nor a list", () =>
    expectClaims(
      "Mayor Ines Rota said she would close the ferry line, a move that angered the dock workers. " +
        "Rota said the pilot, a former navy officer, was not to blame. " +
        "Rota said the city would act through a vote, a levy or a new law.",
      [
        { text: "she would close the ferry line", kind: "indirect", speaker: "Ines Rota" },
        { text: "the pilot, a former navy officer, was not to blame", kind: "indirect", speaker: "Ines Rota" },
        { text: "the city would act through a vote, a levy or a new law", kind: "indirect", speaker: "Ines Rota" },
      ],
    ));
  it("', and' then a clause of another named person ends the claim; the last name of a list does not", () =>
    expectClaims(
      "Mayor Ines Rota has said she will keep the ferry running, and Tom Vell is among the few who doubt it. " +
        "Rota said she would meet the governor, Senator Ada Brenn, and Senator Tom Vell.",
      [
        { text: "she will keep the ferry running", kind: "indirect", speaker: "Ines Rota" },
        { text: "she would meet the governor, Senator Ada Brenn, and Senator Tom Vell", kind: "indirect", speaker: "Ines Rota" },
      ],
    ));
  it("a clause whose auxiliary follows a phrase of occasion keeps it ('said any changes at the spring meeting would only be advice')", () =>
    expectClaims(
      "Party chairman Tom Hale spoke on Sunday. He noted that any changes at the spring meeting would only be advice. Hale asked for mercy in a letter. " +
        "The two guards denied the charges in federal court Tuesday and were released on bail.",
      [
        { text: "any changes at the spring meeting would only be advice", kind: "indirect", speaker: "Tom Hale" },
        { text: "mercy", kind: "indirect", speaker: "Tom Hale" },
        { text: "the charges", kind: "indirect", speaker: { source: "guards" } },
      ],
    ));
  it("a contraction makes a clause: its time stays inside", () =>
    expectClaims("Voter Beth Rowan said she didn't know the mayor before Tuesday's event.", [
      { text: "she didn't know the mayor before Tuesday's event", kind: "indirect", speaker: "Beth Rowan" },
    ]));
});

describe("claims: noun-phrase content", () => {
  it("pleaded + object", () =>
    expectClaims("Prison guard Dana Orlik pleaded not guilty on Tuesday.", [
      { text: "not guilty", kind: "indirect", speaker: "Dana Orlik" },
    ]));
  it("ordered + object", () =>
    expectClaims("Attorney General Rhea Mont ordered several inquiries into the deaths.", [
      { text: "several inquiries into the deaths", kind: "indirect", speaker: "Rhea Mont" },
    ]));
  it("described … as …: the label", () =>
    expectClaims("Party chairman Oskar Vane described the edited video as harmless satire.", [
      { text: "harmless satire", kind: "indirect", speaker: "Oskar Vane" },
    ]));
  it("acknowledged + object, cut at a day and at a participle cue", () =>
    expectClaims("Director Lia Karsten acknowledged severe staff shortages Tuesday, telling lawmakers that the jails were full.", [
      { text: "severe staff shortages", kind: "indirect", speaker: "Lia Karsten" },
      { text: "the jails were full", kind: "indirect", speaker: "Lia Karsten" },
    ]));
  it("a participle after a comma and an adverb has its own content, also when its subject attributes a quotation", () =>
    expectClaims('"You are in this job because of this crisis," Senator Ben Sasse told Director Hawk Sawyer, repeatedly calling for an explanation of how the system failed. Sasse told Sawyer the system failed, repeatedly calling for an inquiry.', [
      { text: "an explanation of how the system failed", kind: "indirect", speaker: "Ben Sasse" },
      { text: "the system failed", kind: "indirect", speaker: "Ben Sasse" },
      { text: "an inquiry", kind: "indirect", speaker: "Ben Sasse" },
    ]));
  it("a participle cue takes the sentence's subject (citing …)", () =>
    expectClaims("President Noor Adel cancelled the talks, citing rebel violence.", [
      { text: "rebel violence", kind: "indirect", speaker: "Noor Adel" },
    ]));
  it("asked for + object stops at a document adjunct", () =>
    expectClaims("Rep. Ilse Varga asked for mercy during the sentencing in a letter posted on Tuesday.", [
      { text: "mercy during the sentencing", kind: "indirect", speaker: "Ilse Varga" },
    ]));
});

describe("claims: sources that are not named people", () => {
  it("an acronym agency", () =>
    expectClaims("The DEA says that the southern border remains the main entry point.", [
      { text: "the southern border remains the main entry point", kind: "indirect", speaker: { source: "DEA" } },
    ]));
  it("a plural group (Prosecutors alleged that …)", () =>
    expectClaims("Federal prosecutors alleged that no checks were made that night.", [
      { text: "no checks were made that night", kind: "indirect", speaker: { source: "prosecutors" } },
    ]));
  it("both sides", () =>
    expectClaims("Both sides said they were hopeful the swap could lead to talks.", [
      { text: "they were hopeful the swap could lead to talks", kind: "indirect", speaker: { source: "sides" } },
    ]));
  it("a club by its name", () =>
    expectClaims("The club confirmed the move on Tuesday. Harbor City said the coach had signed a three-year deal.", [
      { text: "the coach had signed a three-year deal", kind: "indirect", speaker: { source: "Harbor City" } },
    ]));
});

describe("claims: speech acts with a that-clause report", () => {
  it("joked that …", () =>
    expectClaims("Chief executive Tomas Rell joked that he was no singer.", [
      { text: "he was no singer", kind: "indirect", speaker: "Tomas Rell" },
    ]));
});

describe("claims: organisations and documents as sources", () => {
  it("an organisation not in any list", () =>
    expectClaims("The Border Agency announced that the crossing would reopen.", [
      { text: "the crossing would reopen", kind: "indirect", speaker: { source: "Border Agency" } },
    ]));
  it("an acronym opening the sentence", () =>
    expectClaims("ESA said the probe had reached its orbit.", [
      { text: "the probe had reached its orbit", kind: "indirect", speaker: { source: "ESA" } },
    ]));
  it("an unlisted acronym opening the sentence before any verb or an adverb; not a dateline before a colon or a comma", () =>
    expectClaims("VELMAR believes the harbour levy will pass. KORDA also fears that fares will rise.\n\nTARNO, May 3: The port authority said the quay was safe.", [
      { text: "the harbour levy will pass", kind: "indirect", speaker: { source: "VELMAR" } },
      { text: "fares will rise", kind: "indirect", speaker: { source: "KORDA" } },
      { text: "the quay was safe", kind: "indirect", speaker: { source: "port authority" } },
    ]));
  it("a plural body", () =>
    expectClaims("The unions said the strike would go on.", [
      { text: "the strike would go on", kind: "indirect", speaker: { source: "unions" } },
    ]));
  it("a post-posed organisation", () =>
    expectClaims("Refunds will be paid in June, the Tax Authority said.", [
      { text: "Refunds will be paid in June", kind: "indirect", speaker: { source: "Tax Authority" } },
    ]));
  it("a post-posed person after a role prefix holding an organisation's noun (ministry spokesman)", () =>
    expectClaims("Two crew members were hurt in the fire, health ministry spokesman Tavo Quell said on Friday.", [
      { text: "Two crew members were hurt in the fire", kind: "indirect", speaker: "Tavo Quell" },
    ]));
  it("according to a statement", () =>
    expectClaims("The plant will close in May, according to a statement.", [
      { text: "The plant will close in May", kind: "indirect", speaker: { source: "statement" } },
    ]));
  it("tell + object without 'that'", () =>
    expectClaims("Governor Ada Brenn told Parliament the bank had enough reserves.", [
      { text: "the bank had enough reserves", kind: "indirect", speaker: "Ada Brenn" },
    ]));
  it("tell + an object opened by a determiner, then a clause (no 'that')", () =>
    expectClaims("Governor Ada Brenn told the committee her plan was working. Brenn told his aides the port would reopen. Brenn told the story of a man who was lost.", [
      { text: "her plan was working", kind: "indirect", speaker: "Ada Brenn" },
      { text: "the port would reopen", kind: "indirect", speaker: "Ada Brenn" },
    ], ["a man who was lost", "was lost"]));
  it("tell + a bare noun object, then a clause; not past a subordinator", () =>
    expectClaims("When he was approached, Tom Hale told police he supported the mayor. Mayor Ines Rota told aides as she worked on the speech.", [
      { text: "he supported the mayor", kind: "indirect", speaker: "Tom Hale" },
    ], ["she worked on the speech"]));
  it("tell + object, then a clause whose subject is a possessive name", () =>
    expectClaims("Minister Tom Hale told reporters Brazil's exports had recovered.", [
      { text: "Brazil's exports had recovered", kind: "indirect", speaker: "Tom Hale" },
    ]));
  it("two sources of one clause each get their entry", () => {
    const text = "The central bank and the finance ministry said the plan was sound.";
    const got = claims(text, run(text)).filter((c) => c.text === "the plan was sound");
    expect(got.map((c) => c.speaker).sort()).toEqual(["source:central bank", "source:finance ministry"]);
  });
  it("a plural head keeps its short 'of' phrase, also as the sentence's first word ('Members of the panel said')", () =>
    expectClaims("Members of the panel suggested the agency is wrong. On Monday, supporters of the bill said it was late.", [
      { text: "the agency is wrong", kind: "indirect", speaker: { source: "Members of the panel" } },
      { text: "it was late", kind: "indirect", speaker: { source: "supporters of the bill" } },
    ]));
  it("a relative clause with a subordinator of its own still leaves its head the subject", () =>
    expectClaims(
      "Senator Tom Hale spoke on Monday. A woman who has accused Hale of fraud because of his votes said she would testify. A spokesperson who did not wish to be named because of agency policy said the agency never pays.",
      [
        { text: "she would testify", kind: "indirect", speaker: { source: "woman" } },
        { text: "the agency never pays", kind: "indirect", speaker: { source: "spokesperson" } },
      ],
    ));
  it("a capitalised compound adjective opening a subject is no source's name ('The Spanish-language network Univision said')", () =>
    expectClaims("The Spanish-language network Univision said the interview would air. The Bush-era whistleblower then claimed that he was told.", [
      { text: "the interview would air", kind: "indirect", speaker: { source: "Univision" } },
      { text: "he was told", kind: "indirect", speaker: { source: "Bush-era whistleblower" } },
    ]));
  it("a named person's relative speaks as that relative, not as the person ('Ford's sister said')", () =>
    expectClaims("Mike Ford wrote books. Later, Ford's sister said the family was split.", [
      { text: "the family was split", kind: "indirect", speaker: { source: "Ford's sister" } },
    ]));
  it("a common word's possessive opening a name stays in it ('the People's Daily warned')", () =>
    expectClaims("On Monday, the People's Daily warned that there is no room for compromise.", [
      { text: "there is no room for compromise", kind: "indirect", speaker: { source: "People's Daily" } },
    ]));
  it("a body's capitalised name before a role noun is no head ('a State Department official said'); 'including' opens no label", () =>
    expectClaims("On Monday, a State Department official said the cables were secret. Four aides testified, including a national security adviser who said the call was wrong.", [
      { text: "the cables were secret", kind: "indirect", speaker: { source: "State Department official" } },
      { text: "the call was wrong", kind: "indirect", speaker: { source: "national security adviser" } },
    ]));
  it("'others' beside a named source names no second source", () => {
    const text = "Senator Tom Hale spoke on Monday. Hale and others questioned the plan's cost.";
    const got = claims(text, run(text)).filter((c) => c.text.startsWith("the plan"));
    expect(got.map((c) => c.speaker)).toEqual(["Tom Hale"]);
  });
  it("a group named by a common noun in no list (The rebels said, the two governments said)", () =>
    expectClaims("The rebels said the offer did not go far enough. The two governments said the talks would resume. The year before said nothing.", [
      { text: "the offer did not go far enough", kind: "indirect", speaker: { source: "rebels" } },
      { text: "the talks would resume", kind: "indirect", speaker: { source: "two governments" } },
    ], ["nothing"]));
  it("an organisation noun heads a lower-case source", () =>
    expectClaims("The harbor authority said the port would reopen on Monday.", [
      { text: "the port would reopen on Monday", kind: "indirect", speaker: { source: "harbor authority" } },
    ]));
  it("a passive with its agent is no cue", () =>
    expectClaims("The plan described by critics as reckless was dropped on Friday.", []));
  it("a plural possessive apostrophe opens no quotation", () =>
    expectClaims("The airport stayed open during a strike called by two pilots' unions on Friday.", []));
});

describe("claims: speakers", () => {
  it("a person with an apposition naming their body speaks, not the body", () =>
    expectClaims("Cmdr. Dana Lee, a spokesperson for Operation Inherent Shield, told reporters the strikes had ended.", [
      { text: "the strikes had ended", kind: "indirect", speaker: "Dana Lee" },
    ]));
  it("a party named after its leader speaks as the party", () =>
    expectClaims("Former premier Omar Rana's party asked for a recount of the votes.", [
      { text: "a recount of the votes", kind: "indirect", speaker: { source: "party" } },
    ]));
  it("'the mayor' is not the last subject when that person's known role is another", () =>
    expectClaims("Minister Tom Hale visited the port on Monday. The mayor said the port would reopen.", [
      { text: "the port would reopen", kind: "indirect", speaker: { source: "mayor" } },
    ]));
  it("a wire dateline with a spaced hyphen is not part of the subject; a possessive noun owns the head after it", () =>
    expectClaims("LIMA, Dec 7 (Wirepress) - The country's finance minister said on Monday that inflation had peaked.", [
      { text: "inflation had peaked", kind: "indirect", speaker: { source: "country's finance minister" } },
    ]));
  it("a dateline ending in a state's abbreviation leaves no dash in the content", () =>
    expectClaims("Harbor news. LIMA, Ohio. — The central bank will cut rates, the bank said.", [
      { text: "The central bank will cut rates", kind: "indirect", speaker: { source: "bank" } },
    ]));
  it("a dateline with only an agency before the spaced hyphen", () =>
    expectClaims("LIMA (Wirepress) - The central bank said rates would stay.", [
      { text: "rates would stay", kind: "indirect", speaker: { source: "central bank" } },
    ]));
  it("a relative between dashes: the name before it speaks, the claim ends at the second dash", () =>
    expectClaims("Senator Ana Ruiz - who said the port was safe - visited it on Monday. Judge Tom Hale — who denies the charges — stayed home.", [
      { text: "the port was safe", kind: "indirect", speaker: "Ana Ruiz" },
      { text: "the charges", kind: "indirect", speaker: "Tom Hale" },
    ]));
  it("', including X, said the border should …' is no inverted subject: the phrase before the apposition speaks", () =>
    expectClaims("Several candidates, including Ana Ruiz, said the border should be closed. The deal is dead, said the minister.", [
      { text: "the border should be closed", kind: "indirect", speaker: { source: "candidates" } },
      { text: "The deal is dead", kind: "indirect", speaker: { source: "minister" } },
    ]));
  it("'Another pollster, Name of Harbor University, said …': the name before 'of' speaks", () =>
    expectClaims("Another pollster, Tom Hale of Harbor University, said his survey showed support holding.", [
      { text: "his survey showed support holding", kind: "indirect", speaker: "Tom Hale" },
    ]));
  it("a post on someone's account is theirs", () =>
    expectClaims("Minister Ilse Varga was furious. A post on her social-media account said the report was false.", [
      { text: "the report was false", kind: "indirect", speaker: "Ilse Varga" },
    ]));
  it("a dateline is not a speaker", () =>
    expectClaims("LIMA: Peru's UN envoy on Monday indicated that the vote would be delayed.", [
      { text: "the vote would be delayed", kind: "indirect", speaker: { source: "envoy" } },
    ]));
});

describe("claims: what is not a claim", () => {
  it("a noun that looks like a cue", () =>
    expectClaims("They are the only two states that ratified the pact. The ministry's claims are false, the auditor said.", [], [
      "ratified the pact",
      "are false",
    ]));
  it("scare quotes and labels are not quotations", () => {
    const text = "The firm defended its “fair trade” policy. The four were known as the “Gang of Four” in the press.";
    expect(run(text).quotes).toEqual([]);
  });
});

describe("claims: cues that need a clause, and nouns that look like cues", () => {
  it("maintains an office, expressed outrage: no claim", () =>
    expectClaims("The group maintains a political office in Doha. Lawmakers expressed outrage over the breakdown.", [], [
      "a political office in Doha",
      "outrage over the breakdown",
    ]));
  it("maintained + clause and expressed hope that: claims", () =>
    expectClaims("Senator Rhea Mont maintained she was innocent. Mont expressed hope that the court would agree.", [
      { text: "she was innocent", kind: "indirect", speaker: "Rhea Mont" },
      { text: "the court would agree", kind: "indirect", speaker: "Rhea Mont" },
    ]));
  it("a participle in -en is an adjective unless after 'have' (written comments)", () =>
    expectClaims("The mediators received written comments from both sides. The envoy has written that talks will go on.", [
      { text: "talks will go on", kind: "indirect", speaker: { source: "envoy" } },
    ], ["comments from both sides"]));
  it("a plural noun that is a cue verb's form (mixed signals about …)", () =>
    expectClaims("Investors got mixed signals about whether a deal was near.", [], ["about whether a deal was near"]));
  it("a subordinate clause before a post-posed cue is the writer's scene", () =>
    expectClaims("As the charges were unsealed, Director Lia Karsten testified before the committee.", [], [
      "As the charges were unsealed",
    ]));
  it("a plea ends before the court and a deal before the meeting", () =>
    expectClaims("Guard Dana Orlik pleaded not guilty in Manhattan federal court. President Noor Adel announced the trade deal during a meeting with envoys.", [
      { text: "not guilty", kind: "indirect", speaker: "Dana Orlik" },
      { text: "the trade deal", kind: "indirect", speaker: "Noor Adel" },
    ]));
});

describe("claims: phrases of time and occasion around a cue", () => {
  it("an adverbial clause after a post-posed cue is the writer's, the claim is before it", () =>
    expectClaims("Sales of the tablet doubled in a year, Lee Varga said while visiting a trade fair in Oslo.", [
      { text: "Sales of the tablet doubled in a year", kind: "indirect", speaker: "Lee Varga" },
    ], ["while visiting a trade fair in Oslo"]));
  it("a verb that carries the cue on ('continues to insist', 'went on to say')", () =>
    expectClaims("Mayor Ines Rota continues to insist her plan will work. Mayor Ines Rota went on to say that the port would reopen. Officials are expected to say that the port is safe.", [
      { text: "her plan will work", kind: "indirect", speaker: "Ines Rota" },
      { text: "the port would reopen", kind: "indirect", speaker: "Ines Rota" },
    ], ["the port is safe"]));
  it("tell + object + a clause opened by a quantifier", () =>
    expectClaims("Director Lia Karsten told lawmakers no evidence supports the theory.", [
      { text: "no evidence supports the theory", kind: "indirect", speaker: "Lia Karsten" },
    ]));
  it("a subordinate clause opening the claim's main clause belongs to the claim", () =>
    expectClaims("After the first tablets shipped, clinics began using them for records, Lee Varga said.", [
      { text: "After the first tablets shipped, clinics began using them for records", kind: "indirect", speaker: "Lee Varga" },
    ]));
  it("a phrase of place or time alone after 'said' is no content", () =>
    expectClaims("Trade envoy Lena Park said at a Nov. 6 event at the Harbor Institute in Lima. Park said in Lima that talks had stalled.", [
      { text: "talks had stalled", kind: "indirect", speaker: "Lena Park" },
    ], ["at a Nov. 6 event at the Harbor Institute in Lima"]));
  it("a phrase of time or occasion between the cue and 'that' is not the claim", () =>
    expectClaims("Mayor Ines Rota said during a visit to the harbor that the port would reopen. Both guards claimed at the time that they were asleep.", [
      { text: "the port would reopen", kind: "indirect", speaker: "Ines Rota" },
      { text: "they were asleep", kind: "indirect", speaker: { source: "guards" } },
    ]));
});

describe("claims: pronouns point back into the story's prose", () => {
  it("a caption line between the speaker and 'According to him' is not where 'him' points", () =>
    expectClaims("Majed Hamdan, the spokesman, said the talks went on. He backed President Arno Kessler’s plan, which he said was fair.\n\n2 View gallery\n\nPresident Arno Kessler and Majed Hamdan in Doha\n\nPresident Arno Kessler and Majed Hamdan in Doha\n\n(Photo: Lena Marr/AFP)\n\nAccording to him, the disagreements are about timing.", [
      { text: "the disagreements are about timing", kind: "indirect", speaker: "Majed Hamdan" },
    ]));
});

describe("claims: the sentence's own named subject", () => {
  it("'X said …, but he maintained …': he is the sentence's subject, not the last speaker", () =>
    expectClaims("“We have the team,” said Liberal MP Dario Venn.\n\nPremier Tomas Adler said there are many opinions, but he maintained that he is focused on jobs.", [
      { text: "he is focused on jobs", kind: "indirect", speaker: "Tomas Adler" },
    ]));
});

describe("claims: documents and studies as sources", () => {
  it("a verb that reports with 'that' right after it (a cue verb learned from PolNeAR, at least 3 attributions)", () =>
    expectClaims("The audit found that the funds were misused. A new study suggests that coffee is safe. It was found that the roof leaked.", [
      { text: "the funds were misused", kind: "indirect", speaker: { source: "audit" } },
      { text: "coffee is safe", kind: "indirect", speaker: { source: "study" } },
    ], ["the roof leaked"]));
});

describe("claims: quoted as saying", () => {
  it("'a news agency quoted the army as saying …': the army speaks", () =>
    expectClaims("A news agency quoted the army as saying the border was calm. The paper quoted Mayor Ana Ruiz as saying the port would reopen.", [
      { text: "the border was calm", kind: "indirect", speaker: { source: "army" } },
      { text: "the port would reopen", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
});

describe("claims: requests", () => {
  it("'requested a delay' reports a request", () =>
    expectClaims("The ministry requested a delay of the vote.", [
      { text: "a delay of the vote", kind: "indirect", speaker: { source: "ministry" } },
    ]));
});

describe("claims: labels", () => {
  it("'called him the most reckless man' is a claim; 'called the meeting to order' is not", () =>
    expectClaims("Senator Ana Ruiz called him the most reckless man in the race. Senator Ana Ruiz called the meeting to order.", [
      { text: "the most reckless man in the race", kind: "indirect", speaker: "Ana Ruiz" },
    ], ["the meeting to order", "to order"]));
});

describe("claims: a noun cue with its owner", () => {
  it("'her vow that …', 'Ruiz's claim that …' are the owner's claims (nouns that report a that-clause in PolNeAR)", () =>
    expectClaims("Mayor Ana Ruiz repeated her vow that the port would reopen. The union rejected Ruiz's claim that the strike was illegal. His plan that was drafted last year failed.", [
      { text: "the port would reopen", kind: "indirect", speaker: "Ana Ruiz" },
      { text: "the strike was illegal", kind: "indirect", speaker: "Ana Ruiz" },
    ], ["was drafted last year failed"]));
});

describe("claims: a participle opening the sentence", () => {
  it("reports for the main clause's subject, and its content ends before it", () =>
    expectClaims("Arguing that voters are only now tuning in, with the first votes months away, Governor Dale Patrick has said he will campaign hard. Saying the port was safe, Mayor Ana Ruiz reopened it.", [
      { text: "voters are only now tuning in", kind: "indirect", speaker: "Dale Patrick" },
      { text: "the port was safe", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
});

describe("claims: according to", () => {
  it("a name in apposition after 'according to X,' is no content", () =>
    expectClaims("Sales fell by half, she said, according to the Ledger, the Harbor City Daily. Prices will rise, according to the Ledger, the city's daily.", [], [
      "the Harbor City Daily",
    ]));
});

describe("claims: relatives and nouns in -ly", () => {
  it("a name's possessive written with the mark alone heads no claim of the person ('Weeks’ family asked')", () =>
    expectClaims("Teacher Tomas Weeks was freed on Monday. Weeks’ family asked reporters to respect its privacy.", [
      { text: "to respect its privacy", kind: "indirect", speaker: { source: "family" } },
    ]));
  it("a noun in -ly after a determiner is the source, not an adverb ('The family said', 'his ally said')", () =>
    expectClaims("The family said the road was closed. His ally repeatedly said the plan was dead.", [
      { text: "the road was closed", kind: "indirect", speaker: { source: "family" } },
      { text: "the plan was dead", kind: "indirect", speaker: { source: "ally" } },
    ]));
});

describe("claims: the writer's own voice", () => {
  it("'we' and 'We’ll' outside a quotation are the writer, not a source", () =>
    expectClaims("We’ll start by noting that the data are thin. We found that the figures were revised. Two senior officials said the figures were wrong.", [
      { text: "the figures were wrong", kind: "indirect", speaker: { source: "officials" } },
    ], ["the data are thin", "the figures were revised"]));
});

describe("quotations: marks", () => {
  it("two single marks stand for a double one (“…’’)", () =>
    expectClaims("“It was an attempt to mislead voters,’’ Will Moyes, chief executive of Full Fact, told the BBC.", [
      { text: "It was an attempt to mislead voters,", kind: "direct", speaker: "Will Moyes" },
    ]));
});
