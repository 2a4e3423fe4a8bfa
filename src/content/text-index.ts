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
 * - a new block starts whenever the nearest block-level ancestor changes.
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

export interface TextIndex {
  root: Element;
  snapshot: TextSnapshot;
  /** Text nodes, in document order, with the snapshot range each one supplies. */
  nodes: Text[];
  starts: number[];
  ends: number[];
  /** snapshot offset → offset inside its text node (-1 for block separators). */
  offsets: Int32Array;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x200b;

/** Builds the index of `root`. `doc` is passed so the same code runs on a parsed document (CLI). */
export function buildTextIndex(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const offsets: number[] = [];
  const blocks: Block[] = [];
  let out = "";
  let blockEl: Element | null = null;
  let blockStart = 0;
  let blockHasText = false;
  let pending: { node: Text; offset: number } | null = null;
  let lastNode: Text | null = null;

  const emit = (chunk: string, node: Text, offsetList: number[]) => {
    if (node !== lastNode) {
      nodes.push(node);
      starts.push(out.length);
      ends.push(out.length);
      lastNode = node;
    }
    out += chunk;
    for (const o of offsetList) offsets.push(o);
    ends[ends.length - 1] = out.length;
  };
  const closeBlock = () => {
    if (blockHasText) {
      blocks.push({ start: blockStart, end: out.length, kind: kindOf(blockEl) });
      out += "\n\n";
      offsets.push(-1, -1);
      lastNode = null;
    }
    blockHasText = false;
    pending = null;
  };
  const blockOf = (node: Node): Element | null => {
    for (let p = node.parentElement; p; p = p.parentElement) {
      if (BLOCK_TAGS.has(p.tagName.toUpperCase())) return p;
      if (p === root) return root;
    }
    return root;
  };

  // A hand-rolled pre-order walk rather than a TreeWalker: it skips excluded subtrees the same
  // way in every DOM (linkedom's TreeWalker treats FILTER_REJECT as FILTER_SKIP), and costs no
  // per-node callback.
  for (let n: Node | null = root.firstChild; n; ) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (isExcludedElement(el)) {
        n = nextNode(n, root, true);
        continue;
      }
      const prev = lastNode as Text | null; // assigned inside emit(); TS cannot see it
      if (el.tagName.toUpperCase() === "BR" && blockHasText && prev) {
        pending = { node: prev, offset: Math.max(0, prev.data.length - 1) };
      }
      n = nextNode(n, root, false);
      continue;
    }
    if (n.nodeType !== 3) {
      n = nextNode(n, root, true);
      continue;
    }
    const text = n as Text;
    const block = blockOf(text);
    if (block !== blockEl) {
      closeBlock();
      blockEl = block;
      blockStart = out.length;
    }
    const data = text.data;
    let chunk = "";
    let chunkOffsets: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (blockHasText || chunk) pending ??= { node: text, offset: i };
        continue;
      }
      if (pending) {
        if (pending.node === text) {
          chunk += " ";
          chunkOffsets.push(pending.offset);
        } else {
          if (chunk) {
            emit(chunk, text, chunkOffsets);
            chunk = "";
            chunkOffsets = [];
          }
          emit(" ", pending.node, [pending.offset]);
        }
        pending = null;
      }
      if (!blockHasText && !chunk) blockStart = out.length;
      chunk += data[i];
      chunkOffsets.push(i);
      blockHasText = true;
    }
    if (chunk) emit(chunk, text, chunkOffsets);
    n = nextNode(n, root, true);
  }
  closeBlock();
  if (out.endsWith("\n\n")) {
    out = out.slice(0, -2);
    offsets.length -= 2;
  }
  return { root, snapshot: { text: out, blocks }, nodes, starts, ends, offsets: Int32Array.from(offsets) };
}

function nextNode(n: Node, root: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && n.firstChild) return n.firstChild;
  for (let p: Node | null = n; p && p !== root; p = p.parentNode) {
    if (p.nextSibling) return p.nextSibling;
  }
  return null;
}

/** Index of the node whose range holds `pos` (binary search), or -1. */
export function nodeAt(index: TextIndex, pos: number): number {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.ends[mid]! <= pos) lo = mid + 1;
    else if (index.starts[mid]! > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
