/**
 * The memory: people, articles, appearances and claims in IndexedDB (Dexie), opened in the
 * background only.
 *
 * Guarantees:
 * - Every operation that writes more than one table runs in ONE read-write transaction over
 *   all the tables, identity resolution included. If the service worker is stopped, the quota
 *   runs out or anything throws midway, IndexedDB rolls the whole write back. Overlapping
 *   read-write transactions are serialised by IndexedDB, so two recordings at once (two tabs)
 *   each see the other's people: one person, both articles; the same article twice is stored once.
 * - Recording is idempotent: the same URL with the same content hash only moves `lastSeen`; a new
 *   hash replaces that article's own claims (one row per article) and appearances, and rebuilds
 *   the people involved; no other article's claims can be touched.
 * - People are rebuilt from their remaining appearances after any removal; a person with none
 *   left is deleted (deleting a site leaves no name behind).
 * - Nothing throws across the API: every call returns a StoreResult.
 *
 * Every transaction scope function here is an `async` function that awaits only Dexie calls:
 * Dexie follows native `await`s inside a transaction only when the scope function itself is
 * async. A plain arrow returning a promise silently runs each later call in its own implicit
 * transaction (robustness.test.ts catches that: an abort midway would leave a partial write).
 */
import { Dexie } from "dexie";
import { toCsv } from "./csv.ts";
import { attempt, fail } from "./errors.ts";
import { chooseCandidate, fullNamesFirst, inputFromKey, isAbsorbedBy, parseName, personKey, type IdentityInput } from "./identity.ts";
import { indexWords, queryWords } from "./normalize.ts";
import { buildPeople, buildPerson, emptyPerson, mergeAppearance } from "./person-record.ts";
import {
  DEFAULT_DB_NAME,
  EXPORT_VERSION,
  articleDate,
  claimId,
  claimIdPrefix,
  createDb,
  originOf,
  articleClaimsRows,
  claimCounts,
  keyedArticleClaimsRows,
  withCounts,
  type ArticleClaimsRecord,
  type MemoryDb,
  type StoredAppearance,
  type StoredClaim,
} from "./schema.ts";
import type {
  AppearanceRecord,
  ArticleRecord,
  ArticleRecordInput,
  ArticleSummary,
  ClaimPage,
  ClaimRecord,
  ClaimView,
  DeleteOutcome,
  ImportOptions,
  ImportOutcome,
  Memory,
  MemoryExport,
  OpenMemoryOptions,
  PersonCount,
  PersonRecord,
  PersonRecordInput,
  PersonRef,
  RecordOutcome,
  RetentionPolicy,
  SaidElsewhereOptions,
  SearchOptions,
  StoreResult,
  UsageEstimate,
} from "./types.ts";
import { validateExport } from "./validate.ts";

const DAY_MS = 86_400_000;
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 500;
/** Articles read per search word before the word counts as "common" (see searchRows): first
 *  FIRST_CAP, then, when every word of the query has more, CANDIDATE_CAP. */
const FIRST_CAP = 100;
const CANDIDATE_CAP = 1000;
/** Articles read under a search prefix before the prefix counts as "common". */
const PREFIX_CAP = 20_000;

/** Canonical form of a URL for storage: parsed, fragment dropped. Null when it is not http(s). */
export function canonicalUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u.href;
  } catch {
    return null;
  }
}

function pageSize(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(0, Math.floor(n)));
}

function stripWords({ words: _words, ...claim }: StoredClaim): ClaimRecord {
  return claim;
}

function stripCount({ claimCount: _count, ...app }: StoredAppearance): AppearanceRecord {
  return app;
}

/** Claims of these rows, newest article first and, in each article, from its last claim to its
 *  first (the order of every claim list the memory returns). */
function newestFirst(rows: readonly ArticleClaimsRecord[], keep: (c: StoredClaim) => boolean = () => true): StoredClaim[] {
  const out: StoredClaim[] = [];
  for (const row of rows) {
    for (let i = row.claims.length - 1; i >= 0; i--) {
      const c = row.claims[i]!;
      if (keep(c)) out.push(c);
    }
  }
  return out;
}

/** Rows read first when up to `limit` claims are wanted from rows that each likely hold one;
 *  later pages double. */
function firstPage(limit: number): number {
  return Math.max(4, Math.min(limit, 64));
}

/** Distinct row keys newest first (keys sort by date). */
function newestKeys(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort().reverse();
}

/** An article's claims/people in the normalised form shared by recording and merge-import. */
interface ArticleWrite {
  article: Omit<ArticleRecord, "claimCount" | "peopleCount" | "firstSeen" | "lastSeen" | "at" | "origin">;
  seenAt: number;
  /** Known first-seen (import keeps the exported one). */
  firstSeen?: number;
  people: PersonRecordInput[];
  claims: ArticleRecordInput["claims"];
}

/** What is wrong with a recording's people/claims, or null (the engine's output is trusted for
 *  content, but a malformed message must not write malformed records). */
function inputProblem(input: ArticleRecordInput): string | null {
  if (!Array.isArray(input.people) || !Array.isArray(input.claims)) return "people and claims must be arrays";
  for (const [i, p] of input.people.entries()) {
    if (typeof p?.localId !== "string" || typeof p.name !== "string" || typeof p.isOfficial !== "boolean") return `people[${i}] is malformed`;
  }
  for (const [i, c] of input.claims.entries()) {
    if (typeof c?.text !== "string" || !Number.isFinite(c.start) || !Number.isFinite(c.end) || (c.kind !== "direct" && c.kind !== "indirect")) {
      return `claims[${i}] is malformed`;
    }
  }
  return null;
}

