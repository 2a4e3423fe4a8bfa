/**
 * Opt-in Wikidata enrichment. OFF unless `isEnabled()` says otherwise, checked before every public
 * call and again before every request, so turning the setting off stops traffic at once. When off,
 * every call returns {ok:false, error:{code:"disabled"}} without touching the network or the cache.
 *
 * Requests: wbsearchentities (names → item ids), wbgetentities (P31 to keep humans; labels,
 * aliases, P39/P102/P27/P108 with P580/P582 qualifiers, and the English Wikiquote sitelink), and
 * one more wbgetentities for the labels of the items those statements point at. Each response is
 * cached by URL with a TTL; requests go through a rate-limited queue and are aborted after
 * `timeoutMs`. Failures of any kind (offline, slow, 5xx, malformed JSON, API errors) come back as
 * {ok:false, error}; nothing here throws.
 *
 * No browser API is imported: fetch, the cache and the clock are parameters, so the same code runs
 * in the background service worker and in vitest's Node environment.
 */
import { getJson } from "../net/get-json.ts";
import type { WikidataCache } from "./cache.ts";
import { RateLimiter } from "../net/rate-limit.ts";
import { apiError, isHuman, readEntities, readSearch, statements } from "./parse.ts";
import type { RawEntity } from "./parse.ts";
import type { WikidataError, WikidataHit, WikidataPerson, WikidataResolution, WikidataResult, WikidataStatement } from "./types.ts";

export const WIKIDATA_API = "https://www.wikidata.org/w/api.php";

export interface WikidataClientOptions {
  isEnabled: () => Promise<boolean>;
  fetch: typeof fetch;
  cache: WikidataCache;
  /** For tests only; defaults to the public API. */
  baseUrl?: string;
  timeoutMs?: number;
  /** Minimum time between request starts. */
  minIntervalMs?: number;
  ttlMs?: number;
  /** Label language, with English as fallback. */
  language?: string;
  now?: () => number;
  /** Sent as Api-User-Agent (browsers forbid setting User-Agent); Wikimedia asks clients to
   *  identify themselves, e.g. "Sourcelight/0.1 (https://example.org/contact)". */
  apiUserAgent?: string;
}

export interface WikidataClient {
  /** Humans matching a name (non-humans are filtered out via P31=Q5). */
  searchPeople(name: string, limit?: number): Promise<WikidataResult<WikidataHit[]>>;
  /** One person's labels, aliases and dated statements, with item labels resolved. */
  getPerson(id: string): Promise<WikidataResult<WikidataPerson>>;
  /** Name → one person and the position held on `date` (ISO), or ambiguous / not found. */
  resolve(name: string, date: string): Promise<WikidataResult<WikidataResolution>>;
}

const fail = (code: WikidataError["code"], message: string, status?: number): { ok: false; error: WikidataError } => ({
  ok: false,
  error: status === undefined ? { code, message } : { code, message, status },
});

const DISABLED = fail("disabled", "Wikidata lookups are turned off");

/** English Wikiquote's site id in Wikidata sitelinks. */
export const WIKIQUOTE_SITE = "enwikiquote";

/** Entities per wbgetentities call (the API's limit for anonymous clients). */
const IDS_PER_CALL = 50;

