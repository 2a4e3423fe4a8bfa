/**
 * Sentence boundaries over the tokens of one block. A sentence never ends inside a quotation
 * (so a quote and its "he said" stay together), never after a title abbreviation ("Dr.") or an
 * initial ("J. Smith"), and long runs are cut at a fixed length so later stages stay bounded.
 */
import {
  AP_STATES,
  COMMON_CAPS,
  LX_COMMON_CAPS,
  LX_MONTH,
  LX_SPEECH,
  NON_FINAL_ABBREVIATIONS,
} from "./lexicon/index.ts";
import type { QuoteSpan } from "./quotes.ts";
import { PUNCT, QUOTE, WORD, type Token } from "./tokens.ts";

export interface Sentence {
  /** token range [a, b) */
  a: number;
  b: number;
}

export const MAX_SENTENCE_TOKENS = 160;

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.k === QUOTE) return true;
  if (t.k === WORD) return t.cap || t.num;
  return t.t === "(" || t.t === "[" || t.t === "—" || t.t === "-";
}

// Scratch for the per-token marks, reused between calls (cleared over the range in use).
let scratch = new Uint8Array(512);

/** `inside` (token strictly inside a quotation, as the analyzer computes it from the same quotes)
 *  may be passed in to avoid recomputing it. */
export function splitSentences(text: string, tokens: Token[], quotes: QuoteSpan[], insideIn?: Uint8Array): Sentence[] {
  const n = tokens.length;
  if (scratch.length < 3 * (n + 1)) scratch = new Uint8Array(Math.max(3 * (n + 1), 2 * scratch.length));
  const marks = scratch;
  marks.fill(0, 0, 3 * (n + 1));
  // token i lies strictly inside a quotation
  const inside = insideIn ?? marks.subarray(0, n + 1);
  const closes = marks.subarray(n + 1, 2 * (n + 1));
  // an unclosed quotation cut short by the next opening mark ends its sentence there
  const breakBefore = marks.subarray(2 * (n + 1), 3 * (n + 1));
  for (const q of quotes) {
    if (q.close >= 0) closes[q.close] = 1;
    else if (q.endTok < n) breakBefore[q.endTok] = 1;
    if (insideIn) continue;
    const a = q.open < 0 ? 0 : q.open + 1;
    const b = q.endTok;
    for (let i = a; i < b; i++) inside[i] = 1;
  }
  const out: Sentence[] = [];
  let a = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let end = false;
    if (inside[i]) {
      // inside quotes only the hard cap splits
    } else if (t.t === "." && t.k === PUNCT && tokens[i + 1]?.num && tokens[i + 1]!.s === t.e) {
      // a decimal point opening a number: "a loaded .45-caliber handgun", "a .300 batting average"
    } else if (t.k === PUNCT && (t.t === "." || t.t === "!" || t.t === "?" || t.t === "…")) {
      let j = i + 1;
      while (
        j < n &&
        tokens[j]!.k === PUNCT &&
        (tokens[j]!.t === "." || tokens[j]!.t === "!" || tokens[j]!.t === "?" || tokens[j]!.t === ")")
      )
        j++;
      // (not inside a glued name: "Harbor.Net -", "news.com")
      if (startsSentence(tokens[j]) && !(tokens[j]?.k === WORD && tokens[j]!.s === tokens[j - 1]!.e)) {
        end = true;
        i = j - 1;
      }
    } else if (t.k === QUOTE && i > 0 && i + 1 < n) {
      // a closing mark right after terminal punctuation inside the quote: `… today." He said`
      const p = tokens[i - 1]!;
      const isClose = closes[i] === 1;
      if (
        isClose &&
        p.k === PUNCT &&
        (p.t === "." || p.t === "!" || p.t === "?") &&
        startsSentence(tokens[i + 1]) &&
        tokens[i + 1]!.k === WORD
      ) {
        const nx = tokens[i + 1]!;
        // `"…," he said` never gets here (comma); `"…." He added` does: new sentence only when the
        // next word is not a lower-case continuation, and not a short attribution of a quotation
        // that makes the sentence so far (`“…?” Dana Whitlock pressed.`)
        if (nx.cap && !(tokens[a]!.k === QUOTE && attributionFollows(tokens, i + 1, n, p.t === "."))) end = true;
      }
    } else if (t.k === WORD && t.t === "no." && tokens[i + 1]?.k === WORD && tokens[i + 1]!.cap) {
      // a lower-case "no." is the answer ending a sentence ("Hicks said no. Ortiz said yes."), not
      // the number sign ("No. 3", "ranked no. 2": a number follows, no capital)
      end = true;
    } else if (t.k === WORD && t.t.endsWith(".") && t.t.length > 1 && !NON_FINAL_ABBREVIATIONS.has(t.key)) {
      const nx = tokens[i + 1];
      // "in the U.S. The…", "wrote on X. He…" end a sentence; "J. Smith" does not (a name follows)
      // (but "at 10:30 p.m. Aug. 9 …": a date after a time goes on)
      // ("Fla.", "Calif.", which keep their period as a state's AP abbreviation: a sentence's end as
      // a bare period would be, but not before a title, "Fla. Gov. X")
      if (AP_STATES.has(t.t) && !t.t.slice(0, -1).includes(".")) end = startsSentence(nx) && !(nx?.k === WORD && NON_FINAL_ABBREVIATIONS.has(nx.key));
      else if (nx && nx.k === WORD && nx.cap && nx.s > t.e && COMMON_CAPS.has(nx.key) && !isDateAt(tokens, i + 1)) end = true;
    }
    if (!end && !inside[i] && i + 1 < n && hasNewline(text, t.e, tokens[i + 1]!.s) && startsSentence(tokens[i + 1])) end = true;
    if (!end && breakBefore[i + 1]) end = true;
    if (!end && i - a + 1 >= MAX_SENTENCE_TOKENS) end = true;
    if (end) {
      out.push({ a, b: i + 1 });
      a = i + 1;
    }
  }
  if (a < n) out.push({ a, b: n });
  return out;
}

