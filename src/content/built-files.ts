/**
 * Files the content script loads by name at run time (web-accessible, see vite.config.ts, which
 * builds them under these names from the entries next to them).
 */
/** The reader (src/content/index.ts), imported by the injected loader (loader.ts) on every page. */
export const CONTENT_MAIN_FILE = "content-main.js";
/** The card's view (src/content/card-view.ts), imported on the first hover or focus. */
export const CARD_VIEW_FILE = "content-card.js";
