/**
 * Public types of the memory (src/store). The background imports these to record articles and
 * answer "what did this person say elsewhere?"; the popup/options pages see them only through
 * background messages.
 */
import type { QuoteKind } from "../extract/types.ts";

// ---------------------------------------------------------------------------------------------
// Results

/** Why a memory call failed.
 *  - "quota": the browser refused to store more (QuotaExceededError); nothing was written.
 *    Free space with `applyRetention`, `deleteSite` or `deleteAll`; `estimateUsage` says how much is used.
 *  - "incognito": recording from a private window was refused (by design, nothing written).
 *  - "invalid": the input was malformed (bad URL, bad import file …).
 *  - "closed": the memory was closed or the database was deleted/blocked by another connection.
 *  - "aborted": the write was interrupted (transaction aborted); nothing was written.
 *  - "unknown": anything else; `message` carries the browser's words. */
export type StoreErrorCode = "quota" | "incognito" | "invalid" | "closed" | "aborted" | "unknown";

/** A `Result` (src/shared/result.ts) whose failure also carries a human-readable message.
 *  Structurally assignable to `Result<T, StoreErrorCode>`. */
export type StoreResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: StoreErrorCode; message: string };

// ---------------------------------------------------------------------------------------------
// Recording

/** What the knowledge base says about a linked person (src/kb gives this). */
export interface KbLink {
  /** Wikidata QID or a KB slug; the person's identity across every article. */
  id: string;
  name: string;
  position?: string | null;
  country?: string | null;
}

export interface PersonRecordInput {
  /** The engine's Person.id in this article ("p1"); claims refer to it. */
  localId: string;
  /** Fullest name form used in the article. */
  name: string;
  /** Role as the article states it, or null. */
  role: string | null;
  /** Government/body/party/country the person acts for, as the article words it, or null. */
  represents: string | null;
  isOfficial: boolean;
  kb?: KbLink | null;
}

export interface ClaimRecordInput {
  /** PersonRecordInput.localId of a named speaker, or null. */
  personLocalId: string | null;
  /** Label of a speaker that is not a named person ("Egyptian official"), or null. */
  source: string | null;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  /** UTF-16 offsets of the claim in the article text (end exclusive). */
  start: number;
  end: number;
}

export interface ArticleRecordInput {
  /** Canonical URL (the fragment is dropped; query kept). */
  url: string;
  title: string;
  outlet: string | null;
  /** ISO date or date-time, or null when unknown. */
  publishedAt: string | null;
  /** Hash of the article text; a different hash for the same URL means the article changed. */
  contentHash: string;
  /** The article text. Accepted for the caller's convenience and NEVER stored. */
  text?: string;
  people: PersonRecordInput[];
  claims: ClaimRecordInput[];
  /** When the reader saw it (ms since epoch). */
  seenAt: number;
  /** True when the tab is in a private/incognito window: the recorder refuses. */
  incognito?: boolean;
}

export interface RecordOutcome {
  /** "created": first visit; "updated": content hash changed, the article's own claims were
   *  replaced; "unchanged": same content, only `lastSeen` moved. */
  status: "created" | "updated" | "unchanged";
  url: string;
  /** The stored person key for each recorded local person (non-officials without claims are
   *  not recorded and are absent). */
  people: Record<string, string>;
  claimsStored: number;
  /** Claims dropped because they had neither a recorded speaker nor a source label. */
  claimsSkipped: number;
}

// ---------------------------------------------------------------------------------------------
// Stored records (also the JSON export format)

/** One role as stated for a person, with the dates of the articles that stated it. */
export interface DatedRole {
  role: string | null;
  represents: string | null;
  /** Earliest and latest article date (published, else first seen) that stated it, ms. */
  firstAt: number;
  lastAt: number;
  articleCount: number;
}

export interface PersonRecord {
  /** Stable identity: "kb:<id>" when first stored linked, else "n:<folded name>|<folded affiliation>"
   *  (a bare surname without affiliation gets "n:<surname>|@<article url>": it is article-local). */
  key: string;
  kbId: string | null;
  /** Display name: the KB name when linked, else the fullest name form seen. */
  name: string;
  /** Folded surname of the display name. */
  surname: string;
  /** Consonant skeletons of every alias's surname: the index that finds candidates, spelling
   *  variants included ("zelensky"/"zelenskyy" → "zlnsk"). */
  skels: string[];
  /** Folded name forms seen in articles. */
  aliases: string[];
  isOfficial: boolean;
  roles: DatedRole[];
  /** Folded role/affiliation words from every appearance: what "context supports" is checked against. */
  context: string[];
  /** Earliest and latest date (ArticleRecord.at) of the articles the person appears in. */
  firstAt: number;
  lastAt: number;
  /** What the display name and KB link were chosen from; keeps merging a new appearance
   *  order-independent (person-record.ts). */
  basis: {
    statedName: string;
    nameTokens: number;
    nameAt: number;
    kbName: string | null;
    kbAt: number | null;
  };
}

export interface ArticleRecord {
  url: string;
  origin: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** publishedAt in ms when parseable, else firstSeen: the date claims are ordered by. */
  at: number;
  firstSeen: number;
  lastSeen: number;
  contentHash: string;
  claimCount: number;
  peopleCount: number;
}

export interface AppearanceRecord {
  personKey: string;
  articleUrl: string;
  /** Name, role and affiliation exactly as this article stated them. */
  name: string;
  role: string | null;
  represents: string | null;
  isOfficial: boolean;
  kbId: string | null;
  kbName: string | null;
  /** The article's date (ArticleRecord.at). */
  at: number;
}

