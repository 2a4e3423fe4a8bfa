/**
 * The popup's and the options page's ONE way to reach data (Dark Reader's Connector model): the
 * components see a `PopupClient` and the hooks below, never runtime messaging or `browser.*`.
 * Two clients implement it: ./browser-client.ts (the real extension) and ./mock-client.ts (design
 * work and the App tests).
 *
 * Which tab: `?tab=<id>` in the page URL wins (the e2e suite opens the popup page in a tab and
 * names the tab it is about); otherwise the active tab of the current window. `?q=<words>` opens
 * the memory search prefilled (the hover card's "more…").
 *
 * While a page is being read the page state is polled (there is no background → popup push);
 * polling stops when the state settles or after a bounded number of tries.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { PopupToBackground } from "../shared/messages.ts";
import type { Result } from "../shared/result.ts";
import type { OptInSource } from "../shared/sources.ts";
import type { PageState, SearchHit, SourceStatus } from "../shared/types.ts";
import type { ClaimCheckState } from "../ui/sources/Sources.tsx";
import { isWebUrl, siteOf } from "../ui/popup/format.ts";
import type { ViewStatus } from "../ui/popup/view-status.ts";

/** The settings type, taken from the protocol (the popup never imports the store). */
export type Settings = PopupToBackground["getSettings"]["result"];
export type MemoryStats = PopupToBackground["memoryStats"]["result"];

export type Call = <K extends keyof PopupToBackground>(
  method: K,
  payload: PopupToBackground[K]["payload"],
) => Promise<Result<PopupToBackground[K]["result"]>>;

/** The tab the popup is about. */
export interface Target {
  tabId: number | null;
  /** The tab's URL when the browser lets us see it (it does not for chrome://, the web store, …). */
  url: string | null;
  /** The tab shows one of our own pages (the popup page opened in a tab as the memory search). */
  isOwnPage: boolean;
  /** The tab was still loading when the popup opened. */
  isLoading: boolean;
}

export interface PopupParams {
  tabId: number | null;
  query: string;
}

export interface PopupClient {
  readonly isFirefox: boolean;
  readonly params: PopupParams;
  /** Resolves the tab the popup is about (see the module header). */
  findTarget(): Promise<Target>;
  /** Whether the extension holds host access to this URL (false when the reader withdrew it). */
  hasSiteAccess(url: string): Promise<boolean>;
  /** One typed request to the background. */
  call: Call;
  openOptionsPage(): void;
  /**
   * Asks for the permissions an opt-in source needs (its site; in Firefox also the data-collection
   * consent). Call it synchronously inside a click/change handler: the browser only shows the
   * prompt during a user gesture.
   */
  requestAccess(source: OptInSource): Promise<boolean>;
  /** Gives back what `source` alone needed; permissions a source in `stillOn` uses are kept. */
  dropAccess(source: OptInSource, stillOn: readonly OptInSource[]): Promise<void>;
  hasAccess(source: OptInSource): Promise<boolean>;
  /** True in the toolbar popup, false when the page is open in a tab. */
  isToolbarPopup(): Promise<boolean>;
  /** Closes the toolbar popup (after revealing a person in the page); a no-op in a tab. */
  closePopup(): void;
}

/** Reads `?tab=<id>&q=<words>` from a location.search string. */
export function readParams(search: string): PopupParams {
  const p = new URLSearchParams(search);
  const raw = p.get("tab");
  const tabId = raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
  return { tabId: tabId !== null && Number.isSafeInteger(tabId) ? tabId : null, query: (p.get("q") ?? "").trim() };
}

export type { ViewStatus };

export interface ViewInput {
  target: Target | null;
  /** undefined: not asked yet; null: the background has no state for the tab. */
  state: PageState | null | undefined;
  settings: Settings | null;
  hasAccess: boolean | null;
  error: string | null;
  /** Polling gave up waiting for the content script. */
  gaveUp: boolean;
}

/**
 * Decides the page view. The reader's current settings win over a stale page state (switching a
 * site off in the popup shows "off" at once; switching it on shows "reading" until the content
 * script reports again).
 */
