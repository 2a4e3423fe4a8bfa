/**
 * THE protocol: one typed map per direction (hypothesis' port-rpc-calls model). Each entry maps a
 * method to its payload and its result; results always cross as Result values (shared/result.ts).
 * Commands are imperative, notifications past tense. On the wire a message is
 * `{ type: "<direction>:<method>", payload }`, so every log line says where it came from.
 */
import type { Analysis, TextSnapshot } from "../extract/types.ts";
import type { Settings } from "../store/settings.ts";
import type { SourceSettings } from "../store/source-settings.ts";
import type {
  FactCheckItem,
  FeedbackKind,
  HiddenHighlights,
  PageEnrichment,
  PageMeta,
  PageState,
  PageStatus,
  PersonContext,
  PersonSources,
  SearchHit,
  SourceAnswer,
  SourceStatus,
} from "./types.ts";

/** Content script → background. Only accepted from a tab's content script. */
export interface ContentToBackground {
  /**
   * The article's text was read: the background runs the engine on it (where the engine's code
   * stays compiled across pages, instead of cold in every page), links the people to the
   * knowledge base, and answers with the analysis to paint and what the card needs.
   */
  analyzePage: {
    /** `readingId` names this reading; the background's later `pageEnriched` push carries it. */
    payload: { instanceId: string; meta: PageMeta; snapshot: TextSnapshot; readingId: string };
    /** `took`: the background's milliseconds — the engine, waiting for the reader's settings
     *  after it, linking — and when the message arrived and the answer left (epoch ms, the clock
     *  both sides share), for the test build's timeline (npm run eval:pages). */
    result: { analysis: Analysis; took: { engine: number; stored: number; linking: number; arrived: number; replied: number } };
  };
  /**
   * The page passed the article gate and is about to be read: the background gets the knowledge
   * base and the engine ready now (waking a worker that was asleep), while the page is read, so
   * the analysis that follows does not pay for them. Nothing of the page is sent.
   */
  prepare: { payload: null; result: null };
  /**
   * The page hid (or showed again) what holds some of the current reading's highlights after
   * the paint: the popup lists only what is still highlighted. `hidden` holds the claims taken
   * down and the people all of whose highlighted mentions are; empty lists when all show again.
   * Sent after the reading's pageEnriched, so after the background stored that reading's state.
   */
  highlightsShown: { payload: { instanceId: string; hidden: HiddenHighlights }; result: null };
  /** The page is not read (not an article, switched off) — the popup shows why. */
  pageSkipped: { payload: { instanceId: string; status: PageStatus; meta: PageMeta | null }; result: null };
  /** The reader told us a highlight is wrong; remembered locally and applied next time. */
  reportFeedback: { payload: { name: string; represents: string | null; kind: FeedbackKind }; result: null };
  /** Open the memory (the popup page in a tab) searching for a person: the card's "more…". */
  openMemory: { payload: { query: string }; result: null };
  /**
   * The card opened for an official: their fact-checked claims and sourced quotes, from the
   * stored answers or (at most once a day per person) the opt-in sources. Sources the reader has
   * not switched on answer `off` without any request. `kbId` lets the background add the
   * knowledge base's spellings of the name to the claimant match.
   */
  getPersonSources: { payload: { name: string; kbId: string | null }; result: PersonSources };
  /** The reader clicked "look for fact-checks of this claim": only these words are sent. */
  checkClaim: { payload: { text: string }; result: SourceAnswer<FactCheckItem> };
}

