/** The claims:search readers against the hand-written fixtures (the API's documented shapes). */
import { describe, expect, it } from "vitest";
import person from "./__fixtures__/person-lior-ben-ami.json" with { type: "json" };
import claim from "./__fixtures__/claim-port-tariff.json" with { type: "json" };
import noResults from "./__fixtures__/no-results.json" with { type: "json" };
import malformed from "./__fixtures__/malformed.json" with { type: "json" };
import keyInvalid from "./__fixtures__/error-key-invalid.json" with { type: "json" };
import serviceDisabled from "./__fixtures__/error-service-disabled.json" with { type: "json" };
import quotaDaily from "./__fixtures__/error-quota-daily.json" with { type: "json" };
import rateMinute from "./__fixtures__/error-rate-minute.json" with { type: "json" };
import { latestDate, problemOf, readClaimSearch } from "./parse.ts";

describe("readClaimSearch", () => {
  const page = readClaimSearch(person)!;

  it("reads every claim that has text and a review, newest review first, with the pagination token", () => {
    expect(page.nextPageToken).toBe("CBQQAA");
    // 7 claims in the answer; the one without any review has nothing to show.
    expect(page.claims.map((c) => c.claimant)).toEqual(["Lior Ben-Ami", "Noa Ben-Ami", "Prime Minister Lior Benami", null, "Ben-Ami", "Lior J. Ben-Ami, prime minister"]);
    expect(page.claims.map(latestDate)).toEqual([
      "2026-10-07T12:00:00.000Z",
      "2026-09-22T00:00:00.000Z",
      "2026-08-16T00:00:00.000Z",
      "2026-07-03T00:00:00.000Z",
      "2026-05-12T00:00:00.000Z",
      "2025-03-04T00:00:00.000Z",
    ]);
  });

  it("keeps several reviews of one claim, each with its own language, rating and publisher", () => {
    const tariff = page.claims[0]!;
    expect(tariff).toMatchObject({ text: "The new port tariff has already cut shipping costs by half.", date: "2026-10-02T00:00:00.000Z" });
    expect(tariff.reviews).toEqual([
      {
        publisher: "Faktencheck Beispiel",
        site: "faktencheck.example",
        url: "https://faktencheck.example/2026/10/hafenzoll-frachtkosten",
        title: "Hafenzoll: Haben sich die Frachtkosten halbiert?",
        rating: "Falsch",
        date: "2026-10-07T12:00:00.000Z",
        language: "de",
      },
      {
        publisher: "Example Fact Desk",
        site: "factdesk.example",
        url: "https://factdesk.example/checks/port-tariff-shipping-costs",
        title: "Did the port tariff halve shipping costs? Not yet",
        rating: "Mostly false",
        date: "2026-10-05T09:30:00.000Z",
        language: "en",
      },
    ]);
  });

  it("turns HTML and character references in titles and ratings into plain text", () => {
    expect(page.claims[2]!.reviews[0]!.title).toBe('"Lowest unemployment": the figures behind the claim');
    expect(page.claims[5]!.reviews[0]!.rating).toBe("Misleading & incomplete");
  });

  it("names a review by its site when the publisher has no name", () => {
    expect(page.claims[5]!.reviews[0]).toMatchObject({ publisher: "railwatch.example", site: "railwatch.example" });
  });

  it("reads the per-claim answer, an empty answer and no token", () => {
    expect(readClaimSearch(claim)).toMatchObject({ claims: [{ claimant: "Lior Ben-Ami", reviews: [{ rating: "Mostly false" }] }], nextPageToken: null });
    expect(readClaimSearch(noResults)).toEqual({ claims: [], nextPageToken: null });
  });

  it.each([
    ["claims is not a list", malformed],
    ["an error body", keyInvalid],
    ["not an object", "claims"],
    ["a claim that is not an object", { claims: ["text"] }],
    ["claimReview that is not a list", { claims: [{ text: "x", claimReview: { url: "https://a.example" } }] }],
  ])("answers null (malformed) for %s", (_name, body) => {
    expect(readClaimSearch(body)).toBeNull();
  });

  it.each([
    ["a javascript: link", { publisher: { name: "P" }, url: "javascript:alert(1)" }, { url: null, publisher: "P" }],
    ["a date that is not a date", { publisher: { name: "P" }, url: "https://p.example/a", reviewDate: "last Tuesday" }, { date: null }],
    ["a language that is not a language tag", { publisher: { name: "P" }, url: "https://p.example/a", languageCode: "<en>" }, { language: null }],
    ["an empty rating", { publisher: { name: "P" }, url: "https://p.example/a", textualRating: " <b></b> " }, { rating: null }],
  ])("reads a review with %s", (_name, review, expected) => {
    const r = readClaimSearch({ claims: [{ text: "A claim.", claimReview: [review] }] });
    expect(r?.claims[0]?.reviews[0]).toMatchObject(expected);
  });

  it("leaves out a review with neither publisher nor link", () => {
    expect(readClaimSearch({ claims: [{ text: "A claim.", claimReview: [{ textualRating: "False" }] }] })).toEqual({ claims: [], nextPageToken: null });
  });
});

describe("problemOf: Google's error answers", () => {
  it.each([
    ["a wrong key (400 API_KEY_INVALID)", 400, keyInvalid, "bad-key"],
    ["a key whose project has not enabled the API (403 SERVICE_DISABLED)", 403, serviceDisabled, "bad-key"],
    ["the daily quota (429, a per-day limit)", 429, quotaDaily, "quota"],
    ["a per-minute limit (429)", 429, rateMinute, "rate-limited"],
    ["a 429 without details", 429, undefined, "rate-limited"],
    ["a bare 403", 403, undefined, "bad-key"],
    ["a server error with an HTML body", 503, undefined, "unavailable"],
    ["a 400 about something else", 400, { error: { code: 400, message: "Request contains an invalid argument.", status: "INVALID_ARGUMENT" } }, "unavailable"],
  ] as const)("%s", (_name, status, body, problem) => {
    expect(problemOf(status, body)).toBe(problem);
  });
});
