/**
 * Claims and speakers on patterns found by auditing news the engine was not tuned on (invented
 * sentences): inverted cues in the present tense, "added" with an amount, pronouns and the people
 * named after them, cues coordinated over a quoted phrase, a quotation introduced inside another
 * source's claim, possessive subjects, "another" source.
 */
import { describe, expect, it } from "vitest";
import { claims, expectClaims, run } from "./test-support.ts";

describe("claims: an inverted cue after a closing quotation", () => {
  it("in the present tense of a learned cue verb ('comments', 'explains', 'shouts')", () =>
    expectClaims(
      '"We rebuilt the pump and the valves," comments Mara Velk of the design office.\n\n' +
        '"We tested every part twice," explains Tomas Brann. "Then we tested them again."\n\n' +
        '"Open the gate now!" a guard shouts.',
      [
        { text: "We rebuilt the pump and the valves,", kind: "direct", speaker: "Mara Velk" },
        { text: "We tested every part twice,", kind: "direct", speaker: "Tomas Brann" },
        { text: "Then we tested them again.", kind: "direct", speaker: "Tomas Brann" },
        { text: "Open the gate now!", kind: "direct", speaker: { source: "guard" } },
      ],
    ));
  it("with a lower-case role phrase before the name ('said project leader Tomas Brann')", () =>
    expectClaims('"We tested every part twice," said project leader Tomas Brann.', [
      { text: "We tested every part twice,", kind: "direct", speaker: "Tomas Brann" },
    ]));
});

describe("claims: 'added' with an amount is arithmetic", () => {
  it("points, per cent and money added are no claims; a clause after the amount is", () =>
    expectClaims(
      "The guard added 25 points and Ana Ruiz added 12.\n\nThe index added 20.72 points, or 0.24%, to 8,570.66.\n\n" +
        "The stock added more than 2% to begin the week.\n\nThe ministry added 30 people had been injured in the blast.",
      [{ text: "30 people had been injured in the blast", kind: "indirect", speaker: { source: "ministry" } }],
      ["25 points and Ana Ruiz added 12", "20.72 points, or 0.24%, to 8,570.66.", "more than 2% to begin the week"],
    ));
});

describe("claims: a pronoun and a phrase are no content", () => {
  it("'said so in an interview', 'say it in a British accent' are no claims; 'said it was late' is", () =>
    expectClaims("Ana Ruiz said so in an interview. Hearing Tom Hale say it in a British accent gives it a tone. Ruiz said it was late.", [
      { text: "it was late", kind: "indirect", speaker: "Ana Ruiz" },
    ]));
});

describe("claims: a counterfactual is no claim made", () => {
  it("'could have requested a recount', 'should have mentioned the vote' are no claims", () =>
    expectClaims("With such a thin margin, Ana Ruiz could have requested a recount. Tom Hale should have mentioned the vote.", [], [
      "a recount",
      "the vote",
    ]));
});

describe("claims: a span of time after the cue", () => {
  it("'has said for weeks he is …' reads the clause after it", () =>
    expectClaims("Tom Hale has said for weeks he is the only candidate who can win.", [
      { text: "he is the only candidate who can win", kind: "indirect", speaker: "Tom Hale" },
    ]));
});

describe("claims: 'pointed out that'", () => {
  it("the content starts after the particle and 'that'", () =>
    expectClaims("Ana Ruiz pointed out that the plan had failed.", [{ text: "the plan had failed", kind: "indirect", speaker: "Ana Ruiz" }]));
});

describe("claims: a manner adverb and a phrase after a cue are no content", () => {
  it("'said pleasantly into the phone', 'argued with the chair at the hearing', 'testified voluntarily in 1998' are no claims", () =>
    expectClaims(
      "Ana Ruiz said pleasantly into the phone. Tom Hale, who argued with the chair at the hearing, left. Ruiz testified voluntarily in 1998.",
      [],
      ["pleasantly into the phone", "with the chair at the hearing", "voluntarily in 1998"],
    ));
});

