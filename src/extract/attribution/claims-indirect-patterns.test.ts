/**
 * Indirect claims on patterns of reported speech found in PolNeAR's training split (invented
 * sentences): "according to" around the claim, a second that-clause of one cue.
 */
import { describe, expect, it } from "vitest";
import { claims, expectClaims, run } from "./test-support.ts";

describe("claims: 'according to' with brackets, a verbless preamble, the writer's clause after it, no comma", () => {
  it("the content starts after an opening bracket, spans a verbless preamble, stops before 'although …'; a named source may end the sentence with no comma", () =>
    expectClaims(
      "He repeated the claim that ferries sank 81 boats (the real number is closer to 15, according to the Harbor Ledger). " +
        "About 10 p.m., according to a port timeline, the guards left the dock. " +
        "In Quillby, Rota is in first, according to the Star poll, although Vell keeps it close. " +
        "Rota now leads Vell by 7 points according to a Star poll released Monday. " +
        "They pull the lever for the party according to their instinctive preference.",
      [
        { text: "the real number is closer to 15", kind: "indirect", speaker: { source: "Harbor Ledger" } },
        { text: "About 10 p.m., according to a port timeline, the guards left the dock", kind: "indirect", speaker: { source: "port timeline" } },
        { text: "In Quillby, Rota is in first", kind: "indirect", speaker: { source: "Star poll" } },
        { text: "Rota now leads Vell by 7 points", kind: "indirect", speaker: { source: "Star poll" } },
      ],
      ["They pull the lever for the party"],
    ));
});

describe("claims: 'according to' inside or before the writer's tail", () => {
  it("a relative clause or a participle after 'according to X,' is no content; the content is before the cue", () =>
    expectClaims(
      "The dockworkers reached a deal with the port, according to the labour ministry, ending a strike of six weeks.\n\n" +
        "Young drivers might not be so lucky, according to Mark Delane, who advised the transport ministry.",
      [
        { text: "The dockworkers reached a deal with the port", kind: "indirect", speaker: { source: "labour ministry" } },
        { text: "Young drivers might not be so lucky", kind: "indirect", speaker: "Mark Delane" },
      ],
      ["ending a strike of six weeks", "who advised the transport ministry"],
    ));
  it("between a subject and its verb, the cue interrupts one claim", () =>
    expectClaims("Revenue, according to the company, has doubled since the spring.", [
      { text: "Revenue, according to the company, has doubled since the spring", kind: "indirect", speaker: { source: "company" } },
    ]));
});

describe("claims: a cue in an opening clause before the main clause's own subject and cue", () => {
  it("'after the Hale interview concluded, host Bill Mahon stated …': no claim of Hale's; the quotation is Mahon's", () =>
    expectClaims(
      "Senator Tom Hale spoke first. “We will win,” Hale said.\n\nLater in the show, after the Hale interview concluded, host Bill Mahon stated of the scandal that the report “was not good.”",
      [{ text: "was not good.", kind: "direct", speaker: "Bill Mahon" }],
      [", host Bill Mahon stated of the scandal that the report “was not good.”"],
    ));
});

describe("claims: a second that-clause of the same cue", () => {
  it("', but that …' continues the claim; ', but that is …' is the writer's", () =>
    expectClaims(
      "The senator said the state must repair its roads, but that he would not back a fuel tax.\n\n" +
        "The mayor said the bridge needs repair, but that is not the whole story.",
      [
        { text: "the state must repair its roads, but that he would not back a fuel tax", kind: "indirect", speaker: { source: "senator" } },
        { text: "the bridge needs repair", kind: "indirect", speaker: { source: "mayor" } },
      ],
    ));
});

