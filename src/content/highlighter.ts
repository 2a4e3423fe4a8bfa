/**
 * The one module that paints on the page, and removes what it painted.
 *
 * Method (a hybrid, chosen by what readers need and by measurement):
 * - NAMES are wrapped in a light inline custom element <srcl-name>. A name must take keyboard
 *   focus and carry an accessible name (role=button, aria-haspopup=dialog), which a CSS Custom
 *   Highlight range cannot. The element is inline, unstyled by the page (unknown tag, prefixed),
 *   painted only with background/text-decoration (no box changes → no layout shift), and holds
 *   exactly the page's own text node, so textContent of every ancestor stays identical. Only the
 *   first mention of each person is in the Tab order; the others are reachable with the
 *   next-official shortcut.
 * - CLAIMS (often whole sentences across links and inline markup) are painted with the CSS Custom
 *   Highlight API (`::highlight(srcl-claim)`): no nodes at all, so no fights with hydrating
 *   frameworks and nothing to undo but a registry entry. Where the API is missing or refuses our
 *   ranges (an isolated-world quirk), claims fall back to <srcl-claim> wrappers.
 * Removal restores the page's text nodes exactly: every split is merged back when the pieces are
 * still where we left them.
 *
 * Measured (npm run bench:page, Chromium 156, 2 cores): see README "Performance" for the
 * figures; on a 1,000-word article wrapping ~40 name mentions costs well under 1 ms and
 * registering ~20 claim ranges ~0.1 ms; the whole extra main-thread time is dominated by
 * reading the text, not by painting.
 */
import type { Span } from "../extract/types.ts";
import { prefixed } from "../shared/prefix.ts";
import { piecesFor, rangeFor, verifyPieces, type NodePiece } from "./anchor.ts";
import type { TextIndex } from "./text-index.ts";

export const NAME_TAG = prefixed("name");
export const CLAIM_TAG = prefixed("claim");
export const CLAIM_HIGHLIGHT = prefixed("claim");
export const CLAIM_FOCUS_HIGHLIGHT = prefixed("claim-focus");
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
  /** The text node we split from, and the node after the wrapped piece (to merge back). */
  head: Text | null;
  tail: Text | null;
}

export interface PaintedClaim {
  claimId: string;
  speakerId: string | null;
  range: Range;
}

/** Paints and unpaints one article. Create one per reading; call clear() when it ends. */
export class Highlighter {
  #wraps: Wrap[] = [];
  #claims: PaintedClaim[] = [];
  #usesHighlightApi = false;
  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  get claims(): readonly PaintedClaim[] {
    return this.#claims;
  }

  get nameElements(): HTMLElement[] {
    return this.#wraps.map((w) => w.wrapper).filter((w) => w.localName === NAME_TAG && w.isConnected);
  }

  get usesHighlightApi(): boolean {
    return this.#usesHighlightApi;
  }

  /**
   * Wraps every name span. Spans are grouped per text node and wrapped from the end of each node
   * backwards, so the offsets still to do stay valid. Returns how many spans were painted.
   */
  paintNames(index: TextIndex, names: NameSpan[]): number {
    const jobs: { piece: NodePiece; name: NameSpan; isFirstPiece: boolean }[] = [];
    for (const name of names) {
      const pieces = piecesFor(index, name);
      if (!verifyPieces(index, name, pieces)) continue;
      pieces.forEach((piece, i) => jobs.push({ piece, name, isFirstPiece: i === 0 }));
    }
    const byNode = new Map<Text, typeof jobs>();
    for (const job of jobs) {
      const list = byNode.get(job.piece.node);
      if (list) list.push(job);
      else byNode.set(job.piece.node, [job]);
    }
    let painted = 0;
    for (const [node, list] of byNode) {
      list.sort((a, b) => b.piece.start - a.piece.start);
      for (const { piece, name, isFirstPiece } of list) {
        if (!node.parentNode || piece.end > node.data.length) continue;
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
        this.#wrap(node, piece.start, piece.end, wrapper);
      }
    }
    return painted;
  }

  /** Paints claims; `index` must describe the page as it is now (after names were wrapped). */
  paintClaims(index: TextIndex, claims: ClaimSpan[]): number {
    const ranges: PaintedClaim[] = [];
    for (const claim of claims) {
      const range = rangeFor(index, claim);
      if (range) ranges.push({ claimId: claim.claimId, speakerId: claim.speakerId, range });
    }
    this.#claims = ranges;
    if (ranges.length === 0) return 0;
    if (this.#tryHighlightApi(ranges.map((r) => r.range))) return ranges.length;
    // Fallback: wrap each claim's pieces.
    for (const claim of claims) {
      const pieces = piecesFor(index, claim);
      for (const piece of pieces.reverse()) {
        const wrapper = this.#doc.createElement(CLAIM_TAG);
        wrapper.setAttribute(CLAIM_ATTR, claim.claimId);
        this.#wrap(piece.node, piece.start, piece.end, wrapper);
      }
    }
    return ranges.length;
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
    }
    this.#claims = [];
    this.#usesHighlightApi = false;
    // Undo in reverse order of wrapping.
    for (const { wrapper, head, tail } of this.#wraps.splice(0).reverse()) {
      const parent = wrapper.parentNode;
      if (!parent) continue;
      const inner = wrapper.firstChild;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
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

  #tryHighlightApi(ranges: Range[]): boolean {
    const registry = this.#registry();
    if (!registry || typeof Highlight !== "function") return false;
    try {
      registry.set(CLAIM_HIGHLIGHT, new Highlight(...ranges));
      this.#usesHighlightApi = registry.has(CLAIM_HIGHLIGHT);
      return this.#usesHighlightApi;
    } catch {
      return false;
    }
  }

  /** Wraps node.data[start, end) in `wrapper`, splitting the node; records how to undo it. */
  #wrap(node: Text, start: number, end: number, wrapper: HTMLElement): void {
    const parent = node.parentNode;
    if (!parent) return;
    let target = node;
    let head: Text | null = null;
    let tail: Text | null = null;
    if (end < target.data.length) {
      tail = target.splitText(end);
    }
    if (start > 0) {
      head = target;
      target = target.splitText(start);
    }
    parent.insertBefore(wrapper, target);
    wrapper.appendChild(target);
    this.#wraps.push({ wrapper, head, tail });
  }
}
