/**
 * npm run bench:store [-- --small]
 *
 * The memory benchmark (src/store/bench-core.ts) in Node over fake-indexeddb: seeds 100,000
 * claims over 5,000 people and 10,000 articles, then prints medians of the public operations.
 * fake-indexeddb is a pure-JS IndexedDB (in-memory B-trees, structured cloning in JS), so these
 * figures say how the memory's own work scales, not how fast Chromium's LevelDB-backed or
 * Firefox's SQLite-backed IndexedDB is; the same runStoreBench() can run in a browser page.
 */
import os from "node:os";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { FULL_SIZES, formatBench, runStoreBench, type StoreBenchSizes } from "../../src/store/bench-core.ts";
import { openMemory } from "../../src/store/index.ts";

const small = process.argv.includes("--small");
const sizes: StoreBenchSizes = small ? { people: 500, articles: 1_000, claims: 10_000, samples: 30, exportSamples: 3 } : FULL_SIZES;

const cpu = os.cpus()[0];
console.log("Sourcelight memory benchmark");
console.log(`machine: ${os.cpus().length}× ${cpu?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`);
console.log(`runtime: Node ${process.version}, fake-indexeddb (in-memory, pure JS) under Dexie ${(await import("dexie")).Dexie.semVer}`);
console.log(
  `method: deterministic synthetic data (seed 20261126), ${sizes.claims} claims / ${sizes.people} people / ${sizes.articles} articles; ` +
    `each operation timed ${sizes.samples}× through the public API (export ${sizes.exportSamples}×) with performance.now(); median and p95`,
);
console.log("(the machine is shared by other work: load at start " + os.loadavg().map((l) => l.toFixed(2)).join(" ") + ")");
console.log("");

const t0 = performance.now();
const result = await runStoreBench(
  () => openMemory({ name: `bench-${Date.now()}`, indexedDB: new IDBFactory(), IDBKeyRange }),
  sizes,
  (line) => console.log(`  … ${line}`),
);
console.log("");
console.log(formatBench(result));
console.log("");
console.log(`total ${(performance.now() - t0) / 1000 | 0} s, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