describe("claims: to add to something is to increase it", () => {
  it("'added to her delegate lead', 'adding to the confusion' are no claims; 'added to reporters: “…”' is", () =>
    expectClaims(
      "Ana Ruiz won the primary, adding to her delegate lead. Tom Hale's exit only added to the confusion.\n\n" +
        "Ruiz added to reporters: “We are not done.”",
      [{ text: "We are not done.", kind: "direct", speaker: "Ana Ruiz" }],
      ["to her delegate lead", "to the confusion"],
    ));
});

describe("claims: a time adjunct after the cue is left out, only up to its time word", () => {
  it("'this' opens the content unless a time word follows; the content after 'this week' keeps its determiner", () =>
    expectClaims(
      "Ana Ruiz believes this plan is doomed. Tom Hale said this week the bridge was shut. Hale said on Monday morning a deal was near.",
      [
        { text: "this plan is doomed", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "the bridge was shut", kind: "indirect", speaker: "Tom Hale" },
        { text: "a deal was near", kind: "indirect", speaker: "Tom Hale" },
      ],
    ));
});

describe("claims: 'added' a thing to a place is no claim", () => {
  it("'added two rooms to the school' is no claim; 'added the plan to cut jobs would fail' is", () =>
    expectClaims(
      "The council also added two rooms to the school. Tom Hale added the plan to cut jobs would fail.",
      [{ text: "the plan to cut jobs would fail", kind: "indirect", speaker: "Tom Hale" }],
      ["two rooms to the school"],
    ));
});

describe("claims: 'added' with a count or 'wrote' with a thing as object is no claim", () => {
  it("'his seventh', 'three assists' added or handbooks written are no claims; a clause, a quotation or a post-posed cue keep theirs", () =>
    expectClaims(
      "Mara Velk added his seventh for the Rovers, and Tom Brann stopped 27 shots.\n\n" +
        "Lena Ostrova added three assists to lead Halden.\n\n" +
        "Ana Ruiz wrote handbooks for the game systems. Later she wrote the plan was doomed.\n\n" +
        'The ministry added the plan was dead. "We lost," Ruiz wrote of the vote. The vote was lost, Ruiz added Tuesday.',
      [
        { text: "the plan was doomed", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "the plan was dead", kind: "indirect", speaker: { source: "ministry" } },
        { text: "We lost,", kind: "direct", speaker: "Ana Ruiz" },
        { text: "The vote was lost", kind: "indirect", speaker: "Ana Ruiz" },
      ],
      [
        "his seventh for the Rovers, and Tom Brann stopped 27 shots",
        "three assists to lead Halden",
        "handbooks for the game systems",
      ],
    ));
});

describe("claims: a belief reported with its clause", () => {
  it("a named source's 'thought voters would', 'fears that' are claims; 'believes in', 'believed him', 'are worried that' are not", () =>
    expectClaims(
      "Ana Ruiz thought voters would reject the plan. The Harbor Authority fears that the dock will flood.\n\n" +
        "Tom Brann believes in the plan. Tom Brann believed him. The residents are worried that the dam will break.",
      [
        { text: "voters would reject the plan", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "the dock will flood", kind: "indirect", speaker: { source: "Harbor Authority" } },
      ],
      ["the plan", "the dam will break"],
    ));
  it("a group's belief is the writer's summary; a belief inside what was said is part of the claim", () =>
    expectClaims(
      "Some senators worry that the trial will drag on. Many analysts believe the deal is thin.\n\n" +
        "Ana Ruiz said she did not think a long sentence would be helpful.",
      [{ text: "she did not think a long sentence would be helpful", kind: "indirect", speaker: "Ana Ruiz" }],
      ["the trial will drag on", "the deal is thin", "a long sentence would be helpful"],
    ));
});

describe("claims: a scare quote in a sentence that reports nobody", () => {
  it("does not take the paragraph's previous speaker", () =>
    expectClaims(
      '"We will grow," Ana Ruiz said. Any user can turn a profile into a "business" or "creator" one.',
      [{ text: "We will grow,", kind: "direct", speaker: "Ana Ruiz" }],
      ["business", "creator"],
    ));
});

