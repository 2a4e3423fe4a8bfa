/**
 * The test-build hook (only when __SRCL_TEST__ is true; production builds contain none of it).
 *
 * Tests drive the page's main world (Playwright's page.evaluate, BiDi script.evaluate), which
 * cannot see the content script's isolated world, and the hover card lives in a CLOSED shadow
 * root. DOM events cross worlds, so the hook is a request/response over CustomEvents whose
 * `detail` is a JSON string (plain strings cross Firefox's Xray boundary without cloneInto):
 *
 *   document.dispatchEvent(new CustomEvent("srcl-test:request", { detail: JSON.stringify({ id, cmd, arg }) }))
 *   → the content script answers with
 *   document.dispatchEvent(new CustomEvent("srcl-test:response", { detail: JSON.stringify({ id, ok, value | error }) }))
 *
 * The content script also sets `data-srcl-status` on <html> to one of TEST_STATUS as it goes, so a
 * test can wait for "painted" or "skipped" instead of sleeping.
 */
export const TEST_REQUEST_EVENT = "srcl-test:request";
export const TEST_RESPONSE_EVENT = "srcl-test:response";
export const TEST_STATUS_ATTR = "data-srcl-status";
/**
 * Where a button or link of the open card is, by its text, so a test can click it with a real
 * pointer (the card's root is closed to the page). Answered by the card's view itself (it is the
 * one that holds the root), on the same request/response pattern:
 *   request detail `{ id, text }` → response detail `{ id, rect: {x, y, width, height} | null }`.
 */
export const TEST_CARD_BUTTON_REQUEST = "srcl-test:card-button";
export const TEST_CARD_BUTTON_RESPONSE = "srcl-test:card-button-answer";

export type TestStatus = "reading" | "painted" | "skipped" | "off" | "stopped";

export interface TestHighlight {
  kind: "name" | "claim";
  text: string;
  /** Person id for names; speaker person id (or null) for claims. */
  personId: string | null;
}

/** Commands a test may send, with their results. */
export interface TestCommands {
  /** Everything currently painted, in document order. */
  highlights: { arg: null; result: TestHighlight[] };
  /** The open card's visible text, accessible name, markup (the dialog's outerHTML) and the shadow
   *  root's CSS (for the axe check), or null when no card is open. */
  card: { arg: null; result: { text: string; label: string; html: string; css: string } | null };
  /** Run the handler of a keyboard command (browser-level shortcuts cannot be pressed by drivers). */
  command: { arg: "toggle-highlights" | "next-official"; result: boolean };
  /** Send a raw runtime message from the content script's context and return the background's
   *  answer: proves through the real runtime.onMessage path that e.g. a popup-only command from
   *  a content script is rejected (`{ ok: false, error: "rejected …" }`). */
  forge: { arg: { type: string; payload: unknown }; result: unknown };
  /** How long each card open took (render + first position, ms), for npm run bench:page. */
  cardTimings: { arg: null; result: number[] };
  /** When each step of the first reading happened (page clock, ms): loaded, idle, read, indexed,
   *  analysed (the background's answer), painted. */
  timeline: { arg: null; result: Record<string, number> };
  /** The blocks of the text the current reading sent to the engine, with their kinds. */
  blocks: { arg: null; result: { kind: string; text: string }[] };
}