export function viewStatus(v: ViewInput): ViewStatus {
  const { target, state, settings } = v;
  if (!target) return "loading";
  if (target.isOwnPage) return "own-page";
  if (target.tabId === null) return "no-access";
  // A URL we can see and cannot read (chrome://, about:, the web store…). A URL we cannot see is
  // not decisive: Chromium may hide it from tabs.* even where the content script runs, so the
  // background's state (reported by the content script) decides below.
  if (target.url !== null && !isWebUrl(target.url)) return "no-access";
  if (settings && !settings.enabled) return "off-global";
  const site = siteOf(pageUrl(target, state));
  if (settings && site && settings.disabledSites.includes(site)) return "off-site";
  if (v.error) return "error";
  if (state === undefined) return "loading";
  if (state === null) {
    if (v.hasAccess === false || target.url === null) return "no-access";
    return v.gaveUp ? "not-read" : "reading";
  }
  if (state.status === "off-global" || state.status === "off-site") return v.gaveUp ? "not-read" : "reading";
  if (state.status === "reading" && v.gaveUp) return "not-read";
  return state.status;
}

/** The tab's address: what tabs.* shows, else what the content script reported. */
export function pageUrl(target: Target | null, state: PageState | null | undefined): string | null {
  return target?.url ?? state?.meta?.url ?? null;
}

export const POLL_INTERVAL_MS = 1000;
/** A page with no state yet: the content script runs at document_idle, so wait a little. */
export const POLL_TRIES_NO_STATE = 5;
/** A page being read (long live blogs are read in idle chunks). */
export const POLL_TRIES_READING = 60;

export interface SettingsHandle {
  settings: Settings | null;
  error: string | null;
  update(patch: Partial<Settings>): Promise<Result<Settings>>;
  setSite(site: string, enabled: boolean): Promise<Result<Settings>>;
}

