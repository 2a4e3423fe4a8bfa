/**
 * A WikidataCache over a browser.storage-like area, without importing browser APIs: the caller
 * passes the area (browser.storage.local in the extension). Entries carry their expiry and are
 * removed when read after it. Keys are prefixed so they never clash with other stored data.
 */
import type { WikidataCache } from "./cache.ts";

/** The part of browser.storage.StorageArea this needs. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const STORAGE_PREFIX = "srcl-wd:";

export function storageCache(area: StorageAreaLike, now: () => number = Date.now): WikidataCache {
  return {
    async get(key) {
      const k = STORAGE_PREFIX + key;
      try {
        const got = (await area.get(k))[k] as { v?: unknown; exp?: unknown } | undefined;
        if (!got || typeof got.exp !== "number") return undefined;
        if (got.exp <= now()) {
          await area.remove(k);
          return undefined;
        }
        return got.v;
      } catch {
        return undefined; // a broken cache is a miss, never a failure
      }
    },
    async set(key, value, ttlMs) {
      try {
        await area.set({ [STORAGE_PREFIX + key]: { v: value, exp: now() + ttlMs } });
      } catch {
        // Quota or a closed context: the answer is still returned to the caller, just not kept.
      }
    },
  };
}
