import { createBrowserClient } from "../popup/browser-client.ts";
import "../popup/popup.css";
import { renderPage } from "../popup/render-page.tsx";
import { OptionsApp } from "./OptionsApp.tsx";
import "./options.css";

renderPage(<OptionsApp client={createBrowserClient()} />, "optionsTitle");