/**
 * One index lookup per key, issued together, results concatenated. Used instead of Dexie's
 * anyOf(), whose single cursor skips from key to key with continue(key): cheap in browsers but
 * a walk over every entry in between in fake-indexeddb (npm run bench:store, 100k claims, busy
 * machine: recording median 173 ms with anyOf() candidate lookups, 23 ms with these).
 */
async function perKey<K, T>(keys: readonly K[], lookup: (key: K) => PromiseLike<T[]>): Promise<T[]> {
  return (await Promise.all(keys.map(lookup))).flat();
}

export async function openMemory(opts: OpenMemoryOptions = {}): Promise<StoreResult<Memory>> {
  const db = createDb(opts.name ?? DEFAULT_DB_NAME, { indexedDB: opts.indexedDB, IDBKeyRange: opts.IDBKeyRange });
  const opened = await attempt(() => db.open());
  if (!opened.ok) {
    db.close();
    return opened;
  }
  return { ok: true, value: new DexieMemory(db) };
}

class DexieMemory implements Memory {
  constructor(private readonly db: MemoryDb) {}

  private get tables() {
    return [this.db.people, this.db.articles, this.db.appearances, this.db.articleClaims];
  }

  // -------------------------------------------------------------------------------------------
  // Identity

  /** Stored candidates for identities: same KB id or same surname skeleton (any alias), in two
   *  index reads however many people there are. */
  private async candidatePool(inputs: readonly IdentityInput[]): Promise<Map<string, PersonRecord>> {
    const skels = new Set<string>();
    const kbIds = new Set<string>();
    for (const input of inputs) {
      for (const n of [input.name, input.kb?.name]) {
        const p = n ? parseName(n) : null;
        if (p) skels.add(p.skel);
      }
      if (input.kb?.id) kbIds.add(input.kb.id);
    }
    const [byKb, bySkel] = await Promise.all([
      perKey([...kbIds], (id) => this.db.people.where("kbId").equals(id).toArray()),
      perKey([...skels], (skel) => this.db.people.where("skels").equals(skel).toArray()),
    ]);
    return new Map([...byKb, ...bySkel].map((p) => [p.key, p]));
  }

  private async candidates(input: IdentityInput): Promise<PersonRecord[]> {
    return [...(await this.candidatePool([input])).values()];
  }

  private async resolveInput(input: IdentityInput): Promise<string | null> {
    return (await this.resolveRecord(input))?.key ?? null;
  }

  /** The stored person record this input is, or null. */
  private async resolveRecord(input: IdentityInput): Promise<PersonRecord | null> {
    return chooseCandidate(input, await this.candidates(input));
  }

  /** A key string (stored key, "kb:<id>", or an "n:" key from `personKey`) or a page person → stored key. */
  private async resolveRef(ref: string | PersonRef): Promise<string | null> {
    if (typeof ref !== "string") {
      const url = ref.articleUrl ? canonicalUrl(ref.articleUrl) : null;
      return this.resolveInput({ ...ref, articleUrl: url ?? ref.articleUrl ?? null });
    }
    if (await this.db.people.get(ref)) return ref;
    if (ref.startsWith("kb:")) {
      return (await this.db.people.where("kbId").equals(ref.slice(3)).first())?.key ?? null;
    }
    const input = inputFromKey(ref);
    return input ? this.resolveInput(input) : null;
  }

  async resolvePerson(ref: string | PersonRef): Promise<StoreResult<string | null>> {
    return attempt(() => this.db.transaction("r", this.db.people, async () => await this.resolveRef(ref)));
  }

  async getPerson(ref: string | PersonRef): Promise<StoreResult<PersonRecord | null>> {
    return attempt(() =>
      this.db.transaction("r", this.db.people, async () => {
        const key = await this.resolveRef(ref);
        return key ? ((await this.db.people.get(key)) ?? null) : null;
      }),
    );
  }

  /** Rebuild people from their appearances; delete those with none left. Returns deletions. */
  private async rebuildPeople(keys: Iterable<string>): Promise<number> {
    const wanted = [...new Set(keys)];
    if (wanted.length === 0) return 0;
    const byKey = new Map<string, AppearanceRecord[]>(wanted.map((k) => [k, []]));
    for (const a of await perKey(wanted, (k) => this.appearancesOf(k).toArray())) byKey.get(a.personKey)?.push(a);
    const keep: PersonRecord[] = [];
    const gone: string[] = [];
    for (const [key, apps] of byKey) {
      const person = buildPerson(key, apps);
      if (person) keep.push(person);
      else gone.push(key);
    }
    await Promise.all([this.db.people.bulkPut(keep), this.db.people.bulkDelete(gone)]);
    return gone.length;
  }

  /** A person's appearances, oldest first. */
  private appearancesOf(key: string) {
    return this.db.appearances.where("[personKey+at]").between([key, Dexie.minKey], [key, Dexie.maxKey]);
  }

  // -------------------------------------------------------------------------------------------
  // Recording