describe("claims: the subject before an aside", () => {
  it("an aside between dashes stands between the subject and the cue (em dashes or '--')", () =>
    expectClaims(
      "Many speakers at the rally — including farmers, teachers and nurses — said the new tax would hurt them.\n\n" +
        "The judge -- who has feuded with the governor for weeks -- said she regretted her remarks.",
      [
        { text: "the new tax would hurt them", kind: "indirect", speaker: { source: "speakers" } },
        { text: "she regretted her remarks", kind: "indirect", speaker: { source: "judge" } },
      ],
    ));
  it("a subject with a relative clause before 'said' is not an inverted cue's content", () =>
    expectClaims(
      "A city hall official, who asked not to be named because the talks are private, said the mayor has spoken with the union.\n\n" +
        "A port official, who asked not to be named, said the mayor also has spoken with the union.",
      [
        { text: "the mayor has spoken with the union", kind: "indirect", speaker: { source: "city hall official" } },
        { text: "the mayor also has spoken with the union", kind: "indirect", speaker: { source: "port official" } },
      ],
      ["A city hall official, who asked not to be named because the talks are private"],
    ));
  it("a quotation after a second coordinated cue is that cue's; the first keeps its clause", () =>
    expectClaims('Tom Hale said the members will still meet for lunch, but said, "It is time we change how we do it."', [
      { text: "the members will still meet for lunch", kind: "indirect", speaker: "Tom Hale" },
      { text: "It is time we change how we do it.", kind: "direct", speaker: "Tom Hale" },
    ]));
});

describe("claims: where a reported clause ends", () => {
  it("after 'told the …' and a phrase with no verb, the cue is post-posed; 'told lawmakers no …' reports the clause after it", () =>
    expectClaims(
      "The city was only doing what other cities already do, Tom Hale told the court in his filing.\n\n" +
        "Although critics suggested the pump may have been damaged, Tom Hale told lawmakers no evidence supports anything other than wear.",
      [
        { text: "The city was only doing what other cities already do", kind: "indirect", speaker: "Tom Hale" },
        { text: "no evidence supports anything other than wear", kind: "indirect", speaker: "Tom Hale" },
      ],
    ));
  it("a clause of time right after 'that' belongs to the that-clause", () =>
    expectClaims("The general said the army is hunting the rebel leader and that when he is found, he will face trial.", [
      { text: "the army is hunting the rebel leader and that when he is found, he will face trial", kind: "indirect", speaker: { source: "general" } },
    ]));
  it("'including …' after an interrupting cue goes on with the claim", () =>
    expectClaims("The letters were on a range of topics, the Ledger said, including roads, schools and water rates.", [
      {
        text: "The letters were on a range of topics, the Ledger said, including roads, schools and water rates",
        kind: "indirect",
        speaker: { source: "Ledger" },
      },
    ]));
  it("', who …' after a person at the claim's end is the writer's background; an aside the clause resumes after is not", () =>
    expectClaims(
      "Tom Hale said the port had secured the help of Ana Ruiz, who ran the docks before the strike.\n\n" +
        "Tom Hale said Ana Ruiz, who chairs the panel, would resign in May.",
      [
        { text: "the port had secured the help of Ana Ruiz", kind: "indirect", speaker: "Tom Hale" },
        { text: "Ana Ruiz, who chairs the panel, would resign in May", kind: "indirect", speaker: "Tom Hale" },
      ],
    ));
});

describe("claims: subjects and clauses read further", () => {
  it("a pronoun after a preposition ends the subject's phrase ('a source close to him said')", () =>
    expectClaims("Tom Hale will quit. The mayor will rethink her plan, a source close to him said.", [
      { text: "The mayor will rethink her plan", kind: "indirect", speaker: { source: "source" } },
    ]));
  it("'that' after a longer stretch of names and phrases of place or time opens the content", () =>
    expectClaims(
      "Tom Hale told The Harbor Daily Courier newspaper of Portsmouth on Saturday that he cast his ballot for Ruiz.\n\n" +
        "Rep. Ana Ruiz noted in a guest column in Saturday's Harbor Times that anger over the tolls is fueling the protests.\n\n" +
        "Tom Hale said the plan that he drafted would fail.\n\n" +
        "Tom Hale says Ana Ruiz ran a very effective campaign in Dayton that led to her victory.",
      [
        { text: "he cast his ballot for Ruiz", kind: "indirect", speaker: "Tom Hale" },
        { text: "anger over the tolls is fueling the protests", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "the plan that he drafted would fail", kind: "indirect", speaker: "Tom Hale" },
        { text: "Ana Ruiz ran a very effective campaign in Dayton that led to her victory", kind: "indirect", speaker: "Tom Hale" },
      ],
    ));
  it("'according to X, one of …' describes the source; the content is before the cue", () =>
    expectClaims("The deal covers about 100 workers, according to the Harbor Workers Union, one of the unions that negotiated it.", [
      { text: "The deal covers about 100 workers", kind: "indirect", speaker: { source: "Harbor Workers Union" } },
    ]));
});

