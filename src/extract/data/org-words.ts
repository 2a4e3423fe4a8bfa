/**
 * Organisation evidence from open data (see NOTICE.md): legal-form suffixes of the GLEIF ISO 20275
 * code list ("Inc", "Ltd", "GmbH", "S.p.A.", "Oyj"), the head words that end party, legislature,
 * court and company-form names ("Party", "Court", "Assembly", "Corporation"), and acronyms of
 * international organisations ("IMF", "ASEAN"). Keys are token keys: folded, final period dropped.
 */
import {
  ORG_ACRONYMS,
  ORG_ACRONYMS_EXACT,
  ORG_HEADS,
  ORG_SUFFIXES,
  ORG_SUFFIXES_EXACT,
  ORG_SUFFIX_PHRASES,
} from "./org-words.gen.ts";
import { countedWords, phraseIndex, words } from "./pack.ts";

// Each table is built on its first look-up, on its own: a build keeps only the tables its code
// asks about (the engine does not use the phrases, heads or acronyms).
let suffixes: Set<string> | undefined;
let suffixesExact: Set<string> | undefined;
let phrases: Map<string, string[][]> | undefined;
let heads: Map<string, number> | undefined;
let acronyms: Set<string> | undefined;

/** A legal-form token that is neither a common English word nor a name particle ("inc", "gmbh",
 *  "s.p.a", "spa", "oyj"): a capitalised chunk ending with it is an organisation. */
export function isOrgSuffix(key: string): boolean {
  return (suffixes ??= new Set(words(ORG_SUFFIXES))).has(key);
}

/** A legal-form token written exactly as the code list writes it, for tokens that are also words
 *  or particles ("AS", "SE", "Limited", "Company"): pass the surface text. */
export function isOrgSuffixExact(surface: string): boolean {
  return (suffixesExact ??= new Set(words(ORG_SUFFIXES_EXACT))).has(surface);
}

/** Legal forms of several tokens that end with this key, as key arrays, longest first
 *  ("ltd" → ["pty", "ltd"], ["co", "ltd"], …). */
export function orgSuffixPhrasesEndingWith(lastKey: string): readonly (readonly string[])[] {
  return (phrases ??= phraseIndex(ORG_SUFFIX_PHRASES.split("|"), "last")).get(lastKey) ?? [];
}

/** How many party, legislature, court and legal-form names end with this word (0: none). */
export function orgHeadCount(key: string): number {
  return (heads ??= countedWords(ORG_HEADS)).get(key) ?? 0;
}

/** An international organisation's acronym: a key ("imf", "asean"), or for two-letter acronyms and
 *  acronyms that are words, the exact surface ("EU", "WHO"). */
export function isOrgAcronym(keyOrSurface: string): boolean {
  return (acronyms ??= new Set([...words(ORG_ACRONYMS), ...words(ORG_ACRONYMS_EXACT)])).has(keyOrSurface);
}