  async recordArticle(input: ArticleRecordInput): Promise<StoreResult<RecordOutcome>> {
    if (typeof input !== "object" || input === null) return fail("invalid", "expected an article");
    // Refuse before touching the database: nothing from a private window is ever written.
    if (input.incognito === true) {
      return fail("incognito", "Articles read in a private window are never recorded.");
    }
    const url = canonicalUrl(input.url);
    if (!url) return fail("invalid", `Not an http(s) URL: ${input.url}`);
    if (!Number.isFinite(input.seenAt)) return fail("invalid", "seenAt must be a time in ms");
    if (typeof input.contentHash !== "string" || input.contentHash === "") return fail("invalid", "contentHash is required");
    const problem = inputProblem(input);
    if (problem) return fail("invalid", problem);
    const write: ArticleWrite = {
      article: {
        url,
        title: String(input.title ?? ""),
        outlet: input.outlet ?? null,
        publishedAt: input.publishedAt ?? null,
        contentHash: input.contentHash,
      },
      seenAt: input.seenAt,
      people: input.people,
      claims: input.claims,
    };
    return attempt(() => this.db.transaction("rw", this.tables, async () => await this.writeArticle(write)));
  }

  /** The whole recording of one article; must run inside a rw transaction over all tables. */
  private async writeArticle(w: ArticleWrite): Promise<RecordOutcome> {
    const { url } = w.article;
    // Officials always; anyone else only when a stored claim is theirs.
    const speakers = new Set(w.claims.map((c) => c.personLocalId).filter((id): id is string => id !== null));
    const recordable = w.people.filter((p) => (p.isOfficial || speakers.has(p.localId)) && parseName(p.name) !== null);
    const inputs = recordable.map((p): IdentityInput => ({ ...p, articleUrl: url }));

    // Every read the recording needs, in one round trip: the stored article, the identity
    // candidates of every person of the article (one index read per KB id / surname skeleton),
    // and the claim id prefix for the article's date as it will be unless a stored copy was
    // first seen earlier (then it is read again below; only an article without a published date).
    const guessedAt = articleDate(w.article.publishedAt, w.firstSeen ?? w.seenAt);
    const [existing, pool, guessedPrefix] = await Promise.all([
      this.db.articles.get(url),
      this.candidatePool(inputs),
      w.claims.length > 0 ? this.idPrefix(guessedAt, url) : "",
    ]);

    if (existing && existing.contentHash === w.article.contentHash) {
      // Same content: only the dates move. Report the keys this article's people are stored under.
      const [apps] = await Promise.all([
        this.db.appearances.where("articleUrl").equals(url).primaryKeys(),
        this.db.articles.update(url, { lastSeen: Math.max(existing.lastSeen, w.seenAt), firstSeen: Math.min(existing.firstSeen, w.seenAt) }),
      ]);
      const keys = new Set(apps.map(([personKey]) => personKey));
      const people: Record<string, string> = {};
      const here = new Set<string>();
      for (const i of fullNamesFirst(inputs)) {
        const key = chooseCandidate(inputs[i]!, [...pool.values()], here)?.key;
        if (key) here.add(key);
        if (key && keys.has(key)) people[recordable[i]!.localId] = key;
      }
      return { status: "unchanged", url, people, claimsStored: 0, claimsSkipped: 0 };
    }

    const affected = new Set<string>();
    if (existing) {
      // The article changed: drop its own claims and appearances (and nothing else). Its people
      // are rebuilt at the end from what remains plus this version.
      const oldApps = await this.db.appearances.where("articleUrl").equals(url).primaryKeys();
      for (const [personKey] of oldApps) affected.add(personKey);
      await Promise.all([this.db.appearances.bulkDelete(oldApps), this.db.articleClaims.where("articleUrl").equals(url).delete()]);
    }

    const firstSeen = existing ? Math.min(existing.firstSeen, w.seenAt) : (w.firstSeen ?? w.seenAt);
    const lastSeen = existing ? Math.max(existing.lastSeen, w.seenAt) : w.seenAt;
    const at = articleDate(w.article.publishedAt, firstSeen);
    const prefix = at === guessedAt || w.claims.length === 0 ? guessedPrefix : await this.idPrefix(at, url);

    // Identity: pure resolution against the candidates read above, full names first, then bare
    // surnames (which may join a person named in full in this article). Each merged record goes
    // back into the pool so that a later person of this article is resolved against it too.
    const keyOf = new Map<string, string>();
    const appearances = new Map<string, StoredAppearance>();
    const merged = new Map<string, PersonRecord>();
    const unknown: string[] = [];
    for (const i of fullNamesFirst(inputs)) {
      const p = recordable[i]!;
      const input = inputs[i]!;
      const found = chooseCandidate(input, [...pool.values()], new Set(appearances.keys()));
      const key = found?.key ?? personKey(input);
      keyOf.set(p.localId, key);
      if (appearances.has(key)) continue; // two local people the engine kept apart, one identity here
      const app: StoredAppearance = {
        personKey: key,
        articleUrl: url,
        name: p.name,
        role: p.role ?? null,
        represents: p.represents ?? null,
        isOfficial: p.isOfficial,
        kbId: p.kb?.id ?? null,
        kbName: p.kb?.name ?? null,
        at,
        claimCount: 0,
      };
      appearances.set(key, app);
      const base = found ?? pool.get(key);
      if (!base) unknown.push(key);
      const person = mergeAppearance(base ?? emptyPerson(key), app);
      pool.set(key, person);
      merged.set(key, person);
    }
    if (unknown.length > 0) {
      // A new key that already exists without being a candidate (not expected: its own name's
      // skeleton makes it one). Merge into the stored record rather than overwrite it.
      const stored = await this.db.people.bulkGet(unknown);
      for (const rec of stored) {
        if (!rec) continue;
        merged.set(rec.key, mergeAppearance(rec, appearances.get(rec.key)!));
      }
    }

    const nameOf = new Map(w.people.map((p) => [p.localId, p.name]));
    const claims: StoredClaim[] = [];
    let skipped = 0;
    const ordered = [...w.claims].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const c of ordered) {
      const key = c.personLocalId !== null ? (keyOf.get(c.personLocalId) ?? null) : null;
      const source = key === null && c.source ? c.source : null;
      if (key === null && source === null) {
        skipped++;
        continue;
      }
      const speaker = key !== null ? (nameOf.get(c.personLocalId!) ?? "") : source!;
      claims.push({
        id: claimId(prefix, claims.length),
        articleUrl: url,
        personKey: key,
        source,
        speaker,
        text: c.text,
        kind: c.kind,
        cue: c.cue ?? null,
        start: c.start,
        end: c.end,
        at,
        // The person's display name too, so a search for the full name finds what they said
        // where only the surname was printed.
        words: indexWords(c.text, speaker, key !== null ? merged.get(key)?.name : null),
      });
    }
    for (const c of claims) if (c.personKey !== null) appearances.get(c.personKey)!.claimCount++;
    await Promise.all([
      this.db.appearances.bulkPut([...appearances.values()]),
      this.db.people.bulkPut([...merged.values()]),
      this.db.articleClaims.bulkPut(articleClaimsRows(claims).map((row) => ({ key: prefix, ...row }))),
      this.db.articles.put({
        ...w.article,
        origin: originOf(url),
        at,
        firstSeen,
        lastSeen,
        claimCount: claims.length,
        peopleCount: appearances.size,
      }),
    ]);
    // Bare-surname people stored earlier that the full-name people of this article now explain.
    const pooled = [...pool.values()];
    const absorbed = new Set<string>();
    for (const into of merged.values()) {
      for (const bare of pooled) {
        if (absorbed.has(bare.key) || absorbed.has(into.key) || !isAbsorbedBy(bare, into, pooled)) continue;
        await this.absorb(bare.key, into);
        absorbed.add(bare.key);
        affected.delete(bare.key);
        affected.add(into.key);
        for (const [localId, key] of keyOf) if (key === bare.key) keyOf.set(localId, into.key);
      }
    }
    // People of the old version of the article (and absorbing ones): rebuilt from what remains.
    await this.rebuildPeople(affected);

