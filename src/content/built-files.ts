/** Files the content script loads by name at run time; vite.config.ts builds them under these names. */
export const CARD_VIEW_FILE = "content-card.js";
