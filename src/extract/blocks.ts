/**
 * Blocks: plain text cut into paragraphs (the CLI's and the tests' input), the page's blocks
 * clipped to its text, and the short blocks that name the article's makers — bylines ("By A and
 * B", "Reporting by …", an author line with "Published:") and photo credits ("Photo: Name/AFP").
 */
import { PUNCT, WORD, type Token } from "./tokens.ts";
import type { Block, TextSnapshot } from "./types.ts";

const CREDIT_WORDS = new Set([
  "photo",
  "photos",
  "image",
  "images",
  "credit",
  "credits",
  "video",
  "photograph",
  "picture",
  "pictures",
  "file",
  // the same credit lines in other languages news pages carry in captions
  "foto",
  "fotos",
  "bild",
  "צילום",
  "קרדיט",
  "تصوير",
  "صورة",
  "фото",
]);
/** "Reporting by …", "Editing by …": agency sign-offs that name journalists, not sources. */
const SIGNOFF_WORDS = new Set([
  "reporting",
  "editing",
  "writing",
  "compiled",
  "produced",
  "photography",
  "graphics",
  "translated",
  "interview",
]);
/** Words an author line carries besides names: "Jane Roe | Published: 11.24.26, 09:12". */
const AUTHOR_LINE_WORDS = new Set(["published", "updated", "posted", "modified", "last"]);

/**
 * A short block that names the article's authors: "By Jonas Meier and Priya Nair", "Reporting by
 * A in Doha; Editing by B", or an author line "Jane Roe | Published: 11.24.26". Every name in it is
 * a byline (not an official), whatever else the article says about the same words.
 */
export function isBylineBlock(tokens: Token[], len: number): boolean {
  if (len > 200 || tokens.length === 0) return false;
  const first = tokens[0]!;
  if (len <= 100 && first.k === WORD && first.key === "by" && first.cap) return true;
  let hasBar = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k === WORD && t.key === "by" && i > 0 && SIGNOFF_WORDS.has(tokens[i - 1]!.key)) return true;
    if (t.t === "|") hasBar = true;
  }
  if (len > 100 || !hasBar) return false;
  for (const t of tokens) if (t.k === WORD && AUTHOR_LINE_WORDS.has(t.key)) return true;
  return false;
}

export function isCreditBlock(tokens: Token[], len: number): boolean {
  if (len > 220) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k === PUNCT && t.t === "/") return true;
    if (t.k === WORD && tokens[i + 1]?.t === ":" && CREDIT_WORDS.has(t.key)) return true;
  }
  return false;
}

/** Blocks clipped to the text, in order, non-overlapping. */
export function sanitizeBlocks(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  let pos = 0;
  for (const b of blocks) {
    const s = Math.max(pos, Math.min(text.length, Math.floor(b.start)));
    const e = Math.max(s, Math.min(text.length, Math.floor(b.end)));
    if (!Number.isFinite(s) || !Number.isFinite(e)) continue;
    out.push(s === b.start && e === b.end ? b : { start: s, end: e, kind: b.kind });
    pos = e;
  }
  return out;
}

/** Plain text → snapshot: blocks are paragraphs separated by blank lines. A short single line
 *  without final punctuation that is followed by more text is a heading. */
export function snapshotFromPlainText(text: string): TextSnapshot {
  const blocks: Block[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    // a block ends at a line break followed by a blank line
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        let j = i + 1;
        while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
        if (j >= n || text.charCodeAt(j) === 10) break;
      }
      if (!isWs(c)) end = i + 1;
      i++;
    }
    blocks.push({ start, end, kind: "paragraph" });
  }
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const len = b.end - b.start;
    if (len >= 90 || k + 1 >= blocks.length) continue;
    const last = text[b.end - 1] ?? "";
    let nl = false;
    for (let j = b.start; j < b.end && !nl; j++) if (text.charCodeAt(j) === 10) nl = true;
    if (!nl && !".!?:;,”\"’'".includes(last)) b.kind = "heading";
  }
  return { text, blocks };
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
