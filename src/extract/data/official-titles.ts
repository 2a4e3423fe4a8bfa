/**
 * Words of official titles, learned from the KB's public-domain / CC0 officials data (CIA World
 * Factbook chiefs of state, heads of government and ambassadors; US Congress leadership roles; see
 * NOTICE.md): "president", "minister", "ambassador", "governor", "whip", "speaker"; and their
 * multi-word forms ("prime minister", "charge d'affaires"). Keys are folded token keys.
 */
import { TITLE_PHRASES, TITLE_WORDS } from "./official-titles.gen.ts";
import { words } from "./pack.ts";

interface Tables {
  words: Map<string, number>;
  phrases: Map<string, string[][]>;
}

let tables: Tables | undefined;

function load(): Tables {
  const w = new Map<string, number>();
  const list = words(TITLE_WORDS);
  for (let i = 0; i + 1 < list.length; i += 2) w.set(list[i]!, Number(list[i + 1]));
  const phrases = new Map<string, string[][]>();
  for (const entry of TITLE_PHRASES.split("|")) {
    const parts = entry.split("=")[0]!.split(" ");
    const l = phrases.get(parts[0]!) ?? [];
    l.push(parts);
    phrases.set(parts[0]!, l);
  }
  for (const l of phrases.values()) l.sort((a, b) => b.length - a.length);
  return { words: w, phrases };
}

/** In how many countries' (or Congress role holders') official titles the word occurs; 0: none. */
export function officialTitleCount(key: string): number {
  return (tables ??= load()).words.get(key) ?? 0;
}

export function isOfficialTitleWord(key: string): boolean {
  return officialTitleCount(key) > 0;
}

/** Multi-word official titles starting with this word, as key arrays, longest first. */
export function officialTitlePhrasesFrom(firstKey: string): readonly (readonly string[])[] {
  return (tables ??= load()).phrases.get(firstKey) ?? [];
}
