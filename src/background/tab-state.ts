/**
 * Per-tab page state (what the popup reads), kept in storage.session so it survives the service
 * worker being stopped (Chrome stops it after ~30 s idle) but not the browser session.
 */
import browser from "webextension-polyfill";
import { prefixed } from "../shared/prefix.ts";
import type { PageState } from "../shared/types.ts";

const key = (tabId: number) => `${prefixed("tab")}:${tabId}`;

export async function readTabState(tabId: number): Promise<PageState | null> {
  const got = await browser.storage.session.get(key(tabId));
  const state = got[key(tabId)];
  return state && typeof state === "object" ? (state as PageState) : null;
}

export async function writeTabState(state: PageState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function patchTabState(tabId: number, patch: Partial<PageState>): Promise<void> {
  const current = await readTabState(tabId);
  if (!current) return;
  await writeTabState({ ...current, ...patch, updatedAt: Date.now() });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
