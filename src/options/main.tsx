import { render } from "preact";
import { createBrowserClient, createBrowserTranslator } from "../popup/browser-client.ts";
import "../popup/popup.css";
import { I18nProvider } from "../ui/i18n.ts";
import { OptionsApp } from "./OptionsApp.tsx";
import "./options.css";

const t = createBrowserTranslator();
document.documentElement.lang = t.locale;
document.title = t("optionsTitle");
const root = document.getElementById("app");
if (root)
  render(
    <I18nProvider t={t}>
      <OptionsApp client={createBrowserClient()} />
    </I18nProvider>,
    root,
  );
