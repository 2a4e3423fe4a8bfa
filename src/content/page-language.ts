/**
 * The page's language, as the reader decides it: what the article's text says first (a site's
 * `lang` is often a template's, "de" over an English story), what the page declares when the
 * text does not say (too short, names only). The engine reads the languages in ENGINE_LANGUAGES;
 * on a page in another one nothing is highlighted and the popup says which language it is in.
 */
import { detectLanguage, ENGINE_LANGUAGES, primaryLanguage } from "../extract/language.ts";

export interface PageLanguage {
  /** ISO 639-1 code, or null when neither the text nor the page says. */
  code: string | null;
  /** How it was decided. */
  by: "text" | "declared" | "none";
  /** The engine reads it (a page whose language is unknown is read). */
  isRead: boolean;
}

export function pageLanguage(declared: string | null, text: string): PageLanguage {
  const guess = detectLanguage(text);
  const code = guess.code ?? primaryLanguage(declared);
  return { code, by: guess.code ? "text" : code ? "declared" : "none", isRead: code === null || ENGINE_LANGUAGES.has(code) };
}
