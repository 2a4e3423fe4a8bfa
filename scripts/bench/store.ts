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
/** A fixed pure-JS workload, so runs on a busy shared machine can be compared with each other. */
function referenceMs(): number {
  const a = new Float64Array(1_000_000);
  let x = 1;
  for (let i = 0; i < a.length; i++) a[i] = x = (x * 16807) % 2147483647;
  const t0 = performance.now();
  a.sort();
  return performance.now() - t0;
}
console.log(`load: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (1/5/15 min; the machine is shared), reference: sorting 1M doubles took ${referenceMs().toFixed(1)} ms`);
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
console.log(
  `total ${((performance.now() - t0) / 1000) | 0} s, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, ` +
    `load at end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}, reference sort ${referenceMs().toFixed(1)} ms`,
);
