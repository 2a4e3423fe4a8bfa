/**
 * The memory's IndexedDB schema, every version of it (Dexie needs the history to upgrade).
 *
 * v1 (the first layout, kept so the upgrade stays tested from a populated v1 store):
 *   people keyed "name:<lower-cased name>", claims carrying only a `speaker` string and an
 *   "<url>#<n>" id, no word index.
 * v2:
 *   - people keyed by identity (identity.ts: "kb:<id>" or "n:<folded name>|<folded affiliation>"),
 *     found by KB id and by surname skeletons (multiEntry `skels`);
 *   - claims with a date-sortable id (`claimId`: "<date>.<URL token>.<n>"; stores written
 *     before hold "<date>:<url>#<n>" ids, equally valid) so that primary-key order is date
 *     order, a person key, and a multiEntry `words` index (the inverted word index) over the
 *     folded words of the claim, its speaker and its source label;
 *   - appearances (person × article, role as stated) feed the rebuilt person records.
 * v3 (current): an article's claims are stored together, in one `articleClaims` row per
 *   article with claims, keyed by a short date-sortable key (the claim id prefix "<date>.<URL
 *   token>.", see `claimIdPrefix`: IndexedDB repeats the primary key in every index entry,
 *   twice in Chromium, so a URL there would cost hundreds of bytes per word), with a multiEntry `words` index over
 *   the distinct words of all its claims (each claim keeps its own folded `words`, not indexed, to
 *   check a search on the claim itself) and a multiEntry `speakers` index over the keys of the
 *   people who made them ("what this person said, newest first" is that index in reverse). The
 *   `claims` table is gone. Appearances carry how many claims the person made in the article
 *   (`claimCount`, for counts without reading claims) and are indexed [personKey+at].
 *   Why (measured in Chromium on disk, 100k seeded claims; npm run bench:store -- --disk): the
 *   cost of recording follows rows and index entries written, about 0.2 ms per row and 25 µs
 *   per index entry. v2 wrote 30 claim rows per 30-claim article, each with one `words` entry per
 *   distinct word (about 540 entries), while an article repeats its words and speakers' names
 *   from claim to claim (the corpus dev articles: 11.2 index words per claim, 70% of them
 *   distinct across the article). v3 writes one row and one entry per distinct word.
 * Each upgrade runs inside the versionchange transaction: if it fails the database stays at the
 * version it had.
 */
import { Dexie, type Table, type Transaction } from "dexie";
import { parseName, personKey } from "./identity.ts";
import { indexWords } from "./normalize.ts";
import { buildPeople } from "./person-record.ts";
import type { AppearanceRecord, ArticleRecord, ClaimRecord, PersonRecord } from "./types.ts";
import type { QuoteKind } from "../extract/types.ts";

export const DEFAULT_DB_NAME = "srcl-memory";
export const SCHEMA_VERSION = 3;
/** Version of the JSON export format (the records it holds: v3 stores the same records
 *  grouped differently, so v2 and v3 stores export the same format). */
export const EXPORT_VERSION = 2;

/** A claim as stored: the public record plus its folded words (not indexed since v3). */
export interface StoredClaim extends ClaimRecord {
  words: string[];
}

/** v3: all claims of one article (in article order), the distinct words of all of them and
 *  the keys of the people who made them. */
export interface ArticleClaimsRecord {
  /** `claimIdPrefix(at, articleUrl, salt)`: date order, unique (salted on a token collision). */
  key: string;
  at: number;
  articleUrl: string;
  words: string[];
  speakers: string[];
  claims: StoredClaim[];
}

/** v3: an appearance as stored: the public record plus the person's number of claims there. */
export interface StoredAppearance extends AppearanceRecord {
  claimCount: number;
}

export const SCHEMA_V1 = {
  people: "key",
  articles: "url, lastSeen",
  appearances: "[personKey+articleUrl], personKey, articleUrl",
  claims: "id, articleUrl, speaker",
} as const;

export const SCHEMA_V2 = {
  people: "key, kbId, *skels",
  articles: "url, origin, lastSeen",
  appearances: "[personKey+articleUrl], personKey, articleUrl",
  claims: "id, articleUrl, [personKey+id], [personKey+articleUrl], *words",
} as const;

export const SCHEMA_V3 = {
  people: "key, kbId, *skels",
  articles: "url, origin, lastSeen",
  appearances: "[personKey+articleUrl], [personKey+at], articleUrl",
  claims: null,
  articleClaims: "key, articleUrl, *words, *speakers",
} as const;

