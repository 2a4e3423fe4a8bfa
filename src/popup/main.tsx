import { render } from "preact";
import { App } from "./App.tsx";
import { createBrowserClient } from "./browser-client.ts";
import "./popup.css";

const root = document.getElementById("app");
if (root) render(<App client={createBrowserClient()} />, root);