describe("claims: labels of 'call'", () => {
  it("a thing named with its label: an adjective of judgement, or a phrase opened by an article", () =>
    expectClaims(
      "The mayor called the plan reckless.\n\nThe mayor called the new budget a betrayal of voters.\n\n" +
        "Ana Ruiz called the plan deeply flawed and said she would vote against it.",
      [
        { text: "the plan reckless", kind: "indirect", speaker: { source: "mayor" } },
        { text: "the new budget a betrayal of voters", kind: "indirect", speaker: { source: "mayor" } },
        { text: "the plan deeply flawed", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "she would vote against it", kind: "indirect", speaker: "Ana Ruiz" },
      ],
    ));
  it("no label: a time, a phrase of place or time, or a noun phrase alone", () => {
    const text = "The mayor called the police a second time.\n\nThe mayor called the vote on Tuesday.\n\nThe mayor called the police officers.";
    expectClaims(text, [], ["a second time", "the police a second time", "the vote on Tuesday", "the police officers"]);
  });
});

describe("claims: a cue inside a relative clause", () => {
  it("with no other cue in the sentence, the relative's clause is the claim, up to where the main clause resumes", () =>
    expectClaims(
      "Ana Ruiz visited the port, which she said had lost trade to the north.\n\n" +
        "The plan, which the council says includes a new bridge, is another costly project.\n\n" +
        "Ana Ruiz backed the wall, which she said the state should pay for.",
      [
        { text: "had lost trade to the north", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "includes a new bridge", kind: "indirect", speaker: { source: "council" } },
        { text: "the state should pay for", kind: "indirect", speaker: "Ana Ruiz" },
      ],
    ));
  it("not when the relative pronoun is the cue's object ('which he denies, …'), nor inside another cue's claim", () =>
    expectClaims(
      "The charges, which Tom Hale denies, were filed in May.\n\nTom Hale said the plan, which he said includes a new bridge, would cost too much.",
      [{ text: "the plan, which he said includes a new bridge, would cost too much", kind: "indirect", speaker: "Tom Hale" }],
      [", were filed in May", "were filed in May", "includes a new bridge"],
    ));
  it("a plural noun read as a cue before a list has no content", () =>
    expectClaims("She proved it by winning more states, votes and delegates in the race.", [], [", votes and delegates in the race"]));
});

describe("speakers: the subject further back", () => {
  it("a participle after 'released a statement' reports for the subject of the verb, over an apposition or an opening phrase", () =>
    expectClaims(
      "Tom Hale, the committee's political director, released a statement confirming the party will double its staff.\n\n" +
        "Minutes later, the Harbor campaign released a statement saying the mayor had misspoken.",
      [
        { text: "the party will double its staff", kind: "indirect", speaker: "Tom Hale" },
        { text: "the mayor had misspoken", kind: "indirect", speaker: { source: "Harbor campaign" } },
      ],
    ));
  it("an age and a home town after the name that opens the sentence", () =>
    expectClaims("Cory Hale, 22, of Dayton, Ohio, said he had not given up hope that the plant would reopen.", [
      { text: "he had not given up hope that the plant would reopen", kind: "indirect", speaker: "Cory Hale" },
    ]));
});

describe("claims: a source and a colon opening the sentence", () => {
  it("a name or a source's head, a colon, then a statement of the source's own", () =>
    expectClaims("Ana Ruiz: Port will reopen in May. The mayor of Harbor City spoke on Monday.\n\nHarbor Times report: Council voted to raise the tolls.", [
      { text: "Port will reopen in May", kind: "indirect", speaker: "Ana Ruiz" },
      { text: "Council voted to raise the tolls", kind: "indirect", speaker: { source: "Harbor Times" } },
    ]));
  it("not a label, a transcript's speaker in capitals, a question line or words with no verb", () =>
    expectClaims(
      "Update: The port reopened on Monday morning.\n\nTAPPER: The mayor spoke today about the port.\n\nQ: Have you talked to the mayor?\n\nTom Hale: Now or never.",
      [],
      ["The port reopened on Monday morning", "The mayor spoke today about the port", "Have you talked to the mayor?", "Now or never"],
    ));
});

