/**
 * Claims and their sources on news the engine was not tuned on (invented sentences): a dateline
 * before a colon, a short answer ending a sentence, a subject with a name in apposition, coordinated
 * sources, a study's finding, a share after "with", a cue's prepositional object, a participle
 * opening the sentence, a participle's phrase before the main verb.
 */
import { describe, expect, it } from "vitest";
import { claims, expectClaims, run } from "./test-support.ts";

describe("claims: a place before a colon is a dateline, not a source", () => {
  it("a city, or a country whose line names its own speaker, opens no claim of its own", () => {
    const text = "Lima: Peru's UN envoy on Monday indicated that talks would resume.\n\nPeru: The envoy said the talks would resume.";
    expectClaims(text, [{ text: "talks would resume", kind: "indirect", speaker: { source: "envoy" } }], [
      "Peru's UN envoy on Monday indicated that talks would resume",
      "The envoy said the talks would resume",
    ]);
    expect(claims(text, run(text)).some((c) => /Lima|Peru$/.test(c.speaker))).toBe(false);
  });
  it("a country's own statement after the colon stays the country's", () =>
    expectClaims("Peru: We will not yield to pressure.", [{ text: "We will not yield to pressure", kind: "indirect", speaker: { source: "Peru" } }]));
});

describe("claims: a lower-case 'no.' ends the sentence", () => {
  it("the next sentence's source keeps its claim; 'no. 3' with a number stays one sentence", () =>
    expectClaims(
      "Labor's Tom Hicks said no. Blue Harbor chief executive Sam Ortiz said the port would reopen.\n\nThe team ranked no. 3 in the poll, Tom Hicks said.",
      [
        { text: "the port would reopen", kind: "indirect", speaker: "Sam Ortiz" },
        { text: "The team ranked no. 3 in the poll", kind: "indirect", speaker: "Tom Hicks" },
      ],
      ["no. Blue Harbor chief executive Sam Ortiz said the port would reopen"],
    ));
});

describe("claims: a noun phrase with a name in apposition before the cue is its subject", () => {
  it("'The key witness, Ambassador Lena Ward, testified.' has no content; content before the phrase stays", () =>
    expectClaims(
      "The key witness, Ambassador Lena Ward, testified.\n\nThe port will reopen, Lena Ward, a lawyer for the group, said.",
      [{ text: "The port will reopen", kind: "indirect", speaker: "Lena Ward" }],
      ["The key witness"],
    ));
});

describe("claims: a description before a name in apposition is no content", () => {
  it("'…, his top aide, Tad Devine, told reporters' ends the content before the description", () =>
    expectClaims(
      "Despite the defeats, the senator remains committed to the race, his top aide, Tad Devine, told reporters.",
      [{ text: "Despite the defeats, the senator remains committed to the race", kind: "indirect", speaker: "Tad Devine" }],
      ["Despite the defeats, the senator remains committed to the race, his top aide"],
    ));
});

describe("claims: coordinated sources of one clause each under their own label", () => {
  it("'The bank and the fund said …' after a firm is named is the bank's and the fund's, not the firm's", () => {
    const text = "Acme's chief executive spoke on Monday. The bank and the fund said the plan was sound.";
    const got = claims(text, run(text)).filter((c) => c.text === "the plan was sound");
    expect(got.map((c) => c.speaker).sort()).toEqual(["source:bank", "source:fund"]);
  });
});

describe("claims: a study or a document reports what it found with a bare clause", () => {
  it("'That audit found the funds were missing' is the audit's; a thing found or 'found evidence that' is no bare clause", () =>
    expectClaims(
      "That audit found the funds were missing.\n\nThe audit found the funds.\n\nThe police found the body was buried.",
      [{ text: "the funds were missing", kind: "indirect", speaker: { source: "audit" } }],
      ["the funds", "the body was buried"],
    ));
});

describe("claims: a source phrase opening with 'with' or 'compared with'", () => {
  it("the preposition is no part of the source; nor a relative 'who' after a share", () => {
    const text =
      "Voters view the mayor as prepared, with 50 percent saying she is ready.\n\nMost voters said yes, compared with 23 percent who said the plan was illegal.\n\n" +
      "Rick Hale turned on Ana Ruiz, with the campaign of the senator saying she was not a real conservative.";
    const got = claims(text, run(text));
    expect(got.find((c) => c.text === "she is ready")?.speaker).toBe("source:50 percent");
    expect(got.find((c) => c.text === "the plan was illegal")?.speaker).toBe("source:23 percent");
    expect(got.find((c) => c.text === "she was not a real conservative")?.speaker).toBe("source:campaign");
  });
  it("a word weighing the share after its article is part of it ('with a staggering 56 percent of voters saying')", () => {
    const text = "The mayor has the lowest rating of her career, with a staggering 56 percent of voters saying they dislike her.";
    expect(claims(text, run(text)).find((c) => c.text === "they dislike her")?.speaker).toBe("source:a staggering 56 percent of voters");
  });
});

describe("claims: the object of a cue's preposition is no content", () => {
  it("'reported from Lima', 'writing at the Harbor Times', 'estimated at 3,000' make no claim; a clause does", () =>
    expectClaims(
      "Tom Hale reported from Lima.\n\nFrom Ana Ruiz writing at the Harbor Times:\n\nThe mayor spoke to a crowd the campaign estimated at 3,000 people.\n\n" +
        "Tom Hale said at least six ships had left the port.",
      [{ text: "at least six ships had left the port", kind: "indirect", speaker: "Tom Hale" }],
      ["from Lima", "at the Harbor Times", "at 3,000 people"],
    ));
});

describe("claims: a participle opening the sentence is no source", () => {
  it("'Holding signs calling the mayor “a fraud,” the protesters chanted': the quotation is not the signs'", () => {
    const text = "Holding signs calling the mayor “a fraud,” the protesters chanted outside the hall.\n\nPolling of port workers shows that the mayor is popular.";
    const got = claims(text, run(text));
    expect(got.some((c) => c.speaker.includes("Holding"))).toBe(false);
    expect(got.find((c) => c.text === "a fraud,")?.speaker).toBe("source:protesters");
    expect(got.find((c) => c.text === "the mayor is popular")?.speaker).toBe("source:Polling of port workers");
  });
});

describe("claims: a participle's phrase before the main verb is no content", () => {
  it("'refugees admitted to the country have been …' reports nothing; 'said in Lima the port would reopen' does", () =>
    expectClaims(
      "A large number of refugees admitted to the country have been farmers.\n\nWorkers admitted to the hospital were treated for burns.\n\nAna Ruiz said in Lima the port would reopen.",
      [{ text: "the port would reopen", kind: "indirect", speaker: "Ana Ruiz" }],
      ["to the country have been farmers", "to the hospital were treated for burns"],
    ));
});
