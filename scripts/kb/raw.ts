import type { KbPosition } from "../../src/kb/types.ts";

/** A person as read from one source, before merging. */
export interface RawPerson {
  /** Source-specific stable key (used for slugs when there is no QID). */
  key: string;
  name: string;
  aliases: string[];
  short: string[];
  given: string[];
  country: string | null;
  party: string | null;
  positions: KbPosition[];
  qid: string | null;
  note?: string;
  /** Watchlist entries win field conflicts when merged. */
  curated?: boolean;
}
