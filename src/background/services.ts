/**
 * The background's long-lived services, created lazily and once per service-worker life: the
 * knowledge base (parsed and indexed on first use; `kbLoadMs` records what a worker restart
 * costs) and the memory (IndexedDB through Dexie). Nothing here is state that must outlive the
 * worker: the KB is rebuilt from the bundle, the memory is on disk.
 */
import browser from "webextension-polyfill";
import { loadKnowledgeBase, type KnowledgeBase } from "../kb/index.ts";
import officials from "../kb/data/officials.json";
import { openMemory, type Memory } from "../store/index.ts";
import { readSettings, type Settings } from "../store/settings.ts";
import { t } from "./i18n.ts";

let kb: KnowledgeBase | null = null;
export let kbLoadMs = 0;

/** What the first page analysis of this worker's life cost (the engine's and the KB's data loaded
 *  on the way, the engine run, the people linked), with the words of the text it read. */
export let firstAnalysis: { ms: number; words: number } | null = null;

export function recordFirstAnalysis(ms: number, words: number): void {
  firstAnalysis ??= { ms, words };
}

export function knowledgeBase(): KnowledgeBase {
  if (!kb) {
    const t0 = performance.now();
    kb = loadKnowledgeBase(officials as never);
    kbLoadMs = performance.now() - t0;
  }
  return kb;
}

let memory: Promise<Memory> | null = null;

/** The memory, opened once; a failed open is retried on the next call. */
export function memoryStore(): Promise<Memory> {
  memory ??= openMemory().then((r) => {
    if (r.ok) return r.value;
    memory = null;
    throw new Error(t("errorMemoryUnavailable", r.message));
  });
  return memory;
}

export function settings(): Promise<Settings> {
  return readSettings(browser.storage.local);
}