/** tokens[j..] read `Name verb …`: a capitalised run of at most four words, maybe an apposition
 *  between commas, then a speech verb or a past-tense verb (`“…?” Dana Whitlock asked the board.`);
 *  `strict`: then at most one more lower-case word and . ! ? or the end. */
function attributionFollows(tokens: Token[], j: number, n: number, strict: boolean): boolean {
  let k = j;
  while (k < n && k - j < 4 && tokens[k]!.k === WORD && tokens[k]!.cap) k++;
  if (k === j || k >= n) return false;
  // (an apposition between commas may stand between: `“…?” Ana Ruiz, a lawyer for the group, said`;
  // not after a word that may open a sentence of its own: `“…?” He Jianxiong, …` reads as one)
  if (tokens[k]!.t === "," && !(tokens[j]!.f & LX_COMMON_CAPS)) {
    let m = k + 1;
    while (m < n && m - k <= 16 && tokens[m]!.t !== "," && !(tokens[m]!.k === PUNCT && ".!?".includes(tokens[m]!.t))) m++;
    if (tokens[m]?.t !== "," || m + 1 >= n) return false;
    k = m + 1;
  }
  const v = tokens[k]!;
  if (v.k !== WORD || v.cap || v.num || !((v.f & LX_SPEECH) !== 0 || v.key.endsWith("ed"))) return false;
  // after a question or an exclamation the attribution may go on (`… asked Republican
  // politicians.`); after a full stop only a short one (`“….” Ana Ruiz said the plan…` is a new
  // sentence with its own content)
  if (!strict) return true;
  let e = k + 1;
  const x = tokens[e];
  if (x && x.k === WORD && !x.cap && !x.num) e++;
  const end = tokens[e];
  return !end || (end.k === PUNCT && (end.t === "." || end.t === "!" || end.t === "?"));
}

/** tokens[j..] read a date: a month ("Aug.", "August"), then a number ("Aug. 9"). */
function isDateAt(tokens: Token[], j: number): boolean {
  const m = tokens[j];
  if (!m || m.k !== WORD || !(m.f & LX_MONTH)) return false;
  const d = tokens[j + 1]?.t === "." ? tokens[j + 2] : tokens[j + 1];
  return !!d && d.k === WORD && d.num;
}

function hasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
