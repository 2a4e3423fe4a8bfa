import { render } from "preact";
import { I18nProvider } from "../ui/i18n.ts";
import { App } from "./App.tsx";
import { createBrowserClient, createBrowserTranslator } from "./browser-client.ts";
import "./popup.css";

const t = createBrowserTranslator();
document.documentElement.lang = t.locale;
document.title = t("extName");
const root = document.getElementById("app");
if (root)
  render(
    <I18nProvider t={t}>
      <App client={createBrowserClient()} />
    </I18nProvider>,
    root,
  );
