/**
 * The opt-in Wikiquote look-up: one MediaWiki Action API request for a page's wikitext
 * (`action=parse&prop=wikitext&redirects=1&formatversion=2`, anonymous, `origin=*` for CORS).
 * OFF unless `isEnabled()` says otherwise, checked again right before the request. The page title
 * comes from the person's Wikidata item (its enwikiquote sitelink), never from a search: a person
 * without a confident Wikidata match is never looked up here.
 *
 * Failures are `SourceProblem`s; a page that does not exist is an answer (`missing`), not a
 * failure. Nothing here throws; fetch is a parameter (background and vitest alike).
 */
import type { SourceProblem } from "../../shared/types.ts";
import { getJson } from "../net/get-json.ts";
import { RateLimiter } from "../net/rate-limit.ts";
import { readParse, WIKIQUOTE_BASE, type WikiquotePage } from "./parse.ts";

export const WIKIQUOTE_API = `${WIKIQUOTE_BASE}/w/api.php`;

export type WikiquoteResult = { ok: true; value: WikiquotePage } | { ok: false; problem: SourceProblem | "disabled" };

export interface WikiquoteClientOptions {
  isEnabled: () => Promise<boolean>;
  fetch: typeof fetch;
  /** For tests only; defaults to the public API. */
  baseUrl?: string;
  timeoutMs?: number;
  minIntervalMs?: number;
  now?: () => number;
  /** Sent as Api-User-Agent (Wikimedia asks clients to identify themselves). */
  apiUserAgent?: string;
}

export interface WikiquoteClient {
  page(title: string): Promise<WikiquoteResult>;
}

export function createWikiquoteClient(opts: WikiquoteClientOptions): WikiquoteClient {
  const timeoutMs = opts.timeoutMs ?? 8000;
  const limiter = new RateLimiter(opts.minIntervalMs ?? 250, opts.now);
  return {
    async page(title) {
      if (!(await opts.isEnabled())) return { ok: false, problem: "disabled" };
      return limiter.schedule(async (): Promise<WikiquoteResult> => {
        if (!(await opts.isEnabled())) return { ok: false, problem: "disabled" };
        const url = new URL(opts.baseUrl ?? WIKIQUOTE_API);
        const params = { action: "parse", page: title, prop: "wikitext", redirects: "1", format: "json", formatversion: "2", origin: "*" };
        for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
        const r = await getJson(opts.fetch, url.toString(), { timeoutMs, headers: opts.apiUserAgent ? { "Api-User-Agent": opts.apiUserAgent } : {} });
        if (!r.ok) return { ok: false, problem: "offline" };
        const { status, json } = r.answer;
        if (status === 429) return { ok: false, problem: "rate-limited" };
        if (status < 200 || status > 299) return { ok: false, problem: "unavailable" };
        const page = readParse(json);
        return page ? { ok: true, value: page } : { ok: false, problem: "malformed" };
      });
    },
  };
}
