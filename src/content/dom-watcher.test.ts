// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", () => ({ default: { runtime: { id: "test" } } }));
const { ContentContext } = await import("./context.ts");
const { watchArticle } = await import("./dom-watcher.ts");

describe("watchArticle().changes()", () => {
  it("counts the page's changes under the target at once (before delivery), never our own writes", () => {
    const article = document.createElement("article");
    article.append("The minister said the talks would resume.");
    document.body.append(article);
    const ctx = new ContentContext();
    const watcher = watchArticle(ctx, article, () => undefined);
    const start = watcher.changes();
    watcher.unobserved(() => article.append(document.createElement("srcl-name")));
    expect(watcher.changes(), "our write, made unobserved").toBe(start);
    (article.firstChild as Text).data = "The minister said the talks had collapsed.";
    expect(watcher.changes(), "the page's edit, not yet delivered").toBeGreaterThan(start);
    const after = watcher.changes();
    document.body.append("outside the article");
    expect(watcher.changes(), "a change elsewhere").toBe(after);
    watcher.stop();
    expect(watcher.changes(), "stopped: unknown").toBeNaN();
    ctx.abort();
    article.remove();
  });
});
