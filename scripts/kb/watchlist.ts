/**
 * Reads src/kb/data/watchlist.json (our own curated facts). Compact on disk: a position is a
 * tuple [title, kind, org, country, start, end]. Every entry must carry a source note and an as-of
 * date; the reader rejects entries without them so the rule cannot silently erode.
 */
import type { KbPosition, PositionKind } from "../../src/kb/types.ts";
import type { RawPerson } from "./raw.ts";

export const WATCHLIST_SRC = "watchlist";

export type WatchlistPosition = [title: string, kind: PositionKind, org: string | null, country: string | null, start: string | null, end: string | null];

export interface WatchlistEntry {
  id: string;
  cat: string;
  name: string;
  aka?: string[];
  short?: string[];
  given?: string[];
  country: string | null;
  party?: string | null;
  pos: WatchlistPosition[];
  src: string;
  asOf: string;
}

export interface Watchlist {
  _about: string;
  entries: WatchlistEntry[];
}

const KINDS = new Set<PositionKind>(["head-of-state", "head-of-government", "minister", "envoy", "adviser", "spokesperson", "ambassador", "legislator", "executive", "international", "movement", "other"]);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function validateWatchlist(w: Watchlist): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const e of w.entries) {
    const where = `${e.id} (${e.name})`;
    if (!/^(Q\d+|[a-z0-9-]+)$/.test(e.id)) errors.push(`${where}: id must be a QID or a slug`);
    if (ids.has(e.id)) errors.push(`${where}: duplicate id`);
    ids.add(e.id);
    if (!e.src || e.src.length < 8) errors.push(`${where}: missing source note`);
    if (!DATE.test(e.asOf ?? "")) errors.push(`${where}: missing as-of date`);
    if (e.pos.length === 0) errors.push(`${where}: no positions`);
    for (const p of e.pos) {
      if (!KINDS.has(p[1])) errors.push(`${where}: bad kind ${p[1]}`);
      if (p[4] !== null && !DATE.test(p[4])) errors.push(`${where}: bad start ${p[4]}`);
      if (p[5] !== null && !DATE.test(p[5])) errors.push(`${where}: bad end ${p[5]}`);
    }
    // Scripts written without spaces (Chinese, Japanese, Korean) may have one-word full names.
    for (const a of e.aka ?? []) if (!/\s/.test(a.trim()) && !/[-־]/.test(a) && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(a)) errors.push(`${where}: one-word alias "${a}" belongs in short`);
  }
  return errors;
}

export function readWatchlist(w: Watchlist): RawPerson[] {
  const errors = validateWatchlist(w);
  if (errors.length > 0) throw new Error(`watchlist.json:\n  ${errors.join("\n  ")}`);
  return w.entries.map((e) => ({
    key: e.id,
    name: e.name,
    aliases: e.aka ?? [],
    short: e.short ?? [],
    given: e.given ?? [e.name.split(/\s+/)[0]!],
    country: e.country,
    party: e.party ?? null,
    positions: e.pos.map(
      ([title, kind, org, country, start, end]): KbPosition => ({ title, kind, org, country, start, end, src: WATCHLIST_SRC, asOf: e.asOf }),
    ),
    qid: /^Q\d+$/.test(e.id) ? e.id : null,
    note: `${e.src} (as of ${e.asOf})`,
    curated: true,
  }));
}
