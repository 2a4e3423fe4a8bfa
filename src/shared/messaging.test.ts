import { describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", () => ({ default: {} }));
const { classifySender, dispatch } = await import("./messaging.ts");
const { CONTENT_METHODS, POPUP_METHODS, BACKGROUND_METHODS, parseWireType, wireType } = await import("./messages.ts");

const IDS = { extensionId: "abc", extensionOrigin: "chrome-extension://abc/" };
const contentSender = { id: "abc", url: "https://news.example/a", tab: { id: 3 }, frameId: 0 };
const popupSender = { id: "abc", url: "chrome-extension://abc/src/popup/index.html", origin: "chrome-extension://abc" };

describe("classifySender", () => {
  it.each([
    ["a content script in a web page tab", contentSender, "content"],
    ["our popup", popupSender, "extension-page"],
    ["our options page opened in a tab", { ...popupSender, tab: { id: 9 } }, "extension-page"],
    ["Firefox's moz-extension page", { id: "abc", url: "moz-extension://abc/src/popup/index.html" }, "rejected"],
    ["another extension", { ...contentSender, id: "evil" }, "rejected"],
    ["a sender without id", { url: "https://news.example/a", tab: { id: 1 } }, "rejected"],
    ["a page of another extension's origin", { id: "abc", url: "chrome-extension://other/x.html", tab: { id: 2 } }, "rejected"],
    ["a file: page", { id: "abc", url: "file:///tmp/x.html", tab: { id: 2 } }, "rejected"],
    ["the background itself", { id: "abc" }, "background"],
  ])("%s", (_, sender, kind) => {
    expect(classifySender(sender, IDS.extensionId, IDS.extensionOrigin)).toBe(kind);
  });
});

describe("dispatch", () => {
  const handlers = {
    content: { pageSkipped: vi.fn(() => null) },
    popup: { getSettings: vi.fn(() => ({ enabled: true })) },
  };

  it("routes a content message from a content script", async () => {
    const r = await dispatch({ type: "cs→bg:pageSkipped", payload: {} }, contentSender, handlers as never, IDS);
    expect(r).toEqual({ ok: true, value: null });
  });

  it.each([
    ["a popup command from a content script", { type: "popup→bg:getSettings", payload: null }, contentSender],
    ["a content report from an extension page", { type: "cs→bg:pageSkipped", payload: {} }, popupSender],
    ["a message of another extension", { type: "popup→bg:getSettings", payload: null }, { ...popupSender, id: "x" }],
  ])("rejects %s", async (_, msg, sender) => {
    const r = await dispatch(msg, sender, handlers as never, IDS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^rejected/);
  });

  it.each([[null], ["text"], [{ type: 4 }], [{ type: "page:getSettings" }], [{ type: "popup→bg:nope" }]])(
    "answers malformed or unknown messages with an error: %j",
    async (msg) => {
      const r = await dispatch(msg, popupSender, handlers as never, IDS);
      expect(r.ok).toBe(false);
    },
  );

  it("accepts background commands in a content script from our service worker (an extension URL)", async () => {
    const inContent = { background: { reveal: vi.fn(() => true) } };
    const fromWorker = { id: "abc", url: "chrome-extension://abc/service-worker-loader.js" };
    expect(await dispatch({ type: "bg→cs:reveal", payload: { personId: "p1" } }, fromWorker, inContent as never, IDS)).toEqual({ ok: true, value: true });
    const fromPage = await dispatch({ type: "bg→cs:reveal", payload: { personId: "p1" } }, contentSender, inContent as never, IDS);
    expect(fromPage.ok).toBe(false);
  });

  it("turns a handler's exception into an error result", async () => {
    const failing = { popup: { getSettings: () => Promise.reject(new Error("disk full")) } };
    const r = await dispatch({ type: "popup→bg:getSettings", payload: null }, popupSender, failing as never, IDS);
    expect(r).toEqual({ ok: false, error: "disk full" });
  });
});

describe("wire types", () => {
  it("round-trip for every method of every direction", () => {
    for (const [dir, methods] of [["content", CONTENT_METHODS], ["popup", POPUP_METHODS], ["background", BACKGROUND_METHODS]] as const) {
      for (const m of methods) expect(parseWireType(wireType(dir, m))).toEqual({ direction: dir, method: m });
    }
  });
});
