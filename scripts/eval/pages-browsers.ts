/**
 * The browsers of `npm run eval:pages`: one session per browser and build (or none: the bare
 * browser), each loading pages one at a time in a new tab and reporting what pages-probe.ts reads.
 *
 * Nothing leaves this machine: every request that is not for 127.0.0.1 goes to a proxy address
 * where nothing listens (Chromium: --proxy-server, which never proxies loopback, plus a host
 * resolver that resolves nothing but 127.0.0.1; Firefox: the same proxy in its preferences, with
 * 127.0.0.1 exempt). pages.ts checks this at start by loading an outside address.
 */
import { chromium, type BrowserContext } from "@playwright/test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchFirefox, type FirefoxSession } from "../../e2e/bidi/firefox.ts";
import { chromiumArgs, CHROMIUM_PATH } from "../../e2e/driver/chromium.ts";
import { FIREFOX_EXTENSION_UUID } from "../../e2e/driver/firefox.ts";
import { HIGHLIGHTS, holdUntil, INIT, PAGE_STATE, waitStatus } from "./pages-probe.ts";
import type { PageState, ProbedHighlight } from "./pages-score.ts";

/** A port on this machine where nothing listens: every proxied request fails at once. */
const DEAD_PROXY = "127.0.0.1:9";
const NAV_TIMEOUT_MS = 30_000;
/** How long a reading may take before the page counts as timed out. */
export const STATUS_TIMEOUT_MS = 20_000;
/** Pages are fingerprinted at this age (from navigation start), and at least SETTLE_MS after the
 *  extension's final status. */
const FINGERPRINT_AT_MS = 2_500;
const SETTLE_MS = 300;
/** The load event is waited for this long after DOMContentLoaded (some pages never finish loading). */
const LOAD_WAIT_MS = 10_000;
/** Our log lines start with this tag (src/shared/log.ts). */
const OUR_TAG = "[srcl]";

export interface LoadOutcome {
  /** Why the page did not load (blocked, navigated away, crashed), or null. */
  failure: string | null;
  /** The extension's final status (test build), null for bare loads or when none was reached. */
  status: string | null;
  /** DOMContentLoaded (end) → the final status, page clock, ms. */
  dclToStatus: number | null;
  state: PageState | null;
  highlights: ProbedHighlight[] | null;
  officials: number | null;
  /** The blocks the reading sent to the engine (test hook), or null (older builds). */
  blocks: { kind: string; text: string }[] | null;
  /** Each step of the first reading, ms after DOMContentLoaded (test hook), or null (older builds). */
  timeline: Record<string, number> | null;
  /** Uncaught page errors, and those of them (or console lines) that are the extension's. */
  errors: string[];
  ours: string[];
}

export interface Session {
  readonly label: string;
  load(url: string): Promise<LoadOutcome>;
  close(): Promise<void>;
}

interface StatusReading {
  status: string | null;
  log: [string, number][];
  dcl: number | null;
}

function timing(r: StatusReading): number | null {
  const final = r.log.find(([s]) => s === "painted" || s === "skipped");
  return final && r.dcl !== null ? final[1] - r.dcl : null;
}

const isOurs = (text: string, extensionOrigin: string) => text.includes(OUR_TAG) || (extensionOrigin !== "" && text.includes(extensionOrigin));

