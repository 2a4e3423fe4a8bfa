/**
 * Snapshot offsets → live DOM positions (hypothesis' anchoring model): exact offsets, then the
 * live text is re-verified against the snapshot; a span whose text no longer matches (the page
 * changed under us) is dropped rather than painted wrongly. The painter re-reads the article
 * (a fresh index) right before painting, so offsets are normally exact.
 */
import type { Span } from "../extract/types.ts";
import { nodeAt, type TextIndex } from "./text-index.ts";

export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces that make up snapshot[start, end), in document order. */
export function piecesFor(index: TextIndex, span: Span): NodePiece[] {
  const pieces: NodePiece[] = [];
  let i = nodeAt(index, span.start);
  if (i < 0) return pieces;
  for (; i < index.nodes.length && index.starts[i]! < span.end; i++) {
    const from = Math.max(span.start, index.starts[i]!);
    const to = Math.min(span.end, index.ends[i]!);
    if (from >= to) continue;
    // Trim spaces we synthesised (they map to whitespace the page may lay out differently).
    let a = from;
    let b = to;
    while (a < b && index.snapshot.text.charCodeAt(a) === 32) a++;
    while (b > a && index.snapshot.text.charCodeAt(b - 1) === 32) b--;
    if (a >= b) continue;
    const node = index.nodes[i]!;
    const start = index.offsets[a]!;
    const end = index.offsets[b - 1]! + 1;
    if (start < 0 || end <= start) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.end <= start) last.end = end;
    else pieces.push({ node, start, end });
  }
  return pieces;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** True when the live text of the pieces still reads as the snapshot span. */
export function verifyPieces(index: TextIndex, span: Span, pieces: NodePiece[]): boolean {
  if (pieces.length === 0) return false;
  const live = pieces.map((p) => p.node.data.slice(p.start, p.end)).join(" ");
  return squash(live).replace(/ /g, "") === squash(index.snapshot.text.slice(span.start, span.end)).replace(/ /g, "");
}

/** A live Range over the span, or null when it cannot be anchored faithfully. */
export function rangeFor(index: TextIndex, span: Span): Range | null {
  const pieces = piecesFor(index, span);
  if (!verifyPieces(index, span, pieces)) return null;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const range = index.root.ownerDocument.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
