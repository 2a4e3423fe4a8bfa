// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", () => ({ default: { runtime: { id: "test" } } }));
const { ContentContext, watchLocation } = await import("./context.ts");

/** Gives the window a Navigation API stand-in (an EventTarget), or takes it away. */
function setNavigation(nav: EventTarget | undefined): void {
  Object.defineProperty(window, "navigation", { value: nav, configurable: true, writable: true });
}

afterEach(() => {
  setNavigation(undefined);
  vi.useRealTimers();
  vi.restoreAllMocks();
  history.replaceState(null, "", "/");
});

describe("watchLocation", () => {
  it("with the Navigation API: reports a pushState navigation from its event, and runs no timer", () => {
    const nav = new EventTarget();
    setNavigation(nav);
    const interval = vi.spyOn(window, "setInterval");
    const seen: string[] = [];
    const stop = watchLocation((url) => seen.push(new URL(url).pathname));
    expect(interval).not.toHaveBeenCalled();

    history.pushState(null, "", "/story-b");
    nav.dispatchEvent(new Event("currententrychange"));
    expect(seen).toEqual(["/story-b"]);

    // a fragment link is the same article; an event without a URL change is nothing
    history.pushState(null, "", "/story-b#comments");
    nav.dispatchEvent(new Event("currententrychange"));
    nav.dispatchEvent(new Event("currententrychange"));
    expect(seen).toEqual(["/story-b"]);

    stop();
    history.pushState(null, "", "/story-c");
    nav.dispatchEvent(new Event("currententrychange"));
    expect(seen).toEqual(["/story-b"]);
  });

  it("without it: finds a pushState navigation by polling, and stops polling when stopped", () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = watchLocation((url) => seen.push(new URL(url).pathname));
    history.pushState(null, "", "/story-d");
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(["/story-d"]);

    stop();
    history.pushState(null, "", "/story-e");
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual(["/story-d"]);
  });
});

describe("ContentContext.yieldToPage", () => {
  const settled = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
    return done;
  };

  it("resumes after the page's turn through scheduler.yield where the browser has it", async () => {
    const calls: string[] = [];
    Object.defineProperty(globalThis, "scheduler", { value: { yield: async () => void calls.push("yield") }, configurable: true });
    try {
      expect(await settled(new ContentContext().yieldToPage())).toBe(true);
      expect(calls).toEqual(["yield"]);
    } finally {
      delete (globalThis as { scheduler?: unknown }).scheduler;
    }
  });

  it("falls back to a timer, and never resumes a reading whose context was aborted", async () => {
    const ctx = new ContentContext();
    expect(await settled(ctx.yieldToPage())).toBe(true);
    const pending = ctx.yieldToPage();
    ctx.abort();
    expect(await settled(pending)).toBe(false);
  });
});
