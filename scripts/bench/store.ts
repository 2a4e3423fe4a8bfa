/**
 * npm run bench:store [-- --small] [-- --browser | --disk]
 *
 * The memory benchmark (src/store/bench-core.ts): seeds 100,000 claims over 5,000 people and
 * 10,000 articles, then prints medians of the public operations.
 * - Default: Node over fake-indexeddb, a pure-JS IndexedDB (in-memory B-trees, structured
 *   cloning in JS). These figures say how the memory's own work scales, not how fast a browser's
 *   IndexedDB is.
 * - --browser: the same runStoreBench() bundled (esbuild, which tsx brings) and run in a page of
 *   Debian's headless Chromium (/usr/bin/chromium through Playwright) on its real IndexedDB,
 *   served from 127.0.0.1. That page's context is not persistent, so Chromium keeps its
 *   IndexedDB in memory (LevelDB over an in-memory file system).
 * - --disk: the same in a persistent context over a fresh profile directory: IndexedDB on disk,
 *   as in a reader's browser.
 * In Chromium, after the seed, timing waits until Chromium's processes have been
 *   nearly idle for 3 s (LevelDB compacts the bulk import in the background for about 15 s of
 *   a core), at most 90 s; the report says how long that took.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { FULL_SIZES, formatBench, runStoreBench, type StoreBenchResult, type StoreBenchSizes } from "../../src/store/bench-core.ts";
import { openMemory } from "../../src/store/index.ts";

const small = process.argv.includes("--small");
const onDisk = process.argv.includes("--disk");
const inBrowser = onDisk || process.argv.includes("--browser");
const sizes: StoreBenchSizes = small ? { people: 500, articles: 1_000, claims: 10_000, samples: 30, exportSamples: 3 } : FULL_SIZES;

/** A fixed pure-JS workload, so runs on a busy shared machine can be compared with each other. */
function referenceMs(): number {
  const a = new Float64Array(1_000_000);
  let x = 1;
  for (let i = 0; i < a.length; i++) a[i] = x = (x * 16807) % 2147483647;
  const t0 = performance.now();
  a.sort();
  return performance.now() - t0;
}
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

const cpu = os.cpus()[0];
const { Dexie } = await import("dexie");
console.log("Sourcelight memory benchmark");
console.log(`machine: ${os.cpus().length}× ${cpu?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`);
console.log(`load: ${load()} (1/5/15 min; the machine is shared), reference: sorting 1M doubles took ${referenceMs().toFixed(1)} ms`);
console.log(
  `method: deterministic synthetic data (seed 20261126), ${sizes.claims} claims / ${sizes.people} people / ${sizes.articles} articles, ` +
    `seeded with importJson(replace) = bulkAdd; each operation timed ${sizes.samples}× through the public API (export ${sizes.exportSamples}×) ` +
    `with performance.now(); median and p95`,
);

/** CPU time (ms) used so far by every process this one started (Chromium and its children). */
function childCpuMs(): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after "(comm)": state ppid … utime(14) stime(15), counted from the state field.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while being read.
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, s] of stats) {
      if (!mine.has(pid) && mine.has(s.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of mine) if (pid !== process.pid) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Wait until Chromium has used < 15% of a core in each of 3 consecutive seconds (at most 90 s). */
async function settleChromium(): Promise<string> {
  const t0 = performance.now();
  let prev = childCpuMs();
  let busy = 0;
  for (let quiet = 0; quiet < 3 && performance.now() - t0 < 90_000; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = childCpuMs();
    busy += now - prev;
    quiet = now - prev < 150 ? quiet + 1 : 0;
    prev = now;
  }
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  return `after the seed: waited ${s} s (Chromium used ${(busy / 1000).toFixed(1)} s of CPU meanwhile, LevelDB compacting the import) until Chromium was idle for 3 s`;
}

async function runInChromium(): Promise<StoreBenchResult> {
  const { build } = await import("esbuild");
  const { chromium } = await import("playwright");
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const bundle = await build({
    stdin: {
      contents:
        'import { runStoreBench } from "./src/store/bench-core.ts"; import { openMemory } from "./src/store/index.ts";\n' +
        "globalThis.srclStoreBench = (sizes) => runStoreBench(() => openMemory({ name: `bench-${Date.now()}` }), sizes, (l) => console.log(l), () => globalThis.srclSettle());",
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    target: "es2022",
    write: false,
    define: { __SRCL_TEST__: "false" },
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === "/bench.js") res.writeHead(200, { "content-type": "text/javascript" }).end(js);
    else res.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><title>store bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const launch = { executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] };
  // A page of a plain launch() lives in a non-persistent context, whose IndexedDB Chromium keeps
  // in memory (LevelDB on an in-memory file system). --disk uses a fresh profile directory
  // instead: IndexedDB on disk, as in a reader's browser profile.
  const profile = onDisk ? await mkdtemp(path.join(os.tmpdir(), "srcl-bench-store-")) : null;
  const context = profile ? await chromium.launchPersistentContext(profile, launch) : await (await chromium.launch(launch)).newContext();
  try {
    const page = await context.newPage();
    page.on("console", (m) => console.log(`  … ${m.text()}`));
    await page.exposeFunction("srclSettle", settleChromium);
    await page.goto(`http://127.0.0.1:${port}/`);
    const version = context.browser()?.version() ?? (await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? "?"));
    const where = profile ? "IndexedDB on disk (fresh profile directory)" : "IndexedDB of a non-persistent context (kept in memory)";
    console.log(`runtime: Chromium ${version} headless, ${where}, Dexie ${Dexie.semVer}`);
    console.log("");
    return await page.evaluate((s) => (globalThis as unknown as { srclStoreBench: (s: StoreBenchSizes) => Promise<StoreBenchResult> }).srclStoreBench(s), sizes);
  } finally {
    const browser = context.browser();
    await context.close();
    await browser?.close();
    server.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  }
}

const t0 = performance.now();
let result: StoreBenchResult;
if (inBrowser) {
  result = await runInChromium();
} else {
  console.log(`runtime: Node ${process.version}, fake-indexeddb (in-memory, pure JS) under Dexie ${Dexie.semVer}`);
  console.log("");
  result = await runStoreBench(
    () => openMemory({ name: `bench-${Date.now()}`, indexedDB: new IDBFactory(), IDBKeyRange }),
    sizes,
    (line) => console.log(`  … ${line}`),
  );
}
console.log("");
console.log(formatBench(result));
console.log("");
console.log(
  `total ${((performance.now() - t0) / 1000) | 0} s, Node heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, ` +
    `load at end ${load()}, reference sort ${referenceMs().toFixed(1)} ms`,
);
