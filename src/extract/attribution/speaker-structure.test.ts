/**
 * Speakers read from sentence structure, on invented sentences: the main clause behind a dateline
 * or an opening phrase, participles and coordinated cues, appositions and brackets after a name,
 * learned quotation verbs and source heads, bare quotations in the next paragraph.
 */
import { describe, expect, it } from "vitest";
import { claims, expectClaims, run } from "./test-support.ts";

describe("claims: a named subject without a cue makes the person salient for a pronoun", () => {
  it("after a long opening phrase, and after a description that ends in a role noun", () =>
    expectClaims(
      "Governor Ana Lobo faced Mayor Pedro Santos in the debate.\n\nIn his long assessment of the harbor project plan, Tiago Ramos voiced disappointment that voters had given Lobo a chance.\n\n“It is incredible that such a city could produce such candidates,” he said.\n\nFormer party chairman Rui Brandao spoke next, after Santos.\n\n“We will win,” he said.",
      [
        { text: "It is incredible that such a city could produce such candidates,", kind: "direct", speaker: "Tiago Ramos" },
        { text: "We will win,", kind: "direct", speaker: "Rui Brandao" },
      ],
    ));
  it("'Dias’s been making the case': the mark stands for 'has', the name is the subject", () =>
    expectClaims("Mayor Pedro Lobo debated Governor Rui Dias in May.\n\nDias’s been making the case for weeks that Lobo is not ready. “You have never been held accountable,” he said.", [
      { text: "You have never been held accountable,", kind: "direct", speaker: "Rui Dias" },
    ]));
});

describe("claims: a gerund with its own subject inside another source's claim leaves that source salient", () => {
  it("'Hale said he hopes the vote ends in Dobbs claiming the seat. “…,” he said' is Hale's", () =>
    expectClaims(
      "The party meets in Dover next week.\n\nPaul Hale, for example, said he is hopeful that the vote results in Mark Dobbs claiming the seat, even though many backers prefer another man.\n\n“The first thing is to stop the tax,” he said.",
      [{ text: "The first thing is to stop the tax,", kind: "direct", speaker: "Paul Hale" }],
    ));
});

describe("claims: a participle after the phrase a speech verb governs is that verb's subject's", () => {
  it("'emailed supporters saying', 'responded to the question on Facebook writing', 'wrote in a statement to the Ledger explaining'", () =>
    expectClaims(
      "The senator from Maine emailed supporters saying: “The struggle continues.”\n\nDana Ruiz responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”\n\n“Many people are unsure this year,” Tom Hale wrote in a statement to the Ledger explaining why he is speaking, “but most agree that the city is broken.”",
      [
        { text: "The struggle continues.", kind: "direct", speaker: { source: "senator" } },
        { text: "Yes, I will. That was a poor choice of words.", kind: "direct", speaker: "Dana Ruiz" },
        { text: "but most agree that the city is broken.", kind: "direct", speaker: "Tom Hale" },
      ],
    ));
  it("not a gerund after a preposition, nor a piece someone owns", () =>
    expectClaims("Governor Tom Hale accused Mayor Dana Ruiz of saying “nothing at all” about the port.\n\nHale said Ruiz's tweet saying “the port is safe” was a lie.", [
      { text: "nothing at all", kind: "direct", speaker: "Dana Ruiz" },
      { text: "the port is safe", kind: "direct", speaker: "Dana Ruiz" },
    ]));
});

describe("claims: an owner's noun phrase ends at the verb after its head", () => {
  it("'Hale’s campaign shrugged off Ruiz’s comments, telling reporters, “…”' is the campaign's, not Ruiz's", () =>
    expectClaims(
      "Senator Dana Ruiz spoke first. Governor Tom Hale spoke next.\n\nHale’s campaign shrugged off Ruiz’s comments, telling reporters, “Nobody on his team ever asked for her support.”",
      [{ text: "Nobody on his team ever asked for her support.", kind: "direct", speaker: { source: "Hale’s campaign" } }],
    ));
});