/** v1 records (only the upgrade and its test use them). */
export interface V1Person {
  key: string;
  name: string;
  role: string | null;
  represents: string | null;
  isOfficial: boolean;
}
export interface V1Article {
  url: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  firstSeen: number;
  lastSeen: number;
  contentHash: string;
}
export interface V1Appearance {
  personKey: string;
  articleUrl: string;
  role: string | null;
  represents: string | null;
}
export interface V1Claim {
  id: string;
  articleUrl: string;
  /** The speaker's name or the source label. */
  speaker: string;
  /** v1 person key when the speaker was a named person. */
  personKey: string | null;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  start: number;
  end: number;
}

export interface MemoryTables {
  people: Table<PersonRecord, string>;
  articles: Table<ArticleRecord, string>;
  appearances: Table<StoredAppearance, [string, string]>;
  articleClaims: Table<ArticleClaimsRecord, string>;
}

export type MemoryDb = Dexie & MemoryTables;

export interface DbOptions {
  indexedDB?: IDBFactory | undefined;
  IDBKeyRange?: typeof IDBKeyRange | undefined;
}

function dexieOptions(opts: DbOptions): ConstructorParameters<typeof Dexie>[1] {
  return {
    // The background never uses liveQuery; the cache would only cost memory.
    cache: "disabled",
    // A commit is reported once the OS has the data, not after an fsync: a power cut may lose
    // the last pages read, a browser or service-worker crash loses nothing, and atomicity is the
    // same either way. Worth it for a write on every article the reader opens.
    chromeTransactionDurability: "relaxed",
    ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
    ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
  };
}

/** The database as v1 code opened it. Only for the migration test (and nothing else). */
export function openV1Db(name: string, opts: DbOptions = {}): Dexie {
  const db = new Dexie(name, dexieOptions(opts));
  db.version(1).stores(SCHEMA_V1);
  return db;
}

/** The database as v2 code opened it. Only for the migration test (and nothing else). */
export function openV2Db(name: string, opts: DbOptions = {}): Dexie {
  const db = new Dexie(name, dexieOptions(opts));
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
  return db;
}

export function createDb(name: string, opts: DbOptions = {}): MemoryDb {
  const db = new Dexie(name, dexieOptions(opts));
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeV2ToV3);
  // Dexie's observability layer records every written index key (every claim word) so that
  // liveQuery can re-run; the memory has no liveQuery and only the background opens it, so that
  // bookkeeping would only slow recording down (fake-indexeddb, 10k claims: recording took about
  // a third less time without it, p25 over 300 recordings, three alternating runs).
  db.unuse({ stack: "dbcore", name: "Observability" });
  return db as MemoryDb;
}

// ---------------------------------------------------------------------------------------------
// Ids and dates shared by recording and the upgrade

/** Article date: the published date when it parses, else when the reader first saw it. */
export function articleDate(publishedAt: string | null, firstSeen: number): number {
  if (publishedAt) {
    const ms = Date.parse(publishedAt);
    if (Number.isFinite(ms)) return ms;
  }
  return firstSeen;
}

/**
 * Claim ids: "<date>.<article token>.<position>", e.g. "00mhx3k2p.1ozq8c0.00a".
 * - <date>: the article date in ms, 9 base-36 digits (up to the year 5000), so id order is
 *   date order (the export lists claims in id order).
 * - <article token>: a 32-bit hash of the URL in base 36, unique among the articles of that
 *   date (see `claimIdPrefix`): no two claims share an id (an import repeating one is refused).
 * - <position>: the claim's place in the article, 3 base-36 digits (wider past 46,655).
 * Stores written before hold the earlier "<date>:<url>#<position>" ids, equally valid. Since v3
 * an article's claims live in its own row, so an id no longer decides where a claim is stored.
 *
 * Where recording time goes in Chromium on disk (30 claims, 6 people, timed inside the page,
 * v3): reads ~4 ms (the stored article, identity candidates, same-date row keys: one round trip),
 * identity resolution ~1 ms, writes ~12 ms (the article's claims row with one index entry per
 * distinct word — ~260 — most of it; 6 people, 6 appearances, the article), commit ~1 ms.
 */
export function claimId(prefix: string, position: number): string {
  return `${prefix}${position.toString(36).padStart(3, "0")}`;
}

/** The id prefix shared by an article's claims: date and URL token, then the separator.
 *  `salt` > 0 picks another token when a different article of the same date already has this
 *  one (the caller checks: ClaimPrefixes / the memory's recording). */
export function claimIdPrefix(at: number, url: string, salt = 0): string {
  const date = Math.max(0, Math.floor(at)).toString(36).padStart(9, "0");
  return `${date}.${urlToken(salt === 0 ? url : `${url}\u0000${salt}`)}.`;
}

/** FNV-1a (32 bits) of the UTF-16 code units, base 36, 7 digits. */
function urlToken(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0");
}

