/**
 * Direct-quotation spans inside one block. Curly marks say which way they face; straight marks
 * are read from their surroundings (space before and text after opens, text before and space
 * after closes) and otherwise toggle. News conventions handled:
 *  - a quotation left open at the end of a paragraph continues in the next one; the next
 *    paragraph either opens again with a mark, or (sloppy copy) only has the closing mark;
 *  - single quotes at top level (headlines, captions: `Name: 'words'`); single quotes nested in a
 *    double quotation are mock or relayed quotes and are not separate entries.
 * Spans exclude the marks. The scan is linear in the number of quote tokens.
 */
import { QUOTE, WORD, type Token } from "./tokens.ts";
import { isSpaceCode } from "./normalize.ts";

export interface QuoteSpan {
  /** inner span, marks excluded */
  start: number;
  end: number;
  /** token index of the opening mark (-1: continues from the previous block) */
  open: number;
  /** token index of the closing mark (-1: runs to the end of the block) */
  close: number;
  /** continues an unclosed quotation of the previous block */
  continued: boolean;
  single: boolean;
  /** token index where the quoted stretch ends (exclusive): the closing mark, the next opening
   *  mark of an unclosed quotation, or the block's token count */
  endTok: number;
}

const OPEN_D = "“„«‟";
const CLOSE_D = "”»";
const OPEN_S = "‘‹‚";
const CLOSE_S = "’›";

function leftOpen(text: string, pos: number, blockStart: number): boolean {
  if (pos <= blockStart) return true;
  const c = text.charCodeAt(pos - 1);
  const ch = text[pos - 1]!;
  return isSpaceCode(c) || "([{—–-/:".includes(ch);
}

function rightOpen(text: string, pos: number, blockEnd: number): boolean {
  if (pos + 1 >= blockEnd) return true;
  const c = text.charCodeAt(pos + 1);
  const ch = text[pos + 1]!;
  return isSpaceCode(c) || ",.;:!?)]}—–".includes(ch);
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

function trimStart(text: string, s: number, e: number): number {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  return s;
}

export interface QuoteScan {
  spans: QuoteSpan[];
  /** the block ended inside an open double quotation */
  carryOut: boolean;
}

/** Adds the quotation text[s, e) (trimmed) to spans unless it is empty. A module function, not a
 *  closure per call (closures cost an allocation, and a naming call under tsx's keepNames). */
function pushSpan(
  spans: QuoteSpan[],
  text: string,
  carryIn: boolean,
  open: number,
  close: number,
  s: number,
  e: number,
  single: boolean,
  endTok: number,
): void {
  const a = trimStart(text, s, e);
  const b = trimEnd(text, a, e);
  if (b > a) {
    spans.push({
      start: a,
      end: b,
      open,
      close,
      continued: open === -1 || (open === 0 && carryIn && spans.length === 0),
      single,
      endTok,
    });
  }
}

export function findQuotes(text: string, tokens: Token[], blockStart: number, blockEnd: number, carryIn: boolean): QuoteScan {
  const spans: QuoteSpan[] = [];
  let dOpen = -2; // token index of the open double mark; -2 none, -1 continued from previous block
  let sOpen = -2;
  let seenDouble = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== QUOTE) continue;
    // a doubled single mark stands for a double one ("‘‘…’’", "``…''")
    const ch = t.t.length === 2 ? (t.t === "‘‘" || t.t === "``" ? "“" : '"') : t.t;
    const lo = leftOpen(text, t.s, blockStart);
    const ro = rightOpen(text, t.s, blockEnd);
    const isDouble = ch === '"' || OPEN_D.includes(ch) || CLOSE_D.includes(ch);
    if (isDouble) {
      let dir: "open" | "close";
      if (OPEN_D.includes(ch)) dir = !lo && ro && dOpen !== -2 ? "close" : "open";
      else if (CLOSE_D.includes(ch)) dir = lo && !ro && dOpen === -2 ? "open" : "close";
      else if (lo && !ro) dir = "open";
      else if (!lo && ro) dir = "close";
      else dir = dOpen === -2 ? "open" : "close";
      if (dir === "open") {
        if (dOpen !== -2) {
          // two openings in a row: the first quotation was never closed
          const from = dOpen === -1 ? blockStart : tokens[dOpen]!.e;
          pushSpan(spans, text, carryIn, dOpen, -1, from, t.s, false, i);
        }
        dOpen = i;
        sOpen = -2;
      } else {
        if (dOpen !== -2) {
          const from = dOpen === -1 ? blockStart : tokens[dOpen]!.e;
          pushSpan(spans, text, carryIn, dOpen, i, from, t.s, false, i);
          dOpen = -2;
        } else if (!seenDouble && carryIn) {
          // the paragraph continues an open quotation without re-opening it
          pushSpan(spans, text, carryIn, -1, i, blockStart, t.s, false, i);
        }
      }
      seenDouble = true;
      continue;
    }
    // single marks: only at top level
    if (dOpen !== -2) continue;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const next = tokens[i + 1];
    let dir: "open" | "close" | "none";
    if (OPEN_S.includes(ch)) dir = "open";
    else if (CLOSE_S.includes(ch)) dir = !lo && ro ? "close" : lo && !ro ? "open" : "close";
    else if (lo && !ro) dir = "open";
    else if (!lo && ro) dir = "close";
    else dir = "none";
    if (dir === "open") {
      if (next && next.k === WORD && next.s === t.e) sOpen = i;
    } else if (dir === "close") {
      if (sOpen !== -2 && prev && prev.e === t.s) {
        pushSpan(spans, text, carryIn, sOpen, i, tokens[sOpen]!.e, t.s, true, i);
        sOpen = -2;
      }
    }
  }
  let carryOut = false;
  if (dOpen !== -2) {
    const from = dOpen === -1 ? blockStart : tokens[dOpen]!.e;
    pushSpan(spans, text, carryIn, dOpen, -1, from, blockEnd, false, tokens.length);
    carryOut = true;
  } else if (!seenDouble && carryIn && tokens.length > 0 && tokens[0]!.k !== QUOTE) {
    // no marks at all in this paragraph: the open quotation does not continue here
    carryOut = false;
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, carryOut };
}
