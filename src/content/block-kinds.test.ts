// @vitest-environment happy-dom
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { isBylineText, makerLine, markedKind, TEXT_PATTERNS, trailingCredit } from "./block-kinds.ts";

const el = (html: string): Element => {
  const host = document.createElement("div");
  // eslint-disable-next-line no-unsanitized/property -- fixture markup written in this file
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe("markedKind: what the markup says", () => {
  it("reads tags, roles, microdata and rel=author", () => {
    expect(markedKind(el("<h2>Harbor Strike Ends</h2>"))).toBe("heading");
    expect(markedKind(el('<div role="heading">Harbor Strike Ends</div>'))).toBe("heading");
    expect(markedKind(el("<figcaption>The gate at dawn.</figcaption>"))).toBe("caption");
    expect(markedKind(el("<address>Jane Roe, Paris</address>"))).toBe("byline");
    expect(markedKind(el('<a rel="author" href="/jane">Jane Roe</a>'))).toBe("byline");
    expect(markedKind(el('<span itemprop="author">Jane Roe</span>'))).toBe("byline");
    expect(markedKind(el('<span itemprop="copyrightHolder">AFP</span>'))).toBe("credit");
    expect(markedKind(el('<p itemprop="description">The port stays open.</p>'))).toBe("heading");
    // what the element says it holds goes first: a heading styled as a byline is a byline
    expect(markedKind(el('<h3 class="byline">by Jane Roe</h3>'))).toBe("byline");
    expect(markedKind(el('<figcaption class="image__caption-credit">x</figcaption>'))).toBe("credit");
    expect(markedKind(el('<h2 class="section-title">Port</h2>'))).toBe("heading");
  });

  it("reads whole class and id words", () => {
    expect(markedKind(el('<p class="article__byline">By Jane Roe</p>'))).toBe("byline");
    expect(markedKind(el('<span class="image-credit">Jane Roe/AFP</span>'))).toBe("credit");
    expect(markedKind(el('<div class="caption-text">The gate.</div>'))).toBe("caption");
    expect(markedKind(el('<p class="standfirst">The port stays open.</p>'))).toBe("heading");
    expect(markedKind(el('<div id="story-dek">The port stays open.</div>'))).toBe("heading");
    // a word inside another word is not that word
    expect(markedKind(el('<p class="authority-notice">The port stays open.</p>'))).toBeNull();
    expect(markedKind(el('<p class="entitled">x</p>'))).toBeNull();
    expect(markedKind(el("<p>Plain.</p>"))).toBeNull();
  });

  it("containers that say what they hold are never a headline or a byline by their class", () => {
    expect(markedKind(el('<article class="story-title-wrap">x</article>'))).toBeNull();
    expect(markedKind(el('<section class="author-tools">x</section>'))).toBeNull();
  });
});

describe("isBylineText: a short block that is a byline", () => {
  it.each([
    "By Jane Roe",
    "By JANE ROE and TOM POE, Associated Press",
    "By Jane Roe, staff writer",
    "Written by Jane Roe | Updated 8:30 am ET",
    "Reporting by Jane Roe in Paris; Editing by Tom Poe",
    "Additional reporting by Carl Moe",
    "Associated Press writers Tom Poe, Carl Moe and Lena Voss contributed to this report.",
    "Tom Poe contributed reporting from Paris.",
    "Write to Jane Roe at jane.roe@example.com",
    "Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe.",
    // the contributors' forms in any ASCII case, as their patterns read them
    "TOM POE CONTRIBUTED REPORTING FROM PARIS.",
    "Jane Roe Can Be Reached At the harbor office.",
    "FOLLOW HER ON BLUESKY for updates from the port.",
    "WRITE TO JANE ROE AT JANE.ROE@EXAMPLE.COM",
  ])("%s", (text) => expect(isBylineText(text)).toBe(true));

  it.each([
    "By Monday, the port had reopened to ships.",
    "By the time the union met, the offer was gone.",
    "Harbor Mayor Ana Ruiz said the port would stay open.",
    `By Jane Roe ${"and more words of a long sentence ".repeat(8)}`,
    "The mayor, who contributed nothing to the fund, was reached by phone.",
    "Write to the harbor office by Friday if the ferry is late.",
  ])("not: %s", (text) => expect(isBylineText(text)).toBe(false));
});

describe("trailingCredit: a credit that ends a caption or a paragraph", () => {
  const at = (text: string) => {
    const c = trailingCredit(text);
    return c ? [text.slice(c.at), c.kind] : null;
  };

  it("finds the agency forms and splits where the credit starts", () => {
    expect(at("Port workers gather at the gate on Tuesday. (AP Photo/Carl Moe)")).toEqual(["(AP Photo/Carl Moe)", "credit"]);
    expect(at("The harbor at dawn. Photo: Lena Voss / AFP")).toEqual(["Photo: Lena Voss / AFP", "credit"]);
    expect(at("The harbor at dawn. Photograph: Lena Voss/AP")).toEqual(["Photograph: Lena Voss/AP", "credit"]);
    expect(at("Dockworkers leave the meeting in Paris. Jane Roe/Getty Images")).toEqual(["Jane Roe/Getty Images", "credit"]);
    expect(at("Dockworkers leave the meeting. REUTERS/Jane Roe")).toEqual(["REUTERS/Jane Roe", "credit"]);
    expect(at("Dockworkers leave the meeting (Photo by J. Roe/Getty Images)")).toEqual(["(Photo by J. Roe/Getty Images)", "credit"]);
    expect(at("The strike ended on Friday. (Reporting by Jane Roe; Editing by Tom Poe)")).toEqual(["(Reporting by Jane Roe; Editing by Tom Poe)", "byline"]);
  });

  it("a whole short line is a credit from its start", () => {
    expect(trailingCredit("Photo: Lena Voss / AFP")).toEqual({ at: 0, kind: "credit" });
    expect(trailingCredit("(AP Photo/Carl Moe)")).toEqual({ at: 0, kind: "credit" });
  });

  it("leaves prose alone", () => {
    expect(at("Harbor Mayor Ana Ruiz said the port would stay open.")).toBeNull();
    expect(at("She said the photo by the union was taken in Paris.")).toBeNull();
    expect(at("The union posted a video. Ana Ruiz answered it on Monday.")).toBeNull();
    expect(at("Talks resume in Paris. Ana Ruiz")).toBeNull();
  });
});

describe("makerLine: a byline or credit block as the popup lists it", () => {
  it("drops the separators at its edges", () => {
    expect(makerLine("Jane Roe |")).toBe("Jane Roe");
    expect(makerLine(" · By Tom Poe, Associated Press")).toBe("By Tom Poe, Associated Press");
    expect(makerLine("(Photo: Ana Lee / AFP)")).toBe("(Photo: Ana Lee / AFP)");
  });
  it("drops a piece that only dates the article", () => {
    expect(makerLine("| Published: 03.14.25, 10:05")).toBeNull();
    expect(makerLine("Updated 4 March 2025")).toBeNull();
    expect(makerLine("Tuesday, March 4, 2025")).toBeNull();
    expect(makerLine(" | ")).toBeNull();
  });
});

describe("the text patterns are safe from catastrophic backtracking (recheck)", () => {
  it.each(TEXT_PATTERNS.map((re) => [re.source.slice(0, 60), re] as const))("%s…", async (_, re) => {
    const d = await check(re.source, re.flags, { timeout: 10_000 });
    expect(d.status, d.status === "vulnerable" ? `attack: ${d.attack.pattern}` : "").toBe("safe");
  }, 60_000);
});
