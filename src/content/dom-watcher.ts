/**
 * Batched, self-aware DOM watching (uBO's domWatcher, Dark Reader's huge-mutation rescan):
 * mutation records are only counted in the observer callback and drained once per animation
 * frame (with a timer fallback for background tabs); our own writes are made with the observer
 * off (`unobserved`: they create no records at all, the page's pending ones are kept) and any of
 * our nodes a record still names is skipped by tag here; changes that add no text are ignored.
 * The consumer gets one "the article changed" call per quiet period, and re-reads then.
 */
import type { ContentContext } from "./context.ts";

const DRAIN_FALLBACK_MS = 250;
/** Wait for the page to settle (live blogs often append a post in several steps). */
const QUIET_MS = 600;
/** Added text shorter than this (counters, timestamps ticking) does not trigger a re-read. */
const MIN_ADDED_CHARS = 40;

export interface DomWatcher {
  /** Runs our own DOM writes while the observer is off; the page's pending records are kept. */
  unobserved<T>(write: () => T): T;
  /**
   * How many changes the page has made under the target so far (delivered or not): equal counts
   * mean it did not touch it in between. NaN once stopped (nothing is known any more).
   */
  changes(): number;
  stop(): void;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, characterDataOldValue: true };

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && el.localName.startsWith("srcl-");
}

function addedText(records: MutationRecord[]): number {
  let chars = 0;
  for (const r of records) {
    if (r.type === "characterData") {
      if (!isOurs(r.target)) chars += Math.abs((r.target.textContent?.length ?? 0) - (r.oldValue?.length ?? 0)) + 1;
      continue;
    }
    for (const n of Array.from(r.addedNodes)) {
      if (isOurs(n)) continue;
      if (n.nodeType === 1 || n.nodeType === 3) chars += n.textContent?.trim().length ?? 0;
    }
    for (const n of Array.from(r.removedNodes)) {
      if (!isOurs(n)) chars += n.textContent?.trim().length ?? 0;
    }
  }
  return chars;
}

export function watchArticle(ctx: ContentContext, target: Node, onChange: () => void): DomWatcher {
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let quietTimer = 0;
  const drain = () => {
    scheduled = false;
    const records = pending;
    pending = [];
    if (addedText(records) < MIN_ADDED_CHARS) return;
    window.clearTimeout(quietTimer);
    quietTimer = ctx.setTimeout(onChange, QUIET_MS);
  };
  let seen = 0;
  const onRecords = (records: MutationRecord[]) => {
    seen += records.length;
    for (const r of records) pending.push(r);
    if (scheduled) return;
    scheduled = true;
    ctx.requestAnimationFrame(drain);
    ctx.setTimeout(() => scheduled && drain(), DRAIN_FALLBACK_MS);
  };
  const observer = new MutationObserver(onRecords);
  let isStopped = false;
  ctx.observe(observer, target, OBSERVED);
  return {
    unobserved(write) {
      const waiting = observer.takeRecords();
      if (waiting.length > 0) onRecords(waiting);
      observer.disconnect();
      try {
        return write();
      } finally {
        if (!isStopped && ctx.isValid) observer.observe(target, OBSERVED);
      }
    },
    changes() {
      if (isStopped || !ctx.isValid) return NaN;
      const waiting = observer.takeRecords();
      if (waiting.length > 0) onRecords(waiting);
      return seen;
    },
    stop: () => {
      isStopped = true;
      observer.disconnect();
    },
  };
}
