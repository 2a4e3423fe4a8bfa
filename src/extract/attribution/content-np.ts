/**
 * Words and spans around a cue's content: the auxiliaries that make a stretch a clause, where a
 * noun-phrase content ends before the cue's own time or medium, a content's character end, and the
 * quotation covering a token.
 */
import { MEDIA } from "../lexicon/index.ts";
import { type QuoteSpan } from "../quotes.ts";
import { PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { type SentenceInput } from "./types.ts";
import { DETS, SUBORD, isDay } from "./words.ts";

/** Auxiliaries, modals and forms of "be": a reported stretch holding one is a clause. */
export const FINITE = new Set(
  "is are was were be been am has have had will would could can cannot should may might must did does do won't can't".split(" "),
);
export const PREPOSITIONS = new Set("in at on of for with to by from into over under about".split(" "));
/** Where and how something was said: "in a letter", "at a news conference", "on Twitter". */
const MEDIUM_NOUNS = new Set(
  "letter statement interview post tweet tweets speech video message filing op-ed column email briefing hearing conference address podcast broadcast court courtroom meeting rally event visit call session summit".split(
    " ",
  ),
);

/**
 * The end of a noun-phrase content (a request, a label, an admission: "asked for mercy during the
 * hearing in a letter", "acknowledged staff shortages Tuesday"): none of its words is an auxiliary,
 * a modal or a verb in -ed, and it ends before the cue's own time ("Tuesday", "on Monday",
 * "yesterday") or medium ("in a letter", "at a news conference"). Returns e unchanged for a clause.
 */
export function nounPhraseEnd(inp: SentenceInput, a: number, e: number): number {
  const { tokens, inside } = inp;
  let cut = e;
  for (let i = a + 1; i < e && cut === e; i++) {
    const t = tokens[i]!;
    if (inside[i] || t.k !== WORD) continue;
    if (isDay(t.key) || t.key === "today" || t.key === "yesterday") cut = tokens[i - 1]!.key === "on" ? i - 1 : i;
    else if ((t.key === "in" || t.key === "at" || t.key === "on" || t.key === "via" || t.key === "during") && !t.cap) {
      let k = i + 1;
      if (tokens[k] && DETS.has(tokens[k]!.key)) k++;
      while (
        k < e &&
        k - i <= 4 &&
        tokens[k]!.k === WORD &&
        !MEDIUM_NOUNS.has(tokens[k]!.key) &&
        !PREPOSITIONS.has(tokens[k]!.key)
      )
        k++;
      if (k < e && tokens[k]!.k === WORD && MEDIUM_NOUNS.has(tokens[k]!.key)) cut = i;
    }
  }
  if (cut === e) return e;
  // a clause keeps its time and place ("said the vote would be held Tuesday"), also when its
  // auxiliary comes right after them ("said any changes at the spring meeting would only be advice")
  for (let i = cut; i < e; i++) {
    const t = tokens[i]!;
    // (not a verb coordinated with the cue's: "pleaded not guilty in court Tuesday and were released")
    if (inside[i] || t.k === PUNCT || t.k === QUOTE || SUBORD.has(t.key) || t.key === "and" || t.key === "but" || t.key === "or") break;
    if (t.k === WORD && !t.cap && (FINITE.has(t.key) || t.key.endsWith("n't"))) return e;
  }
  for (let i = a; i < cut; i++) {
    const t = tokens[i]!;
    if (inside[i] || t.k !== WORD || t.cap) continue;
    if (FINITE.has(t.key) || t.key.endsWith("n't") || (t.key.endsWith("ed") && i > a)) return e;
  }
  return cut;
}

export function isMediaName(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (MEDIA.has(tokens[i]!.key)) return true;
  return false;
}

/** Character end of content ending before token e: final . ! ? outside quotes excluded. */
export function charEnd(inp: SentenceInput, a: number, e: number): number {
  const { tokens } = inp;
  let k = e;
  while (k > a && tokens[k - 1]!.k === PUNCT && ".!?,:;—–-".includes(tokens[k - 1]!.t)) k--;
  return k > a ? tokens[k - 1]!.e : tokens[a]!.s;
}

export function quoteCovering(inp: SentenceInput, tokIdx: number): QuoteSpan | undefined {
  const pos = inp.tokens[tokIdx]!.s;
  for (const q of inp.quotes) if (q.start <= pos && pos < q.end + 1) return q;
  return undefined;
}

/** A finite verb (or one in -ed) within twelve words from k, before any punctuation. */
export function verbSoon(inp: SentenceInput, k: number): boolean {
  for (let m = k; m < inp.s.b && m - k < 12; m++) {
    const u = inp.tokens[m]!;
    if (u.k !== WORD) return false;
    if (!u.cap && (FINITE.has(u.key) || u.key.endsWith("n't") || (u.key.endsWith("ed") && u.key.length > 4))) return true;
  }
  return false;
}
