/**
 * Words and spans around a cue's content: the auxiliaries that make a stretch a clause, where a
 * noun-phrase content ends before the cue's own time or medium, a content's character end, the
 * quotation covering a token, and stretches that are no content (a cue's own "from"/"at" phrase, a
 * participle's phrase before the main verb).
 */
import { MEDIA, SPEECH_VERBS } from "../lexicon/index.ts";
import { type QuoteSpan } from "../quotes.ts";
import { PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { type SentenceInput } from "./types.ts";
import { BE, DETS, HAVE, MODALS, SUBORD, isDay } from "./words.ts";

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

/** tokens[ca] opens `from X` or `at X` (not `to X`: "pointed to X", "referring to X" name what
 *  the source points at, which PolNeAR's annotators take as content). */
export function prepObjectOnly(tokens: Token[], ca: number): boolean {
  const t = tokens[ca]!;
  // ("hinted at a shake-up" reports what was hinted)
  return t.k === WORD && !t.cap && (t.key === "from" || (t.key === "at" && !tokens[ca - 1]?.key.startsWith("hint")));
}

/** tokens[ca..ce) read `to|from|in|by the noun… be/have/modal` with no second determiner: a
 *  phrase of the participle before it, then the main clause's verb ("admitted to the country have
 *  been"), not a clause ("in Lima the port would …" has a subject). */
export function participlePhrase(tokens: Token[], ca: number, ce: number): boolean {
  const t = tokens[ca]!;
  if (t.k !== WORD || t.cap || !(t.key === "to" || t.key === "from" || t.key === "in" || t.key === "by")) return false;
  if (!(tokens[ca + 1]?.k === WORD && DETS.has(tokens[ca + 1]!.key))) return false;
  for (let k = ca + 2; k < Math.min(ce, ca + 6); k++) {
    const u = tokens[k]!;
    if (u.k !== WORD || DETS.has(u.key) || SUBORD.has(u.key)) return false;
    if (!u.cap && u.key !== "to" && (BE.has(u.key) || HAVE.has(u.key) || MODALS.includes(u.key))) return k > ca + 2;
  }
  return false;
}

/** No verb of a clause in tokens[a..b) (a form of be, have, a modal, a past form, a speech verb),
 *  nor a quotation after the first word (`referred to them as “Little Marco”` keeps its speaker). */
export function verbless(inp: SentenceInput, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const u = inp.tokens[k]!;
    if (u.k === QUOTE && k > a) return false;
    if (u.k === WORD && !u.cap && (FINITE.has(u.key) || BE.has(u.key) || HAVE.has(u.key) || u.key.endsWith("ed") || u.key.endsWith("n't") || SPEECH_VERBS.has(u.key) || u.key === "that")) return false;
  }
  return true;
}