async function launchChromium(extension: string | null): Promise<{ context: BrowserContext; profile: string; origin: string }> {
  const profile = mkdtempSync(join(tmpdir(), "srcl-evalp-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs(extension ?? undefined), `--proxy-server=http://${DEAD_PROXY}`, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  await context.addInitScript(INIT);
  let origin = "";
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  return { context, profile, origin };
}

export async function chromiumSession(label: string, extension: string | null): Promise<Session> {
  let browser = await launchChromium(extension);
  let isClosed = false;
  browser.context.on("close", () => (isClosed = true));
  const close = async () => {
    await browser.context.close().catch(() => undefined);
    rmSync(browser.profile, { recursive: true, force: true });
  };
  return {
    label,
    async load(url) {
      if (isClosed) {
        // A page took the browser down with it: the next page gets a new one (the failure is on record).
        await close();
        browser = await launchChromium(extension);
        isClosed = false;
        browser.context.on("close", () => (isClosed = true));
      }
      const { context, origin } = browser;
      // Windows a page opened (window.open) go; the first tab stays, so the browser keeps a window.
      for (const stray of context.pages().slice(1)) await stray.close().catch(() => undefined);
      const page = await context.newPage().catch(() => null);
      if (!page) return { failure: "the browser closed", status: null, dclToStatus: null, state: null, highlights: null, officials: null, blocks: null, timeline: null, errors: [], ours: [] };
      const errors: string[] = [];
      const ours: string[] = [];
      page.on("pageerror", (e) => {
        const text = `${e.message}\n${e.stack ?? ""}`;
        errors.push(text);
        if (isOurs(text, origin)) ours.push(text);
      });
      page.on("console", (m) => {
        if ((m.type() === "error" || m.type() === "warning") && isOurs(`${m.text()} ${m.location().url}`, origin)) ours.push(m.text());
      });
      const out: LoadOutcome = { failure: null, status: null, dclToStatus: null, state: null, highlights: null, officials: null, blocks: null, timeline: null, errors, ours };
      try {
        await page.goto(url, { waitUntil: "domcontentloaded", timeout: NAV_TIMEOUT_MS });
        await page.waitForLoadState("load", { timeout: LOAD_WAIT_MS }).catch(() => undefined);
        if (extension) {
          const r = (await page.evaluate(waitStatus(STATUS_TIMEOUT_MS))) as StatusReading;
          out.status = r.status;
          out.dclToStatus = timing(r);
        }
        await page.evaluate(holdUntil(FINGERPRINT_AT_MS, extension ? SETTLE_MS : 0));
        out.state = (await page.evaluate(PAGE_STATE)) as PageState;
        if (extension) Object.assign(out, await page.evaluate(HIGHLIGHTS));
      } catch (e) {
        out.failure = e instanceof Error ? e.message.split("\n")[0]! : String(e);
      }
      await page.close().catch(() => undefined);
      return out;
    },
    close,
  };
}

/** Firefox's preferences for the proxy that keeps every request but 127.0.0.1's on this machine. */
const [proxyHost, proxyPort] = DEAD_PROXY.split(":") as [string, string];
const FIREFOX_OFFLINE_PREFS = {
  "network.proxy.type": 1,
  "network.proxy.http": proxyHost,
  "network.proxy.http_port": Number(proxyPort),
  "network.proxy.ssl": proxyHost,
  "network.proxy.ssl_port": Number(proxyPort),
  "network.proxy.socks": proxyHost,
  "network.proxy.socks_port": Number(proxyPort),
  "network.proxy.no_proxies_on": "127.0.0.1",
  "network.proxy.allow_hijacking_localhost": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "network.http.speculative-parallel-limit": 0,
};

interface RemoteValue {
  type: "success" | "exception";
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

export async function firefoxSession(label: string, extension: string | null): Promise<Session> {
  let geckoId = "bare@srcl.invalid";
  if (extension) {
    const manifest = JSON.parse(readFileSync(join(extension, "manifest.json"), "utf8")) as { browser_specific_settings?: { gecko?: { id?: string } } };
    geckoId = manifest.browser_specific_settings?.gecko?.id ?? geckoId;
  }
  const session: FirefoxSession = await launchFirefox({ extensionPath: extension, geckoId, uuid: FIREFOX_EXTENSION_UUID, prefs: FIREFOX_OFFLINE_PREFS });
  const { client } = session;
  const origin = extension ? `moz-extension://${FIREFOX_EXTENSION_UUID}` : "";
  await client.send("session.subscribe", { events: ["log.entryAdded"] });
  await client.send("script.addPreloadScript", { functionDeclaration: `() => { ${INIT} }` });
  const evaluate = async (context: string, expression: string, timeoutMs = 30_000): Promise<unknown> => {
    const r = await client.send<RemoteValue>(
      "script.evaluate",
      { expression: `(async () => JSON.stringify({ v: await (${expression}) }))()`, target: { context }, awaitPromise: true, resultOwnership: "none" },
      timeoutMs,
    );
    if (r.type === "exception") throw new Error(`evaluate: ${r.exceptionDetails?.text ?? "exception"}`);
    return (JSON.parse(String(r.result?.value)) as { v: unknown }).v;
  };
  return {
    label,
    async load(url) {
      const { context } = await client.send<{ context: string }>("browsingContext.create", { type: "tab" });
      const errors: string[] = [];
      const ours: string[] = [];
      const stop = client.onEvent((event) => {
        if (event.method !== "log.entryAdded") return;
        const p = event.params as { source?: { context?: string }; type?: string; level?: string; text?: string; stackTrace?: unknown };
        if (p.source?.context !== context) return;
        const text = `${p.text ?? ""} ${JSON.stringify(p.stackTrace ?? "")}`;
        if (p.type === "javascript") errors.push(text);
        if ((p.type === "javascript" || p.level === "error" || p.level === "warn") && isOurs(text, origin)) ours.push(text);
      });
      const out: LoadOutcome = { failure: null, status: null, dclToStatus: null, state: null, highlights: null, officials: null, blocks: null, timeline: null, errors, ours };
      try {
        await client.send("browsingContext.navigate", { context, url, wait: "interactive" }, NAV_TIMEOUT_MS).catch(async (e: unknown) => {
          // Firefox's BiDi reports a blocked frame of the page (an ad's or a player's iframe whose
          // address is outside 127.0.0.1: "Address rejected") as the navigation's failure; the
          // page itself is there all the same. It failed only if its own document never comes.
          for (const deadline = Date.now() + NAV_TIMEOUT_MS; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
            const here = String(await evaluate(context, "document.documentURI + ' ' + document.readyState").catch(() => ""));
            if (here.startsWith(url) && !here.endsWith(" loading")) return;
            if (here && !here.startsWith(url) && !here.startsWith("about:blank")) break;
          }
          throw e;
        });
        await evaluate(context, `new Promise((resolve) => { if (document.readyState === "complete") return resolve(1); addEventListener("load", () => resolve(1)); setTimeout(resolve, ${LOAD_WAIT_MS}); })`, LOAD_WAIT_MS + 5_000);
        if (extension) {
          const r = (await evaluate(context, waitStatus(STATUS_TIMEOUT_MS), STATUS_TIMEOUT_MS + 5_000)) as StatusReading;
          out.status = r.status;
          out.dclToStatus = timing(r);
        }
        await evaluate(context, holdUntil(FINGERPRINT_AT_MS, extension ? SETTLE_MS : 0));
        out.state = (await evaluate(context, PAGE_STATE)) as PageState;
        if (extension) Object.assign(out, await evaluate(context, HIGHLIGHTS));
      } catch (e) {
        out.failure = e instanceof Error ? e.message.split("\n")[0]! : String(e);
      }
      stop();
      await client.send("browsingContext.close", { context }).catch(() => undefined);
      return out;
    },
    close: () => session.close(),
  };
}
