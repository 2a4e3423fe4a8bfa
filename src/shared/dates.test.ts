import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { DATE_PATTERNS, dateFromText, dateFromUrl, plausibleDate } from "./dates.ts";

const NOW = Date.parse("2026-12-07T12:00:00Z");

describe("plausibleDate", () => {
  it("keeps real publication dates: ISO as written (the page's own day), a bare day at noon UTC, other forms as ISO", () => {
    expect(plausibleDate("2019-03-14T21:30:00-04:00", NOW)).toBe("2019-03-14T21:30:00-04:00");
    expect(plausibleDate("2026-12-08", NOW)).toBe("2026-12-08T12:00:00Z"); // tomorrow somewhere
    expect(plausibleDate("1851-09-18", NOW)).toBe("1851-09-18T12:00:00Z"); // an archive's first issue
    expect(plausibleDate("Thu, 14 Mar 2019 09:30:00 GMT", NOW)).toBe("2019-03-14T09:30:00.000Z");
  });

  it.each(["0001-01-01", "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1900-01-01", "1066-10-14", "2027-06-01", "2019-13-01", "not a date", "", null, undefined])(
    "no date: %s",
    (value) => expect(plausibleDate(value, NOW)).toBeNull(),
  );
});

describe("dateFromUrl", () => {
  it.each([
    ["https://news.example/2019/03/14/harbor-strike/", "2019-03-14"],
    ["https://news.example/world/2019-03-14/harbor-strike", "2019-03-14"],
    ["https://news.example/story_20190314_harbor.html", "2019-03-14"],
    ["https://news.example/a/2019/03/14", "2019-03-14"],
  ])("%s", (url, date) => expect(dateFromUrl(url, NOW)).toBe(date));

  it.each([
    "https://news.example/2019/03/harbor-strike/", // no day
    "https://news.example/story/2019/13/14/x", // no 13th month
    "https://news.example/2019/02/30/x", // no such day
    "https://news.example/id/12019031455/x", // digits inside an id
    "https://news.example/2031/01/01/x", // the future
    "not a url",
  ])("none in %s", (url) => expect(dateFromUrl(url, NOW)).toBeNull());
});

describe("dateFromText", () => {
  it.each([
    ["Published March 14, 2019 at 9:02 am", "2019-03-14"],
    ["Updated: Mar. 14 2019", "2019-03-14"],
    ["14 March 2019, 09:02 GMT", "2019-03-14"],
    ["Thu 14th Mar 2019", "2019-03-14"],
    ["2019-03-14 09:02", "2019-03-14"],
    ["14/03/2019", "2019-03-14"],
    ["03/14/2019", "2019-03-14"],
  ])("%s", (text, date) => expect(dateFromText(text, NOW)).toBe(date));

  it.each(["03/04/2019", "By Jane Roe", "Room 14, 2019 edition", "February 30, 2019"])("none in %s", (text) => expect(dateFromText(text, NOW)).toBeNull());
});

describe("the date patterns are safe from catastrophic backtracking (recheck)", () => {
  it.each(DATE_PATTERNS.map((re) => [re.source.slice(0, 50), re] as const))("%s…", async (_, re) => {
    const d = await check(re.source, re.flags, { timeout: 10_000 });
    expect(d.status).toBe("safe");
  }, 60_000);
});