describe("claims: an inverted speaker right after a quotation that no word list knows", () => {
  it("'“…?” asked the boy' and '“…,” said the designer, who …' are the boy's and the designer's, not the last speaker's", () =>
    expectClaims(
      "Governor Mike Dorn spoke at the rally. “We will build it,” he said.\n\n“How big is that wall?” asked the boy.\n\n“It is hard to come back to work,” said the designer, who works for another brand.",
      [
        { text: "How big is that wall?", kind: "direct", speaker: { source: "boy" } },
        { text: "It is hard to come back to work,", kind: "direct", speaker: { source: "designer" } },
      ],
    ));
});

describe("claims: the person heading a second main clause is salient when the first has no person subject", () => {
  it("'The moderators moved on, but Marlow wasn't having it. “…,” he said' is Marlow's, not the last speaker's", () =>
    expectClaims(
      "Senator Tom Hale and Governor Ken Marlow met on stage in Dover on Monday.\n\n“The plan is a fiction,” said Hale. “It will never pass.”\n\nThe moderators were ready to move on, but Marlow wasn't having it.\n\n“I want the people at home to think about this,” he said.",
      [{ text: "I want the people at home to think about this,", kind: "direct", speaker: "Ken Marlow" }],
    ));
});

describe("claims: a cue that reads no speaker leaves the sentence's subject salient", () => {
  it("'On Tuesday, Mayor Dana Ruiz criticized the police for …' makes Ruiz the next 'he'", () =>
    expectClaims(
      "Governor Chris Pell spoke first. “We are ready,” Pell said.\n\nOn Tuesday, Mayor Dana Ruiz criticized the police for the long delay.\n\n“How many times must we see this?” he said.",
      [{ text: "How many times must we see this?", kind: "direct", speaker: "Dana Ruiz" }],
    ));
});

describe("claims: the subject of a sentence behind a description closed by a comma", () => {
  it("'The head of the group backing Gov. Ted Barr, Mike Morrow, praised …' makes Morrow the next 'he'", () =>
    expectClaims(
      "Senator Tom Hale spoke first on Monday.\n\nThe head of the group backing former Gov. Ted Barr for president, Mike Morrow, praised the efforts of a donor on Friday.\n\n“Not us, but we cannot argue with it,” he said.",
      [{ text: "Not us, but we cannot argue with it,", kind: "direct", speaker: "Mike Morrow" }],
    ));
});

describe("claims: a name and a colon before a quotation", () => {
  it("also with a party tag in brackets between them ('Rep. Tom Hale (R-Ohio): “…”')", () =>
    expectClaims("The budget hearing ran late.\n\nRep. Tom Hale (R-Ohio): “I have not heard anyone cite that figure.”", [
      { text: "I have not heard anyone cite that figure.", kind: "direct", speaker: "Tom Hale" },
    ]));
});

describe("claims: a capitalised word or two quoted before their cue are speech, not a title", () => {
  it("“Really,” she said; “What a Tuesday!” Ruiz said — but not a show named inside the sentence", () => {
    const text =
      "Senator Ana Ruiz took questions in Dover on Monday.\n\n“Really,” she said. “What a Tuesday!” Ruiz said.\n\nRuiz told the channel's “Morning Report,” that she would run.";
    const got = claims(text, run(text));
    expect(got.find((c) => c.text === "Really,")?.speaker).toBe("Ana Ruiz");
    expect(got.find((c) => c.text === "What a Tuesday!")?.speaker).toBe("Ana Ruiz");
    expect(got.some((c) => c.text === "Morning Report,")).toBe(false);
  });
});

