// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { piecesFor, verifyPieces } from "./anchor.ts";
import { buildTextIndex } from "./text-index.ts";

function mount(html: string, tag = "article"): HTMLElement {
  document.body.innerHTML = "";
  const root = document.createElement(tag);
  // eslint-disable-next-line no-unsanitized/property -- fixture markup written in this file
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** The snapshot as [kind, text] per block. */
const blocks = (root: Element) => {
  const { text, blocks } = buildTextIndex(root).snapshot;
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
};

const BODY = "<p>Harbor Mayor Ana Ruiz said the port would stay open during the strike.</p>";

describe("text index: kinds of blocks", () => {
  it("headline, standfirst, byline, caption, credit and body", () => {
    const root = mount(`
      <h1>Harbor Mayor Unveils Week-Long Strike Plan</h1>
      <p class="standfirst">The port stays open, the mayor says.</p>
      <div class="article-byline"><p>By Jane Roe</p></div>
      <figure><img src="x.jpg" alt=""><figcaption>Workers at the gate. <span class="credit">Photo: Lena Voss / AFP</span></figcaption></figure>
      ${BODY}
      <blockquote>We will not close.</blockquote>`);
    expect(blocks(root)).toEqual([
      ["heading", "Harbor Mayor Unveils Week-Long Strike Plan"],
      ["heading", "The port stays open, the mayor says."],
      ["byline", "By Jane Roe"],
      ["caption", "Workers at the gate."],
      ["credit", "Photo: Lena Voss / AFP"],
      ["paragraph", "Harbor Mayor Ana Ruiz said the port would stay open during the strike."],
      ["quote", "We will not close."],
    ]);
  });

  it("bylines and credits told by their words; a credit that ends a caption is split off", () => {
    const root = mount(`
      <p>By JANE ROE and TOM POE, Associated Press</p>
      <figure><figcaption>Port workers gather at the gate on Tuesday. (AP Photo/Carl Moe)</figcaption></figure>
      ${BODY}
      <p>Reporting by Jane Roe; Editing by Sam Doe</p>`);
    expect(blocks(root)).toEqual([
      ["byline", "By JANE ROE and TOM POE, Associated Press"],
      ["caption", "Port workers gather at the gate on Tuesday."],
      ["credit", "(AP Photo/Carl Moe)"],
      ["paragraph", "Harbor Mayor Ana Ruiz said the port would stay open during the strike."],
      ["byline", "Reporting by Jane Roe; Editing by Sam Doe"],
    ]);
  });

  it("an author link makes a short line a byline, even when it is mostly link", () => {
    const root = mount(`<p>By <a rel="author" href="/staff/jane-roe">Jane Roe</a></p><p>Story by <a href="/staff/tom">Tom Poe</a></p>${BODY}`);
    expect(blocks(root).slice(0, 2)).toEqual([
      ["byline", "By Jane Roe"],
      ["byline", "Story by Tom Poe"],
    ]);
  });

  it("class words of a large wrapper make nothing a headline", () => {
    const long = Array.from({ length: 12 }, () => BODY).join("");
    const root = mount(`<div class="story-title-and-body">${long}</div>`);
    expect(new Set(blocks(root).map(([kind]) => kind))).toEqual(new Set(["paragraph"]));
  });

  it("a split block still maps every span to the live text", () => {
    const root = mount("<figure><figcaption>Port  workers gather\n at the gate.  (AP Photo/Carl   Moe)</figcaption></figure><p>Then  the  <b>mayor</b> spoke.</p>");
    const index = buildTextIndex(root);
    const text = index.snapshot.text;
    expect(text).toBe("Port workers gather at the gate.\n\n(AP Photo/Carl Moe)\n\nThen the mayor spoke.");
    for (const needle of ["Port workers", "gate.", "(AP Photo/Carl Moe)", "Carl Moe", "the mayor spoke"]) {
      const at = text.indexOf(needle);
      const span = { start: at, end: at + needle.length };
      expect(verifyPieces(index, span, piecesFor(index, span)), needle).toBe(true);
    }
  });
});

describe("text index: the story's own words only", () => {
  it.each([
    ["a teaser list", `<ul><li><a href="/other-1">Harbor Union Leader Resigns</a></li><li><a href="/other-2">Port Strike Day Two</a></li></ul>`],
    ["a 'read more' line", `<p>Read more: <a href="/other">Harbor Union Leader Resigns After Vote</a></p>`],
    ["a line of teasers with capital labels", `<p>DON'T MISS: <a href="/a">Union Leader Resigns</a> [VIDEO] <a href="/b">Port Strike Day Two Begins</a></p>`],
    ["a teaser card", `<a href="/other"><h3>Harbor Union Leader Resigns</h3><p>The vote went against her.</p></a>`],
    ["a share bar's links", `<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div>`],
    ["a link that is a button", `<p><a href="javascript:void(0)">Jane Roe Show More</a></p>`],
    ["a player's menu", `<div class="video-js"><div class="vjs-menu"><ul><li>Arial Black</li><li>Palatino Linotype</li></ul></div></div>`],
    ["ARIA widgets", `<div role="menu"><div role="menuitem">Closed Captions</div></div><div role="toolbar">Playback Rate</div><span role="button">Font Size</span>`],
    ["hidden parts", `<div hidden>Jane Roe Spam</div><div inert>Jane Roe Spam</div><div style="display: none">Jane Roe Spam</div><p aria-hidden="true">Jane Roe Spam</p>`],
    ["forms and buttons", `<form><p>Subscribe Now Offer</p></form><button>Jane Roe Follow</button>`],
  ])("skips %s", (_, html) => {
    const root = mount(`${BODY}${html}`);
    expect(buildTextIndex(root).snapshot.text).toBe("Harbor Mayor Ana Ruiz said the port would stay open during the strike.");
  });

  it("keeps a name's link whose hover card of related stories follows it inside one span", () => {
    const card = `<span class="card"><a href="/people/ana-ruiz">Ana Maria Ruiz</a> <a href="/news/1-port-strike">Port strike enters day two</a> <a href="/news/2-harbor-vote">Harbor vote delayed</a> <a href="/people/ana-ruiz">MORE</a></span>`;
    const root = mount(`<p>Harbor Mayor <span class="people"><a href="/people/ana-ruiz">Ana Ruiz</a>${card}</span> (D) said the port would stay open.</p>`);
    expect(buildTextIndex(root).snapshot.text).toBe("Harbor Mayor Ana Ruiz (D) said the port would stay open.");
  });

  it("keeps a sentence whose long phrase is a link", () => {
    const root = mount(`<p>Australian-born Ruiz faces <a href="/charges">a charge of conspiracy to commit fraud in the US</a>.</p>`);
    expect(buildTextIndex(root).snapshot.text).toBe("Australian-born Ruiz faces a charge of conspiracy to commit fraud in the US.");
  });

  it("keeps links inside prose, a headline that links to its own page, and a byline's link", () => {
    const root = mount(`<h1><a href="${location.href}">Harbor Strike Ends</a></h1><p>By <a href="/staff/jane">Jane Roe</a></p><p>Mayor <a href="/topic/ruiz">Ana Ruiz</a> said the port would stay open during the strike.</p>`);
    expect(buildTextIndex(root).snapshot.text).toBe("Harbor Strike Ends\n\nBy Jane Roe\n\nMayor Ana Ruiz said the port would stay open during the strike.");
  });

  it("skips the site's banner <header>, not an article's own header", () => {
    const root = mount(`<header><a href="/">Harbor News</a> Top Stories Jane Roe</header><article><header><h1>Port Stays Open</h1></header>${BODY}</article>`, "div");
    expect(buildTextIndex(root).snapshot.text).toBe("Port Stays Open\n\nHarbor Mayor Ana Ruiz said the port would stay open during the strike.");
  });
});
