/**
 * Reads the article's visible text once, in one pre-order walk, into the TextSnapshot the engine
 * takes (one string, blocks separated by "\n\n", each with its kind), and keeps a private map
 * from every snapshot offset back to (text node, offset in node) — hypothesis'
 * text-range/rendered-text model.
 *
 * Guarantees:
 * - the story's own words only: scripts, styles, form fields, editable regions, furniture and
 *   widgets (article-root.ts), hidden parts (attributes and inline styles: article-root.ts; what
 *   CSS hides, boxes of no size, boxes off the page: visibility.ts, in the live page) and our own
 *   UI are skipped; a block whose text is mostly links that lead away (a teaser list, a "read
 *   more" line) is dropped, unless it is the headline, a caption, a byline or a credit;
 * - our highlight wrappers (srcl-name, srcl-claim) are read through, so the snapshot is the same
 *   before and after painting;
 * - whitespace runs collapse to one space, a block's leading/trailing whitespace is dropped, and
 *   <br> reads as a space, so HTML source formatting never splits a sentence;
 * - a new block starts whenever the nearest block-level ancestor changes (a credit or byline
 *   element counts as one, so "Photo: … / AFP" inside a caption is a block of its own);
 * - each block has a kind (block-kinds.ts): by its markup, else by its ancestors' (up to the
 *   root), else by its words (a byline, a credit line); a credit that ends a caption or a
 *   paragraph ("… (AP Photo/Jane Roe)") is split off into a credit block;
 * - the walk can be done in slices (TextIndexer.step), so a 20,000-word page never makes a long
 *   task; the map costs nothing per character for the usual text node, whose whitespace is
 *   already single spaces (only nodes that needed collapsing keep a per-character offset table).
 */
import type { Block, BlockKind, TextSnapshot } from "../extract/types.ts";
import { isExcludedElement, leadsAway } from "./article-root.ts";
import { isBylineText, markedKind, trailingCredit } from "./block-kinds.ts";
import { isRendered } from "./visibility.ts";

const BLOCK_TAGS = new Set([
  "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "FIGURE", "FIGCAPTION",
  "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "MAIN", "TABLE", "TR", "TD", "TH", "CAPTION", "PRE", "ADDRESS",
  "DETAILS", "SUMMARY", "HR", "FIELDSET", "CENTER",
]);

/** The kind a block element's tag gives it when no markup or words say more. */
function tagKind(el: Element | null): BlockKind {
  switch (el?.tagName.toUpperCase()) {
    case "P":
      return "paragraph";
    case "BLOCKQUOTE":
      return "quote";
    case "LI": case "DT": case "DD":
      return "list-item";
    default:
      return "other";
  }
}

/** Class and id words count only on an element of at most this much text (a "story-title-and-body"
 *  wrapper is not a headline). */
const MAX_MARKED_TEXT = 600;
/** Kinds whose elements start a block of their own even when inline (a credit inside a caption). */
const SEPARATE_KINDS = new Set<BlockKind>(["credit", "byline"]);
/** Blocks read whatever their links: the headline, captions and the article's makers. */
const KEEP_LINKED = new Set<BlockKind>(["caption", "byline", "credit"]);
/** Block kinds whose end is searched for a credit ("… (AP Photo/Jane Roe)"). */
const MAY_END_IN_CREDIT = new Set<BlockKind>(["paragraph", "caption", "other", "list-item"]);
/** Block kinds that may be a byline by their words ("by Jane Roe" set as a subhead). */
const MAY_BE_BYLINE = new Set<BlockKind>([...MAY_END_IN_CREDIT, "heading"]);

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

/**
 * A block that is mostly links leading away: a teaser, a "Read more: …" line, a list of other
 * stories. A sentence of the story with a long linked phrase is not one ("Assange faces <a>a
 * charge of conspiracy…</a>."): besides its links, a teaser has at most a label — LABEL_WORDS
 * words, words ending with a colon ("Read more on this story:"), or words in capitals only
 * ("DON'T MISS … [VIDEO] …").
 */
const LABEL_WORDS = 2;
/** Characters of a block's text outside links kept to tell a label from a sentence. */
const UNLINKED_KEPT = 120;
/** A block this much link is links, whatever else it holds. */
const ALL_LINKS = 0.9;
function isMostlyLinks(linkChars: number, chars: number, unlinked: string): boolean {
  if (linkChars >= ALL_LINKS * chars) return true;
  if (linkChars * 2 <= chars) return false;
  const words = unlinked.match(/\p{L}+/gu) ?? [];
  return words.length <= LABEL_WORDS || /:[\s|]*$/.test(unlinked) || words.every((w) => w === w.toUpperCase());
}

