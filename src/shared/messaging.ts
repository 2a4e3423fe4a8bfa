/**
 * Typed send/handle over runtime messaging, with the sender checks every handler relies on
 * (Dark Reader's messenger allow-list, uBO's origin-first check):
 * - content methods are accepted only from a content script in a web page tab of this extension;
 * - popup methods only from this extension's own pages (popup, options);
 * - anything from another extension, a web page, or an unknown type is rejected.
 * Web pages cannot reach runtime.onMessage at all (no externally_connectable), and the content
 * script listens to no page messages; the checks are the second wall.
 */
import browser, { type Runtime } from "webextension-polyfill";
import type { BackgroundToContent, ContentToBackground, Direction, PopupToBackground } from "./messages.ts";
import { parseWireType, wireType } from "./messages.ts";
import { err, ok, type Result } from "./result.ts";
import { logError } from "./log.ts";

export type SenderKind = "content" | "extension-page" | "background" | "rejected";

export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; incognito?: boolean };
  frameId?: number;
}

/** Classifies a message sender. Pure, so the rules are unit-tested apart from the browser. */
export function classifySender(sender: SenderFacts, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return "rejected";
  const url = sender.url ?? "";
  const origin = sender.origin ?? "";
  const isOwnPage = url.startsWith(extensionOrigin) || origin === extensionOrigin.replace(/\/$/, "");
  if (isOwnPage) return "extension-page";
  if (sender.tab && typeof sender.tab.id === "number" && /^https?:/.test(url)) return "content";
  if (!sender.tab && !url) return "background";
  return "rejected";
}

/** Who may send each direction. Commands to a content script come from our service worker or
 *  event page, whose sender URL is an extension URL in Chrome (the worker script) and may be
 *  absent elsewhere: both are this extension's own privileged contexts. */
const ALLOWED_SENDERS: Record<Direction, readonly SenderKind[]> = {
  content: ["content"],
  popup: ["extension-page"],
  background: ["background", "extension-page"],
};

type Handlers<M> = {
  [K in keyof M]: M[K] extends { payload: infer P; result: infer R }
    ? (payload: P, sender: Runtime.MessageSender) => Promise<R> | R
    : never;
};

export type ContentHandlers = Handlers<ContentToBackground>;
export type PopupHandlers = Handlers<PopupToBackground>;
export type BackgroundToContentHandlers = Handlers<BackgroundToContent>;

function extensionOrigin(): string {
  return browser.runtime.getURL("");
}

/**
 * Routes one raw message to the handler of its direction after the sender check.
 * Exported for tests; the listeners below are thin wrappers.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderFacts,
  accepted: Partial<Record<Direction, Record<string, (payload: never, sender: never) => unknown>>>,
  ids: { extensionId: string; extensionOrigin: string },
): Promise<Result<unknown>> {
  if (!raw || typeof raw !== "object") return err("malformed message");
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  const parsed = parseWireType(type);
  if (!parsed) return err("unknown message type");
  const handlers = accepted[parsed.direction];
  const handler = handlers?.[parsed.method];
  if (!handler) return err(`no handler for ${String(type)}`);
  const kind = classifySender(sender, ids.extensionId, ids.extensionOrigin);
  if (!ALLOWED_SENDERS[parsed.direction].includes(kind)) return err(`rejected ${String(type)} from ${kind} sender`);
  try {
    return ok(await (handler as (p: unknown, s: unknown) => unknown)(payload, sender));
  } catch (e) {
    logError(`handler ${String(type)}`, e);
    return err(e instanceof Error ? e.message : String(e));
  }
}

/** Registers the background's handlers for both incoming directions. Returns the unsubscribe. */
export function handleInBackground(content: ContentHandlers, popup: PopupHandlers): () => void {
  return listen({ content, popup });
}

/** Registers the content script's handlers for background commands. */
export function handleInContent(handlers: BackgroundToContentHandlers): () => void {
  return listen({ background: handlers });
}

/**
 * Every message gets an answer through sendResponse (return true keeps the channel open): the
 * one listener form that the polyfill, Firefox's own `browser` and Chrome's `chrome` all support
 * (the content script runs on the browser's own API, see native-browser.ts).
 */
function listen(accepted: Partial<Record<Direction, object>>): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true => {
    void dispatch(raw, sender, accepted as never, { extensionId: browser.runtime.id, extensionOrigin: extensionOrigin() }).then(sendResponse, (e: unknown) => sendResponse(err(String(e))));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function send<R>(message: { type: string; payload: unknown }, to?: number): Promise<Result<R>> {
  try {
    const reply = (to === undefined ? await browser.runtime.sendMessage(message) : await browser.tabs.sendMessage(to, message)) as
      | Result<R>
      | undefined;
    if (!reply || typeof reply !== "object" || !("ok" in reply)) return err("no answer");
    return reply;
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

export function sendFromContent<K extends keyof ContentToBackground>(
  method: K,
  payload: ContentToBackground[K]["payload"],
): Promise<Result<ContentToBackground[K]["result"]>> {
  return send({ type: wireType("content", method), payload });
}

export function sendFromPopup<K extends keyof PopupToBackground>(
  method: K,
  payload: PopupToBackground[K]["payload"],
): Promise<Result<PopupToBackground[K]["result"]>> {
  return send({ type: wireType("popup", method), payload });
}

export function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  method: K,
  payload: BackgroundToContent[K]["payload"],
): Promise<Result<BackgroundToContent[K]["result"]>> {
  return send({ type: wireType("background", method), payload }, tabId);
}
