/**
 * Per-tab page state (what the popup reads), kept in storage.session so it survives the service
 * worker being stopped (Chrome stops it after ~30 s idle) but not the browser session.
 */
import browser from "webextension-polyfill";
import { prefixed } from "../shared/prefix.ts";
import type { HiddenHighlights, PageState } from "../shared/types.ts";

const key = (tabId: number) => `${prefixed("tab")}:${tabId}`;
/** The highlights the page hid since the paint, kept apart from the state (which the reading's
 *  later patches rewrite) and cleared by every new state. */
const hiddenKey = (tabId: number) => `${prefixed("tab-hidden")}:${tabId}`;

export async function readTabState(tabId: number): Promise<PageState | null> {
  const got = await browser.storage.session.get(key(tabId));
  const state = got[key(tabId)];
  return state && typeof state === "object" ? (state as PageState) : null;
}

/** A new state for the tab (a new reading, or why it is not read): nothing of it is hidden yet. */
export async function writeTabState(state: PageState): Promise<void> {
  await browser.storage.session.remove(hiddenKey(state.tabId));
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function patchTabState(tabId: number, patch: Partial<PageState>): Promise<void> {
  const current = await readTabState(tabId);
  if (!current) return;
  await browser.storage.session.set({ [key(tabId)]: { ...current, ...patch, updatedAt: Date.now() } });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), hiddenKey(tabId)]);
}

/** The page hid (or showed again) some of the current reading's highlights. */
export async function writeHiddenHighlights(tabId: number, hidden: HiddenHighlights): Promise<void> {
  if (hidden.claimIds.length === 0 && hidden.personIds.length === 0) await browser.storage.session.remove(hiddenKey(tabId));
  else await browser.storage.session.set({ [hiddenKey(tabId)]: hidden });
}

/** The tab's state as the popup shows it: without the people and claims the page hid since. */
export async function readShownTabState(tabId: number): Promise<PageState | null> {
  const got = await browser.storage.session.get([key(tabId), hiddenKey(tabId)]);
  const state = got[key(tabId)];
  if (!state || typeof state !== "object") return null;
  return withoutHidden(state as PageState, got[hiddenKey(tabId)] as HiddenHighlights | undefined);
}

export function withoutHidden(state: PageState, hidden: HiddenHighlights | undefined): PageState {
  if (!hidden) return state;
  const claims = new Set(hidden.claimIds);
  const people = new Set(hidden.personIds);
  return { ...state, people: state.people.filter((p) => !people.has(p.id)), claims: state.claims.filter((c) => !claims.has(c.id)) };
}
