/**
 * What the opt-in sources answered, kept in browser.storage.local (one key per person or claim,
 * under two prefixes): it is what lets a person be looked up at most once a day, what the card
 * shows in the meantime, what the options page counts and deletes, and what an export carries.
 *
 * Records are plain JSON and checked when read (a record from an older version, or edited, is a
 * miss, never a failure). Each keeps the last good answer apart from the last attempt, so a
 * failed refresh (quota, offline) still shows what was found before, up to `MAX_AGE_MS`.
 */
import type { FactCheckItem, SourcedQuote, SourceProblem } from "../../shared/types.ts";
import { prefixed } from "../../shared/prefix.ts";

export const FACT_CHECK_PREFIX = `${prefixed("fc")}:`;
export const QUOTES_PREFIX = `${prefixed("wq")}:`;
export const SOURCE_PREFIXES = [FACT_CHECK_PREFIX, QUOTES_PREFIX] as const;

/** Nothing older than this is shown or kept (30 days). */
export const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** Records kept per prefix; the oldest go first beyond it. */
export const MAX_RECORDS = 400;

export interface FactCheckRecord {
  kind: "fact-check";
  /** What was searched: a person's name, or a claim's words. */
  query: string;
  /** When the last request was made (ms). */
  attemptAt: number;
  /** Short fingerprint of the key the last attempt used (a new key may retry a refused one). */
  keyStamp: string;
  problem: SourceProblem | null;
  good: { at: number; claims: FactCheckItem[]; hasMore: boolean } | null;
}

export interface QuotesRecord {
  kind: "quotes";
  /** The person's Wikidata item. */
  qid: string;
  attemptAt: number;
  problem: SourceProblem | null;
  /** The Wikiquote page read (null: the item has no English Wikiquote page). */
  good: { at: number; title: string | null; quotes: SourcedQuote[] } | null;
}

export type SourceRecord = FactCheckRecord | QuotesRecord;

/** The part of browser.storage.local this needs. */
export interface RecordArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function isRecord(v: unknown): v is SourceRecord {
  if (!isObj(v) || typeof v.attemptAt !== "number" || !(v.problem === null || typeof v.problem === "string")) return false;
  if (v.good !== null && !(isObj(v.good) && typeof v.good.at === "number")) return false;
  if (v.kind === "fact-check") return typeof v.query === "string" && typeof v.keyStamp === "string" && (v.good === null || Array.isArray((v.good as Record<string, unknown>).claims));
  if (v.kind === "quotes") return typeof v.qid === "string" && (v.good === null || Array.isArray((v.good as Record<string, unknown>).quotes));
  return false;
}

export interface RecordStore {
  read<K extends SourceRecord["kind"]>(key: string, kind: K): Promise<Extract<SourceRecord, { kind: K }> | null>;
  write(key: string, record: SourceRecord): Promise<void>;
  /** Every record, by storage key (for the count, the export and the clean-up). */
  all(): Promise<Map<string, SourceRecord>>;
  /** Deletes every record; answers how many there were. */
  clear(): Promise<number>;
}

export function recordStore(area: RecordArea, now: () => number = Date.now): RecordStore {
  const all = async (): Promise<Map<string, SourceRecord>> => {
    const out = new Map<string, SourceRecord>();
    let got: Record<string, unknown> = {};
    try {
      got = await area.get(null);
    } catch {
      return out;
    }
    for (const [key, value] of Object.entries(got)) if (SOURCE_PREFIXES.some((p) => key.startsWith(p)) && isRecord(value)) out.set(key, value);
    return out;
  };

  /** Drops records past MAX_AGE_MS and, per prefix, the oldest beyond MAX_RECORDS. */
  const prune = async (): Promise<void> => {
    const records = [...(await all()).entries()];
    const drop: string[] = [];
    for (const prefix of SOURCE_PREFIXES) {
      const mine = records.filter(([k]) => k.startsWith(prefix)).sort((a, b) => b[1].attemptAt - a[1].attemptAt);
      mine.forEach(([k, r], i) => {
        if (i >= MAX_RECORDS || now() - r.attemptAt > MAX_AGE_MS) drop.push(k);
      });
    }
    if (drop.length) await area.remove(drop);
  };

  let writes = 0;
  return {
    async read(key, kind) {
      try {
        const v = (await area.get(key))[key];
        if (!isRecord(v) || v.kind !== kind) return null;
        return now() - v.attemptAt > MAX_AGE_MS ? null : (v as Extract<SourceRecord, { kind: typeof kind }>);
      } catch {
        return null;
      }
    },
    async write(key, record) {
      try {
        await area.set({ [key]: record });
        // A tidy-up now and then keeps the storage bounded without listing it on every write.
        if (++writes % 20 === 1) await prune();
      } catch {
        // Quota or a closed context: the answer is still shown, just not kept.
      }
    },
    all,
    async clear() {
      // Every key under the prefixes, readable or not: "delete" leaves nothing behind.
      const keys = Object.keys(await area.get(null)).filter((k) => SOURCE_PREFIXES.some((p) => k.startsWith(p)));
      if (keys.length) await area.remove(keys);
      return keys.length;
    },
  };
}
