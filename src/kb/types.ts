/**
 * Public types of the knowledge base of officials. Other layers import this file (types only);
 * the data itself is src/kb/data/officials.json, produced by `npm run kb:build`.
 */

/** What kind of office a position is; drives prominence and the category counts. */
export type PositionKind =
  | "head-of-state"
  | "head-of-government"
  | "minister"
  | "envoy"
  | "adviser"
  | "spokesperson"
  | "ambassador"
  | "legislator"
  | "executive"
  | "international"
  | "movement"
  | "other";

/** One office held, as stored in officials.json. Dates are ISO, possibly partial ("2013", "2025-06"). */
export interface KbPosition {
  /** Title of the office ("Prime Minister", "US Ambassador to France"). */
  title: string;
  kind: PositionKind;
  /** Body the office belongs to ("Government of Israel", "World Health Organization"), or null. */
  org: string | null;
  /** Country the office acts for (Factbook short name), or null for international bodies. */
  country: string | null;
  start: string | null;
  /** null = open-ended (still held as of the source's as-of date). */
  end: string | null;
  /** Party at the time, when the source says. */
  party?: string | null;
  /** Source id (see KbSource.id). */
  src: string;
  /** As-of date of the fact (watchlist entries carry their own). */
  asOf: string;
  /** Secondary offices (e.g. a monarch's other realms) sort after primary ones. */
  secondary?: boolean;
}

/** One person as stored in officials.json. */
export interface KbEntry {
  /** Wikidata QID when known, else a stable slug ("fb:is:hog:netanyahu", "wl:majed-al-ansari"). */
  id: string;
  name: string;
  /** Other spellings, native-script names, nicknames. Full names: never bare surnames. */
  aliases: string[];
  /** Names that identify the person only with supporting context (surnames, "Al Thani", "Bibi"). */
  short: string[];
  /** Given names (for first-name checks: "Charles Kushner" is not "Jared Kushner"). */
  given: string[];
  country: string | null;
  party: string | null;
  positions: KbPosition[];
  /** Free-text note on where the facts come from (watchlist entries). */
  note?: string;
  /**
   * Lookup keys precomputed by kb:build from name/aliases/short with src/kb/normalize.ts:
   * [full forms, loose full forms, short keys, loose short keys]. Saves the service worker most of
   * the index-building time each time it wakes; entries without it get their keys computed at load.
   */
  k?: [string[], string[], string[], string[]];
}

export interface KbSource {
  id: string;
  title: string;
  licence: string;
  asOf: string;
  url: string;
}

/** The JSON file shape. */
export interface KbData {
  version: 1;
  sources: KbSource[];
  /** Country name → words that refer to it in text (names, demonyms, capitals, native script). */
  countries: Record<string, string[]>;
  entries: KbEntry[];
}

/** A loaded, indexed knowledge base (opaque to callers; build with loadKnowledgeBase). */
export interface KnowledgeBase {
  readonly data: KbData;
  /** folded full name → entry indexes */
  readonly full: ReadonlyMap<string, readonly number[]>;
  /** loose full-name key → entry indexes */
  readonly fullLoose: ReadonlyMap<string, readonly number[]>;
  /** folded short name (surname etc.) → entry indexes */
  readonly short: ReadonlyMap<string, readonly number[]>;
  readonly shortLoose: ReadonlyMap<string, readonly number[]>;
  /** country name → folded words */
  readonly countryWords: ReadonlyMap<string, readonly string[]>;
  /** per entry (same index): its folded full-name forms, for "full name elsewhere in the article" */
  readonly forms: readonly (readonly string[])[];
  /** per entry: every country it is tied to (its own and its offices') */
  readonly entryCountries: readonly (readonly string[])[];
  /** per entry, per position (same order): role families of that office (see roles.ts); filled
   *  lazily on first lookup of the entry, since most entries are never looked at. */
  readonly positionFamilies: Array<string[][] | undefined>;
  /** folded country word (1–4 tokens) → countries it names */
  readonly countryByWord: ReadonlyMap<string, readonly string[]>;
}

/** What the hover card shows for a linked person. */
export interface KbLink {
  /** KbEntry.id (QID or slug). */
  id: string;
  /** Canonical name from the KB. */
  name: string;
  /** Office held on the date, else the most recent one before it (then isCurrent=false); null when
   *  every known office starts after the date. */
  position: string | null;
  organisation: string | null;
  country: string | null;
  party: string | null;
  since: string | null;
  /** End of the shown office when it had ended by the date. */
  until: string | null;
  /** Ready-to-show label: "Prime Minister of Israel" or "former Prime Minister of Israel". */
  label: string | null;
  kind: PositionKind | null;
  /** Source title of the shown office (or of the entry). */
  source: string;
  asOf: string;
  isCurrent: boolean;
}

/** Result of lookupName: candidates ranked, with why. */
export interface KbCandidate {
  entry: KbEntry;
  index: number;
  /** "full" = a full name/alias matched; "short" = only a surname-like key matched. */
  match: "full" | "short";
  score: number;
}
