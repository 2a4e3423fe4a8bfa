/**
 * After a paint: notices the page hiding (or showing again) what holds our highlights, and the
 * page taking the article away altogether.
 *
 * The reading skips hidden text and the paint checks each highlighted element (visibility.ts);
 * a page may still hide a block later: a script collapses a section or closes a tab, an error
 * handler replaces the body, a stylesheet that arrives with the load event hides a panel. What
 * hides an element from CSS's point of view is written on it or an ancestor — a class, an inline
 * style, `hidden`, `inert`, `aria-hidden` (pages pair it with a class), a closed <details> — or
 * is a removal of the element or an ancestor. So this watches exactly those:
 * - the attributes class, style, hidden, aria-hidden, inert and open of each painted element
 *   and its ancestors (each once; no subtree, so a change anywhere else makes no record at all);
 * - the children of each ancestor of the article root (a replaced body, a removed container;
 *   changes inside the root are the article watcher's, dom-watcher.ts);
 * - the load event once, when the paint came before it (late stylesheets).
 * Records are only noted in the observer callback; one check runs per animation frame (with a
 * timer fallback for background tabs), as in dom-watcher.ts, after the page's own writes of that
 * frame: the style it reads is the one the browser computes for that frame anyway.
 * Cost: one observer registration per painted element and per ancestor above it, made once per
 * paint (measured in Chromium on the bench:page articles: 25 elements, ~0.2 ms, at 1,000 words;
 * 434, ~3 ms, at 20,000 words with every paragraph painted); bench:page at 1,000 words with and
 * without this in the same rounds: no difference beyond the noise. A page that never touches
 * those attributes there costs nothing more; one that toggles a class on <body> while scrolling
 * costs one visibility read per painted element in those frames (~0.3 ms for 430 paragraphs),
 * on style the browser computes for that frame anyway. The page's own changes elsewhere make no
 * record at all.
 * What the check takes down is reported to the background (index.ts), so the popup follows.
 */
import type { ContentContext } from "./context.ts";

const DRAIN_FALLBACK_MS = 250;
/** The attributes that can hide an element (with the page's CSS): see the header. */
export const HIDING_ATTRIBUTES = ["class", "style", "hidden", "aria-hidden", "inert", "open"];

export interface ShownWatcher {
  stop(): void;
}

export interface ShownWatch {
  /** The article's container: taken out of the document, the reading is over (onGone). */
  root: Element;
  /** The page's elements that hold a highlight. */
  elements: readonly Element[];
  /** Something that may hide or show them changed: check them (once per frame at most). */
  onCheck: () => void;
  /** The root left the document (called once; the watcher stops). */
  onGone: () => void;
}

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName.startsWith("srcl-");
}

/** Whether a child-list record is only about our own elements (the card's host, a wrapper). */
function isOnlyOurs(r: MutationRecord): boolean {
  for (const n of Array.from(r.addedNodes)) if (!isOurs(n)) return false;
  for (const n of Array.from(r.removedNodes)) if (!isOurs(n)) return false;
  return true;
}

export function watchShown(ctx: ContentContext, { root, elements, onCheck, onGone }: ShownWatch): ShownWatcher {
  let isStopped = false;
  let scheduled = false;
  let needsCheck = false;
  // Two observers: one for the attributes of what is painted and its ancestors, one for the
  // children of the root's ancestors (one target's options replace its earlier ones).
  const observer = new MutationObserver((records) => onRecords(records));
  const parents = new MutationObserver((records) => onRecords(records));
  const stop = () => {
    isStopped = true;
    observer.disconnect();
    parents.disconnect();
  };
  ctx.onAbort(stop);
  const drain = () => {
    scheduled = false;
    if (isStopped) return;
    if (!root.isConnected) {
      stop();
      onGone();
      return;
    }
    if (!needsCheck) return;
    needsCheck = false;
    onCheck();
  };
  // Plain timers, guarded (ctx's own register a cleanup each: a page that toggles a class on
  // every frame would grow that list); stop() is registered with ctx once.
  const schedule = () => {
    if (scheduled || isStopped) return;
    scheduled = true;
    window.requestAnimationFrame(() => scheduled && ctx.isValid && drain());
    window.setTimeout(() => scheduled && ctx.isValid && drain(), DRAIN_FALLBACK_MS);
  };
  const onRecords = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === "attributes") needsCheck = true;
      else if (!isOnlyOurs(r)) needsCheck = true;
    }
    if (needsCheck) schedule();
  };
  if (!root.isConnected) {
    stop();
    ctx.setTimeout(onGone, 0);
    return { stop };
  }
  // Each painted element and its ancestors, each once: paragraphs share theirs, so the walk stops
  // at the first ancestor already taken.
  const watched = new Set<Element>();
  const attributes: MutationObserverInit = { attributes: true, attributeFilter: HIDING_ATTRIBUTES };
  for (const el of elements) {
    for (let e: Element | null = el; e && !watched.has(e); e = e.parentElement) {
      watched.add(e);
      observer.observe(e, attributes);
    }
  }
  // The root's ancestors lose it when a child of theirs is removed (the root or the box around it).
  for (let e: Element | null = root.parentElement; e; e = e.parentElement) parents.observe(e, { childList: true });
  if (document.readyState !== "complete") {
    ctx.addEventListener(window, "load", () => {
      needsCheck = true;
      schedule();
    }, { once: true });
  }
  return { stop };
}
