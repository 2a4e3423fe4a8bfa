/**
 * Reads the article's visible text once, in one pre-order walk, into the TextSnapshot the engine
 * takes (one string, blocks separated by "\n\n"), and keeps a private map from every snapshot
 * offset back to (text node, offset in node) — hypothesis' text-range/rendered-text model.
 *
 * Guarantees:
 * - scripts, styles, form fields, editable regions, hidden parts, furniture (article-root.ts)
 *   and our own UI are skipped; our highlight wrappers (srcl-name, srcl-claim) are read through,
 *   so the snapshot is the same before and after painting;
 * - whitespace runs collapse to one space, a block's leading/trailing whitespace is dropped, and
 *   <br> reads as a space, so HTML source formatting never splits a sentence;
 * - a new block starts whenever the nearest block-level ancestor changes;
 * - the walk can be done in slices (TextIndexer.step), so a 20,000-word page never makes a long
 *   task; the map costs nothing per character for the usual text node, whose whitespace is
 *   already single spaces (only nodes that needed collapsing keep a per-character offset table).
 * Not guaranteed: CSS-hidden text (display:none via stylesheets) is read, because asking for
 * computed styles per node would cost more than the whole read.
 */
import type { Block, BlockKind, TextSnapshot } from "../extract/types.ts";
import { isExcludedElement } from "./article-root.ts";

const BLOCK_TAGS = new Set([
  "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "FIGURE", "FIGCAPTION",
  "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "MAIN", "TABLE", "TR", "TD", "TH", "CAPTION", "PRE", "ADDRESS",
  "DETAILS", "SUMMARY", "HR", "FIELDSET", "CENTER",
]);

function kindOf(el: Element | null): BlockKind {
  switch (el?.tagName.toUpperCase()) {
    case "P":
      return "paragraph";
    case "H1": case "H2": case "H3": case "H4": case "H5": case "H6":
      return "heading";
    case "FIGCAPTION": case "CAPTION":
      return "caption";
    case "BLOCKQUOTE":
      return "quote";
    case "LI": case "DT": case "DD":
      return "list-item";
    default:
      return "other";
  }
}

/** The snapshot range one text node supplies. */
export interface Segment {
  node: Text;
  /** Snapshot range [start, end). */
  start: number;
  end: number;
  /** Offset in the node of the segment's first character, when the mapping is the identity. */
  base: number;
  /** Per-character offsets into the node, only when whitespace was collapsed (else null). */
  map: Int32Array | null;
}

export interface TextIndex {
  root: Element;
  snapshot: TextSnapshot;
  /** In snapshot order; block separators belong to no segment. */
  segments: Segment[];
}

/** Offset inside the segment's node of snapshot position `pos` (which must lie in the segment). */
export function nodeOffset(seg: Segment, pos: number): number {
  return seg.map ? seg.map[pos - seg.start]! : seg.base + (pos - seg.start);
}

const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x200b;
/** Text that needs no collapsing: no whitespace but single ASCII spaces between other characters. */
const NEEDS_COLLAPSE = /[\n\t\r\f\u00a0\u200b]| {2}/;

function nextNode(n: Node, root: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && n.firstChild) return n.firstChild;
  for (let p: Node | null = n; p && p !== root; p = p.parentNode) {
    if (p.nextSibling) return p.nextSibling;
  }
  return null;
}

/** Walks `root` in slices; `step()` returns true when done, then `result()` gives the index. */
export class TextIndexer {
  #root: Element;
  #next: Node | null;
  #out: string[] = [];
  #length = 0;
  #segments: Segment[] = [];
  #blocks: Block[] = [];
  #blockEl: Element | null = null;
  #blockStart = 0;
  #blockHasText = false;
  /** A space owed to the output, mapped to the whitespace it stands for. */
  #pending: { node: Text; offset: number } | null = null;

  constructor(root: Element) {
    this.#root = root;
    this.#next = root.firstChild;
  }

