/**
 * Starts an extension page (popup, options): its words from the browser's i18n (the page's lang
 * and title too), provided to every component below it.
 */
import { render, type ComponentChild } from "preact";
import type { MessageKey } from "../shared/i18n.ts";
import { I18nProvider } from "../ui/i18n.ts";
import { createBrowserTranslator } from "./browser-client.ts";

export function renderPage(page: ComponentChild, title: MessageKey): void {
  const t = createBrowserTranslator();
  document.documentElement.lang = t.locale;
  document.title = t(title);
  const root = document.getElementById("app");
  if (root) render(<I18nProvider t={t}>{page}</I18nProvider>, root);
}
