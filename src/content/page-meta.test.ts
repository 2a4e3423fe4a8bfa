// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { declaresArticle, readHeadFacts, readPageMeta } from "./page-meta.ts";

function page(head: string, body = "<h1>Headline in the page</h1>"): Document {
  // eslint-disable-next-line no-unsanitized/property -- fixture markup written in this file
  document.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  return document;
}

describe("readHeadFacts / readPageMeta", () => {
  it("takes each key from its first non-empty <meta>, by property or name, wherever it is", () => {
    const doc = page(
      `<meta property="og:site_name" content="  "><meta name="og:site_name" content="The Example Post">
       <meta property="og:site_name" content="Later Duplicate"><meta name="date" content="2024-05-06">`,
      `<meta property="article:published_time" content="2024-05-07T08:00:00Z"><h1>Body headline</h1>`,
    );
    const facts = readHeadFacts(doc);
    expect(facts.metas.get("og:site_name")).toBe("The Example Post");
    const meta = readPageMeta(doc, "https://example.com/a#top", facts);
    expect(meta.outlet).toBe("The Example Post");
    // article:published_time goes before a bare "date", even from a <meta> in the body
    expect(meta.publishedAt?.slice(0, 10)).toBe("2024-05-07");
    expect(meta.title).toBe("Body headline");
    expect(meta.canonicalUrl).toBe("https://example.com/a");
  });

  it("one reading of the head serves the gate and the metadata alike", () => {
    const doc = page(`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"From JSON-LD"}]}</script>`);
    const facts = readHeadFacts(doc);
    expect(facts.ld).toHaveLength(3);
    expect(declaresArticle(doc, facts)).toBe(true);
    expect(readPageMeta(doc, "https://example.com/b", facts).title).toBe("From JSON-LD");
    expect(declaresArticle(page(`<meta property="og:type" content="website">`))).toBe(false);
  });
});

describe("readPageMeta: the publication date, looked for hard and read honestly", () => {
  const published = (head: string, body = "<article><h1>Port stays open</h1><p>Text.</p></article>", url = "https://example.com/news/port") => {
    const doc = page(head, body);
    return readPageMeta(doc, url, readHeadFacts(doc), doc.querySelector("article"))?.publishedAt?.slice(0, 10) ?? null;
  };

  it("JSON-LD first, then the metas CMSes write, in any case", () => {
    expect(published(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-03-14T09:00:00Z"}</script><meta property="article:published_time" content="2019-03-15">`)).toBe("2019-03-14");
    expect(published(`<meta name="DC.date.issued" content="2019-03-14">`)).toBe("2019-03-14");
    expect(published(`<meta name="parsely-pub-date" content="2019-03-14T09:00:00Z">`)).toBe("2019-03-14");
    expect(published(`<meta itemprop="datePublished" content="2019-03-14">`)).toBe("2019-03-14");
  });

  it("a placeholder or a future date is no date: the next source speaks", () => {
    expect(published(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script><meta name="pubdate" content="2019-03-14">`)).toBe("2019-03-14");
    expect(published(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01"}</script>`)).toBeNull();
    expect(published(`<meta property="article:published_time" content="2999-01-01">`)).toBeNull();
  });

  it("<time> in the article, then the address, then a visible dateline", () => {
    expect(published("", `<article><h1>Port</h1><time datetime="2019-03-14T08:00:00Z">Thursday</time><p>Text.</p></article>`)).toBe("2019-03-14");
    expect(published("", undefined, "https://example.com/2019/03/14/port-stays-open/")).toBe("2019-03-14");
    expect(published("", `<article><h1>Port</h1><div class="story-dateline">Published March 14, 2019 at 9:02 am</div><p>Text.</p></article>`)).toBe("2019-03-14");
    // a canonical address counts, the page's own address too
    expect(published(`<link rel="canonical" href="https://example.com/world/20190314/port">`)).toBe("2019-03-14");
  });

  it("an undated article has no date (not today)", () => {
    expect(published("")).toBeNull();
  });
});

describe("readPageMeta: the declared language", () => {
  it("<html lang>, else Content-Language, og:locale or JSON-LD inLanguage", () => {
    const lang = (head: string, htmlLang: string | null) => {
      const doc = page(head);
      if (htmlLang === null) doc.documentElement.removeAttribute("lang");
      else doc.documentElement.setAttribute("lang", htmlLang);
      return readPageMeta(doc, "https://example.com/a").lang;
    };
    expect(lang("", "fr-FR")).toBe("fr-FR");
    expect(lang(`<meta http-equiv="Content-Language" content="ru">`, null)).toBe("ru");
    expect(lang(`<meta property="og:locale" content="cs_CZ">`, null)).toBe("cs_CZ");
    expect(lang(`<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"pt-BR"}</script>`, null)).toBe("pt-BR");
    expect(lang("", null)).toBeNull();
  });
});