describe("claims: a pronoun does not point at a person first named after it", () => {
  it("'charges he threatened to kill Rep. X' does not make X (a unisex name) a man; 'She added' is then X's", () =>
    expectClaims(
      "A Texas man pleaded guilty to charges he threatened to kill Rep. Kiran Varan, prosecutors said.\n\n" +
        "Host Jana Pirelli had mocked Varan's clothing on air.\n\n" +
        'Varan asked for compassion in a letter, saying she did not want a harsh sentence. She added, "We must teach him love."',
      [{ text: "We must teach him love.", kind: "direct", speaker: "Kiran Varan" }],
      ["to kill Rep. Kiran Varan"],
    ));
});

describe("claims: a cue coordinated with an earlier one over a quoted phrase", () => {
  it("'she described this as the “worst deal” and accused him …' shares the first cue's subject", () =>
    expectClaims(
      'Singer Ana Lisk said her songs were sold.\n\nIn a post at the time she described this as the "worst deal" and accused him of years of "constant bullying".',
      [{ text: "constant bullying", kind: "direct", speaker: "Ana Lisk" }],
    ));
});

describe("claims: a quotation introduced inside another source's claim", () => {
  it("'he … called the mayor a “crook” and said, “…”, the office said': the quotation is his", () =>
    expectClaims(
      'Tom Wirth was arrested in April.\n\nDuring the call, he asked about the weather, called the mayor a "crook" and said, "somebody should stop her," the county office said.',
      [
        { text: "somebody should stop her,", kind: "direct", speaker: "Tom Wirth" },
        {
          text: 'During the call, he asked about the weather, called the mayor a "crook" and said, "somebody should stop her,"',
          kind: "indirect",
          speaker: { source: "county office" },
        },
      ],
    ));
});

describe("claims: a relayed quotation with a pronoun of guessed gender", () => {
  it("stays with the relaying source rather than a person the pronoun only guessed", () =>
    expectClaims(
      'Tom Wirth was arrested in April for a call to the office of Rep. Kiran Varan.\n\nVaran is one of the first two nurses elected to Congress.\n\n' +
        'The clerk who took the call recalled that he said, "I will stop her myself," the county office said.',
      [{ text: "I will stop her myself,", kind: "direct", speaker: { source: "clerk" } }],
    ));
});

describe("claims: subjects read as a whole phrase", () => {
  it("a possessive noun owns the head after it ('The victim's mother testified, describing …')", () =>
    expectClaims('The victim\'s mother testified, describing her son as "brave and kind" before the jury.', [
      { text: "brave and kind", kind: "direct", speaker: { source: "victim's mother" } },
    ]));
  it("'Another said' is another source of the last one's kind, not that source", () =>
    expectClaims('One resident posted: "How did they get here?"\n\nAnother reportedly said: "The fever is coming."', [
      { text: "How did they get here?", kind: "direct", speaker: { source: "resident" } },
      { text: "The fever is coming.", kind: "direct", speaker: { source: "another resident" } },
    ]));
});

describe("claims: 'according to' with a long source phrase", () => {
  it("a description of the source in apposition is no content; the content is before the cue", () =>
    expectClaims(
      "Local dealers sold 30,154 new cars in October, down 10 percent from a year ago, according to the Auto Facts report from DataNation, a Texas-based provider of car data.",
      [{ text: "Local dealers sold 30,154 new cars in October, down 10 percent from a year ago", kind: "indirect", speaker: { source: "DataNation" } }],
      ["a Texas-based provider of car data", "from DataNation, a Texas-based provider of car data"],
    ));
  it("over an acronym in brackets, with the organisation's whole name as the source", () =>
    expectClaims("According to the Centers for Disease Control (CDC) in the US, the fever is treatable with rest.", [
      { text: "the fever is treatable with rest", kind: "indirect", speaker: { source: "Centers for Disease Control" } },
    ]));
});

