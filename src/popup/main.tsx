import { App } from "./App.tsx";
import { createBrowserClient } from "./browser-client.ts";
import "./popup.css";
import { renderPage } from "./render-page.tsx";

renderPage(<App client={createBrowserClient()} />, "extName");
