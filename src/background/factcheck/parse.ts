/**
 * Readers for Google's Fact Check Tools API, `claims:search` (v1alpha1), as documented:
 *
 *   { "claims": [ { "text", "claimant", "claimDate",
 *                   "claimReview": [ { "publisher": { "name", "site" }, "url", "title",
 *                                      "reviewDate", "textualRating", "languageCode" } ] } ],
 *     "nextPageToken": "…" }
 *
 * Every field is optional in practice: a search with no match answers `{}`; claims come without a
 * claimant or a date; titles and ratings carry HTML markup and character references; a review may
 * lack a publisher name (its site then names it). A claim without text or without any review is
 * left out (there is nothing to show). Dates are RFC 3339 timestamps. Errors use Google's error
 * format: `{ "error": { "code", "message", "status", "details": [ { "@type": "…ErrorInfo",
 * "reason", "metadata": { … } } ] } }`.
 *
 * The readers never throw: an answer in a shape they do not recognise is `null` ("malformed").
 */
import type { FactCheckItem, FactCheckReview, SourceProblem } from "../../shared/types.ts";
import { plainText } from "../net/plain-text.ts";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => {
  if (typeof v !== "string") return null;
  const t = plainText(v);
  return t === "" ? null : t;
};

/** An RFC 3339 timestamp as an ISO string (UTC), or null when absent or not a date. */
function isoDate(v: unknown): string | null {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function webUrl(v: unknown): string | null {
  if (typeof v !== "string") return null;
  try {
    const u = new URL(v);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

function readReview(r: unknown): FactCheckReview | null {
  if (!isObj(r)) return null;
  const publisher = isObj(r.publisher) ? r.publisher : {};
  const site = text(publisher.site);
  const name = text(publisher.name) ?? site;
  const url = webUrl(r.url);
  if (!name && !url) return null;
  return {
    publisher: name ?? new URL(url!).hostname,
    site,
    url,
    title: text(r.title),
    rating: text(r.textualRating),
    date: isoDate(r.reviewDate),
    language: typeof r.languageCode === "string" && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i.test(r.languageCode) ? r.languageCode : null,
  };
}

const newest = (a: string | null, b: string | null) => (b ?? "").localeCompare(a ?? "");

/** The newest date a claim carries (its newest review, else its own date). */
export function latestDate(item: FactCheckItem): string | null {
  return item.reviews.reduce<string | null>((m, r) => (r.date && (!m || r.date > m) ? r.date : m), null) ?? item.date;
}

export interface ClaimSearchPage {
  claims: FactCheckItem[];
  /** Present when the service has more results for the same query. */
  nextPageToken: string | null;
}

export function readClaimSearch(body: unknown): ClaimSearchPage | null {
  if (!isObj(body) || "error" in body) return null;
  if (body.claims !== undefined && !Array.isArray(body.claims)) return null;
  const claims: FactCheckItem[] = [];
  for (const c of (body.claims as unknown[] | undefined) ?? []) {
    if (!isObj(c)) return null;
    if (c.claimReview !== undefined && !Array.isArray(c.claimReview)) return null;
    const claimText = text(c.text);
    const reviews = ((c.claimReview as unknown[] | undefined) ?? []).map(readReview).filter((r): r is FactCheckReview => r !== null);
    if (!claimText || reviews.length === 0) continue;
    reviews.sort((a, b) => newest(a.date, b.date));
    claims.push({ text: claimText, claimant: text(c.claimant), date: isoDate(c.claimDate), reviews });
  }
  claims.sort((a, b) => newest(latestDate(a), latestDate(b)));
  const token = typeof body.nextPageToken === "string" && body.nextPageToken !== "" ? body.nextPageToken : null;
  return { claims, nextPageToken: token };
}

/** The ErrorInfo reasons (and quota limits) of a Google API error body. */
function errorFacts(body: unknown): { reasons: string[]; message: string; limits: string[] } {
  const error = isObj(body) && isObj(body.error) ? body.error : {};
  const details = Array.isArray(error.details) ? error.details.filter(isObj) : [];
  const legacy = Array.isArray(error.errors) ? error.errors.filter(isObj) : [];
  const reasons = [...details, ...legacy].map((d) => d.reason).filter((r): r is string => typeof r === "string");
  const limits = details.map((d) => (isObj(d.metadata) ? d.metadata.quota_limit : undefined)).filter((l): l is string => typeof l === "string");
  return { reasons, message: typeof error.message === "string" ? error.message : "", limits };
}

/**
 * What an HTTP error answer means for the reader: a key problem (invalid, restricted, or the API
 * not enabled for its project), a daily quota used up, a short-term rate limit, or the service
 * failing. Google answers 400 INVALID_ARGUMENT / API_KEY_INVALID for a wrong key, 403
 * PERMISSION_DENIED (SERVICE_DISABLED, API_KEY_SERVICE_BLOCKED, …) for a key that may not call
 * this API, and 429 RESOURCE_EXHAUSTED (RATE_LIMIT_EXCEEDED, with the quota limit's name) when a
 * quota is spent: a per-day limit is the quota, anything shorter a rate limit.
 */
export function problemOf(status: number, body: unknown): SourceProblem {
  const { reasons, message, limits } = errorFacts(body);
  const has = (...names: string[]) => reasons.some((r) => names.includes(r));
  const isDaily = limits.some((l) => /per\s*day|perday/i.test(l)) || /per day|daily/i.test(message) || has("dailyLimitExceeded");
  if (status === 429 || has("RATE_LIMIT_EXCEEDED", "rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded", "dailyLimitExceeded")) {
    return isDaily ? "quota" : "rate-limited";
  }
  if (
    has("API_KEY_INVALID", "API_KEY_SERVICE_BLOCKED", "API_KEY_HTTP_REFERRER_BLOCKED", "API_KEY_IP_ADDRESS_BLOCKED", "SERVICE_DISABLED", "keyInvalid", "accessNotConfigured") ||
    status === 401 ||
    status === 403 ||
    (status === 400 && /api key/i.test(message))
  ) {
    return "bad-key";
  }
  return "unavailable";
}
