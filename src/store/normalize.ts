/**
 * Text folding for the memory: names, affiliations and claim words are compared in a folded
 * form (Unicode NFKD with combining marks removed, lower case, punctuation dropped) so that
 * "Benjamín Netanyahu", "BENJAMIN NETANYAHU" and "Benjamin Netanyahu" compare equal and the
 * word index finds "Zelenskyy" whatever accents the outlet used.
 *
 * Pure: strings in, strings out. Shared by the identity rules, the word index and the
 * v1→v2 migration, so the three agree on what "the same word" means.
 */

import { stripInvisible } from "../kb/names.ts";

const COMBINING_MARKS = /\p{M}+/gu;
/** Apostrophes and hyphens join the parts of one name or word ("O'Brien", "al-Thani"). */
const JOINERS = /['’ʼ\-‐‑–]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-case, strip accents and invisible characters (a soft hyphen inside "Vla\u00ADdimir"),
 *  drop joiners; everything else that is not a letter or digit
 *  becomes a single space. */
export function fold(text: string): string {
  return stripInvisible(text)
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(JOINERS, "")
    .replace(NON_WORD, " ")
    .trim();
}

export function foldTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  const folded = fold(text);
  return folded === "" ? [] : folded.split(" ");
}

/** Words too common to narrow a search; never indexed and ignored in queries. */
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i if in into is it its " +
    "of on or our she so that the their them they this to was we were will with you not no " +
    "said says say told would could should there than then also about after before over"
  ).split(" "),
);

/** Upper bound on distinct words indexed per claim: keeps one pathological claim (a pasted
 *  table) from bloating the index. */
export const MAX_WORDS_PER_CLAIM = 200;

/** Folded, de-duplicated index words for a text: letters/digits runs of length ≥ 2 that are
 *  not stopwords. */
export function indexWords(...texts: Array<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const token of foldTokens(text)) {
      if (token.length < 2 || STOPWORDS.has(token)) continue;
      out.add(token);
      if (out.size >= MAX_WORDS_PER_CLAIM) return [...out];
    }
  }
  return [...out];
}

/** Query words: same folding as the index; stopwords dropped. */
export function queryWords(query: string): string[] {
  return [...new Set(foldTokens(query).filter((t) => t.length >= 2 && !STOPWORDS.has(t)))];
}
