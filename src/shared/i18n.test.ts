/** The translator: the browser's substitution rules, plural forms per language, and visible fallbacks. */
import { describe, expect, it } from "vitest";
import { createTranslator, messagesGetter, translatorFromMessages, type MessageEntry } from "./i18n.ts";

const file = (locale: string, extra: Record<string, MessageEntry>): Record<string, MessageEntry> => ({ messagesLocale: { message: locale }, ...extra });

describe("messagesGetter: the browser's rules", () => {
  const get = messagesGetter({
    greet: { message: "Hello $NAME$, you have $COUNT$ — $$5 off", placeholders: { name: { content: "$1" }, count: { content: "$2" } } },
    direct: { message: "A $1 and a $2" },
  });
  it.each([
    ["named placeholders, case-insensitively, and $$", "greet", ["Ada", "3"], "Hello Ada, you have 3 — $5 off"],
    ["numbered substitutions in the message", "direct", ["cat", "dog"], "A cat and a dog"],
    ["a missing substitution is empty", "direct", ["cat"], "A cat and a "],
    ["an unknown key is empty (as in the browser)", "nope", [], ""],
  ])("%s", (_name, key, subs, expected) => {
    expect(get(key, subs)).toBe(expected);
  });
});

describe("createTranslator", () => {
  it("asks the browser once per message without substitutions", () => {
    const asked: string[] = [];
    const get = messagesGetter(file("en", { cardClose: { message: "Close card" }, kbSince: { message: "since $1" } }));
    const t = createTranslator((key, subs) => (asked.push(key), get(key, subs)));
    expect([t("cardClose"), t("cardClose"), t("kbSince", "May"), t("kbSince", "June")]).toEqual(["Close card", "Close card", "since May", "since June"]);
    expect(asked.filter((k) => k !== "messagesLocale")).toEqual(["cardClose", "kbSince", "kbSince"]);
  });

  it("shows an unknown key itself rather than nothing", () => {
    const t = translatorFromMessages(file("en", {}));
    expect(t("cardClose")).toBe("cardClose");
  });

  it("formats numbers for the messages' language", () => {
    const t = translatorFromMessages(file("de", { pageElsewhere: { message: "$1 anderswo" } }));
    expect(t("pageElsewhere", 12345)).toBe("12.345 anderswo");
  });

  it("picks English plural forms", () => {
    const t = translatorFromMessages(file("en", { claimCount_one: { message: "$1 claim" }, claimCount_other: { message: "$1 claims" } }));
    expect([0, 1, 2, 21].map((n) => t.plural("claimCount", n))).toEqual(["0 claims", "1 claim", "2 claims", "21 claims"]);
  });

  it("picks the forms a language needs (Polish: one, few, many), by the file's language, not the browser's", () => {
    const t = translatorFromMessages(
      file("pl", {
        claimCount_one: { message: "$1 wypowiedź" },
        claimCount_few: { message: "$1 wypowiedzi" },
        claimCount_many: { message: "$1 wypowiedzi (many)" },
        claimCount_other: { message: "$1 wypowiedzi (other)" },
      }),
    );
    expect([1, 2, 5, 22, 25].map((n) => t.plural("claimCount", n))).toEqual(["1 wypowiedź", "2 wypowiedzi", "5 wypowiedzi (many)", "22 wypowiedzi", "25 wypowiedzi (many)"]);
  });

  it("falls back to _other when a language's form is missing, and passes further substitutions", () => {
    const t = translatorFromMessages(file("ru", { searchMatches_other: { message: "$1 совпадений для «$2»" } }));
    expect(t.plural("searchMatches", 3, "порт")).toBe("3 совпадений для «порт»");
  });

  it("an unusable locale falls back to English rules", () => {
    const t = createTranslator((key) => (key === "messagesLocale" ? "not a locale!" : ""));
    expect(t.locale).toBe("en");
  });
});