/** Id prefixes for many articles at once, kept unique in memory (the upgrades, replace-import, test and
 *  benchmark data): the same URL always gets the same prefix, another URL never does. */
export class ClaimPrefixes {
  private readonly owner = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();

  prefix(at: number, url: string): string {
    const known = this.byUrl.get(`${at} ${url}`);
    if (known) return known;
    for (let salt = 0; ; salt++) {
      const p = claimIdPrefix(at, url, salt);
      const o = this.owner.get(p);
      if (o === undefined || o === url) {
        this.owner.set(p, url);
        this.byUrl.set(`${at} ${url}`, p);
        return p;
      }
    }
  }

  /** Take `prefix` for this article if no other article has it; false otherwise. */
  reserve(prefix: string, at: number, url: string): boolean {
    const o = this.owner.get(prefix);
    if (o !== undefined && o !== url) return false;
    this.owner.set(prefix, url);
    this.byUrl.set(`${at} ${url}`, prefix);
    return true;
  }
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------------------------------------
// v1 → v2

async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  const oldPeople = (await tx.table("people").toArray()) as V1Person[];
  const oldArticles = (await tx.table("articles").toArray()) as V1Article[];
  const oldApps = (await tx.table("appearances").toArray()) as V1Appearance[];
  const oldClaims = (await tx.table("claims").toArray()) as V1Claim[];

  const peopleByOldKey = new Map(oldPeople.map((p) => [p.key, p]));
  const articles = new Map<string, ArticleRecord>();
  for (const a of oldArticles) {
    articles.set(a.url, {
      url: a.url,
      origin: originOf(a.url),
      title: a.title,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      at: articleDate(a.publishedAt, a.firstSeen),
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      contentHash: a.contentHash,
      claimCount: 0,
      peopleCount: 0,
    });
  }

  // v1 keyed people by bare name: the new key adds the affiliation (and, for a bare surname
  // without one, the article). One v1 person may therefore become several v2 people — never
  // fewer: the upgrade does not guess merges the v1 data could not support.
  const newKey = (oldKey: string, articleUrl: string, app?: V1Appearance): string | null => {
    const p = peopleByOldKey.get(oldKey);
    if (!p) return null;
    return personKey({ name: p.name, represents: app?.represents ?? p.represents, articleUrl });
  };

  const apps: AppearanceRecord[] = [];
  const appKeyOf = new Map<string, string>(); // "<oldKey> <url>" → new key
  for (const a of oldApps) {
    const art = articles.get(a.articleUrl);
    const p = peopleByOldKey.get(a.personKey);
    const key = newKey(a.personKey, a.articleUrl, a);
    if (!art || !p || !key || !parseName(p.name)) continue;
    appKeyOf.set(`${a.personKey} ${a.articleUrl}`, key);
    apps.push({
      personKey: key,
      articleUrl: a.articleUrl,
      name: p.name,
      role: a.role,
      represents: a.represents,
      isOfficial: p.isOfficial,
      kbId: null,
      kbName: null,
      at: art.at,
    });
    art.peopleCount++;
  }

  const claims: StoredClaim[] = [];
  const prefixes = new ClaimPrefixes();
  const positionByArticle = new Map<string, number>();
  const sortedClaims = [...oldClaims].sort((a, b) => (a.articleUrl < b.articleUrl ? -1 : a.articleUrl > b.articleUrl ? 1 : a.start - b.start));
  for (const c of sortedClaims) {
    const art = articles.get(c.articleUrl);
    if (!art) continue;
    const key = c.personKey ? (appKeyOf.get(`${c.personKey} ${c.articleUrl}`) ?? null) : null;
    const source = key ? null : c.speaker;
    const position = positionByArticle.get(c.articleUrl) ?? 0;
    positionByArticle.set(c.articleUrl, position + 1);
    claims.push({
      id: claimId(prefixes.prefix(art.at, art.url), position),
      articleUrl: art.url,
      personKey: key,
      source,
      speaker: c.speaker,
      text: c.text,
      kind: c.kind,
      cue: c.cue,
      start: c.start,
      end: c.end,
      at: art.at,
      words: indexWords(c.text, c.speaker),
    });
    art.claimCount++;
  }

  const people = buildPeople(apps);

  await Promise.all([tx.table("people").clear(), tx.table("appearances").clear(), tx.table("claims").clear(), tx.table("articles").clear()]);
  await tx.table("articles").bulkAdd([...articles.values()]);
  await tx.table("people").bulkAdd(people);
  await tx.table("appearances").bulkPut(apps);
  await tx.table("claims").bulkAdd(claims);
}

// ---------------------------------------------------------------------------------------------
// Claims rows (v3)

/** The `articleClaims` rows of these claims, without their keys: one per article, its claims in
 *  article order and the union of their words. `at` is the article's date (every claim of an
 *  article has it). */
