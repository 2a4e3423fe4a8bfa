/** Handlers for what content scripts report: a page read, a page skipped, reader feedback. */
import browser, { type Runtime } from "webextension-polyfill";
import { analyze } from "../../extract/index.ts";
import type { Analysis } from "../../extract/types.ts";
import type { KbLink } from "../../kb/index.ts";
import { logError } from "../../shared/log.ts";
import { sendToTab, type ContentHandlers } from "../../shared/messaging.ts";
import { summariseClaims, summarisePeople } from "../../shared/page-summary.ts";
import { recordedContent } from "../recorded-content.ts";
import { plausibleDate } from "../../shared/dates.ts";
import { prefixed } from "../../shared/prefix.ts";
import type { PageEnrichment, PageMeta } from "../../shared/types.ts";
import { addFeedback, feedbackKey } from "../../store/feedback.ts";
import type { ArticleRecordInput, Memory } from "../../store/index.ts";
import type { Settings } from "../../store/settings.ts";
import { linkPage, personContexts } from "../enrich.ts";
import { t } from "../i18n.ts";
import { knowledgeBase, memoryStore, noteLife, readerPrefs, recordFirstAnalysis } from "../services.ts";
import { sources } from "../sources-wiring.ts";
import { patchTabState, writeHiddenHighlights, writeTabState } from "../tab-state.ts";
import { prepareForPages } from "../warm-up.ts";
import { enrichFromWikidata } from "../wikidata-enrich.ts";

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

const RETENTION_EVERY_MS = 60 * 60 * 1000;
const RETENTION_KEY = prefixed("retention-at");

/** Retention runs at most hourly (its last run is kept in storage.session: workers restart). */
export async function applyRetentionHourly(memory: Memory, prefs: Settings, force = false): Promise<void> {
  if (!prefs.retentionDays && !prefs.retentionMaxClaims) return;
  const last = Number((await browser.storage.session.get(RETENTION_KEY))[RETENTION_KEY] ?? 0);
  if (!force && Date.now() - last < RETENTION_EVERY_MS) return;
  await browser.storage.session.set({ [RETENTION_KEY]: Date.now() });
  await memory.applyRetention({ maxAgeDays: prefs.retentionDays, maxClaims: prefs.retentionMaxClaims });
}

const tabOf = (sender: Runtime.MessageSender) => sender.tab?.id ?? -1;


/** Remembers a page (unless recording is paused or the tab is private); Result-like outcome. */
async function recordPage(memory: Memory, prefs: Settings, input: ArticleRecordInput): Promise<{ recorded: boolean; note: string | null }> {
  if (prefs.recordingPaused || input.incognito) return { recorded: false, note: null };
  const outcome = await memory.recordArticle(input);
  await applyRetentionHourly(memory, prefs);
  if (outcome.ok) return { recorded: true, note: null };
  if (outcome.error !== "quota") logError("recordArticle", outcome.message);
  return { recorded: false, note: outcome.error === "quota" ? t("noteStorageFull") : null };
}

function recordInput(meta: PageMeta, text: string, analysis: Analysis, links: Map<string, KbLink>, contentHash: string, incognito: boolean): ArticleRecordInput {
  return {
    url: meta.canonicalUrl,
    title: meta.title,
    outlet: meta.outlet,
    publishedAt: meta.publishedAt,
    contentHash,
    ...recordedContent(analysis, text, links),
    seenAt: Date.now(),
    incognito,
  };
}