describe("claims: 'he added' after a lone name the engine reads as a source label", () => {
  it("points to that name, spoken since the last person subject, not to the person named before", () =>
    expectClaims(
      "The judge listened to David Mersky, the defendant, on Monday.\n\nBrafton said, “The zeal with which this case was brought is unusual.” He added, “Things happened in this case that are not ordinary.”",
      [{ text: "Things happened in this case that are not ordinary.", kind: "direct", speaker: { source: "Brafton" } }],
    ));
  it("not a place the speaker is from, nor a people ('Americans')", () => {
    const text =
      "Senator Tom Hale spoke in Dunmore on Friday.\n\nAmericans say the plan is too costly, a poll found. “I hear that every day,” he said.";
    const got = claims(text, run(text));
    expect(got.find((c) => c.text === "I hear that every day,")?.speaker).toBe("Tom Hale");
  });
});

describe("claims: a participle after the main clause (', saying …')", () => {
  it("reports for the main clause's subject behind a dateline, an opening phrase or a description", () =>
    expectClaims(
      "Lisbon (AFP) – Candidate Marta Quental has taken a swipe at rival Pedro Lobo’s stance on trade, saying that “loud threats” do more harm than good.\n" +
        "In a statement released Monday, Rep. Tomas Orlen (R-Ky.) reacted to the ruling, saying: “This court has failed the families of this state.”\n" +
        "Democratic mayoral candidate Sen. Ana Velloso (D-Md.) on Friday criticized the budget adopted after three months of talks among aides, saying the plan goes “nowhere near far enough.”",
      [
        { text: "loud threats", kind: "direct", speaker: "Marta Quental" },
        { text: "This court has failed the families of this state.", kind: "direct", speaker: "Tomas Orlen" },
        { text: "nowhere near far enough.", kind: "direct", speaker: "Ana Velloso" },
      ],
    ));
  it("behind an opening participle phrase and a description that starts with a modifier ('former')", () =>
    expectClaims(
      'Weighing in on the talk, former Porto Gov. Ana Velloso agreed, praising her rival as "one of the most gifted stars that we have got."',
      [{ text: "one of the most gifted stars that we have got.", kind: "direct", speaker: "Ana Velloso" }],
    ));
  it("not the name before a relative clause or an apposition closed by the comma before the participle", () =>
    expectClaims(
      "Mayor Ana Velloso spoke first.\n\nRamos, Porto’s former governor, also attacked businessman Pedro Lobo, with whom he clashed at the debate over the issue of taxes, calling him a “loser.”\n\n" +
        "PORTO, Ore. — Sen. Rita Dias (D-Ore.) weighed in on claims against an aide of Pedro Lobo, who allegedly pushed a reporter last week, calling the act a “fireable offense.”",
      [
        { text: "loser.", kind: "direct", speaker: "Ramos" },
        { text: "fireable offense.", kind: "direct", speaker: "Rita Dias" },
      ],
    ));
});

describe("claims: a name with a party in brackets before ', said'", () => {
  it("also before a relative clause: 'Sen. Ana Velloso (D-Mo.), who has endorsed Rui Dias, said …'", () =>
    expectClaims(
      'Pedro Lobo spoke first.\n\nSpeaking later on the same show, Sen. Ana Velloso (D-Mo.), who has endorsed Rui Dias, said Lobo has pushed the former governor to be a "stronger" candidate.',
      [{ text: "stronger", kind: "direct", speaker: "Ana Velloso" }],
    ));
  it("the name before the parenthesis is the subject ('Gov. Ana Velloso (R-OH), said, …')", () =>
    expectClaims(
      "Pedro Lobo spoke.\n\nLate on Tuesday at Porto University in Braga, after winning the primary, Gov. Ana Velloso (R-OH), said, “I am getting ready to rent a wagon.”",
      [{ text: "I am getting ready to rent a wagon.", kind: "direct", speaker: "Ana Velloso" }],
    ));
});

