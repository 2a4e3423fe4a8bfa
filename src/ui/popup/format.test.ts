import { describe, expect, it } from "vitest";
import { claimDisplay } from "./ClaimText.tsx";
import { exportFileName, exportMimeType } from "./export-file.ts";
import { enT } from "../__fixtures__/i18n.ts";
import { sourceDate } from "../sources/Sources.tsx";
import { formatBytes, formatDate, isWebUrl, languageName, parseLimit, publishedOrRead, safeHref, siteOf } from "./format.ts";

describe("safeHref: only http(s) becomes a link", () => {
  it.each([
    ["https://news.example/a?b=c#d", "https://news.example/a?b=c#d"],
    ["http://news.example", "http://news.example/"],
    ["javascript:alert(1)", undefined],
    ["JAVASCRIPT:alert(1)", undefined],
    ["data:text/html,<b>x</b>", undefined],
    ["chrome://settings", undefined],
    ["/relative/path", undefined],
    ["", undefined],
    [null, undefined],
  ])("%j → %j", (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe("siteOf and isWebUrl", () => {
  it.each([
    ["https://www.Example-News.test/world", "example-news.test"],
    ["http://news.example.:8080/x", "news.example"],
    ["https://wwwnews.example/", "wwwnews.example"],
    ["chrome://extensions", null],
    ["moz-extension://uuid/src/popup/index.html", null],
    ["about:blank", null],
    ["not a url", null],
    [null, null],
  ])("siteOf(%j) = %j", (url, expected) => {
    expect(siteOf(url)).toBe(expected);
    expect(isWebUrl(url)).toBe(expected !== null);
  });
});

describe("parseLimit", () => {
  it.each([
    ["", { ok: true, value: null }],
    ["  ", { ok: true, value: null }],
    ["1", { ok: true, value: 1 }],
    [" 30 ", { ok: true, value: 30 }],
    ["0", { ok: false }],
    ["-5", { ok: false }],
    ["2.5", { ok: false }],
    ["1e3", { ok: false }],
    ["thirty", { ok: false }],
    ["99999999999999999999", { ok: false }],
  ])("%j → %j", (raw, expected) => {
    expect(parseLimit(raw)).toEqual(expected);
  });
});

describe("small formatters", () => {
  it.each([
    [null, ""],
    [-1, ""],
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [20480, "20 KB"],
    [5 * 1024 * 1024, "5 MB"],
  ])("formatBytes(%j) = %j", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it.each([
    [0, "claimCount", "0 claims"],
    [1, "claimCount", "1 claim"],
    [2, "personCount", "2 people"],
    [1234, "articleCount", "1,234 articles"],
  ] as const)("plural %j %s = %j (the English messages' plural forms)", (n, key, expected) => {
    expect(enT.plural(key, n)).toBe(expected);
  });

  it("formats dates and ignores missing or invalid ones", () => {
    expect(formatDate("2026-03-04T09:00:00Z", "en-GB")).toBe("4 Mar 2026");
    expect(formatDate(null)).toBe("");
    expect(formatDate("yesterday")).toBe("");
    // one formatter kept per locale: each locale still gets its own format
    expect(formatDate("2026-03-04T09:00:00Z", "en-US")).toBe("Mar 4, 2026");
    expect(formatDate("2026-03-04T09:00:00Z", "en-GB")).toBe("4 Mar 2026");
    // the sources' dates share the cache with their own options (UTC, month-only)
    expect(sourceDate("2019", "en-GB")).toBe("2019");
    expect(sourceDate("2019-03", "en-GB")).toBe("Mar 2019");
    expect(sourceDate("2019-03-04T23:30:00Z", "en-GB")).toBe("4 Mar 2019");
  });
});

describe("claimDisplay", () => {
  it.each([
    ["We will.", "direct", "“We will.”"],
    ["“Already quoted.”", "direct", "“Already quoted.”"],
    ["We intend to use it,", "direct", "“We intend to use it”"],
    ["“We intend to use it,”", "direct", "“We intend to use it”"],
    ["a list, of things,", "indirect", "a list, of things,"],
    ["  spread\n over  lines ", "indirect", "spread over lines"],
    ["the talks failed", "indirect", "the talks failed"],
  ] as const)("%j (%s) → %j", (text, kind, expected) => {
    expect(claimDisplay(enT, text, kind)).toBe(expected);
  });

  it("cuts long claims at a word boundary", () => {
    const out = claimDisplay(enT, "word ".repeat(100), "indirect", 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/word…$/);
  });
});

describe("export file naming", () => {
  it.each([
    ["json", new Date(2026, 10, 26, 23, 59), "sourcelight-memory-2026-11-26.json", "application/json;charset=utf-8"],
    ["csv", new Date(2026, 0, 5, 0, 0), "sourcelight-memory-2026-01-05.csv", "text/csv;charset=utf-8"],
  ] as const)("%s on %s", (format, date, name, mime) => {
    expect(exportFileName(format, date)).toBe(name);
    expect(exportMimeType(format)).toBe(mime);
  });
});

describe("publishedOrRead: another article's date, never the day it was read passed off as one", () => {
  it("the publication date when there is one, else 'read on …'", () => {
    expect(publishedOrRead(enT, "2019-03-14T09:00:00Z", "2026-12-01T10:00:00Z", "en-GB")).toBe("14 Mar 2019");
    expect(publishedOrRead(enT, null, "2026-12-01T10:00:00Z", "en-GB")).toBe("read on 1 Dec 2026");
    expect(publishedOrRead(enT, null, null, "en-GB")).toBe("");
  });
});

describe("languageName", () => {
  it("names a language in English, or gives null", () => {
    expect(languageName("fr")).toBe("French");
    expect(languageName("ru")).toBe("Russian");
    expect(languageName("zz")).toBeNull();
    expect(languageName(null)).toBeNull();
  });
});