describe("claims: source labels keep the whole name", () => {
  it("a capitalised adjective that opens a name, a common word capitalised as the first of the sentence", () =>
    expectClaims(
      "Big Harbor have twice denied doing anything wrong.\n\nRecent governments have, however, recognized that the river was polluted.\n\nCompany management said growth in 2021 will be 3%.",
      [
        { text: "doing anything wrong", kind: "indirect", speaker: { source: "Big Harbor" } },
        { text: "the river was polluted", kind: "indirect", speaker: { source: "Recent governments" } },
        { text: "growth in 2021 will be 3%", kind: "indirect", speaker: { source: "Company management" } },
      ],
    ));
});

describe("claims: what is cited", () => {
  it("a cited source is no content; cited reasons are", () =>
    expectClaims(
      "The patient was treated in the county, the news agency said, citing the regional health commission.\n\n" +
        "The news organization, citing an anonymous government source, reported that the talks had stalled.\n\n" +
        "The airline cancelled the flights, citing safety risks at the airport.\n\nCritics cited derogatory comments Ana Ruiz had made about the city.",
      [
        { text: "the talks had stalled", kind: "indirect", speaker: { source: "news organization" } },
        { text: "safety risks at the airport", kind: "indirect", speaker: { source: "airline" } },
        { text: "derogatory comments Ana Ruiz had made about the city", kind: "indirect", speaker: { source: "Critics" } },
      ],
      ["the regional health commission", "an anonymous government source, reported that the talks had stalled"],
    ));
});

describe("claims: subjects with a participle", () => {
  it("a participle inside the subject ends its head ('scientists using a telescope atop Mount X have confirmed')", () =>
    expectClaims("Harbor scientists using a telescope atop Mount Tarn Velo have confirmed the presence of ice on the moon.", [
      { text: "the presence of ice on the moon", kind: "indirect", speaker: { source: "Harbor scientists" } },
    ]));
  it("'…, with the agency announcing X': the phrase after 'with' speaks", () =>
    expectClaims("Since May, the air quality has plunged to alarming levels with the monitoring agency announcing an air emergency.", [
      { text: "an air emergency", kind: "indirect", speaker: { source: "monitoring agency" } },
    ]));
});

describe("claims: a name in apposition after a description is the subject", () => {
  it("'The group that owns her songs, Big Harbor, says …'", () =>
    expectClaims("The group that owns most of her songs, Big Harbor, says she will be allowed to play them.\n\nIts parent company, Alphabet, said the sale was final.", [
      { text: "she will be allowed to play them", kind: "indirect", speaker: { source: "Big Harbor" } },
      { text: "the sale was final", kind: "indirect", speaker: { source: "Alphabet" } },
    ]));
});

describe("claims: checks from a second audit", () => {
  it("'the Russian and Syrian claims are false': a plural noun before its verb is no cue; 'and' joins two sources", () =>
    expectClaims(
      "Sources in the camp told reporters the Russian and Syrian claims are false.\n\nThe United Nations and European Union stressed the decision would not change the facts.",
      [
        { text: "the Russian and Syrian claims are false", kind: "indirect", speaker: { source: "sources" } },
        { text: "the decision would not change the facts", kind: "indirect", speaker: { source: "United Nations" } },
      ],
      ["are false"],
    ));
  it("each source joined by 'and' gets its entry, with no joined label beside them", () => {
    const text = "The United Nations and European Union stressed the decision would not change the facts.";
    const got = claims(text, run(text)).map((c) => c.speaker);
    expect(got).toEqual(["source:United Nations", "source:European Union"]);
  });
  it("a name after a description that is itself an apposition is not the subject", () =>
    expectClaims('Prince Tomas Arlen, the younger brother of the heir to the throne, Karel, has reportedly told friends that the interview was a "great success".', [
      { text: "the interview was a \"great success\"", kind: "indirect", speaker: { source: "brother" } },
    ]));
});

