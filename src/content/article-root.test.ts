// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { findArticleRoot, isExcludedElement } from "./article-root.ts";

const prose = (n: number, word = "ministers") =>
  Array.from({ length: n }, (_, i) => `<p>The ${word} met again on day ${i} and said the talks would continue into the evening.</p>`).join("");

function page(body: string, bodyAttrs = ""): Document {
  // eslint-disable-next-line no-unsanitized/property -- fixture markup written in this file
  document.documentElement.innerHTML = `<head><title>t</title></head><body ${bodyAttrs}>${body}</body>`;
  return document;
}

/** The chosen root's identifying attribute, for readable expectations. */
const rootId = (doc: Document) => findArticleRoot(doc)?.getAttribute("data-test") ?? null;

describe("findArticleRoot", () => {
  it("class and id words do not make a <main>, an <article> or an articleBody furniture", () => {
    expect(rootId(page(`<main class="container js-social-anchor-start" data-test="main">${prose(6)}</main>`))).toBe("main");
    expect(
      rootId(page(`<div class="wrapper"><div id="share-btns-container" itemprop="articleBody" data-test="body">${prose(6)}</div></div>`)),
    ).toBe("body");
  });

  it("a <body> whose classes name an ad slot still holds the article", () => {
    const doc = page(`<div><div role="main" data-test="main">${prose(6)}</div></div>`, 'class="site has-ad-leaderboard"');
    expect(isExcludedElement(doc.body)).toBe(false);
    expect(rootId(doc)).toBe("main");
  });

  it("furniture-named elements inside the article are still left out", () => {
    const doc = page(
      `<article data-test="a">${prose(6)}<div class="related-stories">${prose(3, "teasers")}</div><aside>${prose(2, "asides")}</aside>` +
        `<div class="user-bio">The reporter covers diplomacy from Brussels for the paper.</div></article>`,
    );
    const root = findArticleRoot(doc)!;
    expect(root.getAttribute("data-test")).toBe("a");
    expect(isExcludedElement(root.querySelector(".related-stories")!)).toBe(true);
    expect(isExcludedElement(root.querySelector("aside")!)).toBe(true);
    expect(isExcludedElement(root.querySelector(".user-bio")!)).toBe(true);
  });

  it("of nested candidates, the innermost that holds nearly all the prose wins (widened to its <article>)", () => {
    const teasers = Array.from({ length: 3 }, (_, i) => `<a href="/s/${i}"><p>Another story about the markets and the weather, number ${i}.</p></a>`).join("");
    const doc = page(
      `<main data-test="main"><article data-test="article"><h1>Headline</h1><div itemprop="articleBody" data-test="body">${prose(8)}</div></article>${teasers}` +
        `<p>Read the <a href="/a">first</a> and the <a href="/b">second story about the markets</a>.</p></main>`,
    );
    expect(rootId(doc)).toBe("article");
  });

  it("a container named like a 'read more' link that holds the text is read", () => {
    expect(rootId(page(`<div class="story-body" data-test="story"><p>Lead paragraph of the story, long enough to count.</p><div id="read-more">${prose(8)}</div></div>`))).toBe(
      "story",
    );
    const doc = page(`<div class="story-body">${prose(2)}<div id="read-more" data-test="more">${prose(8)}</div></div>`);
    expect(isExcludedElement(doc.getElementById("read-more")!)).toBe(false);
  });

  it("a hinted element that holds most of the page's prose is the article: a page-wide <form>, a body classed 'paywall'", () => {
    // ASP.NET pages put the whole page inside one <form>
    let doc = page(`<form id="aspnetForm"><nav><a href="/">Home</a></nav><div class="story" data-test="story">${prose(8)}</div></form>`);
    expect(rootId(doc)).toBe("story");
    doc = page(`<div class="page"><div class="ArticlePage-content paywall" data-test="story">${prose(8)}</div><div class="comments">${prose(2, "readers")}</div></div>`);
    expect(rootId(doc)).toBe("story");
    expect(isExcludedElement(doc.querySelector(".comments")!)).toBe(true);
  });

  it("a hinted element with less than half of the prose stays out: a newsletter form, a comments section", () => {
    const doc = page(
      `<article data-test="a">${prose(8)}<form class="signup"><p>Sign up for our newsletter and get the day's top stories every morning.</p></form>` +
        `<section class="comments">${prose(5, "readers")}</section></article>`,
    );
    expect(rootId(doc)).toBe("a");
    expect(isExcludedElement(doc.querySelector("form")!)).toBe(true);
    expect(isExcludedElement(doc.querySelector(".comments")!)).toBe(true);
  });

  it("a page without paragraphs: the element whose lines between <br>s hold the story", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `The minister said on day ${i} that the talks would go on.<br><br>`).join("");
    const doc = page(`<div class="menu">Home<br>World<br>Sport</div><div id="story" data-test="story">${lines}</div>`);
    expect(rootId(doc)).toBe("story");
  });

  it("each reading decides afresh which hinted element holds the prose (an SPA swapped the story)", () => {
    const doc = page(`<form id="wrap" data-test="form"><div data-test="story">${prose(8)}</div></form><div id="next"></div>`);
    expect(isExcludedElement(doc.getElementById("wrap")!)).toBe(true); // before a reading, a form is furniture
    findArticleRoot(doc);
    expect(isExcludedElement(doc.getElementById("wrap")!)).toBe(false);
    doc.getElementById("wrap")!.innerHTML = `<p>Sign up for the newsletter to get the day's stories.</p>`;
    // eslint-disable-next-line no-unsanitized/property -- fixture markup written in this file
    doc.getElementById("next")!.innerHTML = `<article data-test="b">${prose(8, "envoys")}</article>`;
    expect(rootId(doc)).toBe("b");
    expect(isExcludedElement(doc.getElementById("wrap")!)).toBe(true);
  });
});
