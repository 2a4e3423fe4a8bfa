import { describe, expect, it } from "vitest";
import { htmlToSnapshot } from "./html-snapshot.ts";

const PAGE = `<!doctype html><html lang="en"><head>
<title>Site | Story</title>
<link rel="canonical" href="/news/story-1">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Daily Example">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoy lands for talks","datePublished":"2025-03-04T10:00:00Z"}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/p">Politics with Jane Roe</a></nav></header>
<main><article>
  <h1>Envoy lands for talks</h1>
  <p class="byline">By Sam Writer</p>
  <figure><img src="x.jpg" alt=""><figcaption>The envoy arrives. (Photo: Ann Lens)</figcaption></figure>
  <p>The envoy said   the talks were
     "going well".<br>More later.</p>
  <aside class="related"><p>Related: another story about somebody else entirely, long enough to count.</p></aside>
  <p>Foreign Minister Ada Example told reporters that nothing was agreed.</p>
  <div class="comments"><p>Reader: I disagree with the minister about all of this, truly.</p><form><textarea>draft</textarea></form></div>
</article></main>
<footer>© Example</footer>
</body></html>`;

describe("htmlToSnapshot (the CLI's .html path, shared with the content script)", () => {
  const r = htmlToSnapshot(PAGE, "https://example.com/news/story-1?utm=x");

  it("reads the article only: headline, byline, caption and its credit, body; no nav, aside, comments or forms", () => {
    expect(r.snapshot.text).toBe(
      [
        "Envoy lands for talks",
        "By Sam Writer",
        "The envoy arrives.",
        "(Photo: Ann Lens)",
        'The envoy said the talks were "going well". More later.',
        "Foreign Minister Ada Example told reporters that nothing was agreed.",
      ].join("\n\n"),
    );
  });

  it("marks block kinds and offsets that slice to each block", () => {
    expect(r.snapshot.blocks.map((b) => b.kind)).toEqual(["heading", "byline", "caption", "credit", "paragraph", "paragraph"]);
    for (const b of r.snapshot.blocks) expect(r.snapshot.text.slice(b.start, b.end)).not.toMatch(/^\s|\s$|\n\n/);
  });

  it("reads the page's metadata from canonical, og: and JSON-LD", () => {
    expect(r.meta.canonicalUrl).toBe("https://example.com/news/story-1");
    expect(r.meta.outlet).toBe("The Daily Example");
    expect(r.meta.title).toBe("Envoy lands for talks");
    expect(r.meta.publishedAt?.slice(0, 10)).toBe("2025-03-04");
    expect(r.meta.lang).toBe("en");
    expect(r.isArticle).toBe(true);
  });

  it("finds no article on a login page", () => {
    const login = htmlToSnapshot(
      `<html><body><h1>Sign in</h1><form><label>Email <input name="e"></label><label>Password <input type="password"></label><button>Go</button></form></body></html>`,
    );
    expect(login.isArticle).toBe(false);
  });
});
