/**
 * A FIFO queue that starts at most one task per `intervalMs` (Wikimedia asks API clients to keep
 * request rates low; the fact-check API has per-minute quotas), one per source client. Only the *starts* are serialised: a slow request does not hold back the
 * next one beyond the interval, and a failing task never stalls the queue.
 */
export class RateLimiter {
  private tail: Promise<void> = Promise.resolve();
  private lastStart = -Infinity;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  schedule<T>(task: () => Promise<T>): Promise<T> {
    const started = this.tail.then(async () => {
      const wait = this.lastStart + this.intervalMs - this.now();
      if (wait > 0) await this.sleep(wait);
      this.lastStart = this.now();
    });
    this.tail = started;
    return started.then(task);
  }
}
