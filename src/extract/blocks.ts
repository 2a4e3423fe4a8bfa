/**
 * Blocks: plain text cut into paragraphs (the CLI's and the tests' input), the page's blocks
 * clipped to its text, and the short blocks that name the article's makers — bylines ("By A and
 * B", "Reporting by …", an author line with "Published:") and photo credits ("Photo: Name/AFP").
 */
import { LX_COMMON_CAPS, LX_MEDIA } from "./lexicon/index.ts";
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
const SIGNOFF_WORDS = new Set("reporting editing writing compiled produced photography graphics translated interview".split(" "));
/** Words an author line carries besides names: "Jane Roe | Published: 11.24.26, 09:12". */
const AUTHOR_LINE_WORDS = new Set("published updated posted modified last".split(" "));

/**
 * A short block that names the article's authors: "By Jonas Meier and Priya Nair", "Reporting by
 * A in Doha; Editing by B", or an author line "Jane Roe | Published: 11.24.26". Every name in it is
 * a byline (not an official), whatever else the article says about the same words.
 */
/** Longest block (characters) that may be an aside without being marked as one. */
const ASIDE_MAX = 240;

/**
 * A block that stands beside the story rather than in its prose: a caption, or a short line that
 * ends without a sentence's final punctuation (a headline or subhead, a photo caption in plain
 * text, a gallery label). Its names are still read; it makes no one the story's latest subject,
 * and "he" does not point back into it.
 */
export function isAsideBlock(tokens: Token[], kind: Block["kind"], len: number): boolean {
  if (kind === "caption" || kind === "credit" || kind === "byline") return true;
  if (len > ASIDE_MAX) return false;
  const last = tokens[tokens.length - 1];
  // (an abbreviation's period ends a sentence too: "… in Hartford, Conn.", "… in the U.S.")
  return !!last && !/^[.!?…"”’'):;]$/u.test(last.t) && !(last.k === WORD && last.t.length > 2 && last.t.endsWith("."));
}

/** Lower-case words a title-case line keeps small ("Rescue of Girl in the Flood"). */
const TITLE_SMALL = new Set("a an the of and or nor but in on at to for with by from as vs via per into over".split(" "));

/**
 * A line written in title case — a headline, a subhead, a menu or a video title — whose capitals
 * say nothing about names: a heading block, or a short block without final punctuation, in which
 * at least 70% of the words after the first (small function words aside) are capitalised.
 */
export function isTitleCaseBlock(tokens: Token[], kind: Block["kind"], len: number, headline = false): boolean {
  if (kind !== "heading" && len > 160) return false;
  let words = 0;
  let caps = 0;
  let upper = 0;
  let functionCaps = 0;
  let first = true;
  for (const t of tokens) {
    if (t.k !== WORD || t.num) continue;
    if (t.allCaps) upper++;
    if (first) {
      first = false;
      continue;
    }
    if (!t.cap && TITLE_SMALL.has(t.key)) continue;
    words++;
    if (t.cap) caps++;
    if (t.cap && t.f & LX_COMMON_CAPS) functionCaps++;
  }
  if (words < 2 || caps < 0.7 * words) return false;
  if (kind === "heading") return true;
  // elsewhere a line of capitals may be a list of names or a table row: a title-case line has a
  // capitalised function word ("Rescue Of Girl", "NAMED AS CAPTAIN") and, unless all in capitals,
  // no final full stop (unless it is the text's headline, nine in ten words capitalised: "Ana Ruiz
  // Wins Race.")
  // (the text's headline with four capitalised words or more needs no capitalised function word:
  // "Ana Ruiz Rampages to Ten-Point Lead in Ohio.")
  if (headline && words >= 4 && caps >= 0.9 * words) return true;
  const last = tokens[tokens.length - 1];
  const allUpper = upper >= 0.8 * (words + 1);
  // (nor, in a line of four words or more, nine in ten capitalised with a capitalised function
  // word: "Ana Ruiz Scores Direct Hit On Tom Hicks." under "Related:")
  const full = (headline || (words >= 4 && functionCaps > 0)) && caps >= 0.9 * words;
  if (!allUpper && !full && last && last.k === PUNCT && (last.t === "." || last.t === "!" || last.t === "?")) return false;
  return functionCaps > 0;
}

/** "— Ana Ruiz (@anaruiz) May 3, 2026": a line signed with a dash (a post's or a letter's author). */
/** A sentence that is a whole line of its block (a newline, or the block's edge, on each side) and
 *  reads as a title-case line (isTitleCaseBlock). */
export function isTitleCaseLine(text: string, tokens: Token[], s: { a: number; b: number }): boolean {
  if (s.b - s.a < 3) return false;
  const start = tokens[s.a]!.s;
  const end = tokens[s.b - 1]!.e;
  const lineStart = s.a === 0 || text.lastIndexOf("\n", start - 1) >= tokens[s.a - 1]!.e;
  const lineEnd = s.b >= tokens.length || text.indexOf("\n", end) === -1 || text.indexOf("\n", end) <= tokens[s.b]!.s;
  if (!lineStart || !lineEnd || (s.a === 0 && s.b >= tokens.length)) return false;
  return isTitleCaseBlock(tokens.slice(s.a, s.b), "other", end - start);
}

export function isSignatureLine(tokens: Token[]): boolean {
  const f = tokens[0];
  return !!f && f.k === PUNCT && (f.t === "—" || f.t === "―" || f.t === "–");
}

export function isBylineBlock(tokens: Token[], len: number): boolean {
  if (len > 200 || tokens.length === 0) return false;
  const first = tokens[0]!;
  if (len <= 100 && first.k === WORD && first.key === "by" && first.cap) return true;
  // "Contributing: Jane Roe", "Reporting: A and B"
  if (len <= 160 && first.k === WORD && first.cap && tokens[1]?.t === ":" && (first.key === "contributing" || SIGNOFF_WORDS.has(first.key)))
    return true;
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

/** The slash at `i` joins two names in running prose ("the Walker/Cruz ticket", "the Obama/Clinton
 *  calls"), not a photo credit's name and agency ("Photo: Ana Ruiz/AFP", "Tom Hale/Reuters file"):
 *  capitalised words after it that are no agency or outlet, then a lower-case word. */
export function isProseSlash(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && tokens[j]!.k === WORD && tokens[j]!.cap && !tokens[j]!.allCaps && !(tokens[j]!.f & LX_MEDIA)) j++;
  const next = tokens[j];
  return j > i + 1 && !!next && next.k === WORD && !next.cap && next.key !== "via";
}

export function isCreditBlock(tokens: Token[], len: number): boolean {
  if (len > 220) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (not the slash of a number: "9/11", "24/7", "3/4")
    if (t.k === PUNCT && t.t === "/" && !(tokens[i - 1]?.num && tokens[i + 1]?.num && tokens[i - 1]!.e === t.s && tokens[i + 1]!.s === t.e) && !isProseSlash(tokens, i)) return true;
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
