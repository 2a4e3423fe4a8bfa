/**
 * Loads the card's view (card-view.ts) on first use. In the extension it is its own file,
 * content-card.js, listed in web_accessible_resources with use_dynamic_url (Chrome: reachable
 * only at a per-session random URL, so pages cannot probe for it; Firefox's extension origin is
 * a per-install random UUID anyway) and imported from the extension's origin, which page CSP
 * does not govern.
 */
import browser from "webextension-polyfill";
import { CARD_VIEW_FILE } from "./built-files.ts";
import type * as CardViewModule from "./card-view.ts";

/** The view's module; the controller keeps the promise and asks again after a failed load. */
export function loadCardView(): Promise<typeof CardViewModule> {
  // The URL is our own packaged file (runtime.getURL of a constant), never page data.
  // eslint-disable-next-line no-unsanitized/method
  return import(/* @vite-ignore */ browser.runtime.getURL(CARD_VIEW_FILE)) as Promise<typeof CardViewModule>;
}
