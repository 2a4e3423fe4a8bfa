/**
 * Source labels as the text words them: a phrase's own text, and a share of a group as a poll
 * reports it ("Six in 10 voters", "a majority of Republicans").
 */
import { type Token, WORD } from "../tokens.ts";
import { type SentenceInput, type SpeakerRef } from "./types.ts";

/** The text of tokens[a..b). */
export function labelOf(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.s, tokens[b - 1]!.e);
}

/** Words before a share that only bound or round it ("some 55 percent", "a majority", "more than half"). */
const SHARE_LEADS = new Set("some nearly almost about roughly around over just only fully barely more fewer less than a and but".split(" "));
/** Shares of a group named by a word ("half", "two-thirds", "a majority"). */
const SHARE_WORDS = new Set(
  (
    "half majority minority plurality third thirds quarter quarters two-thirds one-third three-quarters one-quarter " +
    "three-fourths"
  ).split(" "),
);
/** Number words that open a ratio ("one in three", "six in 10"). */
const RATIO_WORDS = new Set("one two three four five six seven eight nine ten".split(" "));
/** Longest share phrase read as a label, in tokens. */
const MAX_SHARE_TOKENS = 10;

/** A subject phrase tokens[a..b) that names a share of a group, as a poll reports it ("Six in 10
 *  voters", "42%", "Some 55 percent of voters", "a majority of Republicans"): the whole phrase is the
 *  source (over its rounding words), not the group noun nor a capitalised first word. */
export function shareLabel(inp: SentenceInput, a: number, b: number): SpeakerRef {
  const { tokens, text } = inp;
  if (b - a > MAX_SHARE_TOKENS) return null;
  let k = a;
  while (k < b && tokens[k]!.k === WORD && SHARE_LEADS.has(tokens[k]!.key)) k++;
  // (a word weighing the share after its article: "a staggering 56 percent", "a mere 9 percent")
  if (k > a && tokens[k - 1]!.key === "a" && tokens[k]?.k === WORD && !tokens[k]!.cap && tokens[k + 1]?.num) k++;
  const t = tokens[k];
  if (!t || t.k !== WORD) return null;
  const n = tokens[k + 1];
  const ratio = (t.num || RATIO_WORDS.has(t.key)) && n?.key === "in" && !!tokens[k + 2] && (tokens[k + 2]!.num || RATIO_WORDS.has(tokens[k + 2]!.key));
  const percent = t.num && (n?.t === "%" || n?.key === "percent" || (n?.key === "per" && tokens[k + 2]?.key === "cent"));
  const word = SHARE_WORDS.has(t.key) && (k + 1 === b || n?.key === "of");
  if (!ratio && !percent && !word) return null;
  let s0 = a;
  while (s0 < k && (tokens[s0]!.key === "and" || tokens[s0]!.key === "but")) s0++;
  // (a relative "who" after the share is no part of it: "23 percent who said …")
  const e = tokens[b - 1]!.key === "who" && b - 1 > k ? b - 1 : b;
  return { label: labelOf(text, tokens, s0, e), company: false };
}