describe("claims: 'according to' a source read further", () => {
  it("a phrase naming no person or known source is the source under its own words", () =>
    expectClaims("According to recent polling, the mayor is once again leading the field.", [
      { text: "the mayor is once again leading the field", kind: "indirect", speaker: { source: "recent polling" } },
    ]));
  it("a role with its body, or a description with a relative clause, after the name is no content", () =>
    expectClaims(
      "Independents turn out at lower rates in primaries, according to Tom Hale, director of the Harbor University poll.\n\n" +
        "Her standing among young voters is worse than ever, according to Ana Ruiz, a pollster who conducted the survey.",
      [
        { text: "Independents turn out at lower rates in primaries", kind: "indirect", speaker: "Tom Hale" },
        { text: "Her standing among young voters is worse than ever", kind: "indirect", speaker: "Ana Ruiz" },
      ],
    ));
});

describe("claims: a second source's clause after a comma", () => {
  it("', and other leaders said …' ends the first claim", () =>
    expectClaims("Tom Hale said the port would reopen in May, and other union leaders said the strike was over.", [
      { text: "the port would reopen in May", kind: "indirect", speaker: "Tom Hale" },
      { text: "the strike was over", kind: "indirect", speaker: { source: "union" } },
    ]));
});

describe("claims: a piece written", () => {
  it("'wrote a book' alone is a thing written; a piece that goes on to report keeps its cue", () =>
    expectClaims(
      "Ana Ruiz wrote a children's book about the port.\n\nAna Ruiz has written a book in which she says the port was badly run.",
      [{ text: "a book in which she says the port was badly run", kind: "indirect", speaker: "Ana Ruiz" }],
      ["a children's book about the port"],
    ));
});

describe("claims: a headline in title case", () => {
  it("a capitalised cue reports in a title-case line; not in running text", () =>
    expectClaims(
      "Mayor Ana Ruiz Says The Budget Is Balanced. The mayor spoke at city hall.\n\nThe band Harbor Says Goodbye played on Monday night at the port.",
      [{ text: "The Budget Is Balanced", kind: "indirect", speaker: "Ana Ruiz" }],
      ["Goodbye played on Monday night at the port"],
    ));
});

describe("claims: an interrupting cue after connectives only", () => {
  it("'And yet, aides say, …': the claim starts after the cue", () =>
    expectClaims("Ana Ruiz spoke on Monday. And yet, her aides say, the port remains a priority for her.", [
      { text: "the port remains a priority for her", kind: "indirect", speaker: { source: "aides" } },
    ]));
});

describe("speakers: a coordinated cue after an opening phrase", () => {
  it("the clause's subject is read after an opening adverb or phrase closed by a comma", () =>
    expectClaims(
      "Publicly, the party's nominee feuds with its biggest stars and dismisses the usual approaches to the race.\n\n" +
        "In private, the union's leaders met with the mayor and said the strike would end soon.",
      [
        { text: "the usual approaches to the race", kind: "indirect", speaker: { source: "nominee" } },
        { text: "the strike would end soon", kind: "indirect", speaker: { source: "leaders" } },
      ],
    ));
});

describe("speakers: a poll's share of a group", () => {
  it("a share opening the subject is the whole source ('Six in 10 voters', '42%', 'Nearly two-thirds of …')", () =>
    expectClaims(
      "Six in 10 voters said the council should resign.\n\n42% say the ferry tax is unfair.\n\n" +
        "Nearly two-thirds of farmers say the dam will flood their fields.\n\nOne in three said the bridge was unsafe.",
      [
        { text: "the council should resign", kind: "indirect", speaker: { source: "Six in 10 voters" } },
        { text: "the ferry tax is unfair", kind: "indirect", speaker: { source: "42%" } },
        { text: "the dam will flood their fields", kind: "indirect", speaker: { source: "two-thirds of farmers" } },
        { text: "the bridge was unsafe", kind: "indirect", speaker: { source: "One in three" } },
      ],
    ));
});

describe("speakers: a compound source noun", () => {
  it("the compound's last noun heads the label ('the appeals court judge', 'other union leaders')", () =>
    expectClaims("The appeals court judge said the ruling on the ferry would stand.\n\nOther union leaders said the strike would go on.", [
      { text: "the ruling on the ferry would stand", kind: "indirect", speaker: { source: "court judge" } },
      { text: "the strike would go on", kind: "indirect", speaker: { source: "union leaders" } },
    ]));
});

