import { render } from "preact";
import { createBrowserClient } from "../popup/browser-client.ts";
import "../popup/popup.css";
import { OptionsApp } from "./OptionsApp.tsx";
import "./options.css";

const root = document.getElementById("app");
if (root) render(<OptionsApp client={createBrowserClient()} />, root);