    return {
      status: existing ? "updated" : "created",
      url,
      people: Object.fromEntries(keyOf),
      claimsStored: claims.length,
      claimsSkipped: skipped,
    };
  }

  /** The claim id prefix for this article: its URL token, or a salted one when another article
   *  of the same date already holds it (a 32-bit hash collides rarely; claim ids stay unique).
   *  This article's own earlier claims may still be there: they do not count. */
  private async idPrefix(at: number, url: string): Promise<string> {
    // Row keys are the prefixes in use ("<date>." starts every key of that date); keys only.
    const [sameDate, own] = await Promise.all([
      this.db.articleClaims.where(":id").startsWith(claimIdPrefix(at, url).slice(0, 10)).primaryKeys(),
      this.db.articleClaims.where("articleUrl").equals(url).primaryKeys(),
    ]);
    const taken = new Set(sameDate);
    for (const key of own) taken.delete(key);
    for (let salt = 0; ; salt++) {
      const prefix = claimIdPrefix(at, url, salt);
      if (!taken.has(prefix)) return prefix;
    }
  }

  /** Move every appearance and claim of person `from` to `into` and delete `from`. An article
   *  where both appear keeps `into`'s appearance (and counts one person fewer). */
  private async absorb(from: string, into: PersonRecord): Promise<void> {
    const apps = await this.appearancesOf(from).toArray();
    const [clashes, rows] = await Promise.all([
      this.db.appearances.bulkGet(apps.map((a): [string, string] => [into.key, a.articleUrl])),
      this.db.articleClaims.where("speakers").equals(from).toArray(),
    ]);
    const moved = apps.filter((_, i) => !clashes[i]).map((a) => ({ ...a, personKey: into.key }));
    const kept = clashes.flatMap((c, i) => (c ? [{ ...c, claimCount: c.claimCount + apps[i]!.claimCount }] : []));
    const shared = kept.map((a) => a.articleUrl);
    const sharedArticles = (await this.db.articles.bulkGet(shared)).filter((a): a is ArticleRecord => a !== undefined);
    const nameWords = indexWords(into.name);
    const addName = (words: string[]) => [...new Set([...words, ...nameWords])];
    const rewritten = rows.map((r) => ({
      ...r,
      words: addName(r.words),
      speakers: [...new Set(r.speakers.map((k) => (k === from ? into.key : k)))],
      claims: r.claims.map((c) => (c.personKey === from ? { ...c, personKey: into.key, words: addName(c.words) } : c)),
    }));
    await Promise.all([
      this.db.appearances.bulkDelete(apps.map((a): [string, string] => [a.personKey, a.articleUrl])),
      this.db.appearances.bulkPut([...moved, ...kept]),
      this.db.articleClaims.bulkPut(rewritten),
      this.db.articles.bulkPut(sharedArticles.map((a) => ({ ...a, peopleCount: a.peopleCount - 1 }))),
      this.db.people.delete(from),
    ]);
  }

  // -------------------------------------------------------------------------------------------
  // Queries

  /** Join claims with their article and the speaker's role as stated there. */
  private async views(claims: readonly StoredClaim[]): Promise<ClaimView[]> {
    const urls = [...new Set(claims.map((c) => c.articleUrl))];
    const articles = new Map<string, ArticleRecord>();
    const appKeys = [...new Set(claims.filter((c) => c.personKey).map((c) => `${c.personKey}\u0000${c.articleUrl}`))].map(
      (k) => k.split("\u0000") as [string, string],
    );
    const apps = new Map<string, AppearanceRecord>();
    const [articleRows, appRows] = await Promise.all([this.db.articles.bulkGet(urls), this.db.appearances.bulkGet(appKeys)]);
    articleRows.forEach((a) => a && articles.set(a.url, a));
    appRows.forEach((a) => a && apps.set(`${a.personKey}\u0000${a.articleUrl}`, a));
    return claims.map((c) => {
      const a = articles.get(c.articleUrl);
      const app = c.personKey ? apps.get(`${c.personKey}\u0000${c.articleUrl}`) : undefined;
      return {
        id: c.id,
        text: c.text,
        kind: c.kind,
        cue: c.cue,
        personKey: c.personKey,
        speaker: c.speaker,
        source: c.source,
        role: app?.role ?? null,
        represents: app?.represents ?? null,
        articleUrl: c.articleUrl,
        title: a?.title ?? "",
        outlet: a?.outlet ?? null,
        publishedAt: a?.publishedAt ?? null,
        at: c.at,
        firstSeen: a?.firstSeen ?? c.at,
      };
    });
  }

  async saidElsewhere(ref: string | PersonRef, options: SaidElsewhereOptions = {}): Promise<StoreResult<ClaimPage>> {
    const limit = pageSize(options.limit);
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const exclude = options.excludeUrl ? canonicalUrl(options.excludeUrl) : null;
    return attempt(() =>
      this.db.transaction("r", this.tables, async () => {
        const key = await this.resolveRef(ref);
        if (!key) return { personKey: null, items: [], hasMore: false };
        const claims = await this.claimsOf(key, exclude, () => true, offset + limit + 1);
        const page = claims.slice(offset, offset + limit);
        return { personKey: key, items: await this.views(page), hasMore: claims.length > offset + limit };
      }),
    );
  }

  async search(query: string, options: SearchOptions = {}): Promise<StoreResult<ClaimView[]>> {
    const limit = pageSize(options.limit);
    const words = queryWords(query);
    if (words.length === 0 || limit === 0) return { ok: true, value: [] };
    const personFilter = options.personKey ?? null;
    const prefix = options.prefix === true ? words[words.length - 1]! : null;
    const exact = prefix === null ? words : words.slice(0, -1);
    const matches = (c: StoredClaim): boolean =>
      (personFilter === null || c.personKey === personFilter) &&
      exact.every((w) => c.words.includes(w)) &&
      (prefix === null || c.words.some((w) => w.startsWith(prefix)));
    return attempt(() =>
      this.db.transaction("r", this.tables, async () => {
        const rows = await this.searchRows(exact, prefix, personFilter, matches, limit);
        return this.views(rows);
      }),
    );
  }

  /** A person's claims newest first, up to `limit`, outside the article `exclude`, that
   *  `matches` keeps: the rows of the articles where they spoke (the `speakers` index). */
  private claimsOf(key: string, exclude: string | null, matches: (c: StoredClaim) => boolean, limit: number): Promise<StoredClaim[]> {
    return this.walk("speakers", key, (c) => c.personKey === key && c.articleUrl !== exclude && matches(c), limit);
  }

  /** The claims (newest first) of these articles' rows that match, up to `limit`: rows are read
   *  a growing batch at a time, the first as many as the claims wanted (a candidate row usually
   *  holds a match). */
  private async filterArticles(keys: readonly string[], matches: (c: StoredClaim) => boolean, limit: number): Promise<StoredClaim[]> {
    const out: StoredClaim[] = [];
    for (let i = 0, n = firstPage(limit); i < keys.length && out.length < limit; i += n, n = Math.min(n * 2, 512)) {
      const rows = await this.db.articleClaims.bulkGet(keys.slice(i, i + n));
      out.push(...newestFirst(rows.filter((r): r is ArticleClaimsRecord => r !== undefined), matches).slice(0, limit - out.length));
    }
    return out;
  }

  /**
   * Query plan. The word index is per article (v3): equal keys of the multiEntry `words` index
   * of `articleClaims` come in primary-key order (date order), so `where("words").equals(w)
   * .reverse()` is "articles with w, newest first". Candidate articles come from the index; each
   * of their claims is then checked for every word (an article can hold the words in different
   * claims).
   * - One person: walk that person's articles newest first and filter.
   * - One word: walk its articles newest first (each holds a match: `limit` rows are enough).
   * - Several: read each word's article keys, at most FIRST_CAP + 1 of them (never count(),
   *   which walks every entry). A list within its cap is complete: intersect the complete lists,
   *   newest first, and check the survivors' claims. If every word's list is longer, read the
   *   likely rarest word's list (the one whose first keys reach furthest back in time) up to
   *   CANDIDATE_CAP + 1 and use it the same way if complete; else walk that word's articles and
   *   filter: common words co-occur, so the walk ends early. A prefix list is complete up to
   *   PREFIX_CAP keys; a prefix more common than that, alone, is the one plan that reads every
   *   key under it.
   */
  private async searchRows(
    exact: readonly string[],
    prefix: string | null,
    personFilter: string | null,
    matches: (c: StoredClaim) => boolean,
    limit: number,
  ): Promise<StoredClaim[]> {
    if (personFilter !== null) return this.claimsOf(personFilter, null, matches, limit);
    const index = this.db.articleClaims;
    if (exact.length === 1 && prefix === null) return this.walk("words", exact[0]!, matches, limit);
    const keysOf = (w: string, cap: number) => index.where("words").equals(w).reverse().limit(cap + 1).primaryKeys();
    const [first, prefixKeys] = await Promise.all([
      Promise.all(exact.map((w) => keysOf(w, FIRST_CAP))),
      // Under a prefix, keys come grouped by word, not by date: only a complete list is usable,
      // so read more of them (keys only); a prefix is usually rarer than a whole common word.
      prefix !== null ? index.where("words").startsWith(prefix).limit(PREFIX_CAP + 1).primaryKeys() : null,
    ]);
    const complete = first.filter((l) => l.length <= FIRST_CAP);
    if (prefixKeys && prefixKeys.length <= PREFIX_CAP) complete.push(newestKeys(prefixKeys));
    // Every exact word has more than FIRST_CAP articles (a prefix list may be complete, but far
    // longer): the one whose first FIRST_CAP + 1 reach furthest back in time is likely the
    // rarest; read more of its list alone.
    let rarest = exact[0];
    if (exact.length > 0 && first.every((l) => l.length > FIRST_CAP)) {
      // Keys sort by date: the smallest last key reaches furthest back.
      const reach = first.map((l) => l[FIRST_CAP]!);
      rarest = exact[reach.indexOf([...reach].sort()[0]!)]!;
      const list = await keysOf(rarest, CANDIDATE_CAP);
      if (list.length <= CANDIDATE_CAP) complete.push(list);
    }
    complete.sort((a, b) => a.length - b.length);
    const driver = complete[0];
    if (driver) {
      const others = complete.slice(1).map((l) => new Set(l));
      return this.filterArticles(
        driver.filter((k) => others.every((set) => set.has(k))),
        matches,
        limit,
      );
    }
    if (rarest !== undefined) return this.walk("words", rarest, matches, limit);
    const keys = await index.where("words").startsWith(prefix!).primaryKeys();
    return this.filterArticles(newestKeys(keys), matches, limit);
  }

  /** The matching claims, newest first, up to `limit`, of the rows whose `index` holds `value`:
   *  the rows straight from the index in reverse (date order), a growing page at a time; each
   *  row holds the word or speaker, so `limit` rows are enough unless claims are filtered out. */
  private async walk(index: "words" | "speakers", value: string, matches: (c: StoredClaim) => boolean, limit: number): Promise<StoredClaim[]> {
    const out: StoredClaim[] = [];
    for (let offset = 0, n = firstPage(limit); out.length < limit; offset += n, n = Math.min(n * 2, 512)) {
      const rows = await this.db.articleClaims.where(index).equals(value).reverse().offset(offset).limit(n).toArray();
      out.push(...newestFirst(rows, matches).slice(0, limit - out.length));
      if (rows.length < n) break;
    }
    return out;
  }

  async personCounts(personKeys: string[], currentUrl: string | null): Promise<StoreResult<PersonCount[]>> {
    const here = currentUrl ? canonicalUrl(currentUrl) : null;
    return attempt(() =>
      this.db.transaction("r", this.tables, async () => {
        // All people at once: each await is a round trip to the database process. A person's
        // appearances are small rows that carry their claim counts.
        return Promise.all(
          personKeys.map(async (requested): Promise<PersonCount> => {
            const key = (await this.resolveRef(requested)) ?? requested;
            const apps = await this.appearancesOf(key).toArray();
            const total = apps.reduce((n, a) => n + a.claimCount, 0);
            const appHere = here ? apps.find((a) => a.articleUrl === here) : undefined;
            const inHere = appHere?.claimCount ?? 0;
            return { personKey: key, here: inHere, elsewhere: total - inHere, articlesElsewhere: apps.length - (appHere ? 1 : 0) };
          }),
        );
      }),
    );
  }

  async recentArticles(limit = DEFAULT_PAGE_SIZE): Promise<StoreResult<ArticleSummary[]>> {
    const n = pageSize(limit);
    return attempt(async () => {
      const rows = await this.db.articles.orderBy("lastSeen").reverse().limit(n).toArray();
      return rows.map((a) => ({
        url: a.url,
        title: a.title,
        outlet: a.outlet,
        publishedAt: a.publishedAt,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
        claimCount: a.claimCount,
        peopleCount: a.peopleCount,
      }));
    });
  }

  /** Every stored claim, in id order (date order). */
  private async allClaims(): Promise<StoredClaim[]> {
    const rows = await this.db.articleClaims.toArray();
    return rows.flatMap((r) => r.claims).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** How many claims are stored (the articles' own counts, one small row each). */
  private async claimTotal(): Promise<number> {
    let total = 0;
    await this.db.articles.each((a) => {
      total += a.claimCount;
    });
    return total;
  }

  // -------------------------------------------------------------------------------------------
  // Reader control

  /** Delete articles with their claims and appearances; rebuild or drop their people. In the caller's transaction. */
  private async removeArticles(urls: readonly string[]): Promise<DeleteOutcome> {
    if (urls.length === 0) return { articles: 0, claims: 0, people: 0 };
    const list = [...new Set(urls)];
    const [appKeys, rows, claimKeys] = await Promise.all([
      perKey(list, (url) => this.db.appearances.where("articleUrl").equals(url).primaryKeys()),
      this.db.articles.bulkGet(list),
      perKey(list, (url) => this.db.articleClaims.where("articleUrl").equals(url).primaryKeys()),
    ]);
    const present = rows.filter((a): a is ArticleRecord => a !== undefined);
    await Promise.all([
      this.db.appearances.bulkDelete(appKeys),
      this.db.articleClaims.bulkDelete(claimKeys),
      this.db.articles.bulkDelete(present.map((a) => a.url)),
    ]);
    // Every write path keeps an article's claimCount equal to its stored claims.
    const claims = present.reduce((n, a) => n + a.claimCount, 0);
    const people = await this.rebuildPeople(appKeys.map(([personKey]) => personKey));
    return { articles: present.length, claims, people };
  }

  async deleteArticle(url: string): Promise<StoreResult<DeleteOutcome>> {
    const canonical = canonicalUrl(url);
    if (!canonical) return fail("invalid", `Not an http(s) URL: ${url}`);
    return attempt(() => this.db.transaction("rw", this.tables, async () => await this.removeArticles([canonical])));
  }

  async deleteSite(origin: string): Promise<StoreResult<DeleteOutcome>> {
    let origins: string[];
    if (/^https?:\/\//i.test(origin)) {
      const o = originOf(origin);
      if (!o) return fail("invalid", `Not an origin: ${origin}`);
      origins = [o];
    } else {
      const host = originOf(`https://${origin}`);
      if (!host || origin.includes("/")) return fail("invalid", `Not a host name: ${origin}`);
      origins = [host, host.replace(/^https:/, "http:")];
    }
    return attempt(() =>
      this.db.transaction("rw", this.tables, async () => {
        const urls = await perKey(origins, (o) => this.db.articles.where("origin").equals(o).primaryKeys());
        return this.removeArticles(urls);
      }),
    );
  }

  async deleteAll(): Promise<StoreResult<DeleteOutcome>> {
    return attempt(() =>
      this.db.transaction("rw", this.tables, async () => {
        const [articles, claims, people] = await Promise.all([this.db.articles.count(), this.claimTotal(), this.db.people.count()]);
        await Promise.all(this.tables.map((t) => t.clear()));
        return { articles, claims, people };
      }),
    );
  }

  async applyRetention(policy: RetentionPolicy): Promise<StoreResult<DeleteOutcome>> {
    const now = policy.now ?? Date.now();
    const { maxAgeDays, maxClaims } = policy;
    if (maxAgeDays != null && !(maxAgeDays >= 0)) return fail("invalid", "maxAgeDays must be ≥ 0");
    if (maxClaims != null && !(maxClaims >= 0)) return fail("invalid", "maxClaims must be ≥ 0");
    return attempt(() =>
      this.db.transaction("rw", this.tables, async () => {
        const doomed = new Set<string>();
        if (maxAgeDays != null) {
          const cutoff = now - maxAgeDays * DAY_MS;
          for (const url of await this.db.articles.where("lastSeen").below(cutoff).primaryKeys()) doomed.add(url);
        }
        if (maxClaims != null) {
          let total = await this.claimTotal();
          for (const a of await this.db.articles.bulkGet([...doomed])) total -= a?.claimCount ?? 0;
          if (total > maxClaims) {
            // Forget whole articles, least recently seen first, until the claims fit.
            // `until` is checked before each article, after the previous one was counted.
            await this.db.articles.orderBy("lastSeen").until(() => total <= maxClaims).each((a) => {
              if (doomed.has(a.url)) return;
              doomed.add(a.url);
              total -= a.claimCount;
            });
          }
        }
        return this.removeArticles([...doomed]);
      }),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Export / import

  async exportJson(): Promise<StoreResult<MemoryExport>> {
    return attempt(() =>
      this.db.transaction("r", this.tables, async () => {
        const [people, articles, appearances, claims] = await Promise.all([
          this.db.people.toArray(),
          this.db.articles.toArray(),
          this.db.appearances.toArray(),
          this.allClaims(),
        ]);
        return {
          format: "sourcelight-memory" as const,
          schemaVersion: EXPORT_VERSION,
          exportedAt: new Date().toISOString(),
          people,
          articles,
          appearances: appearances.map(stripCount),
          claims: claims.map(stripWords),
        };
      }),
    );
  }

  async importJson(data: unknown, options: ImportOptions = {}): Promise<StoreResult<ImportOutcome>> {
    const checked = validateExport(data);
    if (!checked.ok) return fail("invalid", checked.error);
    const dump = checked.value;
    const badUrl = dump.articles.find((a) => canonicalUrl(a.url) !== a.url);
    if (badUrl) return fail("invalid", `articles: not a canonical http(s) URL: ${badUrl.url}`);
    const mode = options.mode ?? "merge";
    const articleUrls = new Set(dump.articles.map((a) => a.url));
    // Records pointing at articles that are not in the file are dropped, not half-imported.
    const apps = dump.appearances.filter((a) => articleUrls.has(a.articleUrl));
    const claims = dump.claims.filter((c) => articleUrls.has(c.articleUrl));

    if (mode === "replace") {
      return attempt(() =>
        this.db.transaction("rw", this.tables, async () => {
          await Promise.all(this.tables.map((t) => t.clear()));
          // Every record of an article carries the article's date (rows are keyed by it), and its
          // counts are what is stored for it (a hand-edited file may say otherwise).
          const dateOf = new Map(dump.articles.map((a) => [a.url, a.at]));
          const dated = apps.map((a) => ({ ...a, at: dateOf.get(a.articleUrl)! }));
          const people = buildPeople(dated);
          const names = new Map(people.map((p) => [p.key, p.name]));
          const stored = claims.map((c) => ({
            ...c,
            at: dateOf.get(c.articleUrl)!,
            words: indexWords(c.text, c.speaker, c.personKey ? names.get(c.personKey) : null),
          }));
          const counts = claimCounts(stored);
          await this.db.articles.bulkAdd(withCounts(dump.articles, stored, dated));
          await this.db.appearances.bulkAdd(dated.map((a) => ({ ...a, claimCount: counts.get(`${a.personKey}\u0000${a.articleUrl}`) ?? 0 })));
          await this.db.people.bulkAdd(people);
          await this.db.articleClaims.bulkAdd(keyedArticleClaimsRows(stored));
          return { articles: dump.articles.length, claims: claims.length, people: people.length };
        }),
      );
    }

    // Merge: each imported article goes through the recording path, so its people are matched
    // against the local memory with the same identity rules (the file's keys are only local ids).
    const appsByUrl = new Map<string, AppearanceRecord[]>();
    for (const a of apps) {
      const list = appsByUrl.get(a.articleUrl);
      if (list) list.push(a);
      else appsByUrl.set(a.articleUrl, [a]);
    }
    const claimsByUrl = new Map<string, ClaimRecord[]>();
    for (const c of claims) {
      const list = claimsByUrl.get(c.articleUrl);
      if (list) list.push(c);
      else claimsByUrl.set(c.articleUrl, [c]);
    }
    return attempt(() =>
      this.db.transaction("rw", this.tables, async () => {
        let claimCount = 0;
        const before = await this.db.people.count();
        for (const a of dump.articles) {
          // An imported article replaces the local copy of the same URL.
          await this.removeArticles([a.url]);
          const people = (appsByUrl.get(a.url) ?? []).map(
            (p): PersonRecordInput => ({
              localId: p.personKey,
              name: p.name,
              role: p.role,
              represents: p.represents,
              isOfficial: p.isOfficial,
              kb: p.kbId ? { id: p.kbId, name: p.kbName ?? p.name } : null,
            }),
          );
          const outcome = await this.writeArticle({
            article: { url: a.url, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, contentHash: a.contentHash },
            seenAt: a.lastSeen,
            firstSeen: a.firstSeen,
            people,
            claims: (claimsByUrl.get(a.url) ?? []).map((c) => ({
              personLocalId: c.personKey,
              source: c.source,
              text: c.text,
              kind: c.kind,
              cue: c.cue,
              start: c.start,
              end: c.end,
            })),
          });
          claimCount += outcome.claimsStored;
        }
        const after = await this.db.people.count();
        return { articles: dump.articles.length, claims: claimCount, people: after - before };
      }),
    );
  }

  async exportCsv(): Promise<StoreResult<string>> {
    return attempt(() =>
      this.db.transaction("r", this.tables, async () => {
        const [articles, apps, claims] = await Promise.all([this.db.articles.toArray(), this.db.appearances.toArray(), this.allClaims()]);
        const articleOf = new Map(articles.map((a) => [a.url, a]));
        const appOf = new Map(apps.map((a) => [`${a.personKey}\u0000${a.articleUrl}`, a]));
        const rows = claims.map((c) => {
          const a = articleOf.get(c.articleUrl);
          const app = c.personKey ? appOf.get(`${c.personKey}\u0000${c.articleUrl}`) : undefined;
          return [
            c.speaker,
            app?.role ?? null,
            app?.represents ?? null,
            a?.outlet ?? null,
            a?.publishedAt ?? new Date(c.at).toISOString(),
            c.articleUrl,
            a?.title ?? null,
            c.kind,
            c.cue,
            c.text,
          ];
        });
        return toCsv(["person", "role", "represents", "outlet", "date", "url", "title", "kind", "cue", "claim"], rows);
      }),
    );
  }

  async estimateUsage(): Promise<StoreResult<UsageEstimate>> {
    return attempt(async () => {
      let usageBytes: number | null = null;
      let quotaBytes: number | null = null;
      const storage = typeof navigator !== "undefined" ? (navigator as { storage?: StorageManager }).storage : undefined;
      if (storage && typeof storage.estimate === "function") {
        try {
          const e = await storage.estimate();
          usageBytes = e.usage ?? null;
          quotaBytes = e.quota ?? null;
        } catch {
          // Some contexts (opaque origins) refuse estimate(); the counts still help.
        }
      }
      // The counts in one read transaction, so that they agree with each other.
      const [articles, people, claims, appearances] = await this.db.transaction("r", this.tables, async () =>
        await Promise.all([this.db.articles.count(), this.db.people.count(), this.claimTotal(), this.db.appearances.count()]),
      );
      return { usageBytes, quotaBytes, articles, people, claims, appearances };
    });
  }

  close(): void {
    this.db.close();
  }
}