describe("claims: a participle after an attribution that follows a quotation", () => {
  it("`“…,” Rui Dias said, suggesting …`: the name right after the closing mark is the clause's subject", () =>
    expectClaims(
      '"What she has to do is contrast, get away from all this stuff, which media focuses on every day," Rui Dias said, suggesting a few questions, including, "Mr. Lobo, do you really think that billionaires need a tax break?"',
      [{ text: "Mr. Lobo, do you really think that billionaires need a tax break?", kind: "direct", speaker: "Rui Dias" }],
    ));
});

describe("claims: a participle after a preposition ('by saying')", () => {
  it("reports for the clause's subject, not the object before the preposition", () =>
    expectClaims(
      "Radio host Rui Dias was mocked online on Monday.\n\nHe explained the Porto Daily headline by saying: “It was because I asked people to pray.” Mayor Ana Velloso left the hall after adding: “We are done here.”",
      [
        { text: "It was because I asked people to pray.", kind: "direct", speaker: "Rui Dias" },
        { text: "We are done here.", kind: "direct", speaker: "Ana Velloso" },
      ],
    ));
});

describe("claims: a participle after a main clause whose subject is not a person", () => {
  it("reports for that subject, behind an opening phrase; a passive main clause gives it no speaker", () =>
    expectClaims(
      "Last month, a group of 30 security experts at the Porto Institute warned of fakes following the hack, arguing that the hackers could “salt the files with forgeries.”\n\nPORTO – Two prison guards were charged Tuesday with falsifying records, stating they had checked on the inmate.",
      [{ text: "salt the files with forgeries.", kind: "direct", speaker: { source: "group" } }],
      ["they had checked on the inmate"],
    ));
});

describe("claims: verbs that mostly attribute a quotation (learned)", () => {
  it("'continued', 'shouted' attribute the quotation right before them; 'continued to rise' is no cue", () =>
    expectClaims(
      "Mayor Ana Velloso and Governor Rui Dias spoke at the harbor on Monday.\n\n“We will rebuild the pier,” Velloso said. “It is the heart of this town,” Dias continued.\n\n“You are a fraud,” one man shouted. Prices continued to rise.",
      [
        { text: "It is the heart of this town,", kind: "direct", speaker: "Rui Dias" },
        { text: "You are a fraud,", kind: "direct", speaker: { source: "man" } },
      ],
      ["to rise"],
    ));
});

describe("claims: a cue carried on by 'goes on to'", () => {
  it("'The email goes on to say: “…”' is the email's", () =>
    expectClaims("Rui Dias sent an email to voters on Monday.\n\nThe email goes on to say: “The port must stay open to all.”", [
      { text: "The port must stay open to all.", kind: "direct", speaker: { source: "email" } },
    ]));
});

describe("quotations: a bare quotation in the next paragraph", () => {
  it("keeps the previous paragraph's quotation speaker when that is more recent than the salient person", () =>
    expectClaims("Governor Rui Dias visited the port on Monday.\n\n“The port is safe,” the ministry said.\n\n“Ships will dock again next week.”", [
      { text: "Ships will dock again next week.", kind: "direct", speaker: { source: "ministry" } },
    ]));
});

describe("claims: source heads learned in the plural", () => {
  it("'the ad says' (learned from 'ads'); a phrase ends at 'is' ('Portugal is one of …' is not headed by 'one')", () =>
    expectClaims(
      "Mayor Rui Dias released a campaign ad on Monday. The ad says “nothing will change until we elect honest people.”\n\nPortugal is one of the region’s loudest critics of Spain’s fishing claims and has accused Madrid of overfishing its waters.",
      [
        { text: "nothing will change until we elect honest people.", kind: "direct", speaker: { source: "ad" } },
        { text: "Madrid of overfishing its waters", kind: "indirect", speaker: { source: "Portugal" } },
      ],
    ));
  it("a verb in -s after a learned source head is a cue ('the website explains')", () =>
    expectClaims("Mayor Rui Dias runs the island tourism office.\n\n“We welcome everyone, whatever their views,” the website explains.", [
      { text: "We welcome everyone, whatever their views,", kind: "direct", speaker: { source: "website" } },
    ]));
});

