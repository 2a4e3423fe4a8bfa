/**
 * Forged messages go nowhere, through the real paths:
 *  (a) the page posts look-alike protocol messages with window.postMessage → nothing changes;
 *  (b) the page has no runtime messaging API to reach the extension (no externally_connectable);
 *  (c) a popup-only command sent from the content script's context (the test hook's `forge`,
 *      which calls runtime.sendMessage from the content script) is rejected by the background.
 */
import { expect, test } from "./fixtures.ts";

test("ynet-style: protocol look-alikes posted by the page change nothing", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const before = await tab.hook("highlights", null);
  const fakeSnapshot = { text: "Minister Forged Person said so.", blocks: [{ start: 0, end: 31, kind: "paragraph" }] };
  await tab.evaluate(async (fakeSnapshot) => {
    const messages = [
      { type: "cs→bg:analyzePage", payload: { instanceId: "forged", meta: { url: location.href, canonicalUrl: location.href, title: "Forged", outlet: null, publishedAt: null, lang: "en" }, snapshot: fakeSnapshot } },
      { type: "bg→cs:toggleHighlights", payload: null },
      { type: "bg→cs:reveal", payload: { personId: "p1" } },
      { type: "popup→bg:setSiteEnabled", payload: { site: location.host, enabled: false } },
      { type: "popup→bg:clearMemory", payload: null },
    ];
    for (const message of messages) {
      window.postMessage(message, "*");
      window.postMessage(JSON.stringify(message), "*");
      document.dispatchEvent(new CustomEvent(message.type, { detail: JSON.stringify(message.payload) }));
    }
    // Same-window messages are delivered in order: once the sentinel arrives, every forged
    // message has been dispatched to all listeners (the content script's included).
    await new Promise<void>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.data !== "e2e:sentinel") return;
        window.removeEventListener("message", onMessage);
        resolve();
      };
      window.addEventListener("message", onMessage);
      window.postMessage("e2e:sentinel", "*");
    });
  }, fakeSnapshot);
  expect(await tab.hook("highlights", null)).toEqual(before);
  expect(await tab.hook("card", null)).toBeNull();
  const popup = await ext.openPopup(tab);
  const shown = await popup.waitFor(() => (document.body.innerText.includes("Witkoff") ? document.body.innerText : null), null, 8_000);
  expect(shown).not.toContain("Forged Person");
  // The site is still on: a reload paints the same again.
  await tab.goto(ext.url("ynet-style"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  expect(await tab.hook("highlights", null)).toEqual(before);
});

test("a web page has no runtime messaging API that reaches the extension", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const extensionId = ext.browserName === "chromium" ? ext.extensionOrigin.split("//")[1]! : "sourcelight@sourcelight.example";
  const outcome = await tab.evaluate(async (extensionId) => {
    const scope = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } }; browser?: unknown };
    if (scope.browser !== undefined) return "page sees a `browser` global";
    const send = scope.chrome?.runtime?.sendMessage;
    if (typeof send !== "function") return "unavailable";
    try {
      const answer = await new Promise((resolve, reject) => {
        const result = send.call(scope.chrome!.runtime, extensionId, { type: "popup→bg:getSettings", payload: null }, (response: unknown) => resolve(response));
        if (result instanceof Promise) result.then(resolve, reject);
      });
      return answer === undefined ? "unavailable" : `answered ${JSON.stringify(answer)}`;
    } catch (error) {
      return `threw: ${String(error)}`;
    }
  }, extensionId);
  expect(outcome === "unavailable" || outcome.startsWith("threw:"), outcome).toBe(true);
});

test("ynet-style: popup-only commands sent from the content script are rejected by the background", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const before = await tab.hook("highlights", null);
  expect(before.length).toBeGreaterThan(0);
  const site = new URL(ext.url("ynet-style")).host;
  const forged = [
    { type: "popup→bg:setSiteEnabled", payload: { site, enabled: false } },
    { type: "popup→bg:setSiteEnabled", payload: { site: new URL(ext.url("ynet-style")).hostname, enabled: false } },
    { type: "popup→bg:updateSettings", payload: { enabled: false } },
    { type: "popup→bg:clearMemory", payload: null },
    { type: "popup→bg:exportData", payload: { format: "json" } },
    { type: "popup→bg:getSettings", payload: null },
  ];
  for (const message of forged) {
    const answer = await tab.hookRaw("forge", message);
    expect(answer.ok, `the test hook's forge command (${JSON.stringify(answer)})`).toBe(true);
    const value = (answer as { value: unknown }).value as { ok?: boolean; error?: string } | null;
    expect(value?.ok, `${message.type} from a content script: ${JSON.stringify(value)}`).toBe(false);
    expect(String(value?.error), message.type).toMatch(/reject|not allowed|forbidden|sender/i);
  }
  // Nothing took effect: a reload is still painted the same.
  await tab.goto(ext.url("ynet-style"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  expect(await tab.hook("highlights", null)).toEqual(before);
});