describe("claims: an opening phrase before a cue with no content", () => {
  it("'In his speech, X told the crowd.' makes no claim; a clause after the phrase still does", () =>
    expectClaims(
      "In his speech, Tom Hale told the crowd.\n\nAt the fair on Monday, Ana Ruiz told the farmers.\n\nIn Lima, prices of bread rose sharply, Tom Hale said.",
      [{ text: "In Lima, prices of bread rose sharply", kind: "indirect", speaker: "Tom Hale" }],
      ["In his speech", "At the fair on Monday"],
    ));
});

describe("claims: an aside word between the object and the that-clause", () => {
  it("'told the Ledger, however, that …' reports the that-clause", () =>
    expectClaims("Sources told the Harbor Ledger, however, that the mayor would resign in June.", [
      { text: "the mayor would resign in June", kind: "indirect", speaker: { source: "Sources" } },
    ]));
});

describe("speakers: 'they' after a plural subject", () => {
  it("'they said' points to the group heading the main clause just before", () =>
    expectClaims("The board members met on Monday in the old mill. They said the budget was too small for the repairs.", [
      { text: "the budget was too small for the repairs", kind: "indirect", speaker: { source: "board members" } },
    ]));
});

describe("claims: a clause of its own after ', with'", () => {
  it("', with ships arriving …' stays in the claim; ', with one exception' is the writer's", () =>
    expectClaims("Mara Velk said the port would reopen, with ferries arriving next week.\n\nTom Hale said the dam was safe, with one notable exception.", [
      { text: "the port would reopen, with ferries arriving next week", kind: "indirect", speaker: "Mara Velk" },
      { text: "the dam was safe", kind: "indirect", speaker: "Tom Hale" },
    ]));
});

describe("claims: 'when he …' after a reported clause", () => {
  it("a reported clause keeps its 'when she …'; a noun phrase content ends before it", () =>
    expectClaims("Mara Velk said the port would reopen when she met the council.\n\nTom Hale praised the ferry plan when he toured the docks.", [
      { text: "the port would reopen when she met the council", kind: "indirect", speaker: "Mara Velk" },
    ], ["the ferry plan when he toured the docks"]));
});

describe("speakers: 'the statement said' after a source spoke in a statement", () => {
  it("the statement stands for the one who spoke in it; 'in a written statement that …' opens no claim of its own", () =>
    expectClaims(
      "The harbour board said in a statement that the port would reopen. The statement said the ferries would be inspected first.\n\n" +
        "Ana Ruiz said in a written statement that the dam was safe.",
      [
        { text: "the ferries would be inspected first", kind: "indirect", speaker: { source: "board" } },
        { text: "the dam was safe", kind: "indirect", speaker: "Ana Ruiz" },
      ],
      ["in a written statement that the dam was safe"],
    ));
});

describe("claims: a speech act with an object and its label", () => {
  it("'dismissed the remarks as a stunt' reports the object and label; 'as' opening a clause does not", () =>
    expectClaims(
      "Tom Hale dismissed the mayor's remarks as a political stunt.\n\nAna Ruiz hailed the fishermen as heroes of the flood.\n\nAna Ruiz praised the workers as the dam was finished.",
      [
        { text: "the mayor's remarks as a political stunt", kind: "indirect", speaker: "Tom Hale" },
        { text: "the fishermen as heroes of the flood", kind: "indirect", speaker: "Ana Ruiz" },
      ],
      ["the workers as the dam was finished"],
    ));
  it("'as' after a phrase of time, or opening a clause with a past tense, is the writer's; an '-ed' adjective in the label is not", () =>
    expectClaims(
      "Ana Ruiz defended the new tariff on Sunday as the statistics office prepared to publish its data.\n\nTom Hale praised the port as the statistics office reported record trade.\n\nTom Hale hailed the mayor as a respected leader.",
      [{ text: "the mayor as a respected leader", kind: "indirect", speaker: "Tom Hale" }],
      ["the new tariff", "the port as the statistics office reported record trade"],
    ));
});

describe("speakers: a long relative clause after the name", () => {
  it("the name opening the sentence speaks over a relative clause of many words", () =>
    expectClaims(
      "Ana Ruiz, who has campaigned in every valley town since she left the senate in the spring and who has never lost a race in her career, said the ferry plan was a waste.",
      [{ text: "the ferry plan was a waste", kind: "indirect", speaker: "Ana Ruiz" }],
    ));
});