describe("claims: an inverted subject opened by a quantifier", () => {
  it("`“…,” said one former aide` is the aide's", () =>
    expectClaims("Rui Dias will debate Pedro Lobo on Friday. “This is crucial for both of them,” said one former aide.", [
      { text: "This is crucial for both of them,", kind: "direct", speaker: { source: "aide" } },
    ]));
});

describe("claims: a cue opening the sentence", () => {
  it("'Said Ana Velloso, who …, “…”' is inverted: the name after it speaks", () =>
    expectClaims(
      "Mourners lined the street on Sunday for Pedro Lobo.\n\nThe small home on Grand Avenue was turned into a museum. Said Ana Velloso, who grew up with Lobo in the neighborhood, “We were all so proud of him.”",
      [{ text: "We were all so proud of him.", kind: "direct", speaker: "Ana Velloso" }],
    ));
});

describe("claims: a long apposition after a closing quotation", () => {
  it("the name that opens the attribution speaks (`“…,” Ana Velloso, 30, of Braga, Ore., who was polled, said`)", () =>
    expectClaims(
      'Partisans on both sides warn of the other.\n\n"Both Pedro Lobo and Rui Dias scare me," Ana Velloso, 30, of Braga, Ore., who was among those polled, said in a follow-up interview.',
      [{ text: "Both Pedro Lobo and Rui Dias scare me,", kind: "direct", speaker: "Ana Velloso" }],
    ));
});

describe("claims: a cue coordinated with 'and' or 'but'", () => {
  it("reports for the sentence's subject, over a relative clause between commas", () =>
    expectClaims(
      "Ana Velloso, who was speaking to the EU Council of Mayors, did not mention Pedro Lobo by name, but told city leaders that the city should be run by those “who put the people first.”",
      [
        { text: "who put the people first.", kind: "direct", speaker: "Ana Velloso" },
        { text: "the city should be run by those “who put the people first.”", kind: "indirect", speaker: "Ana Velloso" },
      ],
    ));
});

describe("speakers: a name in apposition after 'according to' a description", () => {
  it("'According to his aunt, Mara Velk, “…”' is Mara Velk's", () =>
    expectClaims('Tom Brann runs the port. According to his aunt, Mara Velk, "He was brilliant from the start."', [
      { text: "He was brilliant from the start.", kind: "direct", speaker: "Mara Velk" },
    ]));
});

describe("speakers: a participle after a phrase of where it was said", () => {
  it("'posted on Twitter accusing …' is the poster's claim, once, not the platform's", () =>
    expectClaims(
      "Tom Brann posted on Twitter accusing the mayor of lying. Axel Rodd called on Dean Moro to apologize for suggesting the mayor lied.",
      [
        { text: "the mayor of lying", kind: "indirect", speaker: "Tom Brann" },
        { text: "Dean Moro to apologize for suggesting the mayor lied", kind: "indirect", speaker: "Axel Rodd" },
      ],
      ["Twitter accusing the mayor of lying"],
    ));
});

describe("speakers: a relative 'which' after a comma", () => {
  it("stands for the name or the source noun before the comma", () =>
    expectClaims(
      "Tom Velk is fighting extradition to the United States, which accuses him of hiding the funds. The firm issued a statement, which says the plan is dead. He bought a house, which was old.",
      [
        { text: "him of hiding the funds", kind: "indirect", speaker: { source: "United States" } },
        { text: "the plan is dead", kind: "indirect", speaker: { source: "statement" } },
      ],
    ));
});

