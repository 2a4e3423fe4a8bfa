/**
 * Getting the engine and the knowledge base ready before a page's text arrives. A service worker
 * that was asleep starts cold: the knowledge base is indexed on first use, the engine's word data
 * is unpacked on first use, and every function of the path runs for the first time (interpreted,
 * then compiled). A page that passed the article gate says so at once (`prepare`), and the worker
 * does all of that while the page's text is still being read in the tab, so the analysis that
 * follows is a warm one. The warm-up text is our own invented paragraph; nothing of the page is
 * read here.
 */
import { analyze, snapshotFromPlainText } from "../extract/index.ts";
import { linkPage } from "./enrich.ts";
import { knowledgeBase, memoryStore, noteLife, readerPrefs } from "./services.ts";
import { logError } from "../shared/log.ts";

/** Invented, and shaped like news: a title and a name, a direct quote with its cue, an indirect
 *  claim, a pronoun, an organisation as a source, so each stage of the engine runs once. */
const WARM_UP_TEXT = [
  "Harbour Minister Lena Okafor said on Monday that the new port rules would take effect next year.",
  "\u201cWe will not wait for the others,\u201d she told reporters in the capital, adding that talks with the Coastal Workers Union were continuing.",
  "The union said in a statement it had asked the ministry to delay the plan.",
].join("\n\n");

let prepared: number | null = null;

/** What preparing cost in this worker's life (null until it ran). */
export function prepareMs(): number | null {
  return prepared;
}

/** Loads and exercises what a page's analysis needs; at most once per worker life. */
export function prepareForPages(): void {
  if (prepared !== null) return;
  noteLife("prepareArrived");
  const t0 = performance.now();
  try {
    const day = new Date().toISOString().slice(0, 10);
    linkPage(knowledgeBase(), analyze(snapshotFromPlainText(WARM_UP_TEXT), { date: day }), WARM_UP_TEXT, day, {});
  } catch (e) {
    logError("prepare", e);
  }
  prepared = performance.now() - t0;
  noteLife("prepared");
  // The reader's settings are read and the memory opened now too: the analysis needs the one,
  // the said-elsewhere answer that follows it the other.
  void readerPrefs().catch((e) => logError("prepare settings", e));
  void memoryStore().catch((e) => logError("prepare memory", e));
}
