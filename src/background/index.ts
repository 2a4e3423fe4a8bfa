/**
 * Background wiring only: message handlers (with sender checks, shared/messaging.ts), keyboard
 * commands, and tab bookkeeping. State that must outlive the service worker lives in
 * storage.session (tab states) or the memory (IndexedDB), never only in variables here.
 */
import browser from "webextension-polyfill";
import { handleInBackground, sendToTab } from "../shared/messaging.ts";
import { pageHandlers } from "./handlers/page.ts";
import { popupHandlers } from "./handlers/popup.ts";
import { noteLife } from "./services.ts";
import { clearTabState } from "./tab-state.ts";

handleInBackground(pageHandlers, popupHandlers);

browser.commands.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === "toggle-highlights") await sendToTab(tab.id, "toggleHighlights", null);
  else if (command === "next-official") await sendToTab(tab.id, "nextOfficial", null);
});

browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new page load in the tab: its old state no longer describes it.
  if (change.status === "loading" && change.url) void clearTabState(tabId);
});

noteLife("evaluated");