/** An inline element that holds at least this many links leading away, and little else (this
 *  share of its text), is a list of links set inside a sentence (a hover card of related stories). */
const INLINE_LIST_LINKS = 2;
const INLINE_LIST_SHARE = 0.8;
function isInlineLinkList(el: Element): boolean {
  const links = el.getElementsByTagName("a");
  if (links.length < INLINE_LIST_LINKS) return false;
  let linked = 0;
  let away = 0;
  for (const a of Array.from(links)) {
    if (!leadsAway(a)) continue;
    away++;
    linked += (a.textContent ?? "").length;
  }
  return away >= INLINE_LIST_LINKS && linked >= INLINE_LIST_SHARE * (el.textContent ?? "").length;
}

/** Longest block that an inline author mark (a rel=author link) makes a byline. */
const MAX_BYLINE_CHARS = 200;

/** What the ancestors of a text node below its block say: inside a link that leads away, inside an
 *  author mark. */
interface InlineMarks {
  link: boolean;
  byline: boolean;
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
  /** Where the open block's text starts in #out and its segments in #segments. */
  #blockOut = 0;
  #blockSeg = 0;
  #blockHasText = false;
  /** Characters of the open block inside links that lead away, and its text outside them (the
   *  first UNLINKED_KEPT characters: enough to tell a label from a sentence). */
  #blockLinkChars = 0;
  #blockUnlinked = "";
  /** The open block holds an author mark (a rel=author link). */
  #blockAuthorMark = false;
  /** The marks of the text node being read. */
  #marks: InlineMarks = { link: false, byline: false };
  /** A space owed to the output, mapped to the whitespace it stands for. */
  #pending: { node: Text; offset: number } | null = null;
  /** Per element, read once per walk: its own kind, the block of its text, its inline marks. */
  #ownKinds = new Map<Element, BlockKind | null>();
  #blockOfParent = new Map<Element, Element>();
  #marksOf = new Map<Element, InlineMarks>();

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
        if (isExcludedElement(el) || (el.firstChild !== null && !isRendered(el)) || this.#isLinkListInLine(el)) {
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

  /** An inline element (not a block, not a link) inside a block that is a list of links. A name's
   *  link followed by its hover card of related stories ("<span><a>Ana Ruiz</a><span>…links…</span>
   *  </span>") is not: the card is the list, and the walk drops it when it gets there. */
  #isLinkListInLine(el: Element): boolean {
    const tag = el.tagName.toUpperCase();
    if (tag === "A" || BLOCK_TAGS.has(tag) || this.#blockEl === null || el === this.#root || !isInlineLinkList(el)) return false;
    for (const c of Array.from(el.children)) if (c.tagName.toUpperCase() !== "A" && isInlineLinkList(c)) return false;
    return true;
  }

  /** What the element's own markup says (block-kinds.ts); class words count on small elements only. */
  #own(el: Element): BlockKind | null {
    let kind = this.#ownKinds.get(el);
    if (kind === undefined) {
      kind = markedKind(el);
      if (kind && !/^(?:H[1-6]|FIGCAPTION|CAPTION)$/.test(el.tagName.toUpperCase()) && (el.textContent?.length ?? 0) > MAX_MARKED_TEXT) kind = null;
      this.#ownKinds.set(el, kind);
    }
    return kind;
  }

  #blockOf(node: Node): Element {
    const parent = node.parentElement;
    if (!parent) return this.#root;
    let block = this.#blockOfParent.get(parent);
    if (block) return block;
    block = this.#root;
    for (let p: Element | null = parent; p; p = p.parentElement) {
      if (p === this.#root) break;
      const tag = p.tagName.toUpperCase();
      if (BLOCK_TAGS.has(tag)) {
        block = p;
        break;
      }
      const own = tag === "A" ? null : this.#own(p);
      if (own && SEPARATE_KINDS.has(own)) {
        block = p;
        break;
      }
    }
    this.#blockOfParent.set(parent, block);
    return block;
  }

  /** Inline marks of a text node's parent, up to its block. */
  #marksFor(parent: Element, block: Element): InlineMarks {
    let marks = this.#marksOf.get(parent);
    if (marks) return marks;
    marks = { link: false, byline: false };
    for (let p: Element | null = parent; p && p !== block; p = p.parentElement) {
      if (p.tagName.toUpperCase() === "A" && leadsAway(p)) marks.link = true;
      if (this.#own(p) === "byline") marks.byline = true;
    }
    this.#marksOf.set(parent, marks);
    return marks;
  }

