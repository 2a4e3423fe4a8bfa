/**
 * What a quotation is not: a transcript turn, a title or slogan in title case, a short scare quote
 * without attribution, a body's own label ("its “fair trade” policy"); and the `“…” Name verb.`
 * attribution right after a closing mark.
 */
import { type QuoteSpan } from "../quotes.ts";
import { PUNCT, WORD } from "../tokens.ts";
import { type SentenceInput } from "./types.ts";

/** Past-tense verbs without -ed that attribute a quotation they follow ("Trump went on"). */
export const PAST_ATTRIBUTION_VERBS = new Set("went shot spoke began broke cut hit struck".split(" "));

/** `“…” Name verb [particle/adverb].` right after a closing mark at token `close`: the index of the
 *  verb, or -1. The name is a person's whole chunk; the sentence ends after at most one more word. */
export function closingAttribution(inp: SentenceInput, close: number): number {
  const { tokens, s, personAt, persons } = inp;
  // "an angry Hollande retaliated": an article and a word or two before the name
  let at = close + 1;
  const det = tokens[at];
  if (det && det.k === WORD && !det.cap && (det.key === "a" || det.key === "an" || det.key === "the")) {
    let m = at + 1;
    while (m < s.b && m - at <= 2 && tokens[m]!.k === WORD && !tokens[m]!.cap && !tokens[m]!.num) m++;
    if (m > at + 1) at = m;
  }
  const pi = personAt[at] ?? -1;
  if (pi < 0) return -1;
  const p = persons[pi]!;
  if (p.ca !== at || p.poss) return -1;
  const v = tokens[p.b];
  if (!v || p.b >= s.b || v.k !== WORD || v.cap || v.num || !(v.key.endsWith("ed") || PAST_ATTRIBUTION_VERBS.has(v.key)))
    return -1;
  // `“…,” Kelly charged in her now-famous question`: after a comma closing the quotation the
  // sentence may go on
  if (tokens[close - 1]?.t === ",") return p.b;
  let e = p.b + 1;
  const x = tokens[e];
  if (x && e < s.b && x.k === WORD && !x.cap && !x.num) e++;
  const end = tokens[e];
  if (e < s.b && !(end && end.k === PUNCT && (end.t === "." || end.t === "!" || end.t === "?"))) return -1;
  return p.b;
}

export function countWords(text: string, a: number, b: number): number {
  let n = 0;
  let inW = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const sp = c === 32 || c === 10 || c === 9;
    if (!sp && !inW) n++;
    inW = !sp;
  }
  return n;
}

export const TITLE_SMALL = new Set("of the and a an in on at to for with by or vs de".split(" "));

/** "Meet the Press", "Fareed Zakaria GPS,": titles of shows, books and slogans in title case. */
export function isTitleCase(text: string, a: number, b: number): boolean {
  while (b > a && ".,!?:;".includes(text[b - 1]!)) b--;
  let words = 0;
  let caps = 0;
  let i = a;
  while (i < b) {
    while (i < b && text.charCodeAt(i) === 32) i++;
    if (i >= b) break;
    const st = i;
    while (i < b && text.charCodeAt(i) !== 32) i++;
    const w = text.slice(st, i);
    words++;
    if (w[0] !== w[0]!.toLowerCase()) caps++;
    else if (!TITLE_SMALL.has(w) || words === 1) return false;
  }
  return words >= 1 && caps >= 1 && words <= 8;
}

export function hasCueNear(inp: SentenceInput, q: QuoteSpan, cues: number[]): boolean {
  for (const i of cues) {
    if (q.close >= 0 && i > q.close && i - q.close <= 8) return true;
    if (q.open >= 0 && i < q.open && q.open - i <= 12) return true;
  }
  return false;
}

/** Quoted text that opens with an all-capitals speaker label and a colon ("PENCE: Well, …") or is an
 *  all-capitals stage note in brackets. */
export function isTranscriptTurn(text: string, a: number, b: number): boolean {
  let i = a;
  if (text[i] === "(" || text[i] === "[") {
    let j = i + 1;
    let letters = 0;
    while (j < b && j - i < 30 && text[j] !== ")" && text[j] !== "]") {
      const c = text.charCodeAt(j);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      j++;
    }
    return letters >= 3 && j < b;
  }
  let caps = 0;
  while (i < b && i - a < 30) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) caps++;
    else if (c === 58)
      return caps >= 2; // ":"
    else if (c !== 32 && c !== 46 && c !== 45 && c !== 39) return false;
    i++;
  }
  return false;
}

// (a person's: "talked up her “harbour first” plan" quotes her words; a body's names its own thing)
const POSSESSIVES = new Set(["its", "their"]);
/** Words after a quotation that do not make it a modifier of a noun. */
const NOT_NOUNS = new Set("and or but of in on at to for with by from as is are was were has have had will would said says".split(" "));

/** `its “fair trade” policy`: a few quoted words between a possessive and the noun they name. */
export function isOwnLabel(inp: SentenceInput, q: QuoteSpan): boolean {
  const { tokens, text } = inp;
  if (q.open < 1 || q.close < 0 || countWords(text, q.start, q.end) > 4) return false;
  const before = tokens[q.open - 1]!;
  const after = tokens[q.close + 1];
  return (
    before.k === WORD &&
    POSSESSIVES.has(before.key) &&
    !!after &&
    after.k === WORD &&
    !after.cap &&
    !after.num &&
    !NOT_NOUNS.has(after.key)
  );
}

/** Words quoted and then attributed by the cue right after the closing mark, ending in a comma or
 *  a stop inside the marks (“Really,” she said; “What a Tuesday!” Ruiz said): speech, even when
 *  capitalised like a title, when the quotation opens the sentence. */
export function spokenBeforeCue(inp: SentenceInput, q: QuoteSpan, found: { cueStart: number }, weak: boolean): boolean {
  if (weak || q.close < 0 || q.open < inp.s.a || found.cueStart < q.end || found.cueStart - q.end > 3) return false;
  // (opening the sentence: not a show named inside it, "Ruiz told ABC's “This Week,” that …")
  for (let k = inp.s.a; k < q.open; k++) if (inp.tokens[k]!.k === WORD) return false;
  const { text } = inp;
  const last = text.charCodeAt(q.end - 1);
  return last === 44 || last === 33 || last === 63 || last === 46; // , ! ? .
}
