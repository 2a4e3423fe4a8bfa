/**
 * The opt-in fact-check search: Google's Fact Check Tools API, `claims:search`, with the reader's
 * own API key. OFF unless `isEnabled()` says otherwise, checked again right before each request
 * (it may wait in the rate limiter while the reader switches it off); when off, no request is made.
 *
 * One request per search: the query, the page size and the key, nothing else (no language
 * filter: a fact-check in another language about the same claim is still one). A further page
 * (`nextPageToken`) is never fetched by itself; the answer says whether there is one, and the
 * card links to the same search on Google's Fact Check Explorer instead.
 *
 * Every failure is a `SourceProblem` (missing or refused key, quota, rate limit, offline, service
 * error, malformed answer); nothing here throws. No browser API is imported: fetch, the key and
 * the clock are parameters, so the same code runs in the background and in vitest.
 */
import type { SourceProblem } from "../../shared/types.ts";
import { getJson } from "../net/get-json.ts";
import { RateLimiter } from "../net/rate-limit.ts";
import { problemOf, readClaimSearch, type ClaimSearchPage } from "./parse.ts";

export const FACT_CHECK_API = "https://factchecktools.googleapis.com/v1alpha1/claims:search";
/** The same search for a person, on Google's public Fact Check Explorer (a link; never fetched). */
export const FACT_CHECK_EXPLORER = "https://toolbox.google.com/factcheck/explorer/search/";

export type FactCheckResult = { ok: true; value: ClaimSearchPage } | { ok: false; problem: SourceProblem | "disabled" };

export interface FactCheckClientOptions {
  isEnabled: () => Promise<boolean>;
  apiKey: () => Promise<string>;
  fetch: typeof fetch;
  /** For tests only; defaults to the public API. */
  baseUrl?: string;
  timeoutMs?: number;
  /** Minimum time between request starts. */
  minIntervalMs?: number;
  now?: () => number;
}

export interface FactCheckClient {
  search(query: string, pageSize: number): Promise<FactCheckResult>;
}

/** Longest query sent: a claim is a sentence or two; longer text only dilutes the search. */
export const MAX_QUERY_CHARS = 300;

export function createFactCheckClient(opts: FactCheckClientOptions): FactCheckClient {
  const timeoutMs = opts.timeoutMs ?? 8000;
  const limiter = new RateLimiter(opts.minIntervalMs ?? 250, opts.now);
  return {
    async search(query, pageSize) {
      const q = query.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_CHARS);
      if (!q) return { ok: true, value: { claims: [], nextPageToken: null } };
      if (!(await opts.isEnabled())) return { ok: false, problem: "disabled" };
      const key = await opts.apiKey();
      if (!key) return { ok: false, problem: "no-key" };
      return limiter.schedule(async (): Promise<FactCheckResult> => {
        if (!(await opts.isEnabled())) return { ok: false, problem: "disabled" };
        const url = new URL(opts.baseUrl ?? FACT_CHECK_API);
        url.searchParams.set("query", q);
        url.searchParams.set("pageSize", String(pageSize));
        url.searchParams.set("key", key);
        const r = await getJson(opts.fetch, url.toString(), { timeoutMs });
        if (!r.ok) return { ok: false, problem: "offline" };
        const { status, json } = r.answer;
        if (status < 200 || status > 299) return { ok: false, problem: problemOf(status, json) };
        const page = readClaimSearch(json);
        return page ? { ok: true, value: page } : { ok: false, problem: "malformed" };
      });
    },
  };
}
