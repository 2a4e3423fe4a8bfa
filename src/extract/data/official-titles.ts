/**
 * Words of official titles, learned from the KB's public-domain / CC0 officials data (CIA World
 * Factbook chiefs of state, heads of government and ambassadors; US Congress leadership roles; see
 * NOTICE.md): "president", "minister", "ambassador", "governor", "whip", "speaker"; and their
 * multi-word forms ("prime minister", "charge d'affaires"). Keys are folded token keys.
 */
import { TITLE_PHRASES, TITLE_WORDS } from "./official-titles.gen.ts";
import { countedWords, phraseIndex } from "./pack.ts";

// Each table is built on its first look-up, on its own: a build keeps only what its code asks
// about (the engine does not use the phrases).
let titleWords: Map<string, number> | undefined;
let phrases: Map<string, string[][]> | undefined;

/** In how many countries' (or Congress role holders') official titles the word occurs; 0: none. */
export function officialTitleCount(key: string): number {
  return (titleWords ??= countedWords(TITLE_WORDS)).get(key) ?? 0;
}

export function isOfficialTitleWord(key: string): boolean {
  return officialTitleCount(key) > 0;
}

/** Multi-word official titles starting with this word, as key arrays, longest first. */
export function officialTitlePhrasesFrom(firstKey: string): readonly (readonly string[])[] {
  phrases ??= phraseIndex(
    TITLE_PHRASES.split("|").map((entry) => entry.split("=")[0]!),
    "first",
  );
  return phrases.get(firstKey) ?? [];
}
