/**
 * The opt-in sources, wired: what the card asks when it opens for an official (their fact-checked
 * claims and sourced quotes), the per-claim look-up, and what the options page shows and deletes.
 *
 * Guarantees:
 * - A source the reader has not switched on, or whose site permission is not held, makes no
 *   request at all: its answer is `off` (or `no-permission` when the switch is on but the browser
 *   permission was withdrawn). Each client checks again right before its request.
 * - A person is searched on the fact-check service at most once a day (`FACT_CHECK_REFRESH_MS`);
 *   their Wikiquote page is read at most once a week. Until then the stored answer is shown. A
 *   request that got no answer at all (offline) is not counted, so the next card tries again; a
 *   refused key is tried again as soon as the reader saves another key.
 * - Only a check whose claimant names this person is shown (./factcheck/match.ts), with every
 *   spelling known: the article's, the knowledge base's, and Wikidata's when a Wikidata source is
 *   on. The per-claim look-up shows every match for the claim's words, whoever the claimant.
 * - Wikiquote is asked only for a person with a confident Wikidata match: the knowledge base's
 *   Wikidata id, or exactly one human on Wikidata whose label or alias is the name. The page is the
 *   item's English Wikiquote sitelink. Anything else answers `no-match`, with no Wikiquote request.
 * - Failures are answers (`error` with a `SourceProblem`), never exceptions.
 *
 * No browser API here: storage, fetch, permissions and the settings come in `SourcesDeps`, so the
 * whole flow runs in vitest against the recorded fixtures.
 */
import { foldName } from "../../kb/normalize.ts";
import { FACT_CHECK_ORIGIN, SOURCE_ORIGINS } from "../../shared/sources.ts";
import type { FactCheckItem, PersonSources, SourceAnswer, SourcedQuote, SourceProblem, SourceStatus } from "../../shared/types.ts";
import type { SourceSettings } from "../../store/source-settings.ts";
import { createFactCheckClient, FACT_CHECK_EXPLORER, type FactCheckClient } from "../factcheck/client.ts";
import { isClaimantOf, nameForms } from "../factcheck/match.ts";
import { latestDate } from "../factcheck/parse.ts";
import { createWikidataClient, type WikidataCache, type WikidataClient, type WikidataPerson } from "../wikidata/index.ts";
import { createWikiquoteClient, type WikiquoteClient } from "../wikiquote/client.ts";
import { newestFirst, sourcedQuotes, WIKIQUOTE_BASE } from "../wikiquote/parse.ts";
import { FACT_CHECK_PREFIX, QUOTES_PREFIX, recordStore, type FactCheckRecord, type QuotesRecord, type RecordArea } from "./store.ts";

/** A person is searched on the fact-check service at most once per this (a day). */
export const FACT_CHECK_REFRESH_MS = 24 * 3600 * 1000;
/** A person's Wikiquote page is read again after this (a week). */
export const QUOTES_REFRESH_MS = 7 * 24 * 3600 * 1000;
/** Results asked per search: a person's name matches checks about others too (filtered here). */
export const PERSON_PAGE_SIZE = 25;
export const CLAIM_PAGE_SIZE = 10;
/** Quotes kept per person (the card shows three). */
export const QUOTES_KEPT = 5;

export interface SourcesDeps {
  area: RecordArea;
  fetch: typeof fetch;
  /** Whether the browser holds these host permissions. */
  hasOrigins(origins: readonly string[]): Promise<boolean>;
  readSwitches(): Promise<SourceSettings>;
  writeSwitches(patch: Partial<SourceSettings>): Promise<SourceSettings>;
  readKey(): Promise<string>;
  writeKey(key: string): Promise<string>;
  /** The Wikidata look-up's own switch (main settings). */
  isWikidataOn(): Promise<boolean>;
  /** The knowledge base's names for an entry (its name and aliases), [] when unknown. */
  kbNames(kbId: string): string[];
  wikidataCache: WikidataCache;
  now?: () => number;
  /** Today as YYYY-MM-DD (which office Wikidata says is held does not matter here). */
  today?: () => string;
  /** Tests point the clients at a local server. */
  baseUrls?: { factCheck?: string; wikidata?: string; wikiquote?: string };
  minIntervalMs?: number;
  timeoutMs?: number;
}