export interface ClaimRecord {
  /** Date-sortable id: "<article date, 9 base-36 digits>.<URL token>.<position>" (stores written
   *  before hold "<date>:<url>#<n>"); unique (an import with a repeated id is refused). */
  id: string;
  articleUrl: string;
  personKey: string | null;
  source: string | null;
  /** The speaker's name as stated in this article (or the source label). */
  speaker: string;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  start: number;
  end: number;
  at: number;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** A person of the current page, to resolve against the memory with the same identity rules as
 *  recording (no localId needed). */
export interface PersonRef {
  name: string;
  role?: string | null;
  represents?: string | null;
  kb?: KbLink | null;
  /** The page's URL: a bare surname without affiliation is only ever itself within one article. */
  articleUrl?: string | null;
}

/** One claim with its article, as the hover card shows it. */
export interface ClaimView {
  id: string;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  personKey: string | null;
  /** Name as stated in that article, or the source label. */
  speaker: string;
  source: string | null;
  /** Role and affiliation as stated in that article. */
  role: string | null;
  represents: string | null;
  articleUrl: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** Article date (published, else first seen), ms. */
  at: number;
  /** When the reader first saw the article, ms. */
  firstSeen: number;
}

export interface SaidElsewhereOptions {
  /** The current article; its claims are left out. */
  excludeUrl?: string | null;
  limit?: number;
  offset?: number;
}

export interface ClaimPage {
  /** The stored person the reference resolved to, or null (then `items` is empty). */
  personKey: string | null;
  items: ClaimView[];
  /** True when more claims follow this page. */
  hasMore: boolean;
}

export interface SearchOptions {
  limit?: number;
  /** Also match the last word as a prefix ("netan" finds "Netanyahu"), for search while typing.
   *  Slower on big memories: it reads the article keys under the prefix (up to a cap), and
   *  every one of them when the prefix is the only search term. */
  prefix?: boolean;
  /** Only this person's claims. */
  personKey?: string;
}

export interface PersonCount {
  personKey: string;
  /** Claims stored for this person in the current article / in all other articles. */
  here: number;
  elsewhere: number;
  /** Other articles the person appears in (with or without claims). */
  articlesElsewhere: number;
}

export interface ArticleSummary {
  url: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  firstSeen: number;
  lastSeen: number;
  claimCount: number;
  peopleCount: number;
}

export interface RetentionPolicy {
  /** Forget articles last seen more than this many days ago. */
  maxAgeDays?: number | null;
  /** Keep at most this many claims: whole articles are forgotten, least recently seen first. */
  maxClaims?: number | null;
  /** "Now" in ms (for tests); defaults to Date.now(). */
  now?: number;
}

export interface DeleteOutcome {
  articles: number;
  claims: number;
  people: number;
}

export interface UsageEstimate {
  /** navigator.storage.estimate() figures for the whole extension origin, when available. */
  usageBytes: number | null;
  quotaBytes: number | null;
  articles: number;
  people: number;
  claims: number;
  appearances: number;
}

/** The JSON export: every stored record; what is derived (claims' words, appearances' claim
 *  counts, the per-article claims rows) is not exported. */
export interface MemoryExport {
  format: "sourcelight-memory";
  schemaVersion: number;
  exportedAt: string;
  people: PersonRecord[];
  articles: ArticleRecord[];
  appearances: AppearanceRecord[];
  claims: ClaimRecord[];
}

export interface ImportOptions {
  /** "merge" (default): imported articles replace local copies of the same URL, everything
   *  else is kept. "replace": the memory is emptied first. */
  mode?: "merge" | "replace";
}

export interface ImportOutcome {
  articles: number;
  claims: number;
  people: number;
}

export interface OpenMemoryOptions {
  /** Database name (default "srcl-memory"). */
  name?: string;
  /** IndexedDB factory and key range class (fake-indexeddb in Node tests/benches). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export interface Memory {
  recordArticle(input: ArticleRecordInput): Promise<StoreResult<RecordOutcome>>;
  /** Resolve a page person (or a key from `personKey`) to a stored person key, or null. */
  resolvePerson(ref: string | PersonRef): Promise<StoreResult<string | null>>;
  getPerson(ref: string | PersonRef): Promise<StoreResult<PersonRecord | null>>;
  /** The person's claims in other articles, newest first, paged. */
  saidElsewhere(ref: string | PersonRef, options?: SaidElsewhereOptions): Promise<StoreResult<ClaimPage>>;
  /** Claims containing every query word (speaker names and source labels are searchable too),
   *  newest first; with `prefix`, the last word also matches as a prefix. */
  search(query: string, options?: SearchOptions): Promise<StoreResult<ClaimView[]>>;
  personCounts(personKeys: string[], currentUrl: string | null): Promise<StoreResult<PersonCount[]>>;
  /** Most recently seen articles first. */
  recentArticles(limit?: number): Promise<StoreResult<ArticleSummary[]>>;
  deleteArticle(url: string): Promise<StoreResult<DeleteOutcome>>;
  /** Every article of one origin ("https://example.com"); a bare host deletes its http and https origins. */
  deleteSite(origin: string): Promise<StoreResult<DeleteOutcome>>;
  deleteAll(): Promise<StoreResult<DeleteOutcome>>;
  applyRetention(policy: RetentionPolicy): Promise<StoreResult<DeleteOutcome>>;
  exportJson(): Promise<StoreResult<MemoryExport>>;
  importJson(data: unknown, options?: ImportOptions): Promise<StoreResult<ImportOutcome>>;
  /** Claims as CSV (RFC 4180, CRLF, formula-injection guarded). */
  exportCsv(): Promise<StoreResult<string>>;
  estimateUsage(): Promise<StoreResult<UsageEstimate>>;
  close(): void;
}
