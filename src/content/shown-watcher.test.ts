// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", () => ({ default: { runtime: { id: "test" } } }));
const { ContentContext } = await import("./context.ts");
const { watchShown } = await import("./shown-watcher.ts");

/** Past one frame and the timer fallback. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function page() {
  document.body.innerHTML = "";
  const main = document.createElement("main");
  const article = document.createElement("article");
  const panel = document.createElement("section");
  const quoted = document.createElement("p");
  quoted.append("The envoy said the talks would resume in spring.");
  const other = document.createElement("p");
  other.append("The weather stayed mild.");
  panel.append(quoted);
  article.append(panel, other);
  const aside = document.createElement("aside");
  main.append(article, aside);
  document.body.append(main);
  return { main, article, panel, quoted, other, aside };
}

describe("watchShown", () => {
  it("asks for one check per batch of hiding attribute changes on a painted element's ancestors, none for others", async () => {
    const { article, panel, quoted, other, aside } = page();
    const ctx = new ContentContext();
    const onCheck = vi.fn();
    const onGone = vi.fn();
    watchShown(ctx, { root: article, elements: [quoted], onCheck, onGone });
    // Not ancestors of what is painted, or not an attribute that hides: no record at all.
    other.className = "faded";
    aside.setAttribute("hidden", "");
    panel.setAttribute("data-index", "2");
    await settle();
    expect(onCheck).not.toHaveBeenCalled();
    // The page collapses the panel in several writes: one check.
    panel.classList.add("is-collapsed");
    panel.setAttribute("aria-hidden", "true");
    document.body.style.overflow = "hidden";
    await settle();
    expect(onCheck).toHaveBeenCalledTimes(1);
    panel.removeAttribute("hidden");
    panel.toggleAttribute("inert");
    await settle();
    expect(onCheck).toHaveBeenCalledTimes(2);
    expect(onGone).not.toHaveBeenCalled();
    ctx.abort();
  });

  it("says when the page takes the article away (a replaced body), once, and ignores our own elements", async () => {
    const { article, quoted } = page();
    const ctx = new ContentContext();
    const onCheck = vi.fn();
    const onGone = vi.fn();
    watchShown(ctx, { root: article, elements: [quoted], onCheck, onGone });
    document.body.append(document.createElement("srcl-card-host"));
    await settle();
    expect(onCheck).not.toHaveBeenCalled();
    document.body.append(document.createElement("div"));
    await settle();
    expect(onGone).not.toHaveBeenCalled();
    document.body.innerHTML = "<h2>This page is not available right now</h2>";
    await settle();
    expect(onGone).toHaveBeenCalledTimes(1);
    document.body.className = "error";
    await settle();
    expect(onGone).toHaveBeenCalledTimes(1);
    ctx.abort();
  });

  it("stops with its context and when stopped", async () => {
    const { article, panel, quoted } = page();
    const ctx = new ContentContext();
    const onCheck = vi.fn();
    const watcher = watchShown(ctx, { root: article, elements: [quoted], onCheck, onGone: () => undefined });
    watcher.stop();
    panel.className = "closed";
    await settle();
    const ctx2 = new ContentContext();
    watchShown(ctx2, { root: article, elements: [quoted], onCheck, onGone: () => undefined });
    ctx2.abort();
    panel.className = "";
    await settle();
    expect(onCheck).not.toHaveBeenCalled();
  });
});
