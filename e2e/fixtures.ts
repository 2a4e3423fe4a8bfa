/**
 * The Playwright fixtures every spec uses:
 *
 *   import { test, expect } from "./fixtures.ts";
 *   test("…", async ({ ext }) => {
 *     const tab = await ext.open(ext.url("ynet-style"));
 *     await tab.waitForStatus("painted");
 *     const painted = await tab.hook("highlights", null);
 *   });
 *
 * `ext` is the browser-neutral driver (./driver/types.ts) for the project's browser, with the
 * extension's TEST build loaded; one browser per worker (workers: 1), a fresh set of tabs per test
 * (tabs a test opened are closed after it, with their console lines attached when it failed).
 */
import { test as base, expect } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./driver/chromium.ts";
import { launchFirefoxDriver } from "./driver/firefox.ts";
import type { ExtensionDriver } from "./driver/types.ts";
import { startNetStub, type NetStub } from "./net/stub.ts";
import { startFixtureServer, type FixtureServer } from "./server.ts";
import { loadExpected, type Expected } from "./expected.ts";

export { expect };
export type { Tab } from "./driver/types.ts";

export const ROOT = new URL("..", import.meta.url).pathname;
/** The builds under test; SRCL_DIST_CHROMIUM / SRCL_DIST_FIREFOX point elsewhere (e.g. a release build). */
export const DIST = {
  chromium: process.env.SRCL_DIST_CHROMIUM ?? join(ROOT, "dist", "chrome-test"),
  firefox: process.env.SRCL_DIST_FIREFOX ?? join(ROOT, "dist", "firefox-test"),
} as const;
/** Where each worker writes its timing and memory (read by scripts/run-tests.mjs). */
export const METRICS_DIR = join(ROOT, ".cache", "e2e-metrics");

export interface Ext extends ExtensionDriver {
  /** Address of a fixture page on the local fixture site. */
  url(slug: string, path?: string): string;
  /** The fixture page's expected.json. */
  expected(slug: string): Expected;
  readonly site: FixtureServer;
  /** The network stub every non-loopback request of the browser goes through (e2e/net/stub.ts). */
  readonly net: NetStub;
}

interface WorkerMetrics {
  browser: string;
  launchMs: number;
  startedAt: number;
  peakMemoryBytes: number | null;
  tests: number;
}

export const test = base.extend<{ ext: Ext }, { site: FixtureServer; net: NetStub; driver: ExtensionDriver; metrics: WorkerMetrics }>({
  site: [
    async ({}, use) => {
      const site = await startFixtureServer();
      await use(site);
      await site.close();
    },
    { scope: "worker" },
  ],

  net: [
    async ({}, use) => {
      const net = await startNetStub();
      await use(net);
      await net.close();
    },
    { scope: "worker" },
  ],

  metrics: [
    async ({}, use, workerInfo) => {
      const metrics: WorkerMetrics = { browser: workerInfo.project.name, launchMs: 0, startedAt: Date.now(), peakMemoryBytes: null, tests: 0 };
      await use(metrics);
      mkdirSync(METRICS_DIR, { recursive: true });
      const finished = { ...metrics, wallMs: Date.now() - metrics.startedAt };
      writeFileSync(join(METRICS_DIR, `${workerInfo.project.name}-${workerInfo.workerIndex}.json`), JSON.stringify(finished, null, 2));
    },
    { scope: "worker" },
  ],

  driver: [
    async ({ metrics, net }, use, workerInfo) => {
      const name = workerInfo.project.name;
      const started = Date.now();
      let driver: ExtensionDriver;
      if (name === "chromium") driver = await launchChromium(DIST.chromium, net.port);
      else if (name === "firefox") driver = await launchFirefoxDriver(DIST.firefox, net.port);
      else throw new Error(`the ext fixture runs in the "chromium" and "firefox" projects, not "${name}"`);
      metrics.launchMs = Date.now() - started;
      await use(driver);
      await driver.close();
    },
    { scope: "worker", timeout: 60_000 },
  ],

  ext: async ({ driver, site, net, metrics }, use, testInfo) => {
    const before = new Set(driver.openTabs());
    net.clear();
    const ext: Ext = Object.assign(Object.create(driver) as ExtensionDriver, {
      url: (slug: string, path?: string) => site.url(slug, path),
      expected: (slug: string) => loadExpected(slug),
      site,
      net,
    });
    await use(ext);
    metrics.tests++;
    const memory = driver.memoryBytes();
    if (memory !== null) metrics.peakMemoryBytes = Math.max(metrics.peakMemoryBytes ?? 0, memory);
    const opened = driver.openTabs().filter((tab) => !before.has(tab));
    if (testInfo.status !== testInfo.expectedStatus) {
      const logs = await Promise.all(opened.map(async (tab) => `--- ${await tab.url().catch(() => "(closed)")}\n${tab.logs().join("\n")}`));
      if (logs.length > 0) await testInfo.attach("tab-logs", { body: logs.join("\n\n"), contentType: "text/plain" });
    }
    for (const tab of opened) await tab.close().catch(() => undefined);
  },
});
