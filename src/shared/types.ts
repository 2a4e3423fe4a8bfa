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