describe("claims: 'as X puts it'", () => {
  it("before, inside or after the clause it attributes; 'put it on the table' is no cue", () =>
    expectClaims(
      "As Tom Hale put it, the port is the heart of the valley.\n\nThe ferry, as Ana Ruiz puts it, is the town's lifeline.\n\n" +
        "The dam is older than the town, as one official put it.\n\nMara Velk put it on the table.",
      [
        { text: "the port is the heart of the valley", kind: "indirect", speaker: "Tom Hale" },
        { text: "The ferry, as Ana Ruiz puts it, is the town's lifeline", kind: "indirect", speaker: "Ana Ruiz" },
        { text: "The dam is older than the town", kind: "indirect", speaker: { source: "official" } },
      ],
      ["on the table"],
    ));
});

describe("speakers: two names joined by a slash", () => {
  it("'according to a Harbor/Ipsos poll' keeps both names in the source", () =>
    expectClaims(
      "According to a Harbor/Ipsos poll, the mayor leads by six points.\n\nThe ferry tax is unpopular, according to a new Harbor/Norvik survey.",
      [
        { text: "the mayor leads by six points", kind: "indirect", speaker: { source: "Harbor/Ipsos poll" } },
        { text: "The ferry tax is unpopular", kind: "indirect", speaker: { source: "Harbor/Norvik survey" } },
      ],
    ));
});

describe("claims: 'riffed', 'quip', 'remembered'", () => {
  it("report like the other speech acts: with a that-clause, an object and its label, or a quotation", () =>
    expectClaims(
      "Tom Hale riffed that the ferry was always late.\n\nTennis great Anna Rhee remembered the coach as a patient teacher.\n\n" +
        'Asked about the vote, Ana Ruiz could only quip: "We will see."\n\nAnna Rhee remembered the day well.',
      [
        { text: "the ferry was always late", kind: "indirect", speaker: "Tom Hale" },
        { text: "the coach as a patient teacher", kind: "indirect", speaker: "Anna Rhee" },
        { text: "We will see.", kind: "direct", speaker: "Ana Ruiz" },
      ],
      ["the day well"],
    ));
});

describe("speakers: 'they' after a plural subject with a place or an owner", () => {
  it("'Local officials in Dunmore met …', 'The union's leaders rejected …' are the group a later 'they' points to", () =>
    expectClaims(
      "Local officials in Dunmore met with the mayor on Monday. They said the road would reopen in May.\n\n" +
        "The union's leaders rejected the offer on Friday. They said the strike would go on.",
      [
        { text: "the road would reopen in May", kind: "indirect", speaker: { source: "officials" } },
        { text: "the strike would go on", kind: "indirect", speaker: { source: "leaders" } },
      ],
    ));
});

describe("speakers: 'they' and a source label far back", () => {
  it("a 'they' with no group before it is not given a source label of three paragraphs back", () =>
    expectClaims(
      "The protesters said the dam would flood the valley.\n\nThe mayor visited the dam on Monday.\n\nThe river rose overnight.\n\nThe ferry stopped running.\n\nThey said the road would stay closed until May.",
      [{ text: "the dam would flood the valley", kind: "indirect", speaker: { source: "protesters" } }],
      ["the road would stay closed until May"],
    ));
});

describe("cues: a plural noun after a capitalised modifier", () => {
  it("'32% of Republican claims', 'so many Democratic claims' are nouns; 'The Kremlin claims …' stays a cue", () =>
    expectClaims(
      "The fact-checkers rated 32% of Republican claims as false.\n\nThe website cites so many Democratic claims as inaccurate.\n\nThe Kremlin claims the dam is safe.",
      [{ text: "the dam is safe", kind: "indirect", speaker: { source: "Kremlin" } }],
      ["as false", "as inaccurate"],
    ));
});

describe("claims: a participle inside an opening phrase of medium", () => {
  it("'In a message posted Friday, X said …' gives the clause to X only", () => {
    const text = "In a message posted on Friday, Tom Hale said he had doubts about the ferry plan.";
    expectClaims(text, [{ text: "he had doubts about the ferry plan", kind: "indirect", speaker: "Tom Hale" }]);
    expect(claims(text, run(text)).filter((c) => c.text.startsWith(","))).toEqual([]);
  });
});

