/**
 * The cache the Wikidata client writes through. Deliberately tiny so the background can back it
 * with browser.storage.local (values must be JSON-serialisable) and tests with memory.
 */
export interface WikidataCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

/** In-memory cache with expiry; `now` is injectable so tests can move time. */
export class MemoryCache implements WikidataCache {
  private readonly items = new Map<string, { value: unknown; expires: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): Promise<unknown> {
    const hit = this.items.get(key);
    if (!hit) return Promise.resolve(undefined);
    if (hit.expires <= this.now()) {
      this.items.delete(key);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(hit.value);
  }

  set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.items.set(key, { value, expires: this.now() + ttlMs });
    return Promise.resolve();
  }

  get size(): number {
    return this.items.size;
  }
}