  /** Processes up to `maxNodes` nodes; true when the walk is finished. */
  step(maxNodes = Infinity): boolean {
    const root = this.#root;
    let n = this.#next;
    for (let count = 0; n && count < maxNodes; count++) {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (isExcludedElement(el)) {
          n = nextNode(n, root, true);
          continue;
        }
        const last = this.#segments[this.#segments.length - 1];
        if (el.tagName.toUpperCase() === "BR" && this.#blockHasText && last && last.end === this.#length) {
          this.#pending = { node: last.node, offset: Math.max(0, nodeOffset(last, last.end - 1)) };
        }
        n = nextNode(n, root, false);
        continue;
      }
      if (n.nodeType === 3) this.#text(n as Text);
      n = nextNode(n, root, true);
    }
    this.#next = n;
    if (n) return false;
    this.#closeBlock();
    return true;
  }

  result(): TextIndex {
    let text = this.#out.join("");
    if (text.endsWith("\n\n")) text = text.slice(0, -2);
    return { root: this.#root, snapshot: { text, blocks: this.#blocks }, segments: this.#segments };
  }

  #blockOf(node: Node): Element {
    const root = this.#root;
    for (let p = node.parentElement; p; p = p.parentElement) {
      if (p === root || BLOCK_TAGS.has(p.tagName.toUpperCase())) return p;
    }
    return root;
  }

  #closeBlock(): void {
    if (this.#blockHasText) {
      this.#blocks.push({ start: this.#blockStart, end: this.#length, kind: kindOf(this.#blockEl) });
      this.#out.push("\n\n");
      this.#length += 2;
    }
    this.#blockStart = this.#length;
    this.#blockHasText = false;
    this.#pending = null;
  }

  #text(node: Text): void {
    const block = this.#blockOf(node);
    if (block !== this.#blockEl) {
      this.#closeBlock();
      this.#blockEl = block;
    }
    const data = node.data;
    if (data.length === 0) return;
    // Fast path: inner whitespace is already single spaces; only the edges need care.
    if (!NEEDS_COLLAPSE.test(data)) {
      let a = 0;
      let b = data.length;
      if (data.charCodeAt(0) === 32) a = 1;
      if (b > a && data.charCodeAt(b - 1) === 32) b--;
      if (a >= b) {
        if (this.#blockHasText) this.#pending ??= { node, offset: 0 };
        return;
      }
      this.#flushPending(a > 0 ? { node, offset: 0 } : null);
      this.#emit(node, data.slice(a, b), a, null);
      if (b < data.length) this.#pending = { node, offset: b };
      return;
    }
    // Slow path: collapse whitespace runs, keeping each kept character's offset.
    let chunk = "";
    const map: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isSpaceCode(c)) {
        if (this.#blockHasText || chunk) {
          if (chunk) {
            this.#emit(node, chunk, 0, Int32Array.from(map));
            chunk = "";
            map.length = 0;
          }
          this.#pending ??= { node, offset: i };
        }
        continue;
      }
      if (this.#pending) {
        if (this.#pending.node === node) {
          chunk += " ";
          map.push(this.#pending.offset);
          this.#pending = null;
        } else this.#flushPending(null);
      }
      chunk += data[i];
      map.push(i);
      this.#blockHasText = true;
    }
    if (chunk) this.#emit(node, chunk, 0, Int32Array.from(map));
  }

  /** Writes the owed space (mapped to the whitespace it stands for, or `fallback`). */
  #flushPending(fallback: { node: Text; offset: number } | null): void {
    const owed = this.#pending ?? (this.#blockHasText ? fallback : null);
    this.#pending = null;
    if (!owed) return;
    this.#emit(owed.node, " ", owed.offset, null);
  }

  #emit(node: Text, chunk: string, base: number, map: Int32Array | null): void {
    this.#blockHasText = true;
    this.#segments.push({ node, start: this.#length, end: this.#length + chunk.length, base, map });
    this.#out.push(chunk);
    this.#length += chunk.length;
  }
}

/** Builds the whole index at once (the CLI, tests and small pages). */
export function buildTextIndex(root: Element): TextIndex {
  const indexer = new TextIndexer(root);
  indexer.step();
  return indexer.result();
}

/** Index of the segment that holds snapshot position `pos` (binary search), or -1. */
export function segmentAt(index: TextIndex, pos: number): number {
  const segs = index.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (s.end <= pos) lo = mid + 1;
    else if (s.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