describe("claims: a phrase of occasion, medium or place between the cue and its clause", () => {
  it("'said in a statement the port …', 'told reporters on Monday she …': the clause after the phrase, with or without 'that'", () =>
    expectClaims(
      "Mayor Ines Rota said in a statement the ferry would resume in May.\n\n" +
        "Rota told reporters on Monday she would not run again.\n\n" +
        "Rota told a crowd at a hotel in downtown Quillby that she is staying in the race.\n\n" +
        "Rota told the Harbor Star last week she would vote for the levy.",
      [
        { text: "the ferry would resume in May", kind: "indirect", speaker: "Ines Rota" },
        { text: "she would not run again", kind: "indirect", speaker: "Ines Rota" },
        { text: "she is staying in the race", kind: "indirect", speaker: "Ines Rota" },
        { text: "she would vote for the levy", kind: "indirect", speaker: "Ines Rota" },
      ],
    ));
  it("'told the Harbor Star of Lima last week she …', 'told investigators in July she …': a subject pronoun after the one told and its adjuncts", () =>
    expectClaims(
      "Ines Rota, the former governor, told the Harbor Star of Quillby last week she would rather vote for the levy.\n\n" +
        "Rota told federal investigators in July she was advised to use a private account.\n\n" +
        "Rota told the story of how he lost the seat.",
      [
        { text: "she would rather vote for the levy", kind: "indirect", speaker: "Ines Rota" },
        { text: "she was advised to use a private account", kind: "indirect", speaker: "Ines Rota" },
      ],
      ["he lost the seat"],
    ));
  it("a phrase holding a question word is the cue's object ('commented on how …')", () =>
    expectClaims("Analyst Ines Rota commented on how the feud between Quillby and Marten could hurt the ferry.", [], ["Quillby and Marten could hurt the ferry"]));
});

describe("claims: a clause before a participle cue's quotation", () => {
  it("'said there was no meeting planned, adding: “…”': the clause is the cue's, the quotation the participle's", () =>
    expectClaims(
      'The spokesman said there was no meeting planned with the union, adding: "If one is proposed we will consider it."\n\n' +
        'Mayor Ines Rota posted a comment of her own, saying, "We are so proud of the crew!"',
      [
        { text: "there was no meeting planned with the union", kind: "indirect", speaker: { source: "spokesman" } },
        { text: "If one is proposed we will consider it.", kind: "direct", speaker: { source: "spokesman" } },
      ],
      ["a comment of her own"],
    ));
});

describe("claims: 'as reported by X' is read as 'according to X'", () => {
  it("'As reported by the Harbor Ledger, …' and '…, as first reported by the Ledger.' are the outlet's; not a credit for a quotation", () => {
    const text =
      "As reported by the Harbor Ledger, the mayor was told of the risks in 2014.\n\n" +
      "The ferry line hired two new captains, as first reported by the Quillby Star.\n\n" +
      '"We will win," Mayor Ines Rota said at a rally, as reported by the Quillby Star.';
    expectClaims(text, [
      { text: "the mayor was told of the risks in 2014", kind: "indirect", speaker: { source: "Harbor Ledger" } },
      { text: "The ferry line hired two new captains", kind: "indirect", speaker: { source: "Quillby Star" } },
      { text: "We will win,", kind: "direct", speaker: "Ines Rota" },
    ]);
    expect(claims(text, run(text)).filter((c) => c.kind === "indirect" && c.text.startsWith('"We'))).toEqual([]);
  });
});

describe("claims: a that-clause after the one told", () => {
  it("after a quotation the same source spoke ('“…,” the spokeswoman told POLITICO that …') and after a name holding 'and' ('The Post and Courier … that …')", () =>
    expectClaims(
      '"We are not going," the mayor\'s spokeswoman told the Ledger that Rota plans to skip the festival.\n\n' +
        "Senator Ines Rota told The Post and Courier newspaper of Quillby on Saturday that she cast her ballot for Vell.",
      [
        { text: "Rota plans to skip the festival", kind: "indirect", speaker: { source: "spokeswoman" } },
        { text: "she cast her ballot for Vell", kind: "indirect", speaker: "Ines Rota" },
      ],
    ));
});

describe("claims: an owned view's noun before 'is that'", () => {
  it("'Rota's view is that …', 'her position was that …' are Rota's claims; 'Her argument is that …' (no such noun in the lists) makes none yet", () =>
    expectClaims("Mayor Ines Rota spoke on Monday. Rota's view is that the ferry must run on time. Her position was that the port should stay open.", [
      { text: "the ferry must run on time", kind: "indirect", speaker: "Ines Rota" },
      { text: "the port should stay open", kind: "indirect", speaker: "Ines Rota" },
    ]));
});
