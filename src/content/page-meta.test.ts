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
