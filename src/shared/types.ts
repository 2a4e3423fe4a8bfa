/**
 * Data that crosses contexts (content ↔ background ↔ popup/options). Plain JSON only.
 */
import type { QuoteKind } from "../extract/types.ts";

/** What the page says about itself (from <link rel=canonical>, og:, JSON-LD). */
export interface PageMeta {
  url: string;
  canonicalUrl: string;
  title: string;
  outlet: string | null;
  /** Publication date (ISO) when the page states a plausible one (content/page-meta.ts), else null. */
  publishedAt: string | null;
  /** Language of the page: as declared (<html lang>, metas) until the article is read, then the
   *  language its text is in (content/page-language.ts), when known. */
  lang: string | null;
  /** The article's makers as its byline and credit lines state them ("By Jane Roe", "Photo:
   *  Tom Poe / AFP"), when the article has been read. */
  makers?: string[];
}

/** A person found on the page, as the content script reports it. */
export interface PagePerson {
  id: string;
  name: string;
  isOfficial: boolean;
  role: string | null;
  represents: string | null;
  /** Number of highlighted name mentions. */
  mentionCount: number;
}

export interface PageClaim {
  id: string;
  kind: QuoteKind;
  text: string;
  speakerId: string | null;
  source: string | null;
  cue: string | null;
}

/** What the knowledge base (bundled, or Wikidata when opted in) says about a person. */
export interface KbFacts {
  id: string;
  name: string;
  position: string | null;
  organisation: string | null;
  country: string | null;
  party: string | null;
  since: string | null;
  isCurrent: boolean;
  source: string;
  asOf: string | null;
  /** The day these facts are for (YYYY-MM-DD): the article's publication date, or the day it was
   *  read when it states none. */
  on: string | null;
  /** True when `on` is the article's publication date. */
  onArticleDate: boolean;
}

/** One claim remembered from another article. */
export interface ElsewhereClaim {
  text: string;
  kind: QuoteKind;
  role: string | null;
  articleTitle: string;
  articleUrl: string;
  outlet: string | null;
  /** The other article's publication date (ISO), or null when it states none. */
  date: string | null;
  /** When the reader first read that article (ISO): shown as "read on …" when it has no date. */
  readOn: string | null;
}

export interface PersonContext {
  personId: string;
  kb: KbFacts | null;
  elsewhere: ElsewhereClaim[];
  elsewhereTotal: number;
}

/** What the background adds to a page analysis, fetched while the page is read (not on hover). */
export interface PageEnrichment {
  people: Record<string, PersonContext>;
  /** People the reader marked "not an official" or "not this person" before. */
  dismissed: Record<string, "not-official" | "not-this-person">;
  recorded: boolean;
  /** A quiet note for the reader (e.g. storage full), or null. */
  note: string | null;
}

/** "other-language": an article in a language the engine does not read (PageMeta.lang says which). */
export type PageStatus = "reading" | "article" | "not-article" | "other-language" | "off-global" | "off-site" | "no-access" | "error";

/** Highlights of a reading the page has hidden since the paint (content shown-watcher.ts). */
export interface HiddenHighlights {
  claimIds: string[];
  personIds: string[];
}

export interface PageState {
  tabId: number;
  status: PageStatus;
  meta: PageMeta | null;
  people: PagePerson[];
  claims: PageClaim[];
  enrichment: PageEnrichment | null;
  updatedAt: number;
}

export type FeedbackKind = "not-official" | "not-this-person";

export interface SearchHit {
  text: string;
  kind: QuoteKind;
  speaker: string;
  role: string | null;
  articleTitle: string;
  articleUrl: string;
  outlet: string | null;
  /** The article's publication date, or null when it states none. */
  date: string | null;
  /** When the reader first read the article (ISO). */
  readOn: string | null;
}

// ---------------------------------------------------------------- opt-in sources (issue 15)

/** Why an opt-in source gave no answer; each has one short sentence in the interface. */
export type SourceProblem =
  /** Fact-checks are on but no API key was entered. */
  | "no-key"
  /** The service refused the key (invalid, restricted to other APIs, or the API not enabled for it). */
  | "bad-key"
  /** The key's daily quota is used up. */
  | "quota"
  /** Too many requests in a short time. */
  | "rate-limited"
  /** No connection (offline, DNS, refused) or no answer in time. */
  | "offline"
  /** The service answered with an error of its own (5xx, unexpected status). */
  | "unavailable"
  /** The answer was not in the documented format. */
  | "malformed"
  /** The setting is on but the browser permission for the service's site was withdrawn. */
  | "no-permission";

/** One fact-checker's review of a claim (ClaimReview), as the publisher words it. */
export interface FactCheckReview {
  publisher: string;
  /** The publisher's site ("factcheck.example"), when given. */
  site: string | null;
  /** The review article (http(s) only; null when missing or not a web address). */
  url: string | null;
  /** Plain text (markup removed). */
  title: string | null;
  /** The rating in the publisher's words ("Mostly false", "Faux"). */
  rating: string | null;
  /** ISO date of the review. */
  date: string | null;
  /** Language of the review (BCP 47), when given. */
  language: string | null;
}

/** A fact-checked claim with its reviews, newest review first. */
export interface FactCheckItem {
  text: string;
  claimant: string | null;
  /** ISO date the claim was made, when given. */
  date: string | null;
  reviews: FactCheckReview[];
}

/** A quotation from a Wikiquote page, with its source line. */
export interface SourcedQuote {
  text: string;
  /** The source line as the page gives it (plain text). */
  source: string;
  /** The source's own link when the page gives one, else the quote's section on Wikiquote. */
  url: string;
  /** The year or date the page gives for it (ISO, possibly partial: "2019", "2019-03"), or null. */
  date: string | null;
}

/**
 * What an opt-in source answered for one question. `off`: the reader has not switched it on (no
 * request was made); `none`: it answered and found nothing; `no-match`: the person could not be
 * matched confidently (Wikiquote needs a Wikidata item), so nothing was asked about them.
 */
export type SourceAnswer<T> =
  | { status: "off" }
  | { status: "found"; items: T[]; fetchedAt: number; link: string | null }
  | { status: "none"; fetchedAt: number; link: string | null }
  | { status: "no-match" }
  | { status: "error"; problem: SourceProblem };

/** The card's two opt-in sections for one person. */
export interface PersonSources {
  factChecks: SourceAnswer<FactCheckItem>;
  quotes: SourceAnswer<SourcedQuote>;
}

/** What the options page shows about the opt-in sources. */
export interface SourceStatus {
  factCheck: boolean;
  wikiquote: boolean;
  hasFactCheckKey: boolean;
  /** The key's last four characters, so the reader can tell which key is saved. */
  factCheckKeyEnd: string | null;
  /** People (and claims) whose fact-checks or quotes are stored. */
  storedRecords: number;
}
