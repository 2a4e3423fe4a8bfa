/**
 * The one module that paints on the page, and removes what it painted.
 *
 * Method (a hybrid, chosen by what readers need and by measurement):
 * - The FIRST MENTION of each official is wrapped in a light inline custom element <srcl-name>:
 *   a name must take keyboard focus and carry an accessible name (role=button,
 *   aria-haspopup=dialog, the role as aria-description), which a CSS Custom Highlight range
 *   cannot. The element is inline, unknown to the page's CSS (prefixed tag), painted only with
 *   background and text-decoration (no box change → no layout shift), and holds exactly the page's
 *   own text node, so the textContent of every ancestor stays identical.
 * - REPEATED MENTIONS and CLAIMS are painted with the CSS Custom Highlight API
 *   (`::highlight(srcl-name)`, `::highlight(srcl-claim)`): no nodes at all, so nothing for a
 *   hydrating framework to trip over and nothing to undo but registry entries. The card opens on
 *   them by caret hit-testing (hover.ts). Measured on a generated 20,000-word page in Chromium:
 *   wrapping every mention (~560 elements) dirtied every paragraph and added a full relayout of
 *   ~130 ms against ~48 ms for the page alone; with ranges for repeats only ~20 elements are added.
 *   Verified from Firefox content scripts too (e2e, firefox-esr 153): `new Highlight()` and
 *   `CSS.highlights` work from the isolated world without wrappedJSObject.
 * - Without the Highlight API (older browsers) every mention and claim is wrapped instead
 *   (<srcl-name>, <srcl-claim>).
 * Removal restores the page's text nodes exactly: every split is merged back when the pieces are
 * still where we left them. A highlight whose element the page hides after the paint (a collapsed
 * section, a closed tab, a block its script takes away) is taken down and comes back when the
 * element shows again (showOnly, driven by shown-watcher.ts): its range leaves the registry, its
 * name element gives the page's text node back (the split pieces stay until clear()). Offsets always come from one text index taken before any write;
 * later boundaries are translated through the splits we made, and live ranges are created only
 * after all writes (a live range is updated on every split: quadratic on long pages).
 * Figures: npm run bench:page (README, "Performance").
 */
import type { Span } from "../extract/types.ts";
import { prefixed } from "../shared/prefix.ts";
import { piecesFor, verifyPieces, type NodePiece } from "./anchor.ts";
import { isShownNow } from "./visibility.ts";
import type { TextIndex } from "./text-index.ts";

export const NAME_TAG = prefixed("name");
export const CLAIM_TAG = prefixed("claim");
export const CLAIM_HIGHLIGHT = prefixed("claim");
export const CLAIM_FOCUS_HIGHLIGHT = prefixed("claim-focus");
/** Repeated mentions of a name (all but the first) when the Highlight API is there. */
export const NAME_HIGHLIGHT = prefixed("name");
export const PERSON_ATTR = "data-srcl-person";
export const CLAIM_ATTR = "data-srcl-claim";

export interface NameSpan extends Span {
  personId: string;
  /** What a screen reader announces besides the name (the role), or null. */
  description: string | null;
  isFirst: boolean;
}

export interface ClaimSpan extends Span {
  claimId: string;
  speakerId: string | null;
}

interface Wrap {
  wrapper: HTMLElement;
  /** The piece of the page's text the wrapper holds (it stays in the page while taken down). */
  inner: Text;
  /** The text node we split from, and the node after the wrapped piece (to merge back). */
  head: Text | null;
  tail: Text | null;
  /** Taken down: the page hides its element, the inner text is back in the page unwrapped. */
  isDown: boolean;
}

export interface PaintedClaim {
  claimId: string;
  speakerId: string | null;
  range: Range;
}

export interface PaintedName {
  personId: string;
  range: Range;
}

/** Paints and unpaints one article. Create one per reading; call clear() when it ends. */
export class Highlighter {
  #wraps: Wrap[] = [];
  /** What is painted and shows (the page has not hidden its element since): */
  #claims: PaintedClaim[] = [];
  #names: PaintedName[] = [];
  /** …and everything painted, shown or taken down (showOnly). */
  #allClaims: PaintedClaim[] = [];
  #allNames: PaintedName[] = [];
  /** Repeated name mentions planned for the Highlight API, painted with the claims. */
  #namePlans: { name: NameSpan; first: NodePiece; last: NodePiece }[] = [];
  #usesHighlightApi = false;
  /** Text nodes we split, by the page's original node: each piece with its offset in the original. */
  #splits = new Map<Text, { node: Text; start: number }[]>();
  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  get claims(): readonly PaintedClaim[] {
    return this.#claims;
  }

