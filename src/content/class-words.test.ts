// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { classWords, findWord } from "./class-words.ts";

const el = (cls: string | null, id: string | null = null) => {
  const e = document.createElement("div");
  if (cls !== null) e.setAttribute("class", cls);
  if (id !== null) e.setAttribute("id", id);
  return e;
};

describe("classWords", () => {
  it("splits tokens at - and _ and pairs adjacent parts, lower case", () => {
    expect(classWords(el("article__Byline js-video-player", "Main"))).toEqual(["article", "article-byline", "byline", "js", "js-video", "video", "video-player", "player", "main"]);
    expect(classWords(el(null))).toEqual([]);
    expect(classWords(el("  "))).toEqual([]);
  });

  it("a word inside another word is not that word", () => {
    const words = classWords(el("authority-notice entitled"));
    expect(findWord(words, new Set(["author", "title"]))).toBeUndefined();
    expect(findWord(words, new Set(["notice"]))).toBe("notice");
  });
});
