/**
 * The real PopupClient: runtime messaging through shared/messaging.ts and the few browser APIs the
 * extension pages need (tabs, permissions, options page). Only the popup's and options page's
 * main.tsx import this file.
 */
import browser, { type Permissions } from "webextension-polyfill";
import { createTranslator, type Translator } from "../shared/i18n.ts";
import { sendFromPopup } from "../shared/messaging.ts";
import { permissionsToDrop, SOURCE_DATA_COLLECTION, SOURCE_ORIGINS, type OptInSource } from "../shared/sources.ts";
import type { PopupClient, Target } from "./use-page-state.ts";
import { readParams } from "./use-page-state.ts";

/** "https://news.example/a/b" → "https://news.example/*" (the pattern host access is granted for). */
function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

export function createBrowserClient(search: string = location.search): PopupClient {
  const ownOrigin = browser.runtime.getURL("");
  const isFirefox = ownOrigin.startsWith("moz-extension:");
  const params = readParams(search);

  const toTarget = (tab: { id?: number; url?: string; status?: string } | undefined): Target => ({
    tabId: typeof tab?.id === "number" && tab.id >= 0 ? tab.id : null,
    url: tab?.url ?? null,
    isOwnPage: !!tab?.url && tab.url.startsWith(ownOrigin),
    isLoading: tab?.status === "loading",
  });

  // Firefox needs the data-collection consent alongside the host permission (data_collection_permissions
  // in the manifest lists the consents as optional); Chrome knows only origins.
  const permissions = (origins: readonly string[], dataCollection: readonly string[]) =>
    (isFirefox && dataCollection.length > 0 ? { origins: [...origins], data_collection: [...dataCollection] } : { origins: [...origins] }) as unknown as Permissions.Permissions;

  return {
    isFirefox,
    params,
    async findTarget() {
      if (params.tabId !== null) {
        try {
          return toTarget(await browser.tabs.get(params.tabId));
        } catch {
          return { tabId: null, url: null, isOwnPage: false, isLoading: false };
        }
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return toTarget(tab);
    },
    async hasSiteAccess(url) {
      const pattern = originPattern(url);
      if (!pattern) return false;
      try {
        return await browser.permissions.contains({ origins: [pattern] });
      } catch {
        return false;
      }
    },
    call: (method, payload) => sendFromPopup(method, payload),
    openOptionsPage() {
      void browser.runtime.openOptionsPage();
    },
    requestAccess(source: OptInSource) {
      // No await before this call: the prompt needs the user gesture of the click that got us here.
      return browser.permissions.request(permissions(SOURCE_ORIGINS[source], SOURCE_DATA_COLLECTION[source])).catch(() => false);
    },
    async dropAccess(source, stillOn) {
      const drop = permissionsToDrop(source, stillOn);
      if (drop.origins.length === 0 && drop.dataCollection.length === 0) return;
      try {
        await browser.permissions.remove(permissions(drop.origins, drop.dataCollection));
      } catch {
        // Nothing to drop (already withdrawn in the browser's settings), or a permission the
        // build declares as required (the Chromium test build; see vite.config.ts).
      }
    },
    async hasAccess(source) {
      try {
        return await browser.permissions.contains({ origins: [...SOURCE_ORIGINS[source]] });
      } catch {
        return false;
      }
    },
    async isToolbarPopup() {
      // The toolbar popup has no tab; the same page opened in a tab (e2e, the card's "more…") has one.
      try {
        return (await browser.tabs.getCurrent()) === undefined;
      } catch {
        return false;
      }
    },
    closePopup() {
      void this.isToolbarPopup().then((isPopup) => {
        if (isPopup) window.close();
      });
    },
  };
}

/** The extension pages' words: the browser's i18n over _locales (the reader's language, else English). */
export function createBrowserTranslator(): Translator {
  return createTranslator((key, subs) => browser.i18n.getMessage(key, subs));
}
