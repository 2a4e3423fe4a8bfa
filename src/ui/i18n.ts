/**
 * How presentational components get their words: a preact context holding the `Translator`
 * (shared/i18n.ts). The surfaces that own the browser provide it (popup/main.tsx,
 * options/main.tsx, content/card-view.ts over browser.i18n; tests over the messages file), so
 * nothing in src/ui calls the browser. Without a provider every message renders as its own key
 * in brackets: a missing provider is visible at once, never silently English.
 */
import { createContext, h, type ComponentChildren } from "preact";
import { useContext } from "preact/hooks";
import type { MessageKey, PluralKey, Substitution, Translator } from "../shared/i18n.ts";

const unprovided = ((key: MessageKey) => `[${key}]`) as Translator;
unprovided.plural = (key: PluralKey) => `[${key}]`;
Object.defineProperty(unprovided, "locale", { value: "en" });

export const I18nContext = createContext<Translator>(unprovided);

export function I18nProvider(props: { t: Translator; children?: ComponentChildren }) {
  return h(I18nContext.Provider, { value: props.t }, props.children);
}

/** The translator of the surface this component is rendered in. */
export function useT(): Translator {
  return useContext(I18nContext);
}

export type { MessageKey, PluralKey, Substitution, Translator };
