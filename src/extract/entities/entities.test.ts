/**
 * The entity layer on invented sentences: one row per pattern of ../shared/docs/unseen-news-patterns.md
 * that it reads (names, places and wording are made up).
 */
import { describe, expect, it } from "vitest";
import { analyze, snapshotFromPlainText } from "../index.ts";
import type { Analysis, Person } from "../types.ts";

function run(text: string): Analysis {
  return analyze(snapshotFromPlainText(text));
}

function names(a: Analysis): string[] {
  return a.people.map((p) => p.name);
}

function person(a: Analysis, name: string): Person {
  const p = a.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${JSON.stringify(names(a))}`);
  return p;
}

function forms(text: string, p: Person): string[] {
  return [...new Set(p.mentions.map((m) => text.slice(m.start, m.end)))];
}

describe("entities: what is not a person", () => {
  it("'the X government' is a region's when the article names an X region; else a leader's", () => {
    expect(names(run("Debris fell over the remote Kuvar region, the agency said. No one was hurt, the Kuvar government said."))).toEqual([]);
    expect(names(run("The Halley government fell in May. Halley said it was over."))).toEqual(["Halley"]);
  });
  it("the tail of an organisation's 'of' is not a person", () => {
    const a = run("The Coastal Chiefs of Staff said the drills would continue. The Alliance of Free Farmers rejected the offer.");
    expect(names(a)).toEqual([]);
  });
  it("a name after a possessive determiner is a thing (its Silver Hawk rover)", () => {
    expect(names(run("The agency said its Silver Hawk rover had landed safely."))).toEqual([]);
  });
  it("the whole of a quotation is a title or a column, not a person", () => {
    expect(names(run("The claim was rated by the “Truth Meter” column last week."))).toEqual([]);
  });
  it("a group's word — a state's demonym, an ethnicity, a faith — is no person nor part of a name", () => {
    const a = run("Former mayor and Nevadan Ana Ostrander spoke on Sunday. Both sides want the Latino vote, and Coloradan Latinos agree. A Salafist killed two men.");
    expect(names(a)).toEqual(["Ana Ostrander"]);
  });
  it("a country after a modifier, a poll, a joint media name and an award-winning compound are no people", () => {
    const text = "Jews had to wear a badge in Nazi Germany. Ruiz leads, according to a Harbor University/Boston Globe Poll. In a Washington Post-ABC News poll, Hicks led. Pulitzer Prize-winning author Ana Ruiz spoke.";
    expect(names(run(text))).toEqual(["Ana Ruiz"]);
    expect(names(run("Michael Jordan and Georgia Lund came."))).toEqual(["Michael Jordan", "Georgia Lund"]);
  });
  it("a capitalised compound of lower-case words is no part of a name ('Day-by-day Hicks')", () => {
    const text = "Senator Tom Hicks spoke. Day-by-day Hicks's hearings drew crowds.";
    expect(names(run(text))).toEqual(["Tom Hicks"]);
  });
  it("Saint is not a title: a hospital named after a saint is no person", () => {
    expect(names(run("She was treated at Saint Clare hospital on Monday."))).toEqual([]);
  });
});

describe("entities: places", () => {
  it("a city before an initialled US state, Capitol Hill and a memorial are no people", () => {
    const text = "Voters speak out.\n\nCOLUMBIA, S.C. - The office was busy. A 52-year-old Salem, N.H., resident spoke. The White House sent a top official to Capitol Hill. She visited the National Police Officers Memorial on Monday.";
    expect(names(run(text))).toEqual([]);
  });
  it("a Canadian province of two words is a place, not a demonym and a person ('British Columbia')", () => {
    expect(names(run("The economy of British Columbia grew, said Ana Ruiz, head of policy at the Business Council of British Columbia."))).toEqual(["Ana Ruiz"]);
  });
  it("a word that opens places' names makes no person (a Fort Alder girl)", () => {
    expect(names(run("Police found a 9-year-old Fort Alder girl on Sunday."))).toEqual([]);
  });
  it("a place after a location preposition is not the subject of the speech verb after it", () => {
    expect(names(run("Astronomers working at Keala Nui have confirmed the plume."))).toEqual([]);
  });
  it("a place after 'atop' is no person", () => {
    expect(names(run("Astronomers using a telescope atop Keala Nui saw the plume."))).toEqual([]);
  });
  it("', along with a member of …' is no apposition: the place before it stays a place", () => {
    const a = run("The airline flew the dog to Marlow, along with a member of the county shelter.");
    expect(names(a)).toEqual([]);
  });
});

describe("entities: organisations and works", () => {
  it("a capitalised run ending in 'Brothers' or 'Research' is an organisation (Harlan Brothers, Ostrander Research)", () => {
    expect(names(run("Shoppers lined up at Harlan Brothers on Monday. Exit polls by Ostrander Research showed a close race."))).toEqual([]);
    expect(names(run("The Black Caucus met on Monday. The Retirement System lost money. Ships circled Kessler Shoal. He signed an Executive Order."))).toEqual([]);
  });
  it("a team's name is no person (Corvel Topical Team scientists)", () => {
    expect(names(run("The review was written with the help of Corvel Topical Team scientists."))).toEqual([]);
  });
  it("a model or ticker with digits is no name part (Corvin A320-100, Harlan KX9b)", () => {
    expect(names(run("The airline ordered ten Corvin A320-100 jets, and Harlan KX9b fell 2%."))).toEqual([]);
  });
  it("an index named after a firm is no person (the Dow Parsons Industrial Average)", () => {
    expect(names(run("The Dow Parsons Industrial Average rose 1% on Monday."))).toEqual([]);
  });
  it("a company named after a person with a trade word is no person (Dana Hale Productions, Corvin Works)", () => {
    expect(names(run("The show was made by Dana Hale Productions and Corvin Works last year."))).toEqual([]);
  });
  it("a body's or an office's 'on' and 'for' keep what follows in its name (Institute on Soil Health)", () => {
    const a = run(
      "The Regional Institute on Soil Health published the study. The Deputy Commissioner for Water Rights said it was flawed. The Council on Monday said no.",
    );
    expect(names(a)).toEqual([]);
  });
  it("a researcher at an institute 'on' something: the institute is no person", () => {
    const a = run("A researcher at the Coastal Institute on Marine Noise, Dara Pellow, said the data were new.");
    expect(names(a)).toEqual(["Dara Pellow"]);
  });
  it("a quoted title with its comma inside the closing mark is no person (“Mary Poppins,”)", () => {
    expect(names(run("The band played “Mary Poppins,” “Helen Street,” and two new songs."))).toEqual([]);
  });
  it("a street after a house number is an address, not a person (12 Alden Drive)", () => {
    const a = run("Officers arrested Tom Hicksley, 41, who lives at 2211 Marla Drive, on Monday.");
    expect(names(a)).toEqual(["Tom Hicksley"]);
  });
  it("a firm before its analyst is no person (Lorne Fairfax analyst Ana Ruiz)", () => {
    expect(names(run("Lorne Fairfax analyst Ana Ruizal said the shares were cheap."))).toEqual(["Ana Ruizal"]);
  });
  it("a firm before its ranked analyst or economist is no person (Lorne Fairfax chief economist Ana Ruiz)", () => {
    expect(names(run("Lorne Fairfax chief economist Ana Ruizal said growth would slow."))).toEqual(["Ana Ruizal"]);
    expect(names(run("Dorner Blake senior market analyst Tom Hicksley said the shares were cheap."))).toEqual(["Tom Hicksley"]);
    // (a rank before another job is not a firm's staff: the name before it stays a person)
    expect(names(run("Ana Ruizal, chief of staff, met Tom Hicksley."))).toEqual(["Ana Ruizal", "Tom Hicksley"]);
  });
  it("a team after 'the' is no person, whatever its first word (the Harbor City Hawks)", () => {
    expect(names(run("He spent his whole career with the Harbor City Hawks before retiring."))).toEqual([]);
  });
  it("a given name that is also an everyday word does not make a company a person (Marvel Studios)", () => {
    expect(names(run("The service carries films from Lantern Animation, Marvel Studios and others."))).toEqual([]);
  });
  it("a quoted title is no person even when it opens with a given name", () => {
    expect(names(run("The library shows classics such as “Mary Poppins” and others."))).toEqual([]);
  });
  it("ordinary words make no person (Border Protection, Sky Sports, Mostly True)", () => {
    const a = run("Officers of Customs and Border Protection spoke to Sky Sports. The claim was rated Mostly True by the site.");
    expect(names(a)).toEqual([]);
  });
});

describe("entities: lists", () => {
  it("a list most of whose members are no people names organisations; a frequent given name stays a person", () => {
    const a = run("The contracts went to Boeing, Airbus, Vela Dynamics and Lockwood Martin, the agency said. The bids came from Apple, Google and Tim Cookson.");
    expect(names(a)).toEqual(["Tim Cookson"]);
    expect(names(run("Ministers met Dana Ruizal, Tom Hale and Ana Lopez."))).toEqual(["Dana Ruizal", "Tom Hale", "Ana Lopez"]);
  });
  it("a list member read as two chunks is one member, and a chunk with no name part is no person's", () => {
    expect(names(run("The group owns the Denver Tribune, New York Daily News, Kettering Sun and Oakvale Courant, the filing said."))).toEqual([]);
  });
  it("a list after a plural organisation noun names organisations", () => {
    expect(names(run("Five firms, Aldwin Robotics, Keller Dynamics, Marston and Orbital Works, bid for the contract."))).toEqual([]);
  });
  it("a list after a colon that ends a phrase headed by a plural organisation noun names organisations", () => {
    const a = run("The agency picked six lander firms last spring: Aldwin Robotics, Corvel, Harlan Pike, Keller Dynamics and Marston.");
    expect(names(a)).toEqual([]);
  });
  it("a colon after a role names people, even after an organisation noun (the firms' chiefs: A and B)", () => {
    const a = run("The two firms' chief executives: Ana Ruizal and Tom Hicksley, met on Monday.");
    expect(names(a)).toEqual(["Ana Ruizal", "Tom Hicksley"]);
  });
  it("a role shared along a list of names (three ministers, A, B and C)", () => {
    const a = run("Three ministers, Ana Ruizal, Tom Hicksley and Dara Lenn, signed the pact.");
    expect(a.people.map((p) => p.isOfficial)).toEqual([true, true, true]);
  });
});

describe("entities: legal forms", () => {
  it("a name followed by a legal form is a company, even a person's name (Marta Keller, Inc.; Tomas Brand Pty)", () => {
    expect(names(run("The contract went to Marta Keller, Inc. and to Tomas Brand Pty after a long tender."))).toEqual([]);
  });
});

describe("entities: a company before its executive", () => {
  it("Blue Harbor chief executive Sam Ortiz: the company is not a person, the executive represents it", () => {
    const a = run("Blue Harbor chief executive Sam Ortiz said profits rose.");
    expect(names(a)).toEqual(["Sam Ortiz"]);
    expect(person(a, "Sam Ortiz").represents).toBe("Blue Harbor");
  });
});

describe("entities: organisations by how the article shortens them", () => {
  it("a name that is whom another person acts for is that organisation (X co-founder and CEO Y)", () => {
    const text = "Brindle Foods is growing. “We are proud,” Brindle Foods co-founder and CEO Dana Ruizal said. Brindle Foods said sales rose.";
    const a = run(text);
    expect(names(a)).toEqual(["Dana Ruizal"]);
    expect(a.quotes.find((q) => text.slice(q.start, q.end).includes("sales"))?.source).toBe("Brindle Foods");
  });
  it("a name shortened to its first word is an organisation (Harbor Rovers … Harbor said)", () => {
    const text = "The coach joined Harbor Rovers on Monday. Harbor said the deal ran for three years.";
    const a = run(text);
    expect(names(a)).toEqual([]);
    expect(a.quotes[0]?.source).toBe("Harbor");
  });
  it("a person shortened to the surname stays a person", () => {
    const text = "The coach Dorin Pascal joined on Monday. Pascal said the deal ran for three years.";
    expect(names(run(text))).toEqual(["Dorin Pascal"]);
  });
});

describe("entities: people", () => {
  it("an office's title before a surname shared by people of no known office goes to the one named first (Tom Vale … Mark Vale … Vice President Vale)", () => {
    const text = "Republicans want an inquiry into Tom Vale. The gas company gave Mark Vale a seat on its board. He said Vice President Vale had been influenced.";
    const a = run(text);
    expect(forms(text, person(a, "Tom Vale"))).toEqual(["Tom Vale", "Vale"]);
    expect(person(a, "Mark Vale").role).toBeNull();
  });
  it("a short family name written first, no given name nor word, is the person just named (Xi Jinping … Xi said)", () => {
    const text = "Ruritanian President Qo Lanfeng met the envoy in the capital. Qo said trade talks would continue.";
    const a = run(text);
    expect(names(a)).toEqual(["Qo Lanfeng"]);
    expect(forms(text, person(a, "Qo Lanfeng"))).toEqual(["Qo Lanfeng", "Qo"]);
  });
  it("a frequent given name that is also an organisation's tail word begins a name ('Governor Bill Ruiz')", () => {
    const a = run("Former Governor Bill Ostrander said the plan would work. The Harbor Bill passed in May.");
    expect(names(a)).toEqual(["Bill Ostrander"]);
    expect(person(a, "Bill Ostrander").role).toBe("Former Governor");
  });
  it("a title word before a generational suffix is a surname ('Martin Luther King Jr.')", () => {
    const text = "The school honours Edwin Arthur King Jr. and his work. King taught there in 1961.";
    const a = run(text);
    expect(names(a)).toEqual(["Edwin Arthur King Jr."]);
    expect(forms(text, person(a, "Edwin Arthur King Jr."))).toEqual(["Edwin Arthur King Jr.", "King"]);
  });
  it("a nickname in quotes between a given name and a surname is part of the name", () => {
    const text = "Former boxer Walter “Big Walt” Henley said he was fine. Henley laughed.";
    const a = run(text);
    expect(names(a)).toEqual(["Walter “Big Walt” Henley"]);
    expect(forms(text, person(a, "Walter “Big Walt” Henley"))).toEqual(["Walter “Big Walt” Henley", "Henley"]);
    expect(a.quotes).toEqual([expect.objectContaining({ kind: "indirect" })]);
  });
  it("a news outlet's name after a frequent given name is a surname; the outlet's own name is not that person", () => {
    const text = "Donors such as Adam Bloomberg spent heavily. Bloomberg declined to comment. Tina Fox spoke too, Fox News said.";
    const a = run(text);
    expect(names(a)).toEqual(["Adam Bloomberg", "Tina Fox"]);
    expect(forms(text, person(a, "Tina Fox"))).toEqual(["Tina Fox"]);
  });
  it("a ruler's title after an office and before two name words is a given name ('Minister Shah …')", () => {
    expect(names(run("Foreign Minister Shah Tariq Omrani met envoys. Omrani said talks would go on."))).toEqual(["Shah Tariq Omrani"]);
    expect(names(run("Crown Prince Khalid Alwan met envoys on Monday."))).toEqual(["Khalid Alwan"]);
  });
  it("a surname named first is not completed by a relative's full name introduced later (Biggs … his wife, Mary Biggs)", () => {
    const text = "Senator Biggs spoke in Ohio on Monday. “We will win this,” Biggs said.\n\nHis wife, Mary Biggs, joined him on stage. “It was a long year,” Biggs said.";
    const a = run(text);
    expect(names(a)).toEqual(["Biggs", "Mary Biggs"]);
    expect(a.quotes.map((q) => q.speakerId)).toEqual([person(a, "Biggs").id, person(a, "Biggs").id]);
  });
  it("a bare surname shared by two people goes to the one named at least twice as often so far (the subject), not the latest", () => {
    const text = "Dana Okafor opened her campaign in Ohio. Okafor spoke for an hour. Okafor toured a plant.\n\nFormer governor Tom Okafor also spoke. “We will win,” Okafor said.";
    const a = run(text);
    expect(a.quotes[0]?.speakerId).toBe(person(a, "Dana Okafor").id);
  });
  it("nor by a full name of the other gender (Mr. Marlow … Mary Marlow)", () => {
    const text = "President Marlow is rolling out a new message.\n\n“It is about me,” Mr. Marlow said on Saturday.\n\nThe campaign plans to use Mr. Marlow and the first lady, Mary Marlow, in the coming weeks.";
    const a = run(text);
    expect(names(a)).toEqual(["Marlow", "Mary Marlow"]);
    expect(a.quotes[0]?.speakerId).toBe(person(a, "Marlow").id);
  });
  it("a surname with a glued Arabic article is the same surname without it (Omar al-Fadil … Mr. Fadil)", () => {
    const text = "The court charged the leader, Omar Hassan al-Fadil, in 2009. Officials said Mr. Fadil must be held to account. Al-Fadil denied it.";
    const a = run(text);
    expect(names(a)).toEqual(["Omar Hassan al-Fadil"]);
    expect(forms(text, person(a, "Omar Hassan al-Fadil"))).toEqual(["Omar Hassan al-Fadil", "Fadil", "Al-Fadil"]);
  });
  it("a described office is shown before a bare military rank (Col. X, the deputy commander of …)", () => {
    const a = run("The unit was led by Col. Mark Dunmore, the deputy commander of the northern brigade, who said the road was open.");
    expect(person(a, "Mark Dunmore").role).toBe("deputy commander of the northern brigade");
    expect(person(run("Lt. Gen. Ann Pike said the road was open."), "Ann Pike").role).toBe("Lt. Gen.");
  });
  it("a place that is also a given name ends an office's 'for' before a full name (Minister for Europe Chris X)", () => {
    const a = run("Minister for Europe Chris Hopley said the talks would resume. Minister for Asia Dana Reeve agreed.");
    expect(names(a)).toEqual(["Chris Hopley", "Dana Reeve"]);
    expect(person(a, "Chris Hopley").role).toBe("Minister for Europe");
  });
  it("a specialist on a council: the council is whom they act for, past a rank before the name", () => {
    const a = run("Lawmakers questioned Lt Col Dara Pellow, a Moldova specialist on the Joint Policy Council, on Tuesday.");
    expect(person(a, "Dara Pellow").represents).toBe("Joint Policy Council");
  });
  it("a person's job before a name that opens with an everyday word (talent manager Rocket Hale)", () => {
    const text = "The studio was bought by talent manager Rocket Hale in May. Rocket Hale's company denied it.";
    expect(names(run(text))).toEqual(["Rocket Hale"]);
  });
  it("a middle initial that is also a word does not cut the name (Dana A. Pellow)", () => {
    const text = "Police arrested Dana A. Pellow, 32, after the search.";
    expect(names(run(text))).toEqual(["Dana A. Pellow"]);
  });
  it("a generational suffix ends the name and is not a key", () => {
    const text = "U.S. Attorney Jonah Price Jr. said the case was closed. Price added that the appeal had failed.";
    const a = run(text);
    const p = person(a, "Jonah Price Jr.");
    expect(p.isOfficial).toBe(true);
    expect(forms(text, p)).toEqual(["Jonah Price Jr.", "Price"]);
  });
  it("a surname that is a common word, after a given name (Helen May)", () => {
    expect(names(run("Helen May said the vote was close."))).toEqual(["Helen May"]);
  });
  it("a name word that is a pronoun, mid-sentence in prose (Liu He)", () => {
    const a = run("The deal was signed with Liu He, the country's top negotiator, on Friday.");
    expect(person(a, "Liu He").isOfficial).toBe(true);
  });
  it("the leader a body is named after (the Hale administration) is an official", () => {
    const a = run("The Hale administration denied the report on Monday.");
    expect(person(a, "Hale").isOfficial).toBe(true);
  });
  it("a second surname after the one known is the same person (Olvera Campos)", () => {
    const text = "Marta Olvera said the plan would fail. Later, Olvera Campos said it again.";
    const a = run(text);
    expect(names(a)).toEqual(["Marta Olvera"]);
    expect(forms(text, person(a, "Marta Olvera"))).toContain("Olvera Campos");
  });
  it("a surname spelt one letter apart is the same person (Kovalenko / Kowalenko)", () => {
    const text = "Minister Petro Kovalenko said the grain would move. Kowalenko added that ports were open.";
    expect(run(text).people).toHaveLength(1);
  });
  it("de Leon and De Leon are one person", () => {
    const text = "Councilwoman Rita de Leon voted no. De Leon said the budget was unfair.";
    expect(run(text).people).toHaveLength(1);
  });
});

describe("entities: an organisation's word as a surname", () => {
  it("after a frequent given name, Hall, Law and Post are surnames; a church's or a house's name is not a person", () => {
    const a = run("Representative Tony Hall of Ohio said the vote would pass. Ana Law, a strategist, said it would not. Law added that time was short.");
    expect(person(a, "Tony Hall").isOfficial).toBe(true);
    expect(person(a, "Tony Hall").role).toBe("Representative");
    expect(forms("Representative Tony Hall of Ohio said the vote would pass. Ana Law, a strategist, said it would not. Law added that time was short.", person(a, "Ana Law"))).toEqual(["Ana Law", "Law"]);
    expect(names(run("Grace Church said it would open its doors. A spokesman for Clarence House said the visit was private."))).toEqual([]);
  });
});

describe("entities: a role that matches none of two namesakes", () => {
  it("goes to neither by default: 'Ostrander, the secretary of state' is not 'former Governor Tom Ostrander'", () => {
    const text = "Dana Ostrander spoke in Iowa. Her husband, former Governor Tom Ostrander, joined her. Dana Ostrander said the race was close. Ostrander, the former secretary of state, said she would win.";
    const a = run(text);
    expect(person(a, "Tom Ostrander").role).toBe("former Governor");
    expect(person(a, "Dana Ostrander").role).toBe("former secretary of state");
  });
});

describe("entities: a whip, and a party's word as a surname", () => {
  it("'Senate Majority Whip Tom Cornell' is a person with an office; 'Jennifer Green' keeps her surname, 'Nevada Democrats' stay a group", () => {
    const a = run("Senate Majority Whip Tom Cornell (R-Tex.) responded on Monday. Cornell said the bill would pass.");
    expect(person(a, "Tom Cornell").role).toBe("Senate Majority Whip");
    expect(person(a, "Tom Cornell").isOfficial).toBe(true);
    expect(names(run("Jennifer Green, a teacher, spoke. Nevada Democrats and Latino Republicans met."))).toEqual(["Jennifer Green"]);
  });
});

describe("entities: short forms of a given name", () => {
  it("'Josh Apter' is 'Joshua Apter'; 'Paul Lund' is not 'Paula Lund'", () => {
    const a = run("Joshua Apter, a professor, said the air was bad. Josh Apter said it would get worse.");
    expect(names(a)).toEqual(["Joshua Apter"]);
    expect(names(run("Senator Charles Grisley spoke. Chuck Grisley said the bill would pass."))).toEqual(["Charles Grisley"]);
    const b = run("Paula Lund said the plan was bad. Paul Lund, her brother, said it was good.");
    expect(names(b)).toEqual(["Paula Lund", "Paul Lund"]);
  });
});

describe("entities: a sentence's opening subordinator or speech verb is no part of a name", () => {
  it("a known person's surname that is also an outlet's name, after an opening function word ('But Herald …')", () => {
    const text = "Dana Herald, the mayor, spoke on Monday. But Herald was not happy. Now Herald says she will run.";
    const a = run(text);
    expect(names(a)).toEqual(["Dana Herald"]);
    expect(person(a, "Dana Herald").mentions).toHaveLength(3);
  });
  it("'Whereas Varga …', 'Continued Varga: “…”'", () => {
    const text = "Tomas Varga, a senator, spoke first. Whereas Varga had a plan, his rival did not.\n\nContinued Varga: “We will not wait.”";
    const a = run(text);
    expect(names(a)).toEqual(["Tomas Varga"]);
    expect(person(a, "Tomas Varga").mentions).toHaveLength(3);
    expect(a.quotes.map((q) => q.speakerId)).toEqual([person(a, "Tomas Varga").id]);
  });
  it("a job's noun that is a surname keeps its 'of' place out of the name ('Senator Barbara Boxer of California'); a title after a name opens an office", () => {
    const a = run("Senator Barbara Boxer of Zenda said she had called him. The note went to Clinton Chief of Staff Ana Ruiz.");
    expect(names(a)).toEqual(["Barbara Boxer", "Ana Ruiz"]);
    expect(person(a, "Barbara Boxer").role).toBe("Senator");
    expect(person(a, "Ana Ruiz").role).toBe("Clinton Chief of Staff");
  });
  it("'Given Varga's record …', 'Considering Varga's votes …': a preposition, not a given name", () => {
    const text = "Tomas Varga, a senator, spoke first.\n\nGiven Varga's record, the bill may pass. Considering Varga's votes, it will.";
    const a = run(text);
    expect(names(a)).toEqual(["Tomas Varga"]);
    expect(person(a, "Tomas Varga").mentions).toHaveLength(3);
  });
});

describe("entities: a courtesy title before a word that is also a language, a place or a title", () => {
  it("'Mr. English', 'Mrs. French', 'Mr. Prince' are surnames; 'Mr. President' is an office", () => {
    const text = "Bryn English, a pastor, backed the plan. “It is real,” Mr. English said. Mrs. French said it was late. Mr. Prince said so too.";
    const a = run(text);
    expect(names(a)).toEqual(["Bryn English", "French", "Prince"]);
    expect(a.quotes[0]?.speakerId).toBe(person(a, "Bryn English").id);
    expect(names(run("“Mr. President, we object,” the senator said."))).toEqual([]);
    // (any job's noun after a frequent given name or a courtesy title: "Vera Boxer", "Ms. Boxer")
    expect(names(run("Rival Vera Boxer attacked the plan. “It is late,” Ms. Boxer said. The West Wing was quiet."))).toEqual(["Vera Boxer"]);
  });
});

describe("entities: a sentence opened by 'For' or 'Of' and a name", () => {
  it("'For Varga, …' names Varga; a share of a group after the name is no role", () => {
    const text = "Tomas Varga won the vote in May.\n\nFor Varga, a majority of likely voters, 56%, have doubts. Of Varga, the mayor said little.";
    const a = run(text);
    expect(names(a)).toEqual(["Tomas Varga"]);
    expect(forms(text, person(a, "Tomas Varga"))).toEqual(["Tomas Varga", "Varga"]);
    expect(person(a, "Tomas Varga").mentions).toHaveLength(3);
    expect(person(a, "Tomas Varga").role).toBeNull();
    // (an office's "of" still ends the office: no one is named "Staff")
    expect(names(run("He met the White House Chief Of Staff Dana Ruiz on Monday."))).toEqual(["Dana Ruiz"]);
  });
});

describe("entities: a description of a known person's office as a source", () => {
  it("'the Leakbox founder argued' after 'Leakbox co-founder Tom Vell' is Vell", () => {
    const a = run(
      "Leakbox co-founder Tom Vell has denied the charges.\n\nThe case was opened nine years ago, and the inquiry was dropped twice before prosecutors reopened it last spring after new statements.\n\nThe Leakbox founder argued that his fear of arrest was why he had fled.",
    );
    expect(a.quotes.map((q) => q.speakerId)).toContain(person(a, "Tom Vell").id);
    expect(a.quotes.some((q) => q.source === "Leakbox founder")).toBe(false);
  });
});

describe("entities: a regnal number after a single name", () => {
  it("'King Abdullah II of Jordan' is a person; 'John Smith III' keeps his suffix out of his keys", () => {
    const a = run("One of the heroes is King Tamar II of Varnia, the envoy said.");
    expect(person(a, "Tamar II")).toMatchObject({ role: "King", isOfficial: true });
    expect(names(run("John Smith III said it. Smith left."))).toEqual(["John Smith III"]);
  });
});

describe("entities: a given name and a surname after a place's preposition", () => {
  it("'lost it to Mitt Romney' names him; 'back to Little Rock' names no one", () => {
    expect(names(run("Dale won the state in 2008 but lost it to Mitt Romney four years later."))).toContain("Mitt Romney");
    expect(names(run("She said she would not be coming back to Little Rock again."))).toEqual([]);
  });
});

describe("entities: a nation that is a body", () => {
  it("'the Oneida Indian Nation leader' acts for the Oneida Indian Nation, and the Nation is no person", () => {
    const a = run("Ray Tall, the Kanosh Indian Nation leader, spoke. The Kanosh Indian Nation runs a casino.");
    expect(names(a)).toEqual(["Ray Tall"]);
    expect(person(a, "Ray Tall").represents).toBe("Kanosh Indian Nation");
  });
});

describe("entities: a list after a plural office and a colon", () => {
  it("'three Republican hopefuls: Jeb, Ben Okafor, and Tom Hale' share the office; 'Jeb' is the later 'Jeb Dorn'", () => {
    const a = run("We mocked three Republican hopefuls: Jeb, Ben Okafor, and Tom Hale.\n\nLater, Jeb Dorn said he was fine.");
    expect(names(a)).toEqual(["Jeb Dorn", "Ben Okafor", "Tom Hale"]);
    for (const p of a.people) expect(p).toMatchObject({ role: "Republican hopeful", isOfficial: true });
    expect(person(a, "Jeb Dorn").mentions).toHaveLength(2);
  });
});

describe("entities: a candidate a poll or a count measures", () => {
  it("'Okafor with 20 percent', 'Kessel has five delegates' are candidates; a company's share is no person's", () => {
    const a = run("Dana Ruiz led the poll. Ben Okafor spoke in Iowa. In the survey, Okafor had 20 percent, followed by Jan Kessel at 13%. Kessel has five delegates. Tom Hale has 20 percent of his savings in bonds. Eli Marsh won 40 percent of the vote. Cal Reyes had 20 points in the game.");
    expect(person(a, "Ben Okafor").isOfficial).toBe(true);
    expect(person(a, "Jan Kessel").isOfficial).toBe(true);
    expect(person(a, "Dana Ruiz").isOfficial).toBe(false);
    expect(person(a, "Tom Hale").isOfficial).toBe(false);
    expect(person(a, "Eli Marsh").isOfficial).toBe(true);
    expect(person(a, "Cal Reyes").isOfficial).toBe(false);
  });
  it("a race's turn makes a candidate ('won the Iowa caucuses', 'dropped out of the race'); a lottery does not", () => {
    const a = run("Ana Ruiz won the Iowa caucuses. Ben Okafor dropped out of the race on Monday. Tom Hale suspended his presidential campaign. Eli Marsh won the lottery.");
    expect(a.people.map((p) => [p.name, p.isOfficial])).toEqual([["Ana Ruiz", true], ["Ben Okafor", true], ["Tom Hale", true], ["Eli Marsh", false]]);
  });
  it("a person backed for an office is a candidate ('endorsed Ana Ruiz for president'); backed for anything else is not", () => {
    const a = run("The senator had endorsed Ana Ruiz for president. He backed Tom Hale for the Senate. She supported Eli Marsh for his work.");
    expect(a.people.map((p) => [p.name, p.isOfficial])).toEqual([["Ana Ruiz", true], ["Tom Hale", true], ["Eli Marsh", false]]);
  });
});

describe("entities: donors, and a feed or a program named after a word", () => {
  it("'longtime Republican donor Ana Ruiz' is a private person acting for no party", () => {
    const a = run("Longtime Republican donor Ana Ruiz gave $2 million to the effort.");
    expect(person(a, "Ana Ruiz")).toMatchObject({ role: "Longtime Republican donor", isOfficial: false, represents: null });
  });
  it("a relative of an official acts for no one ('the son of the Republican front-runner')", () => {
    const a = run("Eli Dale, the son of the Republican presidential front-runner, spoke at the rally.");
    expect(person(a, "Eli Dale")).toMatchObject({ isOfficial: false, represents: null });
  });
  it("'his official Twitter feed', 'the Head Start program' name no one", () => {
    expect(names(run("Later, Dale said on his official Twitter feed that he was joking."))).toEqual(["Dale"]);
    expect(names(run("He cited the Head Start program, which funds schools."))).toEqual([]);
  });
});

describe("entities: a supervisor's office", () => {
  it("'Marin County Supervisor Ana Ruiz' is Ana Ruiz, an official; a shift supervisor is not", () => {
    const a = run("Marin County Supervisor Ana Ruiz said the levy would pass.");
    expect(names(a)).toEqual(["Ana Ruiz"]);
    expect(person(a, "Ana Ruiz")).toMatchObject({ role: "Marin County Supervisor", isOfficial: true });
    expect(person(run("Her shift supervisor, Dana Hale, said the store was closed."), "Dana Hale").isOfficial).toBe(false);
  });
});

describe("entities: a people's group word that is also a given name", () => {
  it("'Latino Insights' is no person; 'Dale's Latino vote director' acts for the Dale campaign", () => {
    const a = run("A new Latino Insights poll found a lead. Tom Dale is running for governor. Ana Ruiz, Dale's Latino vote director, said the campaign was ready.");
    expect(names(a)).toEqual(["Tom Dale", "Ana Ruiz"]);
    expect(person(a, "Ana Ruiz").represents).toBe("Dale campaign");
  });
});

describe("entities: a given name that is also an organisation's word", () => {
  it("'Bill Okafor' is a person with any verb; 'Bill of Rights' is not", () => {
    const text = "The rally was loud. Then, Bill Okafor set the tone for his wife. He said she would win.";
    const a = run(text);
    expect(names(a)).toEqual(["Bill Okafor"]);
    expect(a.quotes.map((q) => a.people.find((p) => p.id === q.speakerId)?.name)).toEqual(["Bill Okafor"]);
    expect(names(run("The Bill of Rights set the tone for the debate."))).toEqual([]);
  });
  it("'Bill' alone is the Bill just named, unless a shared surname follows ('Bill and Ana Ruiz')", () => {
    const text = "Bill Okafor spoke in Ohio on Monday. Later, her husband Bill thanked a diner.";
    expect(forms(text, person(run(text), "Bill Okafor"))).toEqual(["Bill Okafor", "Bill"]);
    const other = "Bill Okafor spoke on Monday. The Bill and Ana Ruiz Fund gave money.";
    expect(forms(other, person(run(other), "Bill Okafor"))).toEqual(["Bill Okafor"]);
  });
  it("a job's noun or a ruler's title after a given name is a surname (Tova Farmer, Misha Shah)", () => {
    const a = run("“We will build it,” says Misha Shah, 41, of Leeds. Tova Farmer, Dane Rusk and Eli Moss said they agreed.");
    expect(names(a)).toEqual(["Misha Shah", "Tova Farmer", "Dane Rusk", "Eli Moss"]);
    const doc = run("“It will shrink,” says industry analyst Ken Doctor. Later, Doctor says, the papers will close.");
    expect(forms("“It will shrink,” says industry analyst Ken Doctor. Later, Doctor says, the papers will close.", person(doc, "Ken Doctor"))).toEqual(["Ken Doctor", "Doctor"]);
    expect(person(a, "Dane Rusk").role).toBeNull();
    expect(a.quotes[0]?.speakerId).toBe(person(a, "Misha Shah").id);
    expect(person(run("A Texas farmer, Dane Rusk, said the rain came late."), "Dane Rusk").role).toBe("Texas farmer");
  });
});

describe("entities: two given names before one surname", () => {
  it("'Dana and Hunter Ostrander' are two people of one family; a title before the surname is the first named", () => {
    const text = "The panel asked whether anyone had tried to investigate Dana and Hunter Ostrander. Ruiz spoke of efforts to target former Governor Ostrander.";
    const a = run(text);
    expect(names(a)).toEqual(["Dana Ostrander", "Hunter Ostrander"]);
    expect(person(a, "Dana Ostrander").role).toBe("former Governor");
  });
  it("not a list's last members, a known person's given name, or a name of three words", () => {
    expect(names(run("Fans cheered Brandy, Monica and Lauryn Hollis on Friday."))).not.toContain("Monica Hollis");
    expect(names(run("Senator Hillary Ostrander spoke. Hillary and Tim Kaner met on Monday."))).not.toContain("Hillary Kaner");
    expect(names(run("He served under Presidents Reagan and George W. Bush."))).not.toContain("Reagan Bush");
  });
});

describe("entities: invisible characters", () => {
  it("a soft hyphen or a direction mark inside a name does not cut it", () => {
    const text = "Minister Vla\u00addimir Sorokov said the talks were over. Sorokov\u200e added more.";
    const a = run(text);
    expect(a.people).toHaveLength(1);
    expect(a.people[0]!.name).toBe("Vla\u00addimir Sorokov");
    expect(a.people[0]!.mentions).toHaveLength(2);
  });
});

describe("entities: title-case lines", () => {
  it("a headline ending in a full stop, without a capitalised function word, glues no verb to a name", () => {
    expect(names(run("Ana Ostrander Rampages to +32 Point Lead in Ohio.\n\nAccording to a new poll, Ana Ostrander is far ahead."))).toEqual(["Ana Ostrander"]);
  });
  it("a subhead's capitals after a name are the subhead's, whether the prose names them before or after", () => {
    const sub = "Ana Morales Questioned What It Means To Be \u201cTruly Local.\u201d";
    for (const text of [
      `Ten things people said.\n\nThe list includes Ana Morales and Juan Perez.\n\n4\n${sub}\n\nAna Morales became a target of critics.`,
      `Ten things people said.\n\n4\n${sub}\n\nAna Morales became a target of critics.`,
    ]) {
      const a = run(text);
      expect(names(a)).toContain("Ana Morales");
      expect(forms(text, person(a, "Ana Morales"))).toEqual(["Ana Morales"]);
    }
  });
  it("a title-case line in the body that ends in a full stop is still title case when a function word is capitalised", () => {
    const text = "The debate ran long.\n\nRelated:\n\nGOP Candidates Resoundingly Reject The Idea Of A Wage Hike.\n\nAna Ruiz Scores Direct Hit On Tom Hicks.\n\nSenator Ana Ruiz said the plan would fail.";
    expect(names(run(text))).toEqual(["Ana Ruiz", "Tom Hicks"]);
  });
  it("a title-case headline makes no person of its words", () => {
    expect(names(run("Video Shows Dramatic Rescue Of Girl From Flood\n\nThe girl was saved by a neighbour."))).toEqual([]);
  });
  it("a headline names two people of the body: its first words and a surname after its verb or preposition", () => {
    const text = "Ana Ruiz Outflanks Hale, Calls On Varga To Resign\n\nMayor Ana Ruiz on Monday outflanked Tom Hale and called on Dan Varga to resign.";
    const a = run(text);
    expect(names(a)).toEqual(["Ana Ruiz", "Tom Hale", "Dan Varga"]);
    for (const [n, forms_] of [["Ana Ruiz", ["Ana Ruiz"]], ["Tom Hale", ["Hale", "Tom Hale"]], ["Dan Varga", ["Varga", "Dan Varga"]]] as const)
      expect(forms(text, person(a, n))).toEqual(forms_);
  });
  it("a headline's run of capitals that ends in no name word still opens with the body's person", () => {
    const text = "Ana Ruiz Reassures House Democrats\n\nMayor Ana Ruiz met House Democrats on Monday.";
    expect(person(run(text), "Ana Ruiz").mentions.map((m) => m.start)).toEqual([0, text.indexOf("Ana Ruiz", 10)]);
  });
  it("a headline's adjective + surname joins the body's person by the surname", () => {
    const text = "Unpredictable Ostrander Wins Again\n\nMayor Dana Ostrander said the result was fair.";
    const a = run(text);
    expect(names(a)).toEqual(["Dana Ostrander"]);
    expect(forms(text, person(a, "Dana Ostrander"))).toEqual(["Ostrander", "Dana Ostrander"]);
  });
  it("a long first title-case line is a headline: its given name + verb joins the body's person", () => {
    const text = "Okafor on Delphine Proposing Her New Housing Plan for the Eastern Suburbs: 'We Will Look at It'\n\nSenator Ruth Okafor said Delphine Arnaud would unveil the plan.";
    const a = run(text);
    expect(names(a)).toEqual(["Ruth Okafor", "Delphine Arnaud"]);
    expect(forms(text, person(a, "Delphine Arnaud"))).toEqual(["Delphine", "Delphine Arnaud"]);
  });
  it("a headline's full name followed by its verb joins the body's person whole", () => {
    const text = "Tomas Brandt Concedes Race\n\nTomas Brandt conceded on Tuesday. Brandt thanked voters.";
    const a = run(text);
    expect(names(a)).toEqual(["Tomas Brandt"]);
    expect(forms(text, person(a, "Tomas Brandt"))).toEqual(["Tomas Brandt", "Brandt"]);
  });
  it("a title-case line's everyday word after a name is the headline's ('Tomas Brandt Address Voters')", () => {
    const text =
      "Tomas Brandt spoke on Tuesday.\n\nTomas Brandt Address Voters As The Cold Rain Kept Falling On The Crowd Of Supporters All Evening\n\nBrandt thanked voters.";
    const a = run(text);
    expect(names(a)).toEqual(["Tomas Brandt"]);
    expect(forms(text, person(a, "Tomas Brandt"))).toEqual(["Tomas Brandt", "Brandt"]);
  });
  it("a US state of two words is no person ('West' is also a given name)", () => {
    expect(names(run("Twenty states led by West Virginia are challenging the rule."))).toEqual([]);
  });
  it("the first block is a headline even with a final full stop", () => {
    const text = "Tomas Brandt Accused Of Shocking Act With Ledger In Fit Of Rage.\n\nTomas Brandt denied it on Monday. Brandt thanked voters.";
    const a = run(text);
    expect(names(a)).toEqual(["Tomas Brandt"]);
    expect(forms(text, person(a, "Tomas Brandt"))).toEqual(["Tomas Brandt", "Brandt"]);
  });
  it("a number's slash in a headline ('9/11', '24/7') does not make it a photo credit", () => {
    const text = "Marlow Splits With Party On 9/11 Memorial Bill\n\nSenator Clara Marlow said the memorial would wait.";
    const a = run(text);
    expect(names(a)).toEqual(["Clara Marlow"]);
    expect(forms(text, person(a, "Clara Marlow"))).toEqual(["Marlow", "Clara Marlow"]);
  });
  it("a slash between two names in prose ('the Varga/Hale ticket') makes no photo credit; 'Photo: X/AFP' does", () => {
    const text = "Senator Clara Varga spoke in Ohio. Tom Hale, the governor, joined her.\n\nA Varga/Hale ticket would suit the state, aides said.\n\nPhoto: Ana Ruiz/AFP";
    const a = run(text);
    expect(person(a, "Clara Varga").standing).toBe("official");
    expect(person(a, "Tom Hale").standing).toBe("official");
    expect(person(a, "Ana Ruiz").standing).toBe("maker");
  });
  it("a name framed once as a firm ('a firm called Marlow Keats') is that firm in its later mentions too", () => {
    const a = run("The deal went to a firm called Marlow Keats. Marlow Keats said the plan was sound. Later, Marlow Keats raised prices.");
    expect(names(a)).toEqual([]);
    expect(a.quotes.map((q) => q.source)).toEqual(["Marlow Keats"]);
  });
  it("'By Varga's own argument, …' opens a sentence, not a byline", () => {
    const a = run("Senator Clara Varga spoke in Ohio.\n\nBy Varga's own argument, the vote stands.");
    expect(person(a, "Clara Varga").standing).toBe("official");
  });
});

describe("entities: all-capitals headlines", () => {
  it("an all-capitals headline's surname joins the body's person", () => {
    const text = "SOCCER - VANTERPOOL NAMED AS CAPTAIN .\nCoach Dirk Meijer named Alan Vanterpool as captain on Friday.";
    const a = run(text);
    expect(names(a)).toEqual(["Alan Vanterpool", "Dirk Meijer"]);
    expect(forms(text, person(a, "Alan Vanterpool"))).toContain("VANTERPOOL");
  });
  it("a list of names on a line is not a title-case line", () => {
    const a = run("The squad:\nKofi Mensah, Tomasz Wierzbicki, Jan Kowal and Pedro Alves\nAll four trained on Monday.");
    expect(names(a)).toEqual(["Kofi Mensah", "Tomasz Wierzbicki", "Jan Kowal", "Pedro Alves"]);
  });
});

describe("entities: officials on evidence", () => {
  it("a person whose campaign it is runs for office: an official; a cause's campaign is no office", () => {
    const a = run("Dana Ostrander spoke in Iowa on Monday. Ostrander's presidential campaign said she would stay in the race.");
    expect(person(a, "Dana Ostrander").isOfficial).toBe(true);
    const c = run("Tom Hicks spoke on Monday. Hicks's candidacy drew thousands; Ana Ruiz's re-election bid did not. Dana Lee's bid for the company failed.");
    expect(person(c, "Tom Hicks").isOfficial).toBe(true);
    expect(person(c, "Ana Ruiz").isOfficial).toBe(true);
    expect(person(c, "Dana Lee").isOfficial).toBe(false);
    const b = run("Mary Lund spoke on Monday. Lund's campaign against the new highway drew thousands.");
    expect(person(b, "Mary Lund").isOfficial).toBe(false);
  });
  it("a party label before a name makes a politician (Democrat Walter Ambler)", () => {
    const a = run("Democrat Walter Ambler promised higher taxes.");
    expect(person(a, "Walter Ambler").isOfficial).toBe(true);
    expect(person(a, "Walter Ambler").represents).toBe("Democratic Party");
  });
  it("a party's possessive before a name (Labour's Tom Hicksley)", () => {
    const a = run("Labour's Tom Hicksley said the vote was close.");
    expect(person(a, "Tom Hicksley").isOfficial).toBe(true);
    expect(person(a, "Tom Hicksley").represents).toBe("Labour Party");
  });
  it("a plural title is shared by coordinated names (Sens. A and B)", () => {
    const a = run("The two rivals — Sens. Mara Quill and Dorian Vale — struggled in the polls.");
    expect(person(a, "Mara Quill").isOfficial).toBe(true);
    expect(person(a, "Dorian Vale").isOfficial).toBe(true);
  });
  it("a person named without any role is not an official", () => {
    const a = run("Jonas Ekberg said the bridge was closed.");
    expect(person(a, "Jonas Ekberg").isOfficial).toBe(false);
    expect(person(a, "Jonas Ekberg").standing).toBe("unstated");
  });
  it("a newspaper named by its town and a paper word is no person", () => {
    const a = run("The Dayton Sentinel and the Marlow Register reported that Ana Ruiz, the Dayton Chronicle's editor, quit.");
    const names = a.people.map((p) => p.name);
    expect(names).not.toContain("Dayton Sentinel");
    expect(names).not.toContain("Marlow Register");
    expect(names).toContain("Ana Ruiz");
  });
  it("a brand spelt with a capital inside a word is no person; a surname prefix's capital is", () => {
    const a = run("ZentaBank Chase said profits rose. John McCain, Ron DeSantis and Jim VandeHei spoke.");
    const names = a.people.map((p) => p.name);
    expect(names).not.toContain("ZentaBank Chase");
    expect(names).toEqual(expect.arrayContaining(["John McCain", "Ron DeSantis", "Jim VandeHei"]));
  });
  it("a list closing its sentence that the next sentence calls 'the companies' names firms", () => {
    const a = run("The team led by Zenta includes Draper, Lockwood Martin, and Halsey Brandt. The companies have not said more. The panel includes Ana Ruiz and Tom Hale. The groups met.");
    const names = a.people.map((p) => p.name);
    expect(names).not.toContain("Lockwood Martin");
    expect(names).toEqual(expect.arrayContaining(["Ana Ruiz", "Tom Hale"]));
  });
  it("the Arabic article written apart before an Arabic-spelt word names a body, not a person", () => {
    const a = run("Al Qaeda and Al Shabaab claimed the raids, Al Jazeera said. Al Gore and Al Sharpton spoke later.");
    const names = a.people.map((p) => p.name);
    expect(names).not.toContain("Al Qaeda");
    expect(names).not.toContain("Al Shabaab");
    expect(names).not.toContain("Al Jazeera");
    expect(names).toContain("Al Gore");
    expect(names).toContain("Al Sharpton");
  });
  it("a copula gives the role (Hege is the CEO of DH)", () => {
    const a = run("Marit Hegeby is the CEO of Nordlys, a branding firm. Hegeby said the ads were risky.");
    expect(person(a, "Marit Hegeby").isOfficial).toBe(true);
    expect(person(a, "Marit Hegeby").role).toBe("CEO of Nordlys");
  });
  it("a byline names a maker, never an official", () => {
    const a = run("By Lena Sorvik\n\nThe council met on Monday.");
    expect(person(a, "Lena Sorvik").standing).toBe("maker");
  });
  it("a block the page marks as a byline or a credit names makers", () => {
    const text = "Minister Ana Ruiz spoke.\n\nLena Sorvik and Pavel Orlov in Oslo\n\nImage courtesy of Tomas Berg";
    const blocks = snapshotFromPlainText(text).blocks.map((b, i) => ({ ...b, kind: i === 1 ? ("byline" as const) : i === 2 ? ("credit" as const) : b.kind }));
    const a = analyze({ text, blocks });
    expect(person(a, "Lena Sorvik").standing).toBe("maker");
    expect(person(a, "Pavel Orlov").standing).toBe("maker");
    expect(person(a, "Tomas Berg").standing).toBe("maker");
    expect(person(a, "Ana Ruiz").isOfficial).toBe(true);
  });
  it("a 'Contributing:' line names makers", () => {
    const a = run("The council met on Monday.\n\nContributing: Pavel Orlov");
    expect(person(a, "Pavel Orlov").standing).toBe("maker");
  });
});

describe("represents, from the article's own words", () => {
  it("a bare 'Rep.' or 'Sen.' in an article on US politics is a member of Congress; not elsewhere, and not their relative", () => {
    const a = run("Rep. Dana Ostrander said the vote would be close. Republicans in Congress disagreed. Sen. Mark Vale's wife, Lena Vale, said nothing.");
    expect(person(a, "Dana Ostrander").represents).toBe("U.S. House of Representatives");
    expect(person(a, "Mark Vale").represents).toBe("U.S. Senate");
    expect(person(run("Speaker Tom Hale said the House would vote. Democrats objected."), "Tom Hale").represents).toBe("House of Representatives");
    expect(person(a, "Lena Vale").represents).toBeNull();
    expect(person(run("Sen. Mark Vale said the budget would pass in Manila."), "Mark Vale").represents).toBeNull();
  });
  it("a name before 'administration' is that government; a generational suffix is no body", () => {
    const a = run("Harold Dunne, a banker and former Ostrander administration official, said it was fine. Jared Bern, a former adviser to Vice President Tom Vale Jr., said the plan was weak.");
    expect(person(a, "Harold Dunne").represents).toBe("Ostrander administration");
    expect(person(a, "Jared Bern").represents).not.toBe("Jr.");
  });
  it("an office described earlier in the same sentence is someone else's (met the Ruritanian president … President X's trip)", () => {
    const a = run("The visit, where he met the Ruritanian president, reminds me of President Tom Ostrander's trip to Geneva.");
    expect(person(a, "Tom Ostrander").represents).toBeNull();
  });
  it("a bare title does not take the owner of a hyphenated office that ends with it (General X after a secretary-general)", () => {
    const a = run("Ana Lutz, a spokeswoman for the U.N. secretary-general, said the council would meet. The militia's commander, General Idris Mahat, denied the report.");
    expect(person(a, "Ana Lutz").represents).toBe("United Nations");
    expect(person(a, "Idris Mahat").represents).toBeNull();
  });
  it("the sender of an envoy, not the country they are sent to", () => {
    const a = run("The US envoy to Peru, Mark Ellworth, said the talks were over.");
    expect(person(a, "Mark Ellworth").role).toBe("US envoy to Peru");
    expect(person(a, "Mark Ellworth").represents).toBe("United States");
  });
  it("a role with its complement before the name, no sender stated: nothing", () => {
    const a = run("Former special envoy to Chile Rosa Delmaro said the same.");
    expect(person(a, "Rosa Delmaro").role).toBe("Former special envoy to Chile");
    expect(person(a, "Rosa Delmaro").represents).toBeNull();
  });
  it("a role with its complement before the name, 'the' before the body's name: the name is a person's and the role whole", () => {
    const a = run("He said that he and U.S. Ambassador to the European Union Gordon Sandvik had met the chairman of the Senate Finance Committee Jim Reedy.");
    expect(person(a, "Gordon Sandvik").role).toBe("U.S. Ambassador to the European Union");
    expect(person(a, "Gordon Sandvik").isOfficial).toBe(true);
    expect(person(a, "Gordon Sandvik").represents).toBe("United States");
    expect(person(a, "Jim Reedy").role).toBe("chairman of the Senate Finance Committee");
  });
  it("a US party tag gives the chamber and the party", () => {
    const a = run("Rep. Ana Ruizhal (D-Minn.) and Sen. Tom Hickory, R-Texas, said the bill was dead.");
    expect(person(a, "Ana Ruizhal").represents).toBe("U.S. House of Representatives (Democratic Party)");
    expect(person(a, "Tom Hickory").represents).toBe("U.S. Senate (Republican Party)");
  });
  it("no guess from the article's main country", () => {
    const a = run("Chile's exports fell. Chile's mines closed in Chile. Foreign Secretary Dora Belvin said the trade deal was signed.");
    expect(person(a, "Dora Belvin").represents).toBeNull();
  });
  it("a plural possessive stays inside the role (the prison workers' union)", () => {
    const a = run("Serena Gallo, local president of the prison workers' union, said staff were tired.");
    expect(person(a, "Serena Gallo").role).toBe("local president of the prison workers' union");
  });
  it("coordinated offices before the name (founder and co-CEO)", () => {
    const a = run("The chat was hosted by Cloudnine founder and co-CEO Marcus Benn.");
    expect(person(a, "Marcus Benn").role).toBe("Cloudnine founder and co-CEO");
    expect(person(a, "Marcus Benn").isOfficial).toBe(true);
  });
});

describe("entities: role phrases of unseen news", () => {
  it("an apposition with a finite verb is a clause, no role (X, delegate math is daunting for anyone)", () => {
    expect(person(run("For Ana Ruiz, delegate math is daunting for anyone other than the front-runner."), "Ana Ruiz").role).toBeNull();
    expect(person(run("Tom Vale, a former minister who is now a lobbyist, said no."), "Tom Vale").role).toBe("former minister");
  });
  it("a lower-case party word is an adjective, not a role; a committeeman is an office; 'Electric' ends a company's name", () => {
    const a = run("The conservative Ostrander site and liberal Hispanic groups objected. Republican National Committeeman Tom Vale said so. Shares of General Electric fell. conservative Ana Ruiz said she would run.");
    expect(names(a)).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(person(a, "Tom Vale").represents).toBe("Republican National Committee");
    expect(person(a, "Tom Vale").isOfficial).toBe(true);
    expect(person(run("Ana Ruiz, a party committeewoman from Nevada, said the rules would hold."), "Ana Ruiz").isOfficial).toBe(true);
    expect(person(a, "Ana Ruiz").role).toBeNull();
  });
  it("a clause opened by a pronoun, a modal or a conjunction after a name's comma is no apposition", () => {
    expect(person(run("The party wants to stop Tom Vale, so that they can install someone else as the party's nominee."), "Tom Vale").role).toBeNull();
    expect(person(run("Voters may like Ana Ruiz, especially when it comes to the mayor's race."), "Ana Ruiz").role).toBeNull();
  });
  it("a clause whose subject is a name after the comma is no apposition (…for Tom Vale, Ana Ruiz still believes that the nominee is unfit)", () => {
    const a = run("One month after announcing his support for Tom Vale, Ana Ruiz still believes that the presumptive nominee is unfit to be commander-in-chief.");
    expect(person(a, "Tom Vale").role).toBeNull();
    expect(person(run("Tom Vale, Harbor News host, said the show would go on."), "Tom Vale").role).toBe("Harbor News host");
  });
  it("no role from a plural object before a list, a new subject after an opening phrase, or a progressive after 'who is'", () => {
    const a = run("But unlike their Republican counterparts, Ana Ruiz, Tom Hicks and Mia Dorn all have plans.");
    expect(person(a, "Ana Ruiz").role).toBeNull();
    const b = run("In an interview with hosts Joe Vale and Mika Dorn, the Democratic presidential candidate stated that the plan was mean.");
    expect(person(b, "Mika Dorn").role).toBeNull();
    expect(person(run("Ivo Senn, who is vying to be the next president, tweeted on Friday."), "Ivo Senn").role).toBeNull();
  });
  it("an office read after 'who served as' or a predicate stops before a subordinate clause", () => {
    const a = run("Tom Vale, who served as governor of Ohio before he was elected president in 1992, spoke on Monday.");
    expect(person(a, "Tom Vale").role).toBe("governor of Ohio");
    const b = run("Her husband, Ivo Senn, served as mayor of Lima before he was elected senator in 1992.");
    expect(person(b, "Ivo Senn").role).toBe("mayor of Lima");
  });
  it("a party's word before a plural or a common adjective makes no person (liberal Latinos; Republican Presidential candidate)", () => {
    expect(names(run("The bill angered liberal Latinos and conservative Cuban-Americans alike."))).toEqual([]);
    const a = run("The Republican Presidential candidate Ted Vance spoke on Monday.");
    expect(names(a)).toEqual(["Ted Vance"]);
    expect(person(a, "Ted Vance").represents).toBe("Republican Party");
  });
  it("a partnership and a chamber are organisations; a capitalised 'States' is no speech verb ending an apposition", () => {
    const a = run("Ana Ruiz, the executive director of the Latino Partnership for Fair Principles, said it was bad. Jose Pardo, the president of the United States Hispanic Chamber of Commerce, said it was good.");
    expect(names(a)).toEqual(["Ana Ruiz", "Jose Pardo"]);
    expect(person(a, "Ana Ruiz").represents).toBe("Latino Partnership for Fair Principles");
    expect(person(a, "Jose Pardo").role).toBe("president of the United States Hispanic Chamber of Commerce");
  });
  it("an office that is a preposition's object is the next name's only when a comma closes the apposition", () => {
    expect(person(run("Ana Ruiz spoke in Ohio. She touched on the idea of a female running mate, Ruiz remarked on Monday."), "Ana Ruiz").role).toBeNull();
    expect(person(run("According to the party's chairman, Tom Hale, the deal is dead."), "Tom Hale").role).toBe("party's chairman");
  });
  it("a clause after a comma opened by an auxiliary is no apposition (…, Majority Leader X and Whip Y, have thrown their support behind the nominee)", () => {
    const a = run("His two deputies, Majority Leader Tom Vale and Whip Ivo Senn, have thrown their support behind the nominee.");
    // (his title, not the clause)
    expect(person(a, "Ivo Senn").role).toBe("Whip");
  });
  it("an office inside a relative clause of a list after the name is not the name's (X, Y and Z (who married the chief W,)", () => {
    const a = run("He buried the misdeeds of stars like Tom Vale, Ana Ruiz and Mia Dorn (who married the production chief Ivo Senn, after a fling).");
    expect(person(a, "Tom Vale").role).toBeNull();
    expect(person(a, "Tom Vale").isOfficial).toBe(false);
  });
  it("a time adverb opening an apposition is no part of the office (X, now a federal judge,)", () => {
    expect(person(run("His sister, Mara Ostrander, now a federal judge, said he was kind."), "Mara Ostrander").role).toBe("federal judge");
    expect(person(run("Ana Ruiz, currently the state treasurer, said no."), "Ana Ruiz").role).toBe("state treasurer");
  });
  it("an office before the name whose complement is an article and a body, or opens the sentence (envoy to the United Nations, X)", () => {
    const a = run("Ruritania's envoy to the United Nations, Omar Sadiq, rejected the charge. A senior adviser to President Mark Ellison, Tom Haber, said the deal was close.");
    expect(person(a, "Omar Sadiq").role).toBe("Ruritania's envoy to the United Nations");
    expect(person(a, "Tom Haber").role).toBe("senior adviser to President Mark Ellison");
    // not inside a clause, not a month, not a plural
    expect(person(run("In a letter to the director in May, Ana Ruiz asked for help."), "Ana Ruiz").role).toBeNull();
    expect(person(run("She spoke to reporters in New Delhi, Ana Ruiz said."), "Ana Ruiz").role).toBeNull();
    expect(person(run("In a poll of Ohio voters, Ana Ruiz led the field."), "Ana Ruiz").role).toBeNull();
    expect(person(run("Two senators, Ana Ruiz and Tom Hicks, said the bill was dead."), "Tom Hicks").role).toBe("senator");
  });
  it("a wire dateline's dash opens the role phrase after it (LIMA (Reuters) - The head of X, Y,)", () => {
    const a = run("LIMA (Reuters) - The head of the Harbor Authority, Mae Lund, said ships were waiting.");
    expect(person(a, "Mae Lund").role).toBe("head of the Harbor Authority");
    expect(person(a, "Mae Lund").represents).toBe("Harbor Authority");
  });
  it("a titled name 'from' a body acts for it (Sgt. X from the Kent Police; chief inspector Y of the Kent police)", () => {
    const a = run("The pills were sold online, said chief inspector Jana Mossley of the Kent police. Sgt. Tom Hale from the Kent Police said it was bad.");
    expect(person(a, "Tom Hale").represents).toBe("Kent Police");
    expect(person(a, "Tom Hale").isOfficial).toBe(true);
    expect(person(a, "Jana Mossley").represents).toBe("Kent Police");
    expect(person(run("Judge Ana Ruiz from Ohio said it was fine."), "Ana Ruiz").represents).toBeNull();
  });
  it("an office and 'elect' written apart before a name (Vice-president elect X)", () => {
    const a = run("The cast addressed Vice-president elect Mark Fenner while he watched the show.");
    expect(person(a, "Mark Fenner").role).toBe("Vice-president elect");
    expect(person(a, "Mark Fenner").isOfficial).toBe(true);
  });
  it("an administrator of an agency is an official (Agency's Administrator X; associate administrator at X)", () => {
    const a = run("The Space Agency's Administrator Tom Brask said the launch would slip. \"Not yet,\" added Lia Varn, the acting associate administrator for operations at the agency.");
    expect(person(a, "Tom Brask").isOfficial).toBe(true);
    expect(person(a, "Lia Varn").isOfficial).toBe(true);
  });
  it("a role before the name whose 'of' has several lower-case words (deputy director of public prosecutions, X)", () => {
    const a = run("The case was closed, Norway's deputy director of public prosecutions, Ella Strand, said on Monday.");
    expect(person(a, "Ella Strand").role).toBe("Norway's deputy director of public prosecutions");
    expect(person(a, "Ella Strand").isOfficial).toBe(true);
  });
  it("a role object of a preposition is no apposition (a letter to the head of the union, X)", () => {
    const a = run("In a letter to the head of the farm union, Zed Mallory asked for more time.");
    expect(person(a, "Zed Mallory").role).toBeNull();
  });
  it("an apposition between dashes", () => {
    const a = run("Omar Lask — the press director of Pixmart — denied the report.");
    expect(person(a, "Omar Lask").role).toBe("press director of Pixmart");
    expect(person(a, "Omar Lask").isOfficial).toBe(true);
  });
  it("an appointment in the perfect (X has been named acting secretary)", () => {
    const a = run("Dale Rusk resigned and Ivo Pell has been named the new acting secretary of the agency.");
    expect(person(a, "Ivo Pell").isOfficial).toBe(true);
  });
  it("the judges of a show are no officials; a federal judge is", () => {
    const a = run("The pair danced for judges Lena Moss and Carl Ruiz on Monday. Federal judge Nora Vale ruled on Tuesday.");
    expect(person(a, "Lena Moss").isOfficial).toBe(false);
    expect(person(a, "Carl Ruiz").isOfficial).toBe(false);
    expect(person(a, "Nora Vale").isOfficial).toBe(true);
  });
  it("an apposition too long to close ends where a new phrase begins", () => {
    const a = run(
      "“Not yet,” added Lia Varn, the acting associate administrator for flight operations at the agency and the other witness at the hearing.",
    );
    expect(person(a, "Lia Varn").role).toBe("acting associate administrator for flight operations at the agency");
    expect(person(a, "Lia Varn").isOfficial).toBe(true);
  });
  it("an organisation word opening the chunk stays in the office (Interim Metro Police Chief X)", () => {
    const a = run("Interim Metro Police Chief Ed Alvaro told reporters the line was closed.");
    expect(person(a, "Ed Alvaro").role).toBe("Interim Metro Police Chief");
    expect(person(a, "Ed Alvaro").represents).toBe("Metro Police");
  });
  it("a list after a plural office shares it (candidates including A, B and C; writers such as D)", () => {
    const a = run("The debate is a chance for lower-tier candidates including Dana Oduya, Rick Salles and Mia Torvik. He admired writers such as Paul Enger.");
    for (const n of ["Dana Oduya", "Rick Salles", "Mia Torvik"]) {
      expect(person(a, n).role).toBe("lower-tier candidate");
      expect(person(a, n).isOfficial).toBe(true);
    }
    expect(person(a, "Paul Enger").isOfficial).toBe(false);
  });
  it("a plural of a faith is no person (conservative Christians)", () => {
    expect(names(run("Her parents were conservative Christians who rarely spoke of it."))).toEqual([]);
  });
});
