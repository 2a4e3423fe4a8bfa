/**
 * The one browser-neutral driver the specs see. Two implementations: ./chromium.ts (Playwright
 * persistent context with the built extension) and ./firefox.ts (WebDriver BiDi against
 * firefox-esr). Specs never touch Playwright's `page` or BiDi directly, so every spec runs
 * unchanged in both browsers.
 *
 * Functions passed to `evaluate` run in the page's MAIN world (not the content script's isolated
 * world): they must be self-contained (no closure over test variables) and take and return JSON.
 */
import type { TestCommands, TestStatus } from "../../src/shared/test-hooks.ts";

export type BrowserName = "chromium" | "firefox";

export type HookCommand = keyof TestCommands;

/** The raw answer of the content script's test hook. */
export type HookResponse = { ok: true; value: unknown } | { ok: false; error: string };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tab {
  readonly browserName: BrowserName;
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Run `fn(arg)` in the page's main world; arg and result are JSON. */
  evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Evaluate a JavaScript expression in the page's main world (awaited; result is JSON). */
  evaluateExpression<R = unknown>(expression: string): Promise<R>;
  /** Poll `fn(arg)` in the page until it returns a truthy value; resolves with that value. */
  waitFor<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<Awaited<R>>;
  /** Wait until <html data-srcl-status> is one of `statuses`; resolves with the status reached. */
  waitForStatus(statuses: TestStatus | TestStatus[], timeoutMs?: number): Promise<TestStatus>;
  /** One typed request to the content script's test hook (throws when the hook answers an error). */
  hook<C extends HookCommand>(cmd: C, arg: TestCommands[C]["arg"]): Promise<TestCommands[C]["result"]>;
  /** The same channel untyped, for commands outside the contract (answers are returned, not thrown). */
  hookRaw(cmd: string, arg: unknown, timeoutMs?: number): Promise<HookResponse>;
  /** Real pointer move to the centre of the first element matching `selector` (scrolled into view). */
  hover(selector: string): Promise<void>;
  /** Real pointer move to the centre of the `nth` (0-based) occurrence of `text` inside `within`. */
  hoverText(text: string, options?: { within?: string; nth?: number }): Promise<void>;
  /** Real pointer move to viewport coordinates. */
  moveMouse(x: number, y: number): Promise<void>;
  /** Real click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Real click at the centre of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Press one key by its DOM `key` name ("Escape", "Enter", "Tab", "a"). */
  press(key: string): Promise<void>;
  /** Type text into the focused element with real key events. */
  type(text: string): Promise<void>;
  /** Console lines and page errors seen in this tab (for failure reports). */
  logs(): string[];
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly browserName: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID (no trailing slash). */
  readonly extensionOrigin: string;
  /** The parsed manifest.json of the loaded build. */
  readonly manifest: Record<string, unknown>;
  /** A new tab at `url`, loaded. */
  open(url: string): Promise<Tab>;
  /** The browser's tabs.Tab id of `tab`, asked from an extension page (matched by URL). */
  tabIdOf(tab: Tab): Promise<number>;
  /** The popup page in a tab; with `forTab`, as `index.html?tab=<its tab id>`. */
  openPopup(forTab?: Tab): Promise<Tab>;
  /** Any page of the extension, by path inside the build ("src/options/index.html"). */
  openExtensionPage(path: string): Promise<Tab>;
  /** Every tab this driver opened and has not closed. */
  openTabs(): Tab[];
  /** Resident memory of the browser's process tree in bytes (Linux /proc), or null. */
  memoryBytes(): number | null;
  close(): Promise<void>;
}