describe("claims: a participle that modifies a noun", () => {
  it("'the move announced on Monday by the minister' reports nothing; 'X has accused Y of …' does", () =>
    expectClaims(
      "The league condemned the unilateral move announced on Monday by Secretary of State Tom Hale.\n\nAna Ruiz has accused Pedro Lobo of being influenced by special interest groups.",
      [{ text: "Pedro Lobo of being influenced by special interest groups", kind: "indirect", speaker: "Ana Ruiz" }],
      ["by Secretary of State Tom Hale"],
    ));
});

describe("claims: a cue word heading a noun compound", () => {
  it("'an extradition request to the one from X', 'the budget request for $22 billion' report nothing", () =>
    expectClaims(
      "The decision means there will be no competing extradition request to the one from Harbor.\n\n" +
        "Lawmakers are debating the agency budget request for $22 billion, and whether a crewed mission is feasible.\n\n" +
        "Ana Ruiz's initial request for the network to pay the fee was refused.",
      [],
      ["to the one from Harbor", "for $22 billion, and whether a crewed mission is feasible"],
    ));
});

describe("claims: a decimal point opening a number ends no sentence", () => {
  it("'a loaded .45-caliber handgun': the claim runs from the sentence start", () =>
    expectClaims("Wirth possessed a loaded .45-caliber handgun and three rifles at his home, prosecutors said.", [
      { text: "Wirth possessed a loaded .45-caliber handgun and three rifles at his home", kind: "indirect", speaker: { source: "prosecutors" } },
    ]));
});

describe("claims: 'wrote' with a written piece or a time keeps its cue", () => {
  it("'wrote a letter to X asking …' and 'wrote last week that …' are the writer's", () =>
    expectClaims(
      'Mayor Greg Stone wrote a letter to Attorney General Lena Lott asking her to look into the "fiasco." Ana Ruiz, a law professor, wrote last week that the court erred.',
      [
        { text: "fiasco.", kind: "direct", speaker: "Greg Stone" },
        { text: "the court erred", kind: "indirect", speaker: "Ana Ruiz" },
      ],
    ));
});

describe("claims: a belief in a sentence with a quotation is no cue", () => {
  it("'believes the vote is “rigged”' leaves the quotation to the paragraph's speaker", () =>
    expectClaims('"We will win," Ana Ruiz said. Tom Hale believes the vote is "rigged" against him.', [], ["the vote is \"rigged\" against him"]));
});

describe("claims: a role of more than one word before the name of an inverted cue", () => {
  it("'said chief inspector Ana Ruiz', 'said deputy police chief Ana Ruiz': the person, not the label 'chief'", () =>
    expectClaims(
      "Mayor Tom Hale spoke on Monday.\n\n“The bridge will open in May,” said chief inspector Jana Moss.\n\n“The road stays shut,” said deputy police chief Rui Dias, who leads the inquiry.",
      [
        { text: "The bridge will open in May,", kind: "direct", speaker: "Jana Moss" },
        { text: "The road stays shut,", kind: "direct", speaker: "Rui Dias" },
      ],
    ));
});

describe("claims: 'his office', 'her spokesman' as a source", () => {
  it("is named as the office of the person the pronoun refers to, not that person", () =>
    expectClaims(
      "Senator Ana Holcomb faces a vote on the harbor bill.\n\nHer spokesman said on Monday that the vote would be delayed.\n\nMayor Rui Dias did not comment. His office said the mayor was traveling.",
      [
        { text: "the vote would be delayed", kind: "indirect", speaker: { source: "Holcomb’s spokesman" } },
        { text: "the mayor was traveling", kind: "indirect", speaker: { source: "Dias’s office" } },
      ],
    ));
  it("keeps the bare label when the pronoun finds no one of its gender", () =>
    expectClaims("Senator Rui Holcomb faces a vote.\n\nHer spokesman said the vote would be delayed.", [
      { text: "the vote would be delayed", kind: "indirect", speaker: { source: "spokesman" } },
    ]));
});

