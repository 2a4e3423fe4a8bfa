/**
 * An in-memory PopupClient for design work and tests (Dark Reader keeps a mock connector; unlike
 * theirs, this one is used by the App tests). Every background method answers from the fixture
 * given; calls are recorded so tests can assert what the UI asked for.
 */
import type { PopupToBackground } from "../shared/messages.ts";
import { DEFAULT_SETTINGS } from "../store/settings.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { OptInSource } from "../shared/sources.ts";
import type { FactCheckItem, PageState, SearchHit, SourceAnswer, SourceStatus } from "../shared/types.ts";
import type { MemoryStats, PopupClient, Settings, Target } from "./use-page-state.ts";
import { readParams } from "./use-page-state.ts";

export interface MockFixture {
  target: Target;
  /** Page state per tab id; a missing entry answers null. */
  states?: Record<number, PageState | null>;
  settings?: Partial<Settings>;
  /** Search answers: every hit whose text, speaker or outlet contains the query (case-insensitive). */
  hits?: SearchHit[];
  stats?: MemoryStats;
  hasSiteAccess?: boolean;
  /** Permissions the browser holds at the start, per opt-in source. */
  access?: Partial<Record<OptInSource, boolean>>;
  /** Shown as the toolbar popup (default false: a tab, as in the e2e suite). */
  isToolbarPopup?: boolean;
  /** What the permission prompt answers, per source (default: refused). */
  grant?: Partial<Record<OptInSource, boolean>>;
  /** The opt-in sources' state the background reports. */
  sources?: Partial<SourceStatus>;
  /** What "look for fact-checks of this claim" answers (default: none found). */
  claimCheck?: SourceAnswer<FactCheckItem>;
  isFirefox?: boolean;
  search?: string;
  /** Methods that answer an error instead. */
  failing?: Partial<Record<keyof PopupToBackground, string>>;
  exportText?: Partial<Record<"json" | "csv", string>>;
  /** Articles remembered per site (what deleteSite forgets). */
  siteArticles?: Record<string, number>;
}

export interface MockCall {
  method: keyof PopupToBackground;
  payload: unknown;
}

export interface MockClient extends PopupClient {
  readonly calls: MockCall[];
  readonly events: string[];
  /** Replace a tab's state (simulates the content script reporting). */
  setState(tabId: number, state: PageState | null): void;
}

export const MOCK_DEFAULT_SETTINGS: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };

export function createMockClient(fixture: MockFixture): MockClient {
  const calls: MockCall[] = [];
  const events: string[] = [];
  const states: Record<number, PageState | null> = { ...fixture.states };
  let settings: Settings = { ...MOCK_DEFAULT_SETTINGS, ...fixture.settings };
  let stats: MemoryStats = fixture.stats ?? { articles: 0, claims: 0, people: 0, usageBytes: null };
  const access: Partial<Record<OptInSource, boolean>> = { ...fixture.access };
  let sources: SourceStatus = { factCheck: false, wikiquote: false, hasFactCheckKey: false, factCheckKeyEnd: null, storedRecords: 0, ...fixture.sources };

  type Answers = { [K in keyof PopupToBackground]: (p: PopupToBackground[K]["payload"]) => PopupToBackground[K]["result"] };
  const answers: Answers = {
    getPageState: ({ tabId }) => states[tabId] ?? null,
    revealInPage: ({ tabId, personId }) => !!states[tabId]?.people.some((p) => p.id === personId),
    search: ({ query, limit }) => {
      const q = query.toLowerCase();
      return (fixture.hits ?? [])
        .filter((h) => [h.text, h.speaker, h.outlet ?? ""].some((s) => s.toLowerCase().includes(q)))
        .slice(0, limit ?? 50);
    },
    getSettings: () => settings,
    updateSettings: (patch) => (settings = { ...settings, ...patch }),
    setSiteEnabled: ({ site, enabled }) => {
      const others = settings.disabledSites.filter((s) => s !== site);
      return (settings = { ...settings, disabledSites: enabled ? others : [...others, site].sort() });
    },
    exportData: ({ format }) => fixture.exportText?.[format] ?? (format === "json" ? "{}" : ""),
    importData: ({ json }) => {
      const parsed = JSON.parse(json) as { articles?: unknown[]; claims?: unknown[] };
      const result = { articles: parsed.articles?.length ?? 0, claims: parsed.claims?.length ?? 0 };
      stats = { ...stats, articles: stats.articles + result.articles, claims: stats.claims + result.claims };
      return result;
    },
    deleteSite: ({ site }) => {
      const forgotten = fixture.siteArticles?.[site] ?? 0;
      stats = { ...stats, articles: Math.max(0, stats.articles - forgotten) };
      return forgotten;
    },
    clearMemory: () => {
      stats = { articles: 0, claims: 0, people: 0, usageBytes: stats.usageBytes === null ? null : 0 };
      return null;
    },
    memoryStats: () => stats,
    checkClaim: () => fixture.claimCheck ?? { status: "none", fetchedAt: 0, link: null },
    getSourceStatus: () => sources,
    updateSourceSettings: ({ factCheckKey, ...patch }) => {
      const key = factCheckKey === undefined ? {} : { hasFactCheckKey: factCheckKey !== "", factCheckKeyEnd: factCheckKey ? factCheckKey.slice(-4) : null };
      return (sources = { ...sources, ...patch, ...key });
    },
    clearSourceData: () => {
      const removed = sources.storedRecords;
      sources = { ...sources, storedRecords: 0 };
      return removed;
    },
  };

  return {
    calls,
    events,
    isFirefox: fixture.isFirefox ?? false,
    params: readParams(fixture.search ?? ""),
    setState(tabId, state) {
      states[tabId] = state;
    },
    findTarget: () => Promise.resolve(fixture.target),
    hasSiteAccess: () => Promise.resolve(fixture.hasSiteAccess ?? true),
    call(method, payload) {
      calls.push({ method, payload });
      const failure = fixture.failing?.[method];
      if (failure) return Promise.resolve(err(failure));
      try {
        const answer = (answers[method] as (p: typeof payload) => unknown)(payload);
        // A fresh copy, as if it had crossed a message boundary.
        return Promise.resolve(ok(structuredClone(answer)) as Result<never>);
      } catch (e) {
        return Promise.resolve(err(e instanceof Error ? e.message : String(e)));
      }
    },
    openOptionsPage() {
      events.push("openOptionsPage");
    },
    requestAccess(source) {
      events.push(`requestAccess:${source}`);
      access[source] = fixture.grant?.[source] ?? false;
      return Promise.resolve(access[source]);
    },
    dropAccess(source, stillOn) {
      events.push(`dropAccess:${source}:${[...stillOn].sort().join(",")}`);
      access[source] = false;
      return Promise.resolve();
    },
    hasAccess: (source) => Promise.resolve(access[source] ?? false),
    isToolbarPopup: () => Promise.resolve(fixture.isToolbarPopup ?? false),
    closePopup() {
      events.push("closePopup");
    },
  };
}
