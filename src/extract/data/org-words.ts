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

interface Tables {
  suffixes: Set<string>;
  suffixesExact: Set<string>;
  phrases: Map<string, string[][]>;
  heads: Map<string, number>;
  acronyms: Set<string>;
  acronymsExact: Set<string>;
}

let tables: Tables | undefined;

function load(): Tables {
  return {
    suffixes: new Set(words(ORG_SUFFIXES)),
    suffixesExact: new Set(words(ORG_SUFFIXES_EXACT)),
    phrases: phraseIndex(ORG_SUFFIX_PHRASES.split("|"), "last"),
    heads: countedWords(ORG_HEADS),
    acronyms: new Set(words(ORG_ACRONYMS)),
    acronymsExact: new Set(words(ORG_ACRONYMS_EXACT)),
  };
}

/** A legal-form token that is neither a common English word nor a name particle ("inc", "gmbh",
 *  "s.p.a", "spa", "oyj"): a capitalised chunk ending with it is an organisation. */
export function isOrgSuffix(key: string): boolean {
  return (tables ??= load()).suffixes.has(key);
}

/** A legal-form token written exactly as the code list writes it, for tokens that are also words
 *  or particles ("AS", "SE", "Limited", "Company"): pass the surface text. */
export function isOrgSuffixExact(surface: string): boolean {
  return (tables ??= load()).suffixesExact.has(surface);
}

/** Legal forms of several tokens that end with this key, as key arrays, longest first
 *  ("ltd" → ["pty", "ltd"], ["co", "ltd"], …). */
export function orgSuffixPhrasesEndingWith(lastKey: string): readonly (readonly string[])[] {
  return (tables ??= load()).phrases.get(lastKey) ?? [];
}

/** How many party, legislature, court and legal-form names end with this word (0: none). */
export function orgHeadCount(key: string): number {
  return (tables ??= load()).heads.get(key) ?? 0;
}

/** An international organisation's acronym: a key ("imf", "asean"), or for two-letter acronyms and
 *  acronyms that are words, the exact surface ("EU", "WHO"). */
export function isOrgAcronym(keyOrSurface: string): boolean {
  const t = (tables ??= load());
  return t.acronyms.has(keyOrSurface) || t.acronymsExact.has(keyOrSurface);
}
