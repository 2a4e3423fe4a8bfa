/** Small pieces both drivers use. */
import type { ExtensionDriver, Tab } from "./types.ts";

export function popupPath(manifest: Record<string, unknown>): string {
  const action = manifest.action as { default_popup?: string } | undefined;
  if (!action?.default_popup) throw new Error("the built manifest has no action.default_popup");
  return action.default_popup.replace(/^\//, "");
}

/** The popup as a tab; for `forTab`, told which tab it is about (?tab=id, as the popup reads it). */
export async function openPopupTab(driver: ExtensionDriver, forTab?: Tab): Promise<Tab> {
  const url = `${driver.extensionOrigin}/${popupPath(driver.manifest)}`;
  return driver.open(forTab ? `${url}?tab=${await driver.tabIdOf(forTab)}` : url);
}

/**
 * The tabs.Tab id of `tab`: an extension page lists the tabs and we match the URL. Tab URLs are
 * visible to the extension because its content script's match patterns grant host access to
 * http(s) pages; two tabs on the same URL would be ambiguous, so that is an error.
 */
export async function findTabId(driver: ExtensionDriver, tab: Tab): Promise<number> {
  const url = await tab.url();
  const probe = await driver.openExtensionPage(popupPath(driver.manifest));
  try {
    const found = await probe.evaluate(async (url) => {
      type TabsApi = { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const api = scope.browser ?? scope.chrome;
      if (!api) throw new Error("no extension API in the probe page");
      const all = await api.tabs.query({});
      return { ids: all.filter((t) => t.url === url).map((t) => t.id ?? -1), seen: all.map((t) => t.url ?? "(url hidden)") };
    }, url);
    if (found.ids.length !== 1) {
      throw new Error(`tabIdOf: ${found.ids.length} tabs have the URL ${url}; tabs seen: ${found.seen.join(", ")}`);
    }
    return found.ids[0]!;
  } finally {
    await probe.close();
  }
}
