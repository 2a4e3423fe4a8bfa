/** Handlers for the popup and the options page (our own extension pages only). */
import browser from "webextension-polyfill";
import type { PopupHandlers } from "../../shared/messaging.ts";
import { sendToTab } from "../../shared/messaging.ts";
import { plausibleDate } from "../../shared/dates.ts";
import type { SearchHit } from "../../shared/types.ts";
import type { MemoryExport } from "../../store/index.ts";
import { readSettings, setSiteEnabled, writeSettings } from "../../store/settings.ts";
import { t } from "../i18n.ts";
import { firstAnalysis, kbLoadMs, memoryStore, workerLife } from "../services.ts";
import { prepareMs } from "../warm-up.ts";
import { sources } from "../sources-wiring.ts";
import { readShownTabState } from "../tab-state.ts";
import { applyRetentionHourly } from "./page.ts";

const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

/** Store failures become thrown errors here; dispatch turns them into Result errors for the popup. */
function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: string; message: string }): T {
  if (r.ok) return r.value;
  throw new Error(r.error === "quota" ? t("errorStorageFull", r.message) : r.message);
}

export const popupHandlers: PopupHandlers = {
  getPageState: ({ tabId }) => readShownTabState(tabId),

  async revealInPage({ tabId, personId, claimId }) {
    const reply = await sendToTab(tabId, "reveal", { personId, ...(claimId ? { claimId } : {}) });
    return reply.ok && reply.value;
  },

  async search({ query, limit }) {
    const memory = await memoryStore();
    const hits = unwrap(await memory.search(query.slice(0, 300), { limit: Math.min(limit ?? 50, 200) }));
    return hits.map(
      (c): SearchHit => ({
        text: c.text,
        kind: c.kind,
        speaker: c.speaker,
        role: c.role,
        articleTitle: c.title,
        articleUrl: c.articleUrl,
        outlet: c.outlet,
        date: plausibleDate(c.publishedAt),
        readOn: new Date(c.firstSeen).toISOString(),
      }),
    );
  },

  getSettings: () => readSettings(browser.storage.local),

  async updateSettings(patch) {
    const next = await writeSettings(browser.storage.local, patch);
    if ("retentionDays" in patch || "retentionMaxClaims" in patch) await applyRetentionHourly(await memoryStore(), next, true);
    return next;
  },

  setSiteEnabled: ({ site, enabled }) => setSiteEnabled(browser.storage.local, site, enabled),

  async exportData({ format }) {
    const memory = await memoryStore();
    if (format === "csv") return unwrap(await memory.exportCsv());
    // What the opt-in sources stored rides along (an import keeps the memory and leaves it out:
    // it is a cache of public answers, fetched again when needed).
    return JSON.stringify({ ...unwrap(await memory.exportJson()), sources: await sources().exportRecords() });
  },

  async importData({ json }) {
    if (json.length > MAX_IMPORT_CHARS) throw new Error(t("errorImportTooLarge"));
    let data: MemoryExport;
    try {
      data = JSON.parse(json) as MemoryExport;
    } catch {
      throw new Error(t("errorImportNotJson"));
    }
    const memory = await memoryStore();
    const outcome = unwrap(await memory.importJson(data));
    return { articles: outcome.articles, claims: outcome.claims };
  },

  async deleteSite({ site }) {
    const memory = await memoryStore();
    return unwrap(await memory.deleteSite(site)).articles;
  },

  async clearMemory() {
    const memory = await memoryStore();
    unwrap(await memory.deleteAll());
    return null;
  },

  async memoryStats() {
    const memory = await memoryStore();
    const usage = unwrap(await memory.estimateUsage());
    return { articles: usage.articles, claims: usage.claims, people: usage.people, usageBytes: usage.usageBytes, kbLoadMs: kbLoadMs > 0 ? kbLoadMs : null, firstAnalysis, prepareMs: prepareMs(), workerLife, workerOrigin: performance.timeOrigin };
  },

  checkClaim: ({ text }) => sources().checkClaim(text.slice(0, 2000)),

  getSourceStatus: () => sources().status(),

  updateSourceSettings: (patch) => sources().update(patch),

  clearSourceData: () => sources().clear(),
};