describe("claims: a site's name as the dateline", () => {
  it("'Harbor.Net - …, said X' leaves the dateline out of the claim", () =>
    expectClaims("PortHARBOR.Net - Video footage shows a pattern of unlawful arrests by the guards, said Amnesty International today.", [
      { text: "Video footage shows a pattern of unlawful arrests by the guards", kind: "indirect", speaker: { source: "Amnesty International" } },
    ]));
});

describe("speakers: 'and' inside a name after 'of' coordinates no sources", () => {
  it("'Dr. X of the Department of Health and Human Services says' is one claim of X; two named people still share", () => {
    const text =
      "Dr. Ines Rota of the Harbor Department of Health and Human Services says the risk continues.\n\nSecretary of State Ana Ruiz and Defense Secretary Tom Hale said the port was safe.";
    const got = claims(text, run(text));
    expect(got.filter((c) => c.text === "the risk continues").map((c) => c.speaker)).toEqual(["Ines Rota"]);
    expect(got.filter((c) => c.text === "the port was safe").map((c) => c.speaker).sort()).toEqual(["Ana Ruiz", "Tom Hale"]);
  });
});

describe("speakers: pronouns and the sentence subject", () => {
  it("a subject opened by a description with commas of its own ('A cheerful, tireless walker in her 70s, Ana Ruiz lives …') is what 'she' points to next", () =>
    expectClaims('Lena Brandt said the museum would close. A cheerful, tireless walker in her 70s, Ana Ruiz lives near the port. "The museum must stay open," she said.', [
      { text: "the museum would close", kind: "indirect", speaker: "Lena Brandt" },
      { text: "The museum must stay open,", kind: "direct", speaker: "Ana Ruiz" },
    ]));
  it("a sentence subject of unknown gender yields to a man named after it for 'he'", () =>
    expectClaims("Mr. Tom Hale grew up on a farm. Tarin Oakes says the farm was poor; Hale\u2019s mother kept goats, and he wrote that the goats saved them.", [
      { text: "the farm was poor", kind: "indirect", speaker: "Tarin Oakes" },
      { text: "the goats saved them", kind: "indirect", speaker: "Tom Hale" },
    ]));
  it("'she' after a person introduced by a gendered noun ('one mother') is that person, not a woman named before; not when the noun is an apposition or in a claim", () =>
    expectClaims(
      'Kim Lor, a spokeswoman for the club, said the pool would reopen.\n\nReporters met one mother, who swims there daily. "The pool is everything to us," she said.\n\n' +
        "Officer Tom Hale said a man fired two shots. No one was hurt, he said.\n\nAna Ruiz, a mother of two, runs the bakery. \"We bake at dawn,\" she said.",
      [
        { text: "the pool would reopen", kind: "indirect", speaker: "Kim Lor" },
        { text: "The pool is everything to us,", kind: "direct", speaker: { source: "one mother" } },
        { text: "a man fired two shots", kind: "indirect", speaker: "Tom Hale" },
        { text: "No one was hurt", kind: "indirect", speaker: "Tom Hale" },
        { text: "We bake at dawn,", kind: "direct", speaker: "Ana Ruiz" },
      ],
    ));
  it("'she' goes to a person of unknown gender named in this paragraph rather than a woman of an earlier one whose gender was only guessed from a pronoun", () =>
    expectClaims(
      'Tarin Oakes won the prize in May. "It was a shock," she said.\n\n' +
        '"He wrote every day," Omar Pell told me. When Tom Li visited his editor Quill Marsh at her office, he left poems on the desk. "He never stopped writing," she recalled.',
      [
        { text: "It was a shock,", kind: "direct", speaker: "Tarin Oakes" },
        { text: "He wrote every day,", kind: "direct", speaker: "Omar Pell" },
        { text: "He never stopped writing,", kind: "direct", speaker: "Quill Marsh" },
      ],
    ));
  it("a 'he' subject of a sentence without a cue carries its person on, past a man named as its object", () =>
    expectClaims(
      'Ana Ruiz praised the book. Although Tom Hale had planned the novel for years, he struggled to finish it. On May 2, he emailed Omar Pell about the ending. "I cannot make it work," he wrote.',
      [{ text: "I cannot make it work,", kind: "direct", speaker: "Tom Hale" }],
    ));
});

