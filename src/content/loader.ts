/**
 * The script the browser injects into every page, at document_start: it only imports the reader
 * (src/content/index.ts, built as a module, see built-files.ts) from the extension's origin, so
 * the module is fetched and compiled while the page is still being parsed, and off the page's
 * main thread (Chromium streams a module to a worker thread to compile it; an injected script
 * is compiled on the main thread while the page waits). The page's CSP does not govern the
 * extension's own origin. The reader waits for the complete DOM itself.
 */
import browser from "webextension-polyfill";
import { logError } from "../shared/log.ts";
import { CONTENT_MAIN_FILE } from "./built-files.ts";

// The URL is our own packaged file (runtime.getURL of a constant), never page data.
// eslint-disable-next-line no-unsanitized/method
import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_MAIN_FILE)).catch((e: unknown) => logError("content", e));
