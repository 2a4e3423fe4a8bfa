/**
 * The real client against a stand-in `browser` (webextension-polyfill mocked): which tab it picks,
 * what it asks the permissions API (Firefox adds the data-collection consent), and that it closes
 * only the toolbar popup.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = vi.hoisted(() => {
  const state = {
    origin: "chrome-extension://abc/",
    tabs: new Map<number, { id: number; url?: string; status?: string }>(),
    active: undefined as { id: number; url?: string; status?: string } | undefined,
    current: undefined as { id: number } | undefined,
    granted: true,
    requests: [] as unknown[],
    removed: [] as unknown[],
    contains: [] as unknown[],
    sent: [] as unknown[],
  };
  const browser = {
    runtime: {
      getURL: (p: string) => state.origin + p,
      openOptionsPage: vi.fn(() => Promise.resolve()),
      sendMessage: (m: unknown) => {
        state.sent.push(m);
        return Promise.resolve({ ok: true, value: null });
      },
    },
    tabs: {
      get: (id: number) => (state.tabs.has(id) ? Promise.resolve(state.tabs.get(id)) : Promise.reject(new Error("No tab with id"))),
      query: () => Promise.resolve(state.active ? [state.active] : []),
      getCurrent: () => Promise.resolve(state.current),
    },
    permissions: {
      request: (p: unknown) => {
        state.requests.push(p);
        return Promise.resolve(state.granted);
      },
      remove: (p: unknown) => {
        state.removed.push(p);
        return Promise.resolve(true);
      },
      contains: (p: unknown) => {
        state.contains.push(p);
        return Promise.resolve(state.granted);
      },
    },
  };
  return { state, browser };
});

vi.mock("webextension-polyfill", () => ({ default: fake.browser }));

const { createBrowserClient } = await import("./browser-client.ts");

beforeEach(() => {
  Object.assign(fake.state, { origin: "chrome-extension://abc/", active: undefined, current: undefined, granted: true, requests: [], removed: [], contains: [], sent: [] });
  fake.state.tabs.clear();
});

describe("browser client: the tab", () => {
  it("uses ?tab=<id> when given", async () => {
    fake.state.tabs.set(5, { id: 5, url: "https://news.example/a", status: "complete" });
    fake.state.active = { id: 9, url: "chrome-extension://abc/src/popup/index.html?tab=5" };
    expect(await createBrowserClient("?tab=5").findTarget()).toEqual({ tabId: 5, url: "https://news.example/a", isOwnPage: false, isLoading: false });
  });

  it("answers no tab when ?tab names a closed tab", async () => {
    expect(await createBrowserClient("?tab=77").findTarget()).toEqual({ tabId: null, url: null, isOwnPage: false, isLoading: false });
  });

  it.each([
    ["an article still loading", { id: 3, url: "https://news.example/a", status: "loading" }, { tabId: 3, url: "https://news.example/a", isOwnPage: false, isLoading: true }],
    ["a tab whose URL the browser hides", { id: 3 }, { tabId: 3, url: null, isOwnPage: false, isLoading: false }],
    ["our own page in a tab", { id: 4, url: "chrome-extension://abc/src/popup/index.html?q=x" }, { tabId: 4, url: "chrome-extension://abc/src/popup/index.html?q=x", isOwnPage: true, isLoading: false }],
  ])("otherwise the active tab: %s", async (_name, tab, expected) => {
    fake.state.active = tab;
    expect(await createBrowserClient("").findTarget()).toEqual(expected);
  });

  it("checks site access for the page's origin", async () => {
    const client = createBrowserClient("");
    expect(await client.hasSiteAccess("https://news.example:8443/a/b?c")).toBe(true);
    expect(await client.hasSiteAccess("not a url")).toBe(false);
    expect(fake.state.contains).toEqual([{ origins: ["https://news.example/*"] }]);
  });

  it("sends popup messages with the popup direction prefix", async () => {
    await createBrowserClient("").call("getSettings", null);
    expect(fake.state.sent).toEqual([{ type: "popup→bg:getSettings", payload: null }]);
  });
});

describe("browser client: the opt-in sources' permissions", () => {
  it.each([
    ["Chrome", "chrome-extension://abc/", { origins: ["https://www.wikidata.org/*"] }],
    ["Firefox", "moz-extension://uuid/", { origins: ["https://www.wikidata.org/*"], data_collection: ["searchTerms"] }],
  ])("%s asks for exactly what its manifest declares (Wikidata)", async (_name, origin, expected) => {
    fake.state.origin = origin;
    const client = createBrowserClient("");
    expect(client.isFirefox).toBe(origin.startsWith("moz"));
    expect(await client.requestAccess("wikidata")).toBe(true);
    await client.dropAccess("wikidata", []);
    expect(fake.state.requests).toEqual([expected]);
    expect(fake.state.removed).toEqual([expected]);
  });

  it.each([
    ["factCheck", { origins: ["https://factchecktools.googleapis.com/*"], data_collection: ["searchTerms", "websiteContent"] }],
    ["wikiquote", { origins: ["https://en.wikiquote.org/*", "https://www.wikidata.org/*"], data_collection: ["searchTerms"] }],
  ] as const)("Firefox: %s asks for its sites and consents", async (source, expected) => {
    fake.state.origin = "moz-extension://uuid/";
    await createBrowserClient("").requestAccess(source);
    expect(fake.state.requests).toEqual([expected]);
  });

  it("switching one source off keeps what another source still uses", async () => {
    fake.state.origin = "moz-extension://uuid/";
    const client = createBrowserClient("");
    await client.dropAccess("wikiquote", ["wikidata"]);
    await client.dropAccess("wikiquote", ["factCheck"]);
    await client.dropAccess("wikidata", ["wikiquote"]);
    expect(fake.state.removed).toEqual([
      { origins: ["https://en.wikiquote.org/*"] },
      { origins: ["https://en.wikiquote.org/*", "https://www.wikidata.org/*"] },
    ]);
  });

  it("asks synchronously (the prompt needs the click's user gesture)", () => {
    void createBrowserClient("").requestAccess("factCheck");
    expect(fake.state.requests).toHaveLength(1);
  });

  it("reports a refusal", async () => {
    fake.state.granted = false;
    expect(await createBrowserClient("").requestAccess("wikiquote")).toBe(false);
  });
});

describe("browser client: closing", () => {
  it.each([
    ["the toolbar popup (no tab of its own)", undefined, true],
    ["the page opened in a tab", { id: 4 }, false],
  ])("%s", async (_name, current, shouldClose) => {
    fake.state.current = current;
    const close = vi.fn();
    vi.stubGlobal("window", { close });
    const client = createBrowserClient("");
    expect(await client.isToolbarPopup()).toBe(shouldClose);
    client.closePopup();
    await new Promise((r) => setTimeout(r, 0));
    expect(close).toHaveBeenCalledTimes(shouldClose ? 1 : 0);
    vi.unstubAllGlobals();
  });
});