describe("speakers: a role description and an abbreviated title", () => {
  it("'the governor' is the person named with 'Gov.'", () =>
    expectClaims("Republican Gov. Tarin Oakes toured the flooded valley on Monday.\n\nThe governor said the levees would be rebuilt.", [
      { text: "the levees would be rebuilt", kind: "indirect", speaker: "Tarin Oakes" },
    ]));
});

describe("speakers: 'they' after a subject of a person and others", () => {
  it("'they said' is the group named as the paragraph's subject, not the source of an earlier paragraph", () =>
    expectClaims(
      "Police said 500 people joined the march.\n\nGov. Tarin Oakes and leaders of the assembly have avoided any criticism of teachers. However, they said they would not raise school funding before 2027.",
      [
        { text: "500 people joined the march", kind: "indirect", speaker: { source: "Police" } },
        { text: "they would not raise school funding before 2027", kind: "indirect", speaker: { source: "Tarin Oakes and leaders of the assembly" } },
      ],
    ));
});

describe("claims: a past tense after the phrase a cue is followed by makes that phrase a clause's subject", () => {
  it("'X of Ohio, a Republican who …, said the family deserved better': the cue is X's, not inverted", () =>
    expectClaims("Gov. Tarin Oakes of Ohio, a Republican who has refused to back the levy, said the Vell family deserved better.", [
      { text: "the Vell family deserved better", kind: "indirect", speaker: "Tarin Oakes" },
    ]));
});

describe("claims: a name modifying a noun of people names the group, not the person", () => {
  it("'Oakes aides said …', 'A former Oakes employee said …' are not Oakes's; 'the Oakes campaign' and 'Oakes himself' are", () =>
    expectClaims(
      "Governor Tarin Oakes spoke on Monday. Oakes aides said the levy would pass. A former Oakes employee said the fund was a slush fund. " +
        "The Oakes campaign said the ads would run in May. Oakes himself said the vote was close.",
      [
        { text: "the levy would pass", kind: "indirect", speaker: { source: "Oakes aides" } },
        { text: "the fund was a slush fund", kind: "indirect", speaker: { source: "Oakes employee" } },
        { text: "the ads would run in May", kind: "indirect", speaker: "Tarin Oakes" },
        { text: "the vote was close", kind: "indirect", speaker: "Tarin Oakes" },
      ],
    ));
});

describe("claims: a short quotation closing the apposition of the name that opens the sentence", () => {
  it("'X, host of “Harbor Talk,” said that …': the cue is X's, and the title is no direct quotation", () => {
    const text = 'Tarin Oakes, host of the Ledger\'s "Harbor Talk," suggested the mayor\'s refusal to resign could end his career.';
    expectClaims(text, [{ text: "the mayor's refusal to resign could end his career", kind: "indirect", speaker: "Tarin Oakes" }]);
    expect(claims(text, run(text)).filter((c) => c.kind === "direct")).toEqual([]);
  });
  it("not over a relative with its own verb ('X, who estimates costs were “high,” described …')", () =>
    expectClaims('Tarin Oakes, who says the costs were "in the millions," described the impact as severe.', [], ["the impact as severe"]));
});

