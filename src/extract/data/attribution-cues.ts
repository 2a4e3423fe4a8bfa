/**
 * Attribution cues learned from PolNeAR's training split (word statistics only; see NOTICE.md):
 * which words and phrases introduce an attribution, how reliably (the share of their occurrences in
 * political news that are cues), their lemma and part of speech, and what their content is like
 * (a quotation, a clause, a that-clause, a to-infinitive, a wh-clause or a noun phrase); and the
 * head nouns of sources ("spokesman", "officials", "campaign", "poll"). Keys are folded token keys.
 */
import {
  CONTENT_KINDS,
  CUE_CONTENT,
  CUE_COUNTS,
  CUE_FORMS,
  CUE_LEMMAS,
  CUE_OCCURRENCES,
  CUE_PHRASES,
  CUE_POS,
  SOURCE_HEADS,
} from "./attribution-cues.gen.ts";
import { countedWords, phraseIndex } from "./pack.ts";

/** A learned cue word: [form, lemma, part of speech (v verb, n noun, o other), attributions it
 *  heads, occurrences in the texts, content kinds % (CONTENT_KINDS)]. */
export type CueWordRow = readonly [string, string, string, number, number, readonly number[]];

/** The learned cue words, most attributions first (the generated module holds them column by
 *  column; a lemma is written against its form: "said" 2y → "say"). */
export const CUE_WORDS: readonly CueWordRow[] = (() => {
  const lemmas = CUE_LEMMAS.split(" ");
  const counts = CUE_COUNTS.split(" ");
  const occ = CUE_OCCURRENCES.split(" ");
  const content = CUE_CONTENT.split(" ").map(Number);
  return CUE_FORMS.split(" ").map((form, i): CueWordRow => {
    const drop = /^\d+/.exec(lemmas[i]!)![0];
    const lemma = form.slice(0, form.length - Number(drop)) + lemmas[i]!.slice(drop.length);
    return [form, lemma, CUE_POS[i]!, Number(counts[i]), Number(occ[i]), content.slice(6 * i, 6 * i + 6)];
  });
})();

export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface Cue {
  /** folded word, or folded words joined by one space */
  key: string;
  /** lemma ("said" → "say"); a phrase is its own lemma */
  lemma: string;
  /** "v" verb, "n" noun, "o" other, "p" phrase */
  pos: "v" | "n" | "o" | "p";
  /** attributions it introduced in the training split */
  count: number;
  /** count / occurrences of the word or phrase in the training texts: how often it is a cue */
  share: number;
  /** per cent of its attributions by kind of content */
  content: Readonly<Record<ContentKind, number>>;
}

// The words, the phrases and the source heads are each read on their first look-up, on their
// own: a build keeps only what its code asks about (the engine does not use the phrases).
let cueWordMap: Map<string, Cue> | undefined;
let phrases: { byKey: Map<string, Cue>; byFirst: Map<string, string[][]> } | undefined;
let sources: Map<string, number> | undefined;

function content(p: readonly number[]): Record<ContentKind, number> {
  const out = {} as Record<ContentKind, number>;
  CONTENT_KINDS.forEach((k, i) => (out[k] = p[i] ?? 0));
  return out;
}

function loadWords(): Map<string, Cue> {
  const words = new Map<string, Cue>();
  for (const [key, lemma, pos, count, occ, p] of CUE_WORDS)
    words.set(key, { key, lemma, pos: pos as Cue["pos"], count, share: count / occ, content: content(p) });
  return words;
}

function loadPhrases(): { byKey: Map<string, Cue>; byFirst: Map<string, string[][]> } {
  const byKey = new Map<string, Cue>();
  for (const [key, count, occ, p] of CUE_PHRASES) byKey.set(key, { key, lemma: key, pos: "p", count, share: count / occ, content: content(p) });
  return { byKey, byFirst: phraseIndex(byKey.keys(), "first") };
}

/** The cue statistics of a single word ("said", "told", "according"), if it is a learned cue. */
export function cueWord(key: string): Cue | undefined {
  return (cueWordMap ??= loadWords()).get(key);
}

/** The cue statistics of a phrase given as folded words joined by single spaces ("according to"). */
export function cuePhrase(phrase: string): Cue | undefined {
  return (phrases ??= loadPhrases()).byKey.get(phrase);
}

/** Learned cue phrases that start with this word, as word arrays, longest first. */
export function cuePhrasesFrom(firstKey: string): readonly (readonly string[])[] {
  return (phrases ??= loadPhrases()).byFirst.get(firstKey) ?? [];
}

/** A word that introduced at least `minCount` attributions and is a cue in at least `minShare` of
 *  its occurrences (the data holds words with ≥ 3 and ≥ 10 %). */
export function isCueWord(key: string, minShare = 0.1, minCount = 3): boolean {
  const c = cueWord(key);
  return c !== undefined && c.share >= minShare && c.count >= minCount;
}

/** How many attribution sources in the training split had this head noun (0: none). */
export function sourceHeadCount(key: string): number {
  return (sources ??= countedWords(SOURCE_HEADS)).get(key) ?? 0;
}

/** Every learned cue word (for reports and tests). */
export function cueWords(): readonly Cue[] {
  return [...(cueWordMap ??= loadWords()).values()];
}
