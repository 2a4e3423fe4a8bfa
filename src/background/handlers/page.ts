/** Handlers for what content scripts report: a page read, a page skipped, reader feedback. */
import browser, { type Runtime } from "webextension-polyfill";
import type { ContentHandlers } from "../../shared/messaging.ts";
import { summariseClaims, summarisePeople } from "../../shared/page-summary.ts";
import type { PageEnrichment } from "../../shared/types.ts";
import { addFeedback, feedbackKey, readFeedback } from "../../store/feedback.ts";
import type { ArticleRecordInput, Memory } from "../../store/index.ts";
import type { Settings } from "../../store/settings.ts";
import { prefixed } from "../../shared/prefix.ts";
import { linkPage, personContexts } from "../enrich.ts";
import { enrichFromWikidata } from "../wikidata-enrich.ts";
import { logError } from "../../shared/log.ts";
import { knowledgeBase, memoryStore, settings } from "../services.ts";
import { writeTabState } from "../tab-state.ts";

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

const STORAGE_FULL_NOTE = "Sourcelight's memory is full: this article was not remembered. Free space in the popup (retention or clear).";

export const pageHandlers: ContentHandlers = {
  async pageAnalyzed({ meta, text, analysis }, sender) {
    const tabId = tabOf(sender);
    const [prefs, feedback, memory] = await Promise.all([settings(), readFeedback(browser.storage.local), memoryStore()]);
    const date = (meta.publishedAt ?? new Date().toISOString()).slice(0, 10);
    const links = linkPage(knowledgeBase(), analysis, text, date, feedback);
    const url = meta.canonicalUrl;
    // Said-elsewhere is asked before this article is recorded, and excludes it anyway.
    const people = await personContexts(memory, analysis.people, links, url);
    let recorded = false;
    let note: string | null = null;
    if (!prefs.recordingPaused && !sender.tab?.incognito) {
      const claims = summariseClaims(analysis, text);
      const input: ArticleRecordInput = {
        url,
        title: meta.title,
        outlet: meta.outlet,
        publishedAt: meta.publishedAt,
        contentHash: await sha256Hex(text),
        people: analysis.people.map((p) => {
          const link = links.get(p.id);
          return {
            localId: p.id,
            name: p.name,
            role: p.role,
            represents: p.represents,
            isOfficial: p.isOfficial,
            kb: link ? { id: link.id, name: link.name, position: link.position, country: link.country } : null,
          };
        }),
        claims: analysis.quotes.map((q, i) => ({
          personLocalId: q.speakerId,
          source: q.source,
          text: claims[i]!.text,
          kind: q.kind,
          cue: q.cue,
          start: q.start,
          end: q.end,
        })),
        seenAt: Date.now(),
        incognito: sender.tab?.incognito ?? false,
      };
      const outcome = await memory.recordArticle(input);
      recorded = outcome.ok;
      if (!outcome.ok && outcome.error === "quota") note = STORAGE_FULL_NOTE;
      await applyRetentionHourly(memory, prefs);
    }
    const dismissed: PageEnrichment["dismissed"] = {};
    for (const p of analysis.people) {
      const kind = feedback[feedbackKey(p.name)];
      if (kind) dismissed[p.id] = kind;
    }
    const enrichment: PageEnrichment = { people, dismissed, recorded, note };
    if (tabId >= 0) void enrichFromWikidata(tabId, analysis, links, date, enrichment).catch((e) => logError("wikidata", e));
    if (tabId >= 0) {
      await writeTabState({
        tabId,
        status: "article",
        meta,
        people: summarisePeople(analysis),
        claims: summariseClaims(analysis, text),
        enrichment,
        updatedAt: Date.now(),
      });
    }
    return enrichment;
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
};