/** Popup or options page → background. Only accepted from our own extension pages. */
export interface PopupToBackground {
  getPageState: { payload: { tabId: number }; result: PageState | null };
  /** Scroll the tab to a person (or claim) and open their card. */
  revealInPage: { payload: { tabId: number; personId: string; claimId?: string }; result: boolean };
  search: { payload: { query: string; limit?: number }; result: SearchHit[] };
  getSettings: { payload: null; result: Settings };
  updateSettings: { payload: Partial<Settings>; result: Settings };
  setSiteEnabled: { payload: { site: string; enabled: boolean }; result: Settings };
  exportData: { payload: { format: "json" | "csv" }; result: string };
  importData: { payload: { json: string }; result: { articles: number; claims: number } };
  deleteSite: { payload: { site: string }; result: number };
  clearMemory: { payload: null; result: null };
  /** What the memory holds; `kbLoadMs` is what loading the knowledge base cost this service-worker
   *  life (null before it was needed) and `firstAnalysis` what its first page analysis cost (data
   *  loaded on the way, unless a `prepare` message had them ready: `prepareMs` is what that cost,
   *  null when none came first; `workerLife`, when this worker life's first events happened on its
   *  clock, whose origin is `workerOrigin`), for diagnostics and npm run bench:page. */
  memoryStats: { payload: null; result: { articles: number; claims: number; people: number; usageBytes: number | null; kbLoadMs?: number | null; firstAnalysis?: { ms: number; words: number } | null; prepareMs?: number | null; workerLife?: Partial<Record<string, number>>; workerOrigin?: number } };
  /** "Look for fact-checks of this claim" from the popup's claim list. */
  checkClaim: { payload: { text: string }; result: SourceAnswer<FactCheckItem> };
  /** The opt-in sources' switches, whether a key is saved, and how much they have stored. */
  getSourceStatus: { payload: null; result: SourceStatus };
  /** Switches a source on or off, or saves the fact-check API key ("" removes it). */
  updateSourceSettings: { payload: Partial<SourceSettings> & { factCheckKey?: string }; result: SourceStatus };
  /** Deletes every stored fact-check and quote; answers how many records went. */
  clearSourceData: { payload: null; result: number };
}

/** Background → content script. Commands only. */
export interface BackgroundToContent {
  toggleHighlights: { payload: null; result: boolean };
  nextOfficial: { payload: null; result: boolean };
  reveal: { payload: { personId: string; claimId?: string }; result: boolean };
  /** What the card needs for a reading (said-elsewhere from the memory, KB facts), after its analysis. */
  pageEnriched: { payload: { readingId: string; enrichment: PageEnrichment }; result: null };
  /** More is known about a person (an opt-in Wikidata answer), or a quiet note for the reader. */
  contextUpdated: { payload: { personId: string | null; context: PersonContext | null; note: string | null }; result: null };
}

export const DIRECTIONS = {
  content: "cs→bg",
  popup: "popup→bg",
  background: "bg→cs",
} as const;
export type Direction = keyof typeof DIRECTIONS;

/** Every method of each direction, listed once so a meta-test can prove each has a handler. */
export const CONTENT_METHODS = ["analyzePage", "highlightsShown", "pageSkipped", "reportFeedback", "openMemory", "getPersonSources", "checkClaim"] as const satisfies readonly (keyof ContentToBackground)[];
export const POPUP_METHODS = [
  "getPageState",
  "revealInPage",
  "search",
  "getSettings",
  "updateSettings",
  "setSiteEnabled",
  "exportData",
  "importData",
  "deleteSite",
  "clearMemory",
  "memoryStats",
  "checkClaim",
  "getSourceStatus",
  "updateSourceSettings",
  "clearSourceData",
] as const satisfies readonly (keyof PopupToBackground)[];
export const BACKGROUND_METHODS = ["toggleHighlights", "nextOfficial", "reveal", "pageEnriched", "contextUpdated"] as const satisfies readonly (keyof BackgroundToContent)[];

export interface WireMessage {
  type: string;
  payload: unknown;
}

export function wireType(direction: Direction, method: string): string {
  return `${DIRECTIONS[direction]}:${method}`;
}

/** Splits a wire type into direction and method; null for anything that is not ours. */
export function parseWireType(type: unknown): { direction: Direction; method: string } | null {
  if (typeof type !== "string") return null;
  const colon = type.indexOf(":");
  if (colon < 0) return null;
  const prefix = type.slice(0, colon);
  const method = type.slice(colon + 1);
  for (const [direction, p] of Object.entries(DIRECTIONS) as [Direction, string][]) {
    if (p === prefix) return { direction, method };
  }
  return null;
}
