/**
 * The background's words (notes it pushes to the card and the popup, errors the popup shows), in
 * the reader's language through the browser's i18n, like every other surface (shared/i18n.ts).
 */
import browser from "webextension-polyfill";
import { createTranslator, type Translator } from "../shared/i18n.ts";

let translator: Translator | null = null;

export function t(...args: Parameters<Translator>): string {
  translator ??= createTranslator((key, subs) => browser.i18n.getMessage(key, subs));
  return translator(...args);
}
