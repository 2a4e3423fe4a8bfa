/**
 * Chromium: Debian's /usr/bin/chromium through Playwright's persistent context, with the built
 * extension loaded by --load-extension (headless "new" mode loads extensions; Debian's Chromium
 * still honours the flag). The extension id is the host of its service worker's URL.
 */
import { chromium, type BrowserContext, type Page, type Worker } from "@playwright/test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BaseTab } from "./base-tab.ts";
import { descendantMemoryBytes } from "./memory.ts";
import { openPopupTab, popupPath } from "./shared.ts";
import type { ExtensionDriver, Tab } from "./types.ts";

export const CHROMIUM_PATH = process.env.SRCL_CHROMIUM ?? "/usr/bin/chromium";

class ChromiumTab extends BaseTab {
  readonly browserName = "chromium" as const;
  private readonly lines: string[] = [];

  constructor(
    readonly page: Page,
    private readonly onClose: (tab: ChromiumTab) => void,
  ) {
    super();
    page.on("console", (message) => this.lines.push(`[console.${message.type()}] ${message.text()}`));
    page.on("pageerror", (error) => this.lines.push(`[pageerror] ${error.message}`));
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: "load" });
  }

  evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    // Playwright's PageFunction typing cannot follow a generic A; the contract (JSON in, JSON out)
    // is the same as the Firefox side's.
    const run = this.page.evaluate.bind(this.page) as (fn: unknown, arg: unknown) => Promise<Awaited<R>>;
    return run(fn, arg ?? null);
  }

  async moveMouse(x: number, y: number): Promise<void> {
    await this.page.mouse.move(x, y);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  logs(): string[] {
    return [...this.lines];
  }

  async close(): Promise<void> {
    this.onClose(this);
    if (!this.page.isClosed()) await this.page.close();
  }
}

/**
 * Debian Chromium's flags here (shared/docs/browser-testing.md), with the extension loaded when
 * given, and every non-loopback request sent to the e2e network stub when its port is given
 * (e2e/net/stub.ts; its test certificate is accepted).
 */
export function chromiumArgs(extensionPath?: string, proxyPort?: number): string[] {
  return [
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    ...(proxyPort ? [`--proxy-server=http://127.0.0.1:${proxyPort}`, "--ignore-certificate-errors"] : []),
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ];
}

export async function launchChromium(extensionPath: string, proxyPort?: number): Promise<ExtensionDriver> {
  const manifest = JSON.parse(readFileSync(join(extensionPath, "manifest.json"), "utf8")) as Record<string, unknown>;
  const profile = mkdtempSync(join(tmpdir(), "srcl-cr-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(extensionPath, proxyPort),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
    // Node's URL gives non-special schemes the origin "null": build it from the host.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    /** The live service worker; MV3 may have stopped the first one, so wake it when needed. */
    const serviceWorker = async (): Promise<Worker> => {
      const alive = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
      if (alive) return alive;
      const started = context.waitForEvent("serviceworker", { timeout: 10_000 });
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${popupPath(manifest)}`);
      // Any runtime message starts the worker; the background rejects the unknown type.
      await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: "e2e:wake" }).catch(() => null));
      await page.close();
      return started;
    };
    const tabs = new Set<ChromiumTab>();
    const track = (page: Page): ChromiumTab => {
      const tab = new ChromiumTab(page, (closed) => tabs.delete(closed));
      tabs.add(tab);
      return tab;
    };
    const open = async (url: string): Promise<Tab> => {
      const tab = track(await context.newPage());
      await tab.goto(url);
      return tab;
    };
    const driver: ExtensionDriver = {
      browserName: "chromium",
      extensionOrigin,
      manifest,
      open,
      openExtensionPage: (path) => open(`${extensionOrigin}/${path.replace(/^\//, "")}`),
      tabIdOf: async (tab) => {
        // Without the "tabs" permission Chromium hides tab URLs from the extension (content
        // script matches do not count as host access here), so match by focus instead: bring
        // the tab to the front and ask the service worker for the active tab.
        if (!(tab instanceof ChromiumTab)) throw new Error("tabIdOf: not a Chromium tab");
        await tab.page.bringToFront();
        const worker = await serviceWorker();
        const ids = await worker.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } }).chrome;
          return (await api.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id ?? -1);
        });
        if (ids.length !== 1 || ids[0] === -1) throw new Error(`tabIdOf: the service worker sees ${JSON.stringify(ids)} as the active tab`);
        return ids[0]!;
      },
      openPopup: (forTab) => openPopupTab(driver, forTab),
      openTabs: () => [...tabs],
      memoryBytes: () => descendantMemoryBytes(),
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
    return driver;
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