/** Settings: loaded once, replaced by every answer of the background. */
export function useSettings(client: PopupClient): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void client.call("getSettings", null).then((r) => {
      if (!live) return;
      if (r.ok) setSettings(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [client]);
  const apply = useCallback((r: Result<Settings>) => {
    if (r.ok) {
      setSettings(r.value);
      setError(null);
    } else setError(r.error);
    return r;
  }, []);
  const update = useCallback((patch: Partial<Settings>) => client.call("updateSettings", patch).then(apply), [client, apply]);
  const setSite = useCallback(
    (site: string, enabled: boolean) => client.call("setSiteEnabled", { site, enabled }).then(apply),
    [client, apply],
  );
  return { settings, error, update, setSite };
}

export interface PageStateHandle {
  target: Target | null;
  /** The site (host without www.) of the tab, when it is a web page. */
  site: string | null;
  state: PageState | null;
  status: ViewStatus;
  error: string | null;
  settings: SettingsHandle;
  /** Scrolls the tab to a person (or one of their claims) and opens the card. */
  reveal(personId: string, claimId?: string): Promise<boolean>;
  /** Asks the background again now. */
  refresh(): void;
}

export function usePageState(client: PopupClient): PageStateHandle {
  const settings = useSettings(client);
  const [target, setTarget] = useState<Target | null>(null);
  const [state, setState] = useState<PageState | null | undefined>(undefined);
  const [hasAccess, setHasAccess] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const request = useRef(0);

  useEffect(() => {
    let live = true;
    client.findTarget().then(
      (t) => live && setTarget(t),
      () => live && setTarget({ tabId: null, url: null, isOwnPage: false, isLoading: false }),
    );
    return () => {
      live = false;
    };
  }, [client]);

  const isReadable = !!target && target.tabId !== null && !target.isOwnPage && (target.url === null || isWebUrl(target.url));

  const fetchState = useCallback(() => {
    if (!target || target.tabId === null || !isReadable) return;
    const id = ++request.current;
    void client.call("getPageState", { tabId: target.tabId }).then((r) => {
      if (id !== request.current) return; // a newer answer is on its way
      if (r.ok) {
        setState(r.value);
        setError(null);
      } else setError(r.error);
    });
  }, [client, target, isReadable]);

  useEffect(() => {
    if (!target || !isReadable) return;
    fetchState();
    if (target.url === null) return;
    let live = true;
    client.hasSiteAccess(target.url).then(
      (has) => live && setHasAccess(has),
      () => live && setHasAccess(null),
    );
    return () => {
      live = false;
    };
  }, [client, target, isReadable, fetchState]);

  // A settings change (site or global switch) restarts the wait for the content script.
  const siteKey = settings.settings ? `${settings.settings.enabled}|${settings.settings.disabledSites.join(",")}` : "";
  useEffect(() => setTries(0), [siteKey]);

  const maxTries = state === null || state === undefined ? (target?.isLoading ? POLL_TRIES_READING : POLL_TRIES_NO_STATE) : POLL_TRIES_READING;
  const gaveUp = tries >= maxTries;
  const status = viewStatus({ target, state, settings: settings.settings, hasAccess, error, gaveUp });
  // A hidden URL and no state yet: shown as "no access", but the content script may still report.
  const isQuietlyWaiting = status === "no-access" && isReadable && target?.url === null && state === null && !gaveUp;

  useEffect(() => {
    if (status !== "reading" && !isQuietlyWaiting) return;
    const timer = setTimeout(() => {
      setTries((n) => n + 1);
      fetchState();
    }, POLL_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [status, isQuietlyWaiting, tries, fetchState]);

  const reveal = useCallback(
    async (personId: string, claimId?: string) => {
      if (!target || target.tabId === null) return false;
      const payload = claimId === undefined ? { tabId: target.tabId, personId } : { tabId: target.tabId, personId, claimId };
      const r = await client.call("revealInPage", payload);
      return r.ok && r.value;
    },
    [client, target],
  );

  return {
    target,
    site: target && !target.isOwnPage && target.tabId !== null ? siteOf(pageUrl(target, state)) : null,
    state: state ?? null,
    status,
    error,
    settings,
    reveal,
    refresh: fetchState,
  };
}

export const SEARCH_DEBOUNCE_MS = 250;
export const SEARCH_LIMIT = 50;
/** Typing shorter than this does not search by itself (submitting still does). */
export const SEARCH_MIN_CHARS = 2;

export interface SearchHandle {
  query: string;
  answeredQuery: string;
  hits: SearchHit[] | null;
  isSearching: boolean;
  error: string | null;
  setQuery(query: string): void;
  /** Search now (form submit, or a person picked from the page). */
  searchNow(query?: string): void;
}

/** Search across the memory: debounced while typing, immediate on submit; late answers are dropped. */
export function useSearch(client: PopupClient, initialQuery: string): SearchHandle {
  const [query, setQueryState] = useState(initialQuery);
  const [answeredQuery, setAnswered] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [isSearching, setIsSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = useCallback(
    (raw: string) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const q = raw.trim();
      const id = ++seq.current;
      if (!q) {
        setHits(null);
        setAnswered("");
        setIsSearching(false);
        setError(null);
        return;
      }
      setIsSearching(true);
      void client.call("search", { query: q, limit: SEARCH_LIMIT }).then((r) => {
        if (id !== seq.current) return;
        setIsSearching(false);
        if (r.ok) {
          setHits(r.value);
          setAnswered(q);
          setError(null);
        } else setError(r.error);
      });
    },
    [client],
  );

  useEffect(() => {
    if (initialQuery.trim()) run(initialQuery);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      seq.current++; // drop answers that arrive after unmount
    };
  }, [client, initialQuery, run]);

  const setQuery = useCallback(
    (q: string) => {
      setQueryState(q);
      if (timer.current !== null) clearTimeout(timer.current);
      const t = q.trim();
      if (t.length === 0) run("");
      else if (t.length >= SEARCH_MIN_CHARS) timer.current = setTimeout(() => run(q), SEARCH_DEBOUNCE_MS);
    },
    [run],
  );

  const searchNow = useCallback(
    (q?: string) => {
      if (q !== undefined) setQueryState(q);
      run(q ?? query);
    },
    [run, query],
  );

  return { query, answeredQuery, hits, isSearching, error, setQuery, searchNow };
}

export interface MemoryHandle {
  stats: MemoryStats | null;
  statsError: string | null;
  refreshStats(): void;
  exportData(format: "json" | "csv"): Promise<Result<string>>;
  importData(json: string): Promise<Result<{ articles: number; claims: number }>>;
  clear(): Promise<boolean>;
  /** Forgets what was remembered from one site; resolves the number of articles forgotten. */
  forgetSite(site: string): Promise<Result<number>>;
}

export function useMemory(client: PopupClient): MemoryHandle {
  const [stats, setStats] = useState<MemoryStats | null>(null);
  const [statsError, setStatsError] = useState<string | null>(null);
  const refreshStats = useCallback(() => {
    void client.call("memoryStats", null).then((r) => {
      if (r.ok) {
        setStats(r.value);
        setStatsError(null);
      } else setStatsError(r.error);
    });
  }, [client]);
  useEffect(refreshStats, [refreshStats]);
  const exportData = useCallback((format: "json" | "csv") => client.call("exportData", { format }), [client]);
  const importData = useCallback(
    async (json: string) => {
      const r = await client.call("importData", { json });
      if (r.ok) refreshStats();
      return r;
    },
    [client, refreshStats],
  );
  const clear = useCallback(async () => {
    const r = await client.call("clearMemory", null);
    refreshStats();
    return r.ok;
  }, [client, refreshStats]);
  const forgetSite = useCallback(
    async (site: string) => {
      const r = await client.call("deleteSite", { site });
      refreshStats();
      return r;
    },
    [client, refreshStats],
  );
  return { stats, statsError, refreshStats, exportData, importData, clear, forgetSite };
}

export interface SourcesHandle {
  status: SourceStatus | null;
  error: string | null;
  refresh(): void;
  update(patch: PopupToBackground["updateSourceSettings"]["payload"]): Promise<Result<SourceStatus>>;
  clear(): Promise<Result<number>>;
}

/** The opt-in sources' state (options page, and the popup to know whether claims can be checked). */
export function useSources(client: PopupClient): SourcesHandle {
  const [status, setStatus] = useState<SourceStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = useCallback(<T,>(r: Result<T>, next?: (v: T) => SourceStatus | null) => {
    if (r.ok) {
      const s = next?.(r.value);
      if (s) setStatus(s);
      setError(null);
    } else setError(r.error);
    return r;
  }, []);
  const refresh = useCallback(() => {
    void client.call("getSourceStatus", null).then((r) => apply(r, (v) => v));
  }, [client, apply]);
  useEffect(refresh, [refresh]);
  const update = useCallback(
    (patch: PopupToBackground["updateSourceSettings"]["payload"]) => client.call("updateSourceSettings", patch).then((r) => apply(r, (v) => v)),
    [client, apply],
  );
  const clear = useCallback(async () => {
    const r = await client.call("clearSourceData", null);
    refresh();
    return r;
  }, [client, refresh]);
  return { status, error, refresh, update, clear };
}

export interface ClaimChecksHandle {
  checks: Record<string, ClaimCheckState>;
  /** Sends this claim's words to the fact-check search (once per claim; a second click does nothing). */
  check(claimId: string, text: string): void;
}

/**
 * Per-claim fact-check look-ups, keyed by claim id; only ever started by the reader's click, once
 * per claim, again only after a failure ("Try again").
 */
export function useClaimChecks(client: PopupClient): ClaimChecksHandle {
  const [checks, setChecks] = useState<Record<string, ClaimCheckState>>({});
  const settled = useRef(new Map<string, "asking" | "answered" | "failed">());
  const check = useCallback(
    (claimId: string, text: string) => {
      const last = settled.current.get(claimId);
      if (last === "asking" || last === "answered") return;
      settled.current.set(claimId, "asking");
      setChecks((c) => ({ ...c, [claimId]: { status: "checking" } }));
      void client.call("checkClaim", { text }).then((r) => {
        const answer = r.ok ? r.value : ({ status: "error", problem: "unavailable" } as const);
        settled.current.set(claimId, answer.status === "error" ? "failed" : "answered");
        setChecks((c) => ({ ...c, [claimId]: { status: "done", answer } }));
      });
    },
    [client],
  );
  return { checks, check };
}