export function createWikidataClient(opts: WikidataClientOptions): WikidataClient {
  const base = opts.baseUrl ?? WIKIDATA_API;
  const timeoutMs = opts.timeoutMs ?? 8000;
  const ttlMs = opts.ttlMs ?? 7 * 24 * 3600 * 1000;
  const lang = opts.language ?? "en";
  const langs = lang === "en" ? "en" : `${lang}|en`;
  const now = opts.now ?? Date.now;
  const limiter = new RateLimiter(opts.minIntervalMs ?? 250, now);

  async function request(params: Record<string, string>): Promise<WikidataResult<unknown>> {
    const url = new URL(base);
    for (const [k, v] of Object.entries({ ...params, format: "json", origin: "*" })) url.searchParams.set(k, v);
    const key = `wd:${url.searchParams.toString()}`;
    const cached = await opts.cache.get(key);
    if (cached !== undefined) return { ok: true, value: cached };
    return limiter.schedule(async (): Promise<WikidataResult<unknown>> => {
      // The user may have switched the feature off while this request waited in the queue.
      if (!(await opts.isEnabled())) return DISABLED;
      const r = await getJson(opts.fetch, url.toString(), { timeoutMs, headers: opts.apiUserAgent ? { "Api-User-Agent": opts.apiUserAgent } : {} });
      if (!r.ok) return fail(r.code, r.code === "timeout" ? `no answer from Wikidata within ${timeoutMs} ms` : r.message);
      const { status, json: body } = r.answer;
      if (status < 200 || status > 299) return fail("http", `HTTP ${status} from Wikidata`, status);
      if (body === undefined) return fail("malformed", "Wikidata answered with something that is not JSON");
      const apiErr = apiError(body);
      if (apiErr) return fail("api", `${apiErr.code}: ${apiErr.info}`);
      await opts.cache.set(key, body, ttlMs);
      return { ok: true, value: body };
    });
  }

  async function entities(ids: readonly string[], props: string, extra: Record<string, string> = {}): Promise<WikidataResult<Map<string, RawEntity>>> {
    const out = new Map<string, RawEntity>();
    const unique = [...new Set(ids)].sort();
    for (let i = 0; i < unique.length; i += IDS_PER_CALL) {
      const r = await request({ action: "wbgetentities", ids: unique.slice(i, i + IDS_PER_CALL).join("|"), props, languages: langs, ...extra });
      if (!r.ok) return r;
      const ents = readEntities(r.value);
      if (!ents) return fail("malformed", "unexpected wbgetentities answer");
      for (const [k, v] of ents) out.set(k, v);
    }
    return { ok: true, value: out };
  }

  const label = (e: RawEntity | undefined, fallback: string): string => e?.labels[lang] ?? e?.labels.en ?? fallback;

  async function searchPeople(name: string, limit = 7): Promise<WikidataResult<WikidataHit[]>> {
    if (!(await opts.isEnabled())) return DISABLED;
    const q = name.trim();
    if (!q) return { ok: true, value: [] };
    const r = await request({ action: "wbsearchentities", search: q, language: lang, uselang: lang, type: "item", limit: String(limit) });
    if (!r.ok) return r;
    const hits = readSearch(r.value);
    if (!hits) return fail("malformed", "unexpected wbsearchentities answer");
    if (hits.length === 0) return { ok: true, value: [] };
    const ents = await entities(hits.map((h) => h.id), "claims");
    if (!ents.ok) return ents;
    return { ok: true, value: hits.filter((h) => {
      const e = ents.value.get(h.id);
      return e !== undefined && !e.missing && isHuman(e);
    }) };
  }

  async function getPerson(id: string): Promise<WikidataResult<WikidataPerson>> {
    if (!(await opts.isEnabled())) return DISABLED;
    if (!/^Q\d+$/.test(id)) return fail("api", `not an item id: ${id}`);
    // The Wikiquote sitelink comes with the person (one request, no more): the opt-in quotes use it.
    const r = await entities([id], "labels|aliases|descriptions|claims|sitelinks", { sitefilter: WIKIQUOTE_SITE });
    if (!r.ok) return r;
    const e = r.value.get(id);
    if (!e || e.missing) return fail("api", `no such entity: ${id}`);
    const raw = { positions: statements(e, "P39"), parties: statements(e, "P102"), citizenship: statements(e, "P27"), employers: statements(e, "P108") };
    const refs = Object.values(raw).flatMap((list) => list.map((s) => s.id));
    let labels = new Map<string, RawEntity>();
    if (refs.length > 0) {
      const l = await entities(refs, "labels");
      if (!l.ok) return l;
      labels = l.value;
    }
    const resolve = (list: Array<Omit<WikidataStatement, "label">>): WikidataStatement[] => list.map((s) => ({ ...s, label: label(labels.get(s.id), s.id) }));
    return {
      ok: true,
      value: {
        id,
        label: label(e, id),
        description: e.descriptions[lang] ?? e.descriptions.en ?? null,
        aliases: [...new Set([...(e.aliases[lang] ?? []), ...(e.aliases.en ?? [])])],
        positions: resolve(raw.positions),
        parties: resolve(raw.parties),
        citizenship: resolve(raw.citizenship),
        employers: resolve(raw.employers),
        wikiquote: e.sitelinks[WIKIQUOTE_SITE] ?? null,
      },
    };
  }

  async function resolve(name: string, date: string): Promise<WikidataResult<WikidataResolution>> {
    const hits = await searchPeople(name);
    if (!hits.ok) return hits;
    if (hits.value.length === 0) return { ok: true, value: { status: "not-found" } };
    if (hits.value.length > 1) return { ok: true, value: { status: "ambiguous", candidates: hits.value } };
    const person = await getPerson(hits.value[0]!.id);
    if (!person.ok) return person;
    const choice = statementAt(person.value.positions, date);
    return { ok: true, value: { status: "found", person: person.value, position: choice?.statement ?? null, isCurrent: choice?.isCurrent ?? false } };
  }

  return { searchPeople, getPerson, resolve };
}

function heldAt(s: WikidataStatement, date: string): boolean {
  const started = s.start === null || s.start <= date;
  const notEnded = s.end === null || (s.end.length < 10 ? date.slice(0, s.end.length) <= s.end : date < s.end);
  return started && notEnded;
}

/**
 * The statement held on `date` (latest start wins among several), else the one that ended last
 * before it (a former position). Statements without any date count as held only when nothing
 * dated is.
 */
export function statementAt(list: readonly WikidataStatement[], date: string): { statement: WikidataStatement; isCurrent: boolean } | null {
  const dated = list.filter((s) => s.start !== null || s.end !== null);
  const held = dated.filter((s) => heldAt(s, date)).sort((a, b) => (b.start ?? "").localeCompare(a.start ?? ""));
  if (held[0]) return { statement: held[0], isCurrent: true };
  const ended = dated.filter((s) => s.end !== null && (s.start === null || s.start <= date) && !heldAt(s, date)).sort((a, b) => b.end!.localeCompare(a.end!));
  if (ended[0]) return { statement: ended[0], isCurrent: false };
  const undated = list.find((s) => s.start === null && s.end === null);
  return undated ? { statement: undated, isCurrent: true } : null;
}