export const pageHandlers: ContentHandlers = {
  /**
   * Runs the engine on the page's text and links the people to the knowledge base, and answers
   * with that at once: it is all the page needs to paint. What the card adds (said-elsewhere from
   * the memory) follows as a `pageEnriched` push, then the page is recorded into the memory (a
   * write costs ~25 ms in Chromium's IndexedDB), then opt-in Wikidata answers follow as pushes.
   */
  async analyzePage({ meta: sent, snapshot, readingId }, sender) {
    const arrived = performance.timeOrigin + performance.now();
    noteLife("analyzeArrived");
    const tabId = tabOf(sender);
    // The reader's settings and feedback are read while the engine runs (linking needs them).
    const stored = readerPrefs();
    // The article's own date, if plausible (a placeholder is no date), is the day the engine and
    // the knowledge base read it at: the office held then. Without one, today (the reading day).
    const meta = { ...sent, publishedAt: plausibleDate(sent.publishedAt) };
    const day = { on: (meta.publishedAt ?? new Date().toISOString()).slice(0, 10), onArticleDate: meta.publishedAt !== null };
    const date = day.on;
    const text = snapshot.text;
    const t0 = performance.now();
    const read = analyze(snapshot, { date });
    const t1 = performance.now();
    const { settings: prefs, feedback } = await stored;
    const t2 = performance.now();
    const { analysis, links } = linkPage(knowledgeBase(), read, text, date, feedback, day.onArticleDate);
    const t3 = performance.now();
    recordFirstAnalysis(t1 - t0 + (t3 - t2), text.split(/\s+/).length);
    void (async () => {
      // The answer to the page leaves first (it is all the page needs to paint).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const memory = await memoryStore();
      const url = meta.canonicalUrl;
      // Said-elsewhere excludes this article, so asking before it is recorded gives the same answer.
      const people = await personContexts(memory, analysis.people, links, url, day);
      const dismissed: PageEnrichment["dismissed"] = {};
      for (const p of analysis.people) {
        const kind = feedback[feedbackKey(p.name)];
        if (kind) dismissed[p.id] = kind;
      }
      const isIncognito = sender.tab?.incognito ?? false;
      const enrichment: PageEnrichment = { people, dismissed, recorded: !prefs.recordingPaused && !isIncognito, note: null };
      if (tabId >= 0) {
        // The state first: what the page reports after pageEnriched (highlightsShown) applies to it.
        await writeTabState({ tabId, status: "article", meta, people: summarisePeople(analysis), claims: summariseClaims(analysis, text), enrichment, updatedAt: Date.now() });
        await sendToTab(tabId, "pageEnriched", { readingId, enrichment });
      }
      const input = recordInput(meta, text, analysis, links, await sha256Hex(text), isIncognito);
      const { recorded, note } = await recordPage(memory, prefs, input);
      if (tabId < 0) return;
      if (note) await sendToTab(tabId, "contextUpdated", { personId: null, context: null, note });
      if (!recorded || note) await patchTabState(tabId, { enrichment: { ...enrichment, recorded, note } });
      await enrichFromWikidata(tabId, analysis, links, day, enrichment);
    })().catch((e) => logError("after analyzePage", e));
    noteLife("answered");
    return { analysis, took: { engine: t1 - t0, stored: t2 - t1, linking: t3 - t2, arrived, replied: performance.timeOrigin + performance.now() } };
  },

  async prepare() {
    prepareForPages();
    return null;
  },

  async highlightsShown({ hidden }, sender) {
    const tabId = tabOf(sender);
    if (tabId >= 0) await writeHiddenHighlights(tabId, { claimIds: hidden.claimIds.slice(0, 10_000), personIds: hidden.personIds.slice(0, 10_000) });
    return null;
  },

  async pageSkipped({ status, meta }, sender) {
    const tabId = tabOf(sender);
    if (tabId >= 0) await writeTabState({ tabId, status, meta, people: [], claims: [], enrichment: null, updatedAt: Date.now() });
    return null;
  },

  async reportFeedback({ name, kind }) {
    await addFeedback(browser.storage.local, name, kind);
    return null;
  },

  async openMemory({ query }) {
    const url = browser.runtime.getURL(`src/popup/index.html?q=${encodeURIComponent(query.slice(0, 200))}`);
    await browser.tabs.create({ url });
    return null;
  },

  getPersonSources: ({ name, kbId }) => sources().personSources(name.slice(0, 200), kbId),

  checkClaim: ({ text }) => sources().checkClaim(text.slice(0, 2000)),
};