export function articleClaimsRows(claims: Iterable<StoredClaim>): Array<Omit<ArticleClaimsRecord, "key">> {
  const byUrl = new Map<string, { at: number; words: Set<string>; speakers: Set<string>; claims: StoredClaim[] }>();
  for (const c of claims) {
    let row = byUrl.get(c.articleUrl);
    if (!row) byUrl.set(c.articleUrl, (row = { at: c.at, words: new Set(), speakers: new Set(), claims: [] }));
    for (const w of c.words) row.words.add(w);
    if (c.personKey !== null) row.speakers.add(c.personKey);
    row.claims.push(c);
  }
  return [...byUrl].map(([articleUrl, row]) => ({
    at: row.at,
    articleUrl,
    words: [...row.words],
    speakers: [...row.speakers],
    claims: row.claims.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }));
}

/** The rows of many articles' claims at once (import, upgrade), keyed by their claims' own id
 *  prefix when they all share one that no other article has, else by a fresh unique prefix. */
export function keyedArticleClaimsRows(claims: Iterable<StoredClaim>): ArticleClaimsRecord[] {
  const rows = articleClaimsRows(claims);
  const prefixes = new ClaimPrefixes();
  const own = rows.map((r) => {
    const p = idPrefixOf(r.claims[0]!.id);
    // Only a prefix of the article's own date: the key decides the row's place in date order.
    const ok = p !== null && p.startsWith(claimIdPrefix(r.at, r.articleUrl).slice(0, 10)) && r.claims.every((c) => c.id.startsWith(p));
    return ok && prefixes.reserve(p, r.at, r.articleUrl) ? p : null;
  });
  return rows.map((r, i) => ({ key: own[i] ?? prefixes.prefix(r.at, r.articleUrl), ...r }));
}

/** The articles with their claim and people counts as stored (claims and appearances given). */
export function withCounts(articles: readonly ArticleRecord[], claims: readonly ClaimRecord[], apps: readonly AppearanceRecord[]): ArticleRecord[] {
  const claimsOf = new Map<string, number>();
  for (const c of claims) claimsOf.set(c.articleUrl, (claimsOf.get(c.articleUrl) ?? 0) + 1);
  const peopleOf = new Map<string, Set<string>>();
  for (const a of apps) {
    const set = peopleOf.get(a.articleUrl);
    if (set) set.add(a.personKey);
    else peopleOf.set(a.articleUrl, new Set([a.personKey]));
  }
  return articles.map((a) => ({ ...a, claimCount: claimsOf.get(a.url) ?? 0, peopleCount: peopleOf.get(a.url)?.size ?? 0 }));
}

/** How many claims each person made in each article: "<personKey>\u0000<articleUrl>" → count. */
export function claimCounts(claims: Iterable<ClaimRecord>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims) {
    if (c.personKey === null) continue;
    const k = `${c.personKey}\u0000${c.articleUrl}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The id prefix of a claim id written by `claimId` ("<date>.<token>."), or null for the
 *  earlier "<date>:<url>#<n>" form (which can never equal a new prefix). */
function idPrefixOf(id: string): string | null {
  return /^[0-9a-z]{9}\.[0-9a-z]{7}\.[0-9a-z]+$/.test(id) ? id.slice(0, 18) : null;
}

// ---------------------------------------------------------------------------------------------
// v2 → v3

async function upgradeV2ToV3(tx: Transaction): Promise<void> {
  const articles = new Map(((await tx.table("articles").toArray()) as ArticleRecord[]).map((a) => [a.url, a]));
  const claims = ((await tx.table("claims").toArray()) as StoredClaim[]).filter((c) => articles.has(c.articleUrl));
  // Every record of an article carries the article's date (the rows are keyed by it).
  for (const c of claims) c.at = articles.get(c.articleUrl)!.at;
  const counts = claimCounts(claims);
  const apps = ((await tx.table("appearances").toArray()) as AppearanceRecord[]).map(
    (a): StoredAppearance => ({ ...a, at: articles.get(a.articleUrl)?.at ?? a.at, claimCount: counts.get(`${a.personKey}\u0000${a.articleUrl}`) ?? 0 }),
  );
  await tx.table("appearances").bulkPut(apps);
  await tx.table("articleClaims").bulkAdd(keyedArticleClaimsRows(claims));
  // v3 trusts the articles' counts (v2 counted the claims table; its import stored a file's
  // counts as given), and people's dates follow their appearances' dates.
  const present = apps.filter((a) => articles.has(a.articleUrl));
  await tx.table("articles").bulkPut(withCounts([...articles.values()], claims, present));
  await tx.table("people").bulkPut(buildPeople(present));
}