export interface Sources {
  personSources(name: string, kbId: string | null): Promise<PersonSources>;
  checkClaim(text: string): Promise<SourceAnswer<FactCheckItem>>;
  status(): Promise<SourceStatus>;
  update(patch: Partial<SourceSettings> & { factCheckKey?: string }): Promise<SourceStatus>;
  clear(): Promise<number>;
  /** Every stored record, for the JSON export. */
  exportRecords(): Promise<{ factChecks: FactCheckRecord[]; quotes: QuotesRecord[] }>;
}

async function stampOf(key: string): Promise<string> {
  if (!key) return "";
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  return Array.from(new Uint8Array(digest).slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
}

const isQid = (id: string | null): id is string => !!id && /^Q\d+$/.test(id);
const explorerLink = (query: string) => `${FACT_CHECK_EXPLORER}${encodeURIComponent(query)}`;

export function createSources(deps: SourcesDeps): Sources {
  const now = deps.now ?? Date.now;
  const store = recordStore(deps.area, now);
  const common = { fetch: (input: RequestInfo | URL, init?: RequestInit) => deps.fetch(input, init), now, minIntervalMs: deps.minIntervalMs, timeoutMs: deps.timeoutMs };

  const isFactCheckAllowed = async () => (await deps.readSwitches()).factCheck && (await deps.hasOrigins(SOURCE_ORIGINS.factCheck));
  const isWikiquoteAllowed = async () => (await deps.readSwitches()).wikiquote && (await deps.hasOrigins(SOURCE_ORIGINS.wikiquote));
  const isWikidataAllowed = async () => (await deps.isWikidataOn()) && (await deps.hasOrigins(SOURCE_ORIGINS.wikidata));

  const factCheck: FactCheckClient = createFactCheckClient({ ...common, isEnabled: isFactCheckAllowed, apiKey: deps.readKey, baseUrl: deps.baseUrls?.factCheck });
  const wikiquote: WikiquoteClient = createWikiquoteClient({ ...common, isEnabled: isWikiquoteAllowed, baseUrl: deps.baseUrls?.wikiquote });
  // Two Wikidata clients over one cache: each stops the moment its own switch goes off.
  const wikidataFor = (isEnabled: () => Promise<boolean>): WikidataClient =>
    createWikidataClient({ ...common, isEnabled, cache: deps.wikidataCache, baseUrl: deps.baseUrls?.wikidata });
  const wikidataForQuotes = wikidataFor(isWikiquoteAllowed);
  const wikidataForNames = wikidataFor(isWikidataAllowed);

  /** Why a switched-on source cannot be used, or null when it can; `off` when switched off. */
  async function gate(isOn: boolean, origins: readonly string[]): Promise<"off" | "no-permission" | null> {
    if (!isOn) return "off";
    return (await deps.hasOrigins(origins)) ? null : "no-permission";
  }

  /**
   * The person on Wikidata, when the match is confident: the knowledge base's Wikidata id, or the
   * one human a search finds whose label or alias is the name. null otherwise (or on failure).
   */
  async function wikidataPerson(client: WikidataClient, name: string, kbId: string | null): Promise<{ person: WikidataPerson } | { problem: "offline" | "unavailable" } | null> {
    const failed = (code: string) => ({ problem: code === "timeout" || code === "network" ? ("offline" as const) : ("unavailable" as const) });
    if (isQid(kbId)) {
      const r = await client.getPerson(kbId);
      return r.ok ? { person: r.value } : r.error.code === "disabled" ? null : failed(r.error.code);
    }
    const r = await client.resolve(name, deps.today?.() ?? new Date(now()).toISOString().slice(0, 10));
    if (!r.ok) return r.error.code === "disabled" ? null : failed(r.error.code);
    if (r.value.status !== "found") return null;
    const wanted = new Set(nameForms([name]).map((f) => f.tokens.join(" ")));
    const known = nameForms([r.value.person.label, ...r.value.person.aliases]).map((f) => f.tokens.join(" "));
    return known.some((k) => wanted.has(k)) ? { person: r.value.person } : null;
  }

  /** Searches (at most once a day per key) and keeps the answer; answers the record to show. */
  async function searchStored(storageKey: string, query: string, pageSize: number): Promise<FactCheckRecord | { problem: "offline" | "no-key" | "disabled" }> {
    const key = await deps.readKey();
    const keyStamp = await stampOf(key);
    const stored = await store.read(storageKey, "fact-check");
    const isKeyRetry = stored?.problem === "bad-key" && stored.keyStamp !== keyStamp;
    if (stored && now() - stored.attemptAt < FACT_CHECK_REFRESH_MS && !isKeyRetry) return stored;
    const r = await factCheck.search(query, pageSize);
    if (!r.ok && (r.problem === "offline" || r.problem === "no-key" || r.problem === "disabled")) {
      // No request answered: nothing is counted, and the last good answer (if any) still shows.
      return stored?.good ? stored : { problem: r.problem };
    }
    const record: FactCheckRecord = {
      kind: "fact-check",
      query,
      attemptAt: now(),
      keyStamp,
      problem: r.ok ? null : (r.problem as SourceProblem),
      good: r.ok ? { at: now(), claims: r.value.claims, hasMore: r.value.nextPageToken !== null } : (stored?.good ?? null),
    };
    await store.write(storageKey, record);
    return record;
  }

  function factCheckAnswer(record: FactCheckRecord | { problem: "offline" | "no-key" | "disabled" }, keep: (c: FactCheckItem) => boolean, query: string): SourceAnswer<FactCheckItem> {
    if (!("kind" in record)) return record.problem === "disabled" ? { status: "off" } : { status: "error", problem: record.problem };
    if (!record.good) return { status: "error", problem: record.problem ?? "unavailable" };
    const items = record.good.claims.filter(keep).sort((a, b) => (latestDate(b) ?? "").localeCompare(latestDate(a) ?? ""));
    const link = record.good.hasMore ? explorerLink(query) : null;
    return items.length ? { status: "found", items, fetchedAt: record.good.at, link } : { status: "none", fetchedAt: record.good.at, link };
  }

  async function personFactChecks(name: string, kbId: string | null, switches: SourceSettings, person: Promise<WikidataPerson | null>): Promise<SourceAnswer<FactCheckItem>> {
    const blocked = await gate(switches.factCheck, SOURCE_ORIGINS.factCheck);
    if (blocked === "off") return { status: "off" };
    if (blocked) return { status: "error", problem: blocked };
    const kb = kbId ? deps.kbNames(kbId) : [];
    const query = kb[0] ?? name;
    const record = await searchStored(`${FACT_CHECK_PREFIX}p:${kbId ?? foldName(name)}`, query, PERSON_PAGE_SIZE);
    const wd = await person;
    const forms = nameForms([name, ...kb, ...(wd ? [wd.label, ...wd.aliases] : [])]);
    return factCheckAnswer(record, (c) => isClaimantOf(c.claimant, forms), query);
  }

  async function personQuotes(name: string, kbId: string | null, switches: SourceSettings, found: Promise<Awaited<ReturnType<typeof wikidataPerson>>>): Promise<SourceAnswer<SourcedQuote>> {
    const blocked = await gate(switches.wikiquote, SOURCE_ORIGINS.wikiquote);
    if (blocked === "off") return { status: "off" };
    if (blocked) return { status: "error", problem: blocked };
    const match = await found;
    if (!match) return { status: "no-match" };
    if ("problem" in match) return { status: "error", problem: match.problem };
    const { person } = match;
    const storageKey = `${QUOTES_PREFIX}${person.id}`;
    let record = await store.read(storageKey, "quotes");
    if (!record || now() - record.attemptAt >= QUOTES_REFRESH_MS) {
      const fresh = await readQuotes(person, record);
      if (!("kind" in fresh)) return fresh.problem === "disabled" ? { status: "off" } : record?.good ? answerOf(record) : { status: "error", problem: fresh.problem };
      record = fresh;
    }
    return answerOf(record);
  }

  function answerOf(record: QuotesRecord): SourceAnswer<SourcedQuote> {
    if (!record.good) return { status: "error", problem: record.problem ?? "unavailable" };
    const { title, quotes, at } = record.good;
    const link = title ? `${WIKIQUOTE_BASE}/wiki/${encodeURIComponent(title.replace(/ /g, "_"))}` : null;
    return quotes.length ? { status: "found", items: quotes, fetchedAt: at, link } : { status: "none", fetchedAt: at, link };
  }

  async function readQuotes(person: WikidataPerson, stored: QuotesRecord | null): Promise<QuotesRecord | { problem: "offline" | "disabled" }> {
    const storageKey = `${QUOTES_PREFIX}${person.id}`;
    const base = { kind: "quotes" as const, qid: person.id, attemptAt: now() };
    if (!person.wikiquote) {
      const record: QuotesRecord = { ...base, problem: null, good: { at: now(), title: null, quotes: [] } };
      await store.write(storageKey, record);
      return record;
    }
    const r = await wikiquote.page(person.wikiquote);
    if (!r.ok && (r.problem === "offline" || r.problem === "disabled")) return { problem: r.problem };
    let record: QuotesRecord;
    if (!r.ok) record = { ...base, problem: r.problem as SourceProblem, good: stored?.good ?? null };
    else if ("missing" in r.value) record = { ...base, problem: null, good: { at: now(), title: null, quotes: [] } };
    else record = { ...base, problem: null, good: { at: now(), title: r.value.title, quotes: newestFirst(sourcedQuotes(r.value.title, r.value.wikitext)).slice(0, QUOTES_KEPT) } };
    await store.write(storageKey, record);
    return record;
  }

  async function status(): Promise<SourceStatus> {
    const [switches, key, records] = await Promise.all([deps.readSwitches(), deps.readKey(), store.all()]);
    return { ...switches, hasFactCheckKey: key !== "", factCheckKeyEnd: key ? key.slice(-4) : null, storedRecords: records.size };
  }

  return {
    async personSources(name, kbId) {
      const switches = await deps.readSwitches();
      if (!switches.factCheck && !switches.wikiquote) return { factChecks: { status: "off" }, quotes: { status: "off" } };
      // One Wikidata resolution serves both: the quotes need the item, the claimant match its aliases.
      const client = (await isWikiquoteAllowed()) ? wikidataForQuotes : (await isWikidataAllowed()) ? wikidataForNames : null;
      const found = client ? wikidataPerson(client, name, kbId) : Promise.resolve(null);
      const person = found.then((m) => (m && "person" in m ? m.person : null));
      const [factChecks, quotes] = await Promise.all([personFactChecks(name, kbId, switches, person), personQuotes(name, kbId, switches, client === wikidataForQuotes ? found : Promise.resolve(null))]);
      return { factChecks, quotes };
    },

    async checkClaim(text) {
      const switches = await deps.readSwitches();
      const blocked = await gate(switches.factCheck, [FACT_CHECK_ORIGIN]);
      if (blocked === "off") return { status: "off" };
      if (blocked) return { status: "error", problem: blocked };
      const query = text.replace(/\s+/g, " ").trim();
      const record = await searchStored(`${FACT_CHECK_PREFIX}c:${await stampOf(query.toLowerCase())}`, query, CLAIM_PAGE_SIZE);
      return factCheckAnswer(record, () => true, query);
    },

    status,

    async update({ factCheckKey, ...patch }) {
      if (Object.keys(patch).length) await deps.writeSwitches(patch);
      if (factCheckKey !== undefined) await deps.writeKey(factCheckKey);
      return status();
    },

    clear: () => store.clear(),

    async exportRecords() {
      const records = [...(await store.all()).values()];
      return { factChecks: records.filter((r): r is FactCheckRecord => r.kind === "fact-check"), quotes: records.filter((r): r is QuotesRecord => r.kind === "quotes") };
    },
  };
}