describe("claims: the subject before an apposition that holds a quotation or a second description", () => {
  it("an aside between dashes may hold a quotation ('X - who said he would “close the port” - said …')", () =>
    expectClaims('Mayor Tarin Oakes - who once said he would "close the port" - said at a rally in Lima that the city should also close the airport.', [
      { text: "the city should also close the airport", kind: "indirect", speaker: "Tarin Oakes" },
    ]));
  it("a role after the opening name and a comma, then a second description, is the name's apposition", () =>
    expectClaims(
      "Ines Rota, executive director of the Harbor Nurses Union, a union that has backed the mayor and that has bused its members to rallies, also said the union would march.\n\n" +
        "Tarin Oakes, director of the group Port Watch - which was founded by a former governor - said the levy was doomed.",
      [
        { text: "the union would march", kind: "indirect", speaker: "Ines Rota" },
        { text: "the levy was doomed", kind: "indirect", speaker: "Tarin Oakes" },
      ],
    ));
  it("not the phrase right before an interrupting cue ('Mr. Oakes, officials said, has …')", () =>
    expectClaims("Mayor Tarin Oakes spoke. Mr. Oakes, officials said, has grown skeptical of the plan.", [
      { text: "Mr. Oakes, officials said, has grown skeptical of the plan", kind: "indirect", speaker: { source: "officials" } },
    ]));
});

describe("claims: a long relative or role phrase between the subject opening the sentence and its cue", () => {
  it("'X, whose …, said', 'X, director of … at … University, said', 'The campaign, which …, said that …'", () =>
    expectClaims(
      "Tom Wilcox, whose schooling at the University of Quillby was paid for by the navy because he took part in the Reserve Officers' Training Corps (ROTC) program, said he would like to see more students get grants.\n\n" +
        "Ines Rota, director of the Center for Harbor Studies and Port Policy at the Oakes Institute of Trade at Quillby University, said the port is poised to gain from the levy.\n\n" +
        "The mayor's campaign, which has been shadowed for 17 months by the dispute over the private server she used while at the port authority, said that the emails had no bearing on the case.",
      [
        { text: "he would like to see more students get grants", kind: "indirect", speaker: "Tom Wilcox" },
        { text: "the port is poised to gain from the levy", kind: "indirect", speaker: "Ines Rota" },
        { text: "the emails had no bearing on the case", kind: "indirect", speaker: { source: "mayor's campaign" } },
      ],
    ));
});

describe("claims: a cue coordinated by 'but' after an embedded question", () => {
  it("'The spokesman refused to answer questions on who the mayor would back but said …': the spokesman's", () =>
    expectClaims("The spokesman refused to answer questions on who the mayor would like to see win but said there was no meeting planned with the union.", [
      { text: "there was no meeting planned with the union", kind: "indirect", speaker: { source: "spokesman" } },
    ]));
});

describe("claims: a participle right after a post-posed cue and its comma", () => {
  it("'Exports rose in May, a port official said [in a statement], adding that …' is the official's; 'denied the fraud claims, pointing to …' is no cue's", () =>
    expectClaims(
      "Exports rose in May, a port official said, adding that the impact of the strike was hard to estimate.\n\n" +
        "Mayor Ines Rota and her lawyers have denied the fraud claims, pointing to the high marks the auditors gave.\n\n" +
        "Imports fell in June, the ministry said in a statement, adding that the drought had cut the harvest.\n\n" +
        "Rep. Ines Rota spoke. Rota asked for mercy during Tom Vell's sentencing in a letter posted on Twitter, saying she did not think a long term would help.",
      [
        { text: "Exports rose in May", kind: "indirect", speaker: { source: "port official" } },
        { text: "the impact of the strike was hard to estimate", kind: "indirect", speaker: { source: "port official" } },
        { text: "the drought had cut the harvest", kind: "indirect", speaker: { source: "ministry" } },
        { text: "she did not think a long term would help", kind: "indirect", speaker: "Ines Rota" },
      ],
    ));
});

describe("claims: a source noun before a participle of its own", () => {
  it("'A news report published Wednesday said …' is the report's", () =>
    expectClaims("QUILLBY (AP) — A news report published Wednesday said port chief Tom Vell used a private email account for his work.", [
      { text: "port chief Tom Vell used a private email account for his work", kind: "indirect", speaker: { source: "report" } },
    ]));
});