  /** Repeated name mentions painted as highlight ranges (no element), for hit-testing. */
  get nameRanges(): readonly PaintedName[] {
    return this.#names;
  }

  get nameElements(): HTMLElement[] {
    return this.#wraps.map((w) => w.wrapper).filter((w) => w.localName === NAME_TAG && w.isConnected);
  }

  /**
   * The page's elements that hold a highlight (shown or taken down), each once: the ones to watch
   * for the page hiding them. An element of ours is never one (ownerOf).
   */
  paintedElements(): Element[] {
    const out = new Set<Element>();
    for (const w of this.#wraps) {
      const el = ownerOf(w.inner);
      if (el) out.add(el);
    }
    for (const { range } of [...this.#allNames, ...this.#allClaims]) {
      const el = ownerOf(range.startContainer);
      if (el) out.add(el);
    }
    return [...out];
  }

  /**
   * Shows the highlights whose element `isShown` says shows, and takes down the others (each
   * highlight is judged by the element its first character is in, as when painting). Returns
   * whether anything changed. Our DOM writes (unwrapping and rewrapping names) are the caller's
   * to make unobserved.
   */
  showOnly(isShown: (el: Element) => boolean): boolean {
    const seen = new Map<Element, boolean>();
    const shows = (node: Node) => {
      const el = ownerOf(node);
      if (!el) return false;
      let shown = seen.get(el);
      if (shown === undefined) seen.set(el, (shown = el.isConnected && isShown(el)));
      return shown;
    };
    let changed = false;
    // Wraps can nest (a claim's piece wrapped inside a name's element, without the Highlight API):
    // taken down in the reverse order of wrapping, brought back in that order, as clear() does.
    const ups = this.#wraps.map((w) => shows(w.inner));
    for (let i = this.#wraps.length - 1; i >= 0; i--) {
      const w = this.#wraps[i]!;
      const parent = w.wrapper.parentNode;
      if (ups[i] || w.isDown || !parent) continue;
      this.#keepingRanges(w.inner, () => {
        while (w.wrapper.firstChild) parent.insertBefore(w.wrapper.firstChild, w.wrapper);
        w.wrapper.remove();
      });
      w.isDown = changed = true;
    }
    this.#wraps.forEach((w, i) => {
      const parent = w.inner.parentNode;
      if (!ups[i] || !w.isDown || !parent) return;
      this.#keepingRanges(w.inner, () => {
        parent.insertBefore(w.wrapper, w.inner);
        w.wrapper.appendChild(w.inner);
      });
      w.isDown = false;
      changed = true;
    });
    const names = this.#allNames.filter((n) => shows(n.range.startContainer));
    const claims = this.#allClaims.filter((c) => shows(c.range.startContainer));
    if (names.length !== this.#names.length || names.some((n, i) => n !== this.#names[i])) {
      changed = true;
      this.#names = names;
      if (this.#usesHighlightApi) this.#setOrDelete(NAME_HIGHLIGHT, names.map((n) => n.range));
    }
    if (claims.length !== this.#claims.length || claims.some((c, i) => c !== this.#claims[i])) {
      changed = true;
      this.#claims = claims;
      if (this.#usesHighlightApi) {
        this.#setOrDelete(CLAIM_HIGHLIGHT, claims.map((c) => c.range));
        this.#registry()?.delete(CLAIM_FOCUS_HIGHLIGHT);
      }
    }
    return changed;
  }

  /**
   * What showOnly has taken down: the claims, and the people none of whose painted mentions
   * shows any more (the popup leaves both out).
   */
  takenDown(): { claimIds: string[]; personIds: string[] } {
    const shownClaims = new Set(this.#claims);
    const claimIds = this.#allClaims.filter((c) => !shownClaims.has(c)).map((c) => c.claimId);
    const painted = new Set<string>();
    const shown = new Set<string>();
    for (const w of this.#wraps) {
      const person = w.wrapper.getAttribute(PERSON_ATTR);
      if (!person) continue;
      painted.add(person);
      if (!w.isDown) shown.add(person);
    }
    for (const n of this.#allNames) painted.add(n.personId);
    for (const n of this.#names) shown.add(n.personId);
    return { claimIds: [...new Set(claimIds)], personIds: [...painted].filter((p) => !shown.has(p)) };
  }

  /** Moves a text node (`move`) without collapsing the ranges that start or end in it. */
  #keepingRanges(node: Text, move: () => void): void {
    const kept: { range: Range; start: number | null; end: number | null }[] = [];
    for (const { range } of [...this.#allNames, ...this.#allClaims]) {
      const start = range.startContainer === node ? range.startOffset : null;
      const end = range.endContainer === node ? range.endOffset : null;
      if (start !== null || end !== null) kept.push({ range, start, end });
    }
    move();
    for (const { range, start, end } of kept) {
      if (start !== null) range.setStart(node, start);
      if (end !== null) range.setEnd(node, end);
    }
  }

  #setOrDelete(name: string, ranges: Range[]): void {
    if (ranges.length > 0) this.#setHighlight(name, ranges);
    else this.#registry()?.delete(name);
  }

  get usesHighlightApi(): boolean {
    return this.#usesHighlightApi;
  }

  /**
   * Plans the name wraps against an index of the page as it is: one job list per text node,
   * right to left, so each wrap leaves the offsets still to do valid. Run the jobs with
   * paintNameJobs (all at once or in slices).
   */
  planNames(index: TextIndex, names: NameSpan[], verify = true): NameJob[] {
    const byNode = new Map<Text, NameJob>();
    const shown = this.#shownCheck();
    // With the Highlight API, only each person's first mention becomes an element (the one that
    // takes focus and carries the accessible name); repeats are painted as ranges with the claims.
    // On a long page that is ~20 wraps instead of hundreds: hundreds of inline elements dirty every
    // paragraph and cost a full relayout (a long task) on a 20,000-word page.
    const repeatsAsRanges = this.#hasHighlightApi();
    this.#namePlans = [];
    for (const name of names) {
      const pieces = piecesFor(index, name);
      if (pieces.length === 0 || (verify && !verifyPieces(index, name, pieces)) || !shown(pieces[0]!.node)) continue;
      if (repeatsAsRanges && !name.isFirst) {
        this.#namePlans.push({ name, first: pieces[0]!, last: pieces[pieces.length - 1]! });
        continue;
      }
      pieces.forEach((piece, i) => {
        let job = byNode.get(piece.node);
        if (!job) byNode.set(piece.node, (job = { node: piece.node, spans: [] }));
        job.spans.push({ start: piece.start, end: piece.end, name, isFirstPiece: i === 0 });
      });
    }
    for (const job of byNode.values()) job.spans.sort((a, b) => b.start - a.start);
    return [...byNode.values()];
  }

  /** Whether a text node's element shows now (isShownNow), asked once per element per plan. */
  #shownCheck(): (node: Text) => boolean {
    const seen = new Map<Element, boolean>();
    return (node) => {
      const el = node.parentElement;
      if (!el) return false;
      let shown = seen.get(el);
      if (shown === undefined) seen.set(el, (shown = isShownNow(el)));
      return shown;
    };
  }

  /** Wraps the planned names of some text nodes; returns how many names it painted. */
  paintNameJobs(jobs: NameJob[]): number {
    let painted = 0;
    for (const { node, spans } of jobs) {
      const length = node.data.length;
      let limit = length;
      for (const { start, end, name, isFirstPiece } of spans) {
        // Skip overlapping or stale spans (the page changed since the plan).
        if (!node.parentNode || end > limit || start >= end) continue;
        limit = start;
        const wrapper = this.#doc.createElement(NAME_TAG);
        wrapper.setAttribute(PERSON_ATTR, name.personId);
        if (isFirstPiece) {
          wrapper.setAttribute("role", "button");
          wrapper.setAttribute("tabindex", name.isFirst ? "0" : "-1");
          wrapper.setAttribute("aria-haspopup", "dialog");
          wrapper.setAttribute("aria-expanded", "false");
          if (name.description) wrapper.setAttribute("aria-description", name.description);
          painted++;
        }
        this.#wrap(node, start, end, wrapper);
      }
    }
    return painted;
  }

  /**
   * Anchors and verifies claims on the page as it is now: call before painting names. Both plans
   * check each span's live text against the index (`verify`); a caller that knows the page has
   * not changed since the index was taken may skip that.
   */
  planClaims(index: TextIndex, claims: ClaimSpan[], verify = true): ClaimPlan[] {
    const plans: ClaimPlan[] = [];
    const shown = this.#shownCheck();
    for (const claim of claims) {
      const pieces = piecesFor(index, claim);
      if (pieces.length === 0 || (verify && !verifyPieces(index, claim, pieces)) || !shown(pieces[0]!.node)) continue;
      plans.push({ claim, first: pieces[0]!, last: pieces[pieces.length - 1]! });
    }
    return plans;
  }

  /**
   * Paints planned claims after the names: their boundaries are translated through the splits
   * our name wraps made (no second read of the page), and the ranges are created after all DOM
   * writes (live ranges would otherwise be updated on every split: quadratic on long pages).
   */
  paintClaims(plans: ClaimPlan[]): number {
    this.#names = [];
    for (const { name, first, last } of this.#namePlans) {
      const range = this.#rangeOf(first, last);
      if (range) this.#names.push({ personId: name.personId, range });
    }
    this.#namePlans = [];
    if (this.#names.length > 0 && !this.#setHighlight(NAME_HIGHLIGHT, this.#names.map((n) => n.range))) this.#names = [];
    this.#allNames = this.#names;
    const painted: PaintedClaim[] = [];
    for (const { claim, first, last } of plans) {
      const range = this.#rangeOf(first, last);
      if (range) painted.push({ claimId: claim.claimId, speakerId: claim.speakerId, range });
    }
    this.#claims = painted;
    this.#allClaims = painted;
    if (painted.length === 0) return 0;
    if (this.#setHighlight(CLAIM_HIGHLIGHT, painted.map((r) => r.range))) return painted.length;
    // Fallback: wrap claims in <srcl-claim>. All pieces are measured first, then wrapped per text
    // node from right to left (overlapping pieces, e.g. a quoted fragment inside a claim, are
    // skipped), so no wrap invalidates another's offsets.
    const byNode = new Map<Text, { start: number; end: number; claimId: string }[]>();
    for (const { claimId, range } of painted) {
      for (const piece of textPiecesOf(range)) {
        const list = byNode.get(piece.node) ?? [];
        list.push({ start: piece.start, end: piece.end, claimId });
        byNode.set(piece.node, list);
      }
    }
    for (const [node, pieces] of byNode) {
      let limit = node.data.length;
      for (const piece of pieces.sort((a, b) => b.start - a.start)) {
        if (piece.end > limit) continue;
        limit = piece.start;
        const wrapper = this.#doc.createElement(CLAIM_TAG);
        wrapper.setAttribute(CLAIM_ATTR, piece.claimId);
        this.#wrap(node, piece.start, piece.end, wrapper);
      }
    }
    return painted.length;
  }

  /** Emphasises one claim (the card's "this claim") or none. */
  focusClaim(claimId: string | null): void {
    const registry = this.#registry();
    if (!registry || !this.#usesHighlightApi) return;
    registry.delete(CLAIM_FOCUS_HIGHLIGHT);
    const claim = claimId ? this.#claims.find((c) => c.claimId === claimId) : undefined;
    if (claim) registry.set(CLAIM_FOCUS_HIGHLIGHT, new Highlight(claim.range));
  }

  /** Removes every highlight and restores the page's text nodes. */
  clear(): void {
    const registry = this.#registry();
    if (registry && this.#usesHighlightApi) {
      registry.delete(CLAIM_HIGHLIGHT);
      registry.delete(CLAIM_FOCUS_HIGHLIGHT);
      registry.delete(NAME_HIGHLIGHT);
    }
    this.#claims = [];
    this.#names = [];
    this.#allClaims = [];
    this.#allNames = [];
    this.#namePlans = [];
    this.#usesHighlightApi = false;
    this.#splits.clear();
    // Undo in reverse order of wrapping (a wrap taken down is unwrapped already: only merged).
    for (const { wrapper, inner, head, tail, isDown } of this.#wraps.splice(0).reverse()) {
      const parent = isDown ? inner.parentNode : wrapper.parentNode;
      if (!parent) continue;
      if (!isDown) {
        while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
        parent.removeChild(wrapper);
      }
      // Merge the pieces we split, only when they are still adjacent as we left them.
      if (inner instanceof Text && head && head.nextSibling === inner && head.parentNode === parent) {
        head.data += inner.data;
        parent.removeChild(inner);
        if (tail && head.nextSibling === tail) {
          head.data += tail.data;
          parent.removeChild(tail);
        }
      } else if (inner instanceof Text && tail && inner.nextSibling === tail) {
        inner.data += tail.data;
        parent.removeChild(tail);
      }
    }
  }

  #registry(): HighlightRegistry | null {
    const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
    return css?.highlights ?? null;
  }

  #hasHighlightApi(): boolean {
    return this.#registry() !== null && typeof Highlight === "function";
  }

  #setHighlight(name: string, ranges: Range[]): boolean {
    const registry = this.#registry();
    if (!registry || typeof Highlight !== "function") return false;
    try {
      registry.set(name, new Highlight(...ranges));
      const ok = registry.has(name);
      this.#usesHighlightApi ||= ok;
      return ok;
    } catch {
      return false;
    }
  }

  /** A live range from planned pieces, translated through our splits; null if the page moved on. */
  #rangeOf(first: NodePiece, last: NodePiece): Range | null {
    const from = this.#locate(first.node, first.start, false);
    const to = this.#locate(last.node, last.end, true);
    if (!from.node.isConnected || !to.node.isConnected) return null;
    const range = this.#doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** Where an offset of an original text node is now, after our splits. */
  #locate(node: Text, offset: number, isEnd: boolean): { node: Text; offset: number } {
    const pieces = this.#splits.get(node);
    if (!pieces) return { node, offset };
    let best = pieces[0]!;
    for (const p of pieces) {
      if (isEnd ? p.start < offset : p.start <= offset) {
        if (p.start >= best.start) best = p;
      }
    }
    return { node: best.node, offset: Math.min(offset - best.start, best.node.data.length) };
  }

  /** Wraps node.data[start, end) in `wrapper`, splitting the node; records how to undo it. */
  #wrap(node: Text, start: number, end: number, wrapper: HTMLElement): void {
    const parent = node.parentNode;
    if (!parent) return;
    // Offsets of this node's pieces in the page's original text node.
    const origin = this.#originOf(node);
    const pieces = this.#splits.get(origin.node) ?? [{ node: origin.node, start: 0 }];
    let target = node;
    let head: Text | null = null;
    let tail: Text | null = null;
    if (end < target.data.length) {
      tail = target.splitText(end);
      pieces.push({ node: tail, start: origin.start + end });
    }
    if (start > 0) {
      head = target;
      target = target.splitText(start);
      pieces.push({ node: target, start: origin.start + start });
    }
    this.#splits.set(origin.node, pieces);
    parent.insertBefore(wrapper, target);
    wrapper.appendChild(target);
    this.#wraps.push({ wrapper, inner: target, head, tail, isDown: false });
  }

  /** The original node a (possibly split-off) text node came from, and its offset there. */
  #originOf(node: Text): { node: Text; start: number } {
    if (this.#splits.has(node)) return { node, start: 0 };
    for (const [orig, pieces] of this.#splits) {
      const p = pieces.find((x) => x.node === node);
      if (p) return { node: orig, start: p.start };
    }
    return { node, start: 0 };
  }
}

export interface ClaimPlan {
  claim: ClaimSpan;
  first: NodePiece;
  last: NodePiece;
}

export interface NameJob {
  node: Text;
  spans: { start: number; end: number; name: NameSpan; isFirstPiece: boolean }[];
}

/** The page's element a node is in: its nearest ancestor that is not one of our elements. */
function ownerOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el.localName.startsWith("srcl-")) el = el.parentElement;
  return el;
}

/** The text-node pieces a range covers (for the wrapping fallback). */
function textPiecesOf(range: Range): NodePiece[] {
  const out: NodePiece[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  const walker = root.ownerDocument!.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(n)) continue;
    const start = n === range.startContainer ? range.startOffset : 0;
    const end = n === range.endContainer ? range.endOffset : n.data.length;
    if (end > start && n.data.slice(start, end).trim()) out.push({ node: n, start, end });
  }
  return out;
}
