/**
 * The background's long-lived services, created lazily and once per service-worker life: the
 * knowledge base (parsed and indexed on first use; `kbLoadMs` records what a worker restart
 * costs), the memory (IndexedDB through Dexie) and the reader's settings and feedback (read once,
 * dropped when storage changes). Nothing here is state that must outlive the worker: the KB is
 * rebuilt from the bundle, the memory and the settings are on disk.
 */
import browser from "webextension-polyfill";
import { loadKnowledgeBase, type KnowledgeBase } from "../kb/index.ts";
// As text, parsed on first use: bundled as a JS literal (what a JSON import becomes), the 0.9 MB
// knowledge base made the worker compile and build it on every start, needed or not
// (bench:page, a restarted worker: about 0.75 s of its start-up on a loaded machine).
import officialsJson from "../kb/data/officials.json?raw";
import { openMemory, type Memory } from "../store/index.ts";
import { FEEDBACK_KEY, normaliseFeedback, type FeedbackMap } from "../store/feedback.ts";
import { readSettings, SETTINGS_KEY, type Settings } from "../store/settings.ts";
import { t } from "./i18n.ts";

let kb: KnowledgeBase | null = null;
export let kbLoadMs = 0;

/** What the first page analysis of this worker's life cost (the engine's and the KB's data loaded
 *  on the way, the engine run, the people linked), with the words of the text it read. */
export let firstAnalysis: { ms: number; words: number } | null = null;

export function recordFirstAnalysis(ms: number, words: number): void {
  firstAnalysis ??= { ms, words };
}

/**
 * When this worker life's first events happened, in ms on the worker's own clock (0 = the worker
 * started): its script evaluated, the first `prepare` arrived and was done, the memory opened, the
 * first page's text arrived and its answer left. bench:page reads them through memoryStats to
 * split what a page waits for when the worker was asleep.
 */
export type LifeStep = "evaluated" | "prepareArrived" | "prepared" | "memoryOpen" | "analyzeArrived" | "answered";
export const workerLife: Partial<Record<LifeStep, number>> = {};

export function noteLife(step: LifeStep): void {
  workerLife[step] ??= Math.round(performance.now() * 10) / 10;
}

export function knowledgeBase(): KnowledgeBase {
  if (!kb) {
    const t0 = performance.now();
    kb = loadKnowledgeBase(officialsJson);
    kbLoadMs = performance.now() - t0;
  }
  return kb;
}

let memory: Promise<Memory> | null = null;

/** The memory, opened once; a failed open is retried on the next call. */
export function memoryStore(): Promise<Memory> {
  memory ??= openMemory().then((r) => {
    if (r.ok) {
      noteLife("memoryOpen");
      return r.value;
    }
    memory = null;
    throw new Error(t("errorMemoryUnavailable", r.message));
  });
  return memory;
}

/** What the reader set and told us, as every page's analysis needs it. */
export interface ReaderPrefs {
  settings: Settings;
  feedback: FeedbackMap;
}

let prefs: Promise<ReaderPrefs> | null = null;
let isWatchingPrefs = false;

/**
 * The reader's settings and feedback, read from storage once (one call for both) and kept until
 * storage reports a change to either, whoever made it (the options page, the popup, a card), so a
 * page's analysis does not wait for storage each time. A failed read is retried on the next call.
 */
export function readerPrefs(): Promise<ReaderPrefs> {
  if (!isWatchingPrefs) {
    isWatchingPrefs = true;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === "local" && (SETTINGS_KEY in changes || FEEDBACK_KEY in changes)) prefs = null;
    });
  }
  prefs ??= browser.storage.local.get([SETTINGS_KEY, FEEDBACK_KEY]).then(
    async (got) => ({ settings: await readSettings({ get: async () => got, set: async () => undefined }), feedback: normaliseFeedback(got[FEEDBACK_KEY]) }),
    (e: unknown) => {
      prefs = null;
      throw e;
    },
  );
  return prefs;
}

export async function settings(): Promise<Settings> {
  return (await readerPrefs()).settings;
}
