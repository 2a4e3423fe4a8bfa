import type { KbEntry } from "../../src/kb/types.ts";

/** A person as read from one source, before merging: a KbEntry's facts, without id and keys yet. */
export interface RawPerson extends Pick<KbEntry, "name" | "aliases" | "short" | "given" | "country" | "party" | "positions" | "note"> {
  /** Source-specific stable key (used for slugs when there is no QID). */
  key: string;
  qid: string | null;
  /** Watchlist entries win field conflicts when merged. */
  curated?: boolean;
}
