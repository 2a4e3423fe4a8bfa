/** Public types of the opt-in Wikidata client. */

export type WikidataErrorCode = "disabled" | "timeout" | "network" | "http" | "malformed" | "api";

export interface WikidataError {
  code: WikidataErrorCode;
  message: string;
  /** HTTP status for "http". */
  status?: number;
}

export type WikidataResult<T> = { ok: true; value: T } | { ok: false; error: WikidataError };

/** A dated statement resolved to a label ("Prime Minister of Israel", from 2022-12-29). */
export interface WikidataStatement {
  id: string;
  label: string;
  /** ISO date at the statement's precision ("2022-12-29", "2022-12", "2022"), or null. */
  start: string | null;
  end: string | null;
}

export interface WikidataPerson {
  id: string;
  label: string;
  description: string | null;
  aliases: string[];
  /** P39 position held, with P580/P582. */
  positions: WikidataStatement[];
  /** P102 member of political party. */
  parties: WikidataStatement[];
  /** P27 country of citizenship. */
  citizenship: WikidataStatement[];
  /** P108 employer. */
  employers: WikidataStatement[];
  /** Title of the person's page on English Wikiquote (the item's enwikiquote sitelink), or null. */
  wikiquote: string | null;
}

export interface WikidataHit {
  id: string;
  label: string;
  description: string | null;
}

/** Outcome of resolving a name: one human, several (the reader must not be shown a guess), or none. */
export type WikidataResolution =
  | { status: "found"; person: WikidataPerson; position: WikidataStatement | null; isCurrent: boolean }
  | { status: "ambiguous"; candidates: WikidataHit[] }
  | { status: "not-found" };
