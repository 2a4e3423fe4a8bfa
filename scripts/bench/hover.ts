/**
 * npm run bench:hover -- DIR[+sources] DIR[+sources]… — hover → card timings of several builds of
 * the test extension, measured in one session and interleaved hover by hover, so every build sees
 * the same machine load (bench:page times one build's hovers after another's page loads; on a
 * shared machine the load moves between them).
 *
 * Method: each build gets its own Chromium (Debian's, headless) with the 1,000-word generated
 * article (scripts/bench/news-generator.ts) open and painted. Then, N times (env N, default 60),
 * for each build in turn: the pointer leaves (the card closes), the next highlighted name is
 * scrolled into view, the pointer moves onto it, and the run waits until the content script's
 * test build records the card open (from the hover-intent timer firing to the card rendered and
 * positioned; the 120 ms intent delay itself is not counted). The first hover of each build also
 * loads the card's view and is reported apart; p50/p90/p95/max are over the others.
 * `DIR+sources`: the same build with the opt-in fact-checks and Wikiquote quotes switched on (as
 * the options page saves them), its requests answered by the e2e network stub (e2e/net/stub.ts),
 * so each card also asks for its sources as it opens. DIR is a test build (dist/chrome-test, or
 * another commit's copied aside).
 */
import { chromium, type Page } from "@playwright/test";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumArgs } from "../../e2e/driver/chromium.ts";
import { startNetStub } from "../../e2e/net/stub.ts";
import { TEST_KEYS } from "../../src/background/sources/__fixtures__/routes.ts";
import { wireType } from "../../src/shared/messages.ts";
import { TEST_REQUEST_EVENT, TEST_RESPONSE_EVENT, TEST_STATUS_ATTR } from "../../src/shared/test-hooks.ts";
import { generatePage } from "./news-generator.ts";

const CHROMIUM = process.env.SRCL_CHROMIUM ?? "/usr/bin/chromium";
const HOVERS = Number(process.env.N ?? 60);
const specs = process.argv.slice(2);
if (specs.length === 0) throw new Error("usage: npm run bench:hover -- DIR[+sources] DIR[+sources]…");

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;

/** A page-world expression (a string: functions would carry the TS runner's helpers along). */
function hookCall(cmd: string): string {
  return `new Promise((resolve) => {
    const id = Math.random().toString(36).slice(2);
    const on = (e) => { const a = JSON.parse(String(e.detail)); if (a.id !== id) return; document.removeEventListener(${JSON.stringify(TEST_RESPONSE_EVENT)}, on); resolve(a.value); };
    document.addEventListener(${JSON.stringify(TEST_RESPONSE_EVENT)}, on);
    document.dispatchEvent(new CustomEvent(${JSON.stringify(TEST_REQUEST_EVENT)}, { detail: JSON.stringify({ id, cmd: ${JSON.stringify(cmd)}, arg: null }) }));
  })`;
}
const timings = async (page: Page) => (await page.evaluate(hookCall("cardTimings"))) as number[];

async function main(): Promise<void> {
  const net = await startNetStub();
  const html = generatePage(1000);
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/1000`;
  console.log(`bench:hover — ${new Date().toISOString()}`);
  console.log(`machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, node ${process.version}, ${CHROMIUM} headless; ${HOVERS} hovers per build, interleaved`);

  const pages: Page[] = [];
  for (const spec of specs) {
    const [dir = "", mode] = spec.split("+");
    if (!existsSync(join(dir, "manifest.json"))) throw new Error(`no extension in ${dir}`);
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "srcl-hover-")), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: chromiumArgs(dir, net.port),
    });
    if (mode === "sources") {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
      const options = await context.newPage();
      await options.goto(`chrome-extension://${new URL(worker.url()).host}/src/options/index.html`);
      const message = { type: wireType("popup", "updateSourceSettings"), payload: { factCheck: true, wikiquote: true, factCheckKey: TEST_KEYS.ok } };
      await options.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
      await options.close();
    }
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(`document.documentElement.getAttribute(${JSON.stringify(TEST_STATUS_ATTR)}) === "painted"`);
    await page.waitForTimeout(500); // the background's answer (KB links, said-elsewhere) arrives
    pages.push(page);
  }

  for (let i = 0; i < HOVERS; i++) {
    for (const page of pages) {
      await page.mouse.move(5, 5);
      await page.waitForTimeout(350);
      const target = (await page.evaluate(`(() => {
        const els = Array.from(document.querySelectorAll("srcl-name[role=button]"));
        const el = els[${i} % els.length];
        el.scrollIntoView({ block: "center" });
        const r = el.getClientRects()[0] || el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`)) as { x: number; y: number };
      await page.waitForTimeout(100);
      const before = (await timings(page)).length;
      await page.mouse.move(target.x, target.y);
      for (const deadline = Date.now() + 5000; (await timings(page)).length <= before; ) {
        if (Date.now() > deadline) throw new Error(`hover ${i}: no card opened`);
        await page.waitForTimeout(10);
      }
    }
  }

  for (const [k, page] of pages.entries()) {
    const all = await timings(page);
    const rest = all.slice(1);
    const f = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`${specs[k]}: first hover (loads the card's view) ${f(all[0]!)}; the next ${rest.length}: p50 ${f(pct(rest, 50))}, p90 ${f(pct(rest, 90))}, p95 ${f(pct(rest, 95))}, max ${f(Math.max(...rest))}`);
  }
  console.log(`requests to the sources' hosts answered by the network stub: ${net.sourceCalls().length}`);
  for (const page of pages) await page.context().close();
  await net.close();
  server.close();
}

await main();
