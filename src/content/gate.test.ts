// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { checkArticle } from "./gate.ts";

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>On day ${i} of the talks the foreign minister said the delegations had agreed on a text for the first phase, ` +
    `and that the remaining questions would be settled by the negotiators in the coming week, according to officials.</p>`,
).join("");

function page(body: string): Document {
  // eslint-disable-next-line no-unsanitized/property -- fixture markup written in this file
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${body}</body>`;
  return document;
}

describe("checkArticle", () => {
  it("a sign-in page is not an article, even with a line of text", () => {
    const doc = page(
      `<form><h1>Sign in</h1><p>Subscribers get the full interview with the minister and the weekly briefings.</p>` +
        `<input type="email"><input type="password"><button>Sign in</button></form>`,
    );
    expect(checkArticle(doc)).toBe("not-article");
  });

  it("an article with a small sign-in form in its header menu is an article", () => {
    const doc = page(
      `<header><nav><form class="login"><input type="email"><input type="password"><button>Sign in</button></form></nav></header>` +
        `<main><article><h1>Talks resume</h1>${story}</article></main>`,
    );
    expect(checkArticle(doc)).toBe("article");
  });
});
