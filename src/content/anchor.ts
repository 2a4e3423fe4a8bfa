/**
 * Snapshot offsets → live DOM positions (hypothesis' anchoring model): exact offsets, then the
 * live text is re-verified against the snapshot; a span whose text no longer matches (the page
 * changed under us) is dropped rather than painted wrongly.
 */
import type { Span } from "../extract/types.ts";
import { nodeOffset, segmentAt, type TextIndex } from "./text-index.ts";

export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces that make up snapshot[start, end), in document order. */
export function piecesFor(index: TextIndex, span: Span): NodePiece[] {
  const pieces: NodePiece[] = [];
  const text = index.snapshot.text;
  const segs = index.segments;
  let i = segmentAt(index, span.start);
  if (i < 0) return pieces;
  for (; i < segs.length && segs[i]!.start < span.end; i++) {
    const seg = segs[i]!;
    let a = Math.max(span.start, seg.start);
    let b = Math.min(span.end, seg.end);
    // Spaces we synthesised map to whitespace the page may lay out differently: never an edge.
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    if (a >= b) continue;
    const start = nodeOffset(seg, a);
    const end = nodeOffset(seg, b - 1) + 1;
    if (end <= start) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === seg.node && last.end <= start) last.end = end;
    else pieces.push({ node: seg.node, start, end });
  }
  return pieces;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** True when the live text of the pieces still reads as the snapshot span. */
export function verifyPieces(index: TextIndex, span: Span, pieces: NodePiece[]): boolean {
  if (pieces.length === 0) return false;
  let live = "";
  for (const p of pieces) {
    if (p.end > p.node.data.length) return false;
    live += p.node.data.slice(p.start, p.end);
  }
  return squash(live) === squash(index.snapshot.text.slice(span.start, span.end));
}