  /** The block's kind: its markup's, else its ancestors' up to the root, else its tag's. */
  #kindOf(block: Element): BlockKind {
    for (let p: Element | null = block; p; p = p.parentElement) {
      const kind = this.#own(p);
      if (kind) return kind;
      if (p === this.#root) break;
    }
    return tagKind(block);
  }

  #closeBlock(): void {
    if (this.#blockHasText) this.#finishBlock();
    this.#blockStart = this.#length;
    this.#blockOut = this.#out.length;
    this.#blockSeg = this.#segments.length;
    this.#blockHasText = false;
    this.#blockLinkChars = 0;
    this.#blockUnlinked = "";
    this.#blockAuthorMark = false;
    this.#pending = null;
  }

  /** Decides the open block's kind and whether it is read, splits off a trailing credit, and
   *  ends it with the separator. */
  #finishBlock(): void {
    const el = this.#blockEl;
    let kind = el ? this.#kindOf(el) : "other";
    const chars = this.#length - this.#blockStart;
    let credit: { at: number; kind: BlockKind } | null = null;
    if (MAY_BE_BYLINE.has(kind)) {
      const text = this.#out.slice(this.#blockOut).join("");
      if ((this.#blockAuthorMark && chars <= MAX_BYLINE_CHARS) || isBylineText(text)) kind = "byline";
      else if (MAY_END_IN_CREDIT.has(kind)) credit = trailingCredit(text);
      if (credit?.at === 0) [kind, credit] = [credit.kind, null];
    }
    const isHeadline = el?.tagName.toUpperCase() === "H1";
    if (isMostlyLinks(this.#blockLinkChars, chars, this.#blockUnlinked) && !KEEP_LINKED.has(kind) && !isHeadline) {
      // Mostly links that lead away: a teaser, a list of other stories. Not the story's words.
      this.#out.length = this.#blockOut;
      this.#segments.length = this.#blockSeg;
      this.#length = this.#blockStart;
      return;
    }
    if (credit) {
      this.#splitOpenBlock(credit.at, kind, credit.kind);
      return;
    }
    this.#blocks.push({ start: this.#blockStart, end: this.#length, kind });
    this.#out.push("\n\n");
    this.#length += 2;
  }

  /**
   * Ends the open block at `at` (an offset in its text) and starts a block of `tailKind` there:
   * the whitespace before `at` becomes the separator "\n\n", and the segments after it move.
   */
  #splitOpenBlock(at: number, headKind: BlockKind, tailKind: BlockKind): void {
    const start = this.#blockStart;
    const text = this.#out.slice(this.#blockOut).join("");
    let cut = at;
    while (cut > 0 && text.charCodeAt(cut - 1) === 32) cut--;
    // [a, b) of the snapshot (the spaces before the credit) becomes "\n\n".
    const a = start + cut;
    const b = start + at;
    const shift = 2 - (b - a);
    const kept: Segment[] = [];
    for (const seg of this.#segments.splice(this.#blockSeg)) {
      if (seg.end <= a) kept.push(seg);
      else if (seg.start >= b) kept.push({ ...seg, start: seg.start + shift, end: seg.end + shift });
      else {
        // A segment across the cut: its part before and its part after, same node.
        if (seg.start < a) kept.push({ node: seg.node, start: seg.start, end: a, base: seg.base, map: seg.map?.slice(0, a - seg.start) ?? null });
        if (seg.end > b) {
          const skip = b - seg.start;
          kept.push({ node: seg.node, start: b + shift, end: seg.end + shift, base: seg.map ? 0 : seg.base + skip, map: seg.map?.slice(skip) ?? null });
        }
      }
    }
    this.#segments.push(...kept);
    this.#out.length = this.#blockOut;
    this.#out.push(text.slice(0, cut), "\n\n", text.slice(at), "\n\n");
    this.#blocks.push({ start, end: a, kind: headKind }, { start: a + 2, end: this.#length + shift, kind: tailKind });
    this.#length += shift + 2;
  }

  #text(node: Text): void {
    const block = this.#blockOf(node);
    if (block !== this.#blockEl) {
      this.#closeBlock();
      this.#blockEl = block;
    }
    const data = node.data;
    if (data.length === 0) return;
    const parent = node.parentElement;
    this.#marks = parent && parent !== block ? this.#marksFor(parent, block) : { link: false, byline: false };
    if (this.#marks.byline) this.#blockAuthorMark = true;
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
    if (this.#marks.link) this.#blockLinkChars += chunk.length;
    else if (this.#blockUnlinked.length < UNLINKED_KEPT) this.#blockUnlinked += chunk;
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