describe("claims: an addressee after the cue, then 'that'", () => {
  it("'boasted to reporters that', 'wrote to the council that': the content starts after 'that'", () =>
    expectClaims(
      "Mayor Ana Velloso boasted to reporters that the plan would work.\n\nGovernor Rui Dias wrote to the council on Friday that the bridge was safe.\n\nTom Hale vowed to ensure that the port stays open.",
      [
        { text: "the plan would work", kind: "indirect", speaker: "Ana Velloso" },
        { text: "the bridge was safe", kind: "indirect", speaker: "Rui Dias" },
      ],
      ["to reporters that the plan would work", "the port stays open"],
    ));
  it("'told reporters the decision to close …': a clause after the object, not a request to it", () =>
    expectClaims(
      "Mayor Ana Velloso told reporters the decision to close the bridge was final.\n\nGovernor Rui Dias told members of the council to leave.",
      [
        { text: "the decision to close the bridge was final", kind: "indirect", speaker: "Ana Velloso" },
        { text: "to leave", kind: "indirect", speaker: "Rui Dias" },
      ],
    ));
});

describe("claims: 'his office' when the pronoun's person is not the one named last", () => {
  it("keeps the bare label rather than naming the wrong person", () => {
    const text = "“We hear you,” Mayor Tom Bosma said.\n\nTeachers did not see Governor Rui Hale on Tuesday. His office said he was traveling.";
    const got = claims(text, run(text)).find((c) => c.text === "he was traveling");
    expect(got?.speaker).toBe("source:office");
  });
});

describe("claims: 'the company', 'the agency' stand for the organisation last named as a subject or source", () => {
  it("a source that spoke, a name opening a sentence, an acronym; a kind with an adjective; a belief of it", () =>
    expectClaims(
      "Nordlys Records, which owns most of her songs, says she may sing them on Sunday.\n\nShe had asked for that last week.\n\n" +
        "But the company says she never needed permission.\n\nKestrel Motors unveiled a van on Monday. The German automaker says it can drive 300 miles.\n\n" +
        "The KBA announced in May that it would stop the checks. At the time, the agency said the checks were too costly.\n\n" +
        "Brightwater Trust said on Tuesday that 40 people had died. The organization believes the real toll is higher.",
      [
        { text: "she never needed permission", kind: "indirect", speaker: { source: "Nordlys Records" } },
        { text: "it can drive 300 miles", kind: "indirect", speaker: { source: "Kestrel Motors" } },
        { text: "the checks were too costly", kind: "indirect", speaker: { source: "KBA" } },
        { text: "the real toll is higher", kind: "indirect", speaker: { source: "Brightwater Trust" } },
      ],
    ));
  it("not a one-word name that spoke (a surname not met yet), a place, nor a phrase that says more than a kind", () => {
    const text =
      "Cooke said the rocket was late.\n\nThe agency said the rocket was ready.\n\nJapan said the talks had failed. The company said it would wait.\n\n" +
      "Harlow Mining Group said it would close a mine. The country's largest lender said it would stop lending.";
    const got = claims(text, run(text));
    expect(got.find((g) => g.text === "the rocket was ready")?.speaker).toBe("source:agency");
    expect(got.find((g) => g.text === "it would wait")?.speaker).toBe("source:company");
    expect(got.find((g) => g.text === "it would stop lending")?.speaker).not.toBe("source:Harlow Mining Group");
  });
});

describe("claims: a person's lawyer or rep is neither that person nor another with the role", () => {
  it("'Vale's lawyer said' after another counsel is named; the lawyer on record as Vale's; 'Vale's rep'; Vale's statement stays Vale's", () =>
    expectClaims(
      "Tom Vale testified on Monday.\n\nAna Ruiz, the committee's counsel, asked Vale about the money.\n\n" +
        "Vale's lawyer said the question was out of order.\n\nVale's rep told reporters that this was not the whole story.\n\n" +
        "Mara Lind, Vale's attorney, spoke later. Vale's lawyer said the case was weak.\n\nVale's statement said he was innocent.",
      [
        { text: "the question was out of order", kind: "indirect", speaker: { source: "Vale's lawyer" } },
        { text: "this was not the whole story", kind: "indirect", speaker: { source: "Vale's rep" } },
        { text: "the case was weak", kind: "indirect", speaker: "Mara Lind" },
        { text: "he was innocent", kind: "indirect", speaker: "Tom Vale" },
      ],
    ));
});

describe("claims: a source label of one person's role is that person, named near it", () => {
  it("'Chile's education minister said … ¶ Education Minister Ana Ruiz'; 'A harbor police chief says … ¶ Harbor Police Chief Tom Vale'", () =>
    expectClaims(
      "The old mill will become a school, Chile's education minister said on Tuesday.\n\n" +
        '"The mill will teach again," Education Minister Ana Ruiz said in a statement.\n\n' +
        "A harbor police chief says a man was hurt on a ferry.\n\nHarbor Police Chief Tom Vale told reporters that the man was stable.",
      [
        { text: "The old mill will become a school", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "a man was hurt on a ferry", kind: "indirect", speaker: "Tom Vale" },
      ],
    ));
  it("not when two people hold the role, nor for another's lawyer", () => {
    const text =
      "A lawyer said the ruling would be appealed.\n\nLawyer Tom Vale and lawyer Ana Ruiz left the court.\n\n" +
      "Mara Lind, a Kestrel counsel, spoke first. Lind's lawyer said the file was sealed.";
    const got = claims(text, run(text));
    expect(got.find((g) => g.text === "the ruling would be appealed")?.speaker).toBe("source:lawyer");
    expect(got.find((g) => g.text === "the file was sealed")?.speaker).toBe("source:Lind's lawyer");
  });
});

describe("claims: a list of quoted titles inside a claim is no quotation", () => {
  it("songs listed after 'including' are titles; the claim stays, and a quotation in it still counts", () =>
    expectClaims(
      "According to the promoter, fans will hear the band’s hits, including “Slow Train Home,” “Blue Harbor Nights,” “Take It To The River” and others.\n\n" +
        "The singer said the tour would be “the best we have ever done.”",
      [
        { text: "the best we have ever done.", kind: "direct", speaker: { source: "singer" } },
      ],
      ["Slow Train Home,", "Blue Harbor Nights,", "Take It To The River"],
    ));
});

describe("claims: a media credit after a speech act with no clause of its own", () => {
  it("'Savers have praised the sale, the Valley Herald reported' is the paper's claim; a said-clause inside keeps its own source", () =>
    expectClaims(
      "Small savers have praised the sale, buying so many shares they will get the full amount, the Valley Herald reported.\n\n" +
        "Officials said the plan had failed, the Valley Herald reported.",
      [
        { text: "Small savers have praised the sale, buying so many shares they will get the full amount", kind: "indirect", speaker: { source: "Valley Herald" } },
        { text: "the plan had failed", kind: "indirect", speaker: { source: "Officials" } },
      ],
    ));
});

describe("claims: a plural noun after a number and an adjective is no cue", () => {
  it("'The only two Nordic states to have signed …' names no source; 'Both Republican claims' neither", () =>
    expectClaims(
      "The only two Nordic states to have signed the pact also criticised the shift.\n\nBoth Republican claims were false, the panel said.",
      [{ text: "Both Republican claims were false", kind: "indirect", speaker: { source: "panel" } }],
      ["to have signed the pact also criticised the shift"],
    ));
});

describe("claims: an organisation's name with an everyday capitalised word", () => {
  it("an everyday word opening a body's name before its organisation word, or a news or watch word inside it, stays in the label", () => {
    const text = "Harbor Watch questioned whether the law was broken. Islamic State claimed responsibility for the attack. Lantern News said the vote was close.";
    expect(claims(text, run(text)).map((c) => c.speaker)).toEqual(["source:Harbor Watch", "source:Islamic State", "source:Lantern News"]);
  });
  it("a sentence's capitalised determiner or a day stays out of the label", () => {
    const text = "The United Nations and European Union stressed the decision would not change the facts. Lantern News Monday said the vote was close.";
    expect(claims(text, run(text)).map((c) => c.speaker)).toEqual(["source:United Nations", "source:European Union", "source:Lantern News"]);
  });
});
