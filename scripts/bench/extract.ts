/**
 * npm run bench:extract — speed and size of the reading engine (src/extract), with compromise
 * (`nlp(text)` + `.people()` + `.quotations()`) timed side by side on the same texts in the same
 * process as the reference peer.
 *
 * Method (printed with the results):
 *  - Texts: 24 generated news-like articles of ~800 words (scripts/eval/news-text.ts, seeded), plus
 *    the project corpus dev articles when the shared folder exists (read at run time, never stored).
 *  - Each system first reads the texts of a set over and over as a warm-up (JIT) until it is
 *    steady: at least WARMUP_PASSES passes, at least WARMUP_MS of its own reading time, and
 *    STEADY_PASSES passes in a row that do not beat its best pass time by more than 3% (at most
 *    WARMUP_MAX_MS). A fixed number of passes alone would give the slower system far more warm-up
 *    (3 passes are ~1 s of compromise but ~25 ms of the engine, too little for V8 to re-optimise
 *    after the switch to new text; on this shared 2-core machine the compiler threads need a few
 *    seconds of wall time); the same rule for both is the fair warm-up. Then each system
 *    is timed in a block of its own for PASSES
 *    passes (so one system's garbage collection does not land in the other's timings); the figure
 *    per system is the median over all (text, pass) runs of the wall time of one article, measured
 *    with performance.now(). The speed-up is the ratio of the two medians, per text set.
 *  - Linearity: the engine alone on 1 KB, 10 KB, 100 KB and 1 MB of generated text (median of
 *    several runs each), with time per KB; the ratio of per-KB cost at 1 MB vs 10 KB should be ~1.
 *  - The engine timed is src/extract/index.ts bundled as it ships (esbuild, ESM library,
 *    minified, tree-shaken, no externals) and imported from a temporary file, not the sources
 *    through tsx, whose CommonJS transform reads every imported name through a getter.
 *  - Bundle: that same bundle's size, then gzip level 9.
 *
 * Options: --shared DIR (default ../shared next to the project root), --passes N (default 10),
 * --warmup-ms MS (default 3000; with 0 and --steady 0 the warm-up is the 3 passes alone),
 * --steady N (default 3).
 */
import { cpus, tmpdir, totalmem } from "node:os";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import nlp from "compromise";
import { build } from "esbuild";
import type { Engine } from "../eval/systems.ts";
import { newsArticle, newsTextOfSize } from "../eval/news-text.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : dflt;
}

const shared = resolve(arg("--shared", resolve(root, "../shared")));
const PASSES = Math.max(1, Number(arg("--passes", "10")));
const WARMUP_PASSES = 3;
const WARMUP_MS = Math.max(0, Number(arg("--warmup-ms", "3000")));
const STEADY_PASSES = Math.max(0, Number(arg("--steady", "3")));
const WARMUP_MAX_MS = 15000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function timeOnce(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function compromiseRead(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.quotations().length;
}

function engineRead(engine: Engine, text: string): number {
  const a = engine.analyze(engine.snapshotFromPlainText(text));
  return a.people.length + a.quotes.length;
}

function corpusTexts(): string[] {
  const dir = join(shared, "corpus/dev");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

/** Warm-up: whole passes over the texts until WARMUP_PASSES passes and WARMUP_MS are done and
 *  the last STEADY_PASSES passes did not beat the best pass time by more than 3% (or
 *  WARMUP_MAX_MS is reached). Returns the number of passes. */
function warmUp(read: (t: string) => unknown, texts: string[]): number {
  const t0 = performance.now();
  let passes = 0;
  let best = Infinity;
  let sinceBetter = 0;
  for (;;) {
    const p0 = performance.now();
    for (const t of texts) read(t);
    const dt = performance.now() - p0;
    passes++;
    if (dt < best * 0.97) sinceBetter = 0;
    else sinceBetter++;
    best = Math.min(best, dt);
    const elapsed = performance.now() - t0;
    if (elapsed >= WARMUP_MAX_MS) break;
    if (passes >= WARMUP_PASSES && elapsed >= WARMUP_MS && sinceBetter >= STEADY_PASSES) break;
  }
  return passes;
}

interface SetResult {
  label: string;
  engineMs: number;
  compromiseMs: number;
  warmEngine: number;
  warmCompromise: number;
}

function sideBySide(engine: Engine, label: string, texts: string[]): SetResult {
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const e: number[] = [];
  const c: number[] = [];
  // Each system warms up (the JIT settles) and is then timed in a block of its own, so that one
  // system's garbage collection does not land in the other's timings.
  const warmEngine = warmUp((t) => engineRead(engine, t), texts);
  for (let p = 0; p < PASSES; p++) for (const t of texts) e.push(timeOnce(() => engineRead(engine, t)));
  const warmCompromise = warmUp(compromiseRead, texts);
  for (let p = 0; p < PASSES; p++) for (const t of texts) c.push(timeOnce(() => compromiseRead(t)));
  const me = median(e);
  const mc = median(c);
  console.log(
    `| ${label} | ${texts.length} | ${Math.round(words / texts.length)} | ${fmt(me)} | ${fmt(mc)} | ${(mc / me).toFixed(1)}× |`,
  );
  return { label, engineMs: me, compromiseMs: mc, warmEngine, warmCompromise };
}

function scaling(engine: Engine): void {
  console.log("\n## Engine time by input size (generated text)\n");
  console.log("| size | runs | median ms | ms per KB |");
  console.log("|---|---|---|---|");
  const perKb = new Map<number, number>();
  for (const [kb, runs] of [
    [1, 400],
    [10, 100],
    [100, 15],
    [1000, 5],
  ] as const) {
    const text = newsTextOfSize(kb * 1024, 1000 + kb);
    const realKb = Buffer.byteLength(text, "utf8") / 1024;
    engineRead(engine, text);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(timeOnce(() => engineRead(engine, text)));
    const m = median(times);
    perKb.set(kb, m / realKb);
    console.log(`| ${kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`} | ${runs} | ${fmt(m)} | ${(m / realKb).toFixed(4)} |`);
  }
  const r = (perKb.get(1000) ?? 0) / (perKb.get(10) ?? 1);
  console.log(`\nper-KB cost at 1 MB / per-KB cost at 10 KB: ${r.toFixed(2)} (1.0 = linear)`);
}

/** src/extract bundled as it ships in the extension: ESM, minified, tree-shaken, no externals. */
async function bundleEngine(entry: string): Promise<Uint8Array> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    minify: true,
    treeShaking: true,
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  return out.outputFiles[0]?.contents ?? new Uint8Array();
}

/**
 * The engine to time: the shipped bundle, imported from a temporary file. Importing the sources
 * through tsx would time its CommonJS transform too (every imported name read through a getter).
 */
async function loadShippedEngine(): Promise<Engine | string> {
  const entry = join(root, "src/extract/index.ts");
  if (!existsSync(entry)) return `engine not found (${entry} does not exist yet)`;
  const file = join(mkdtempSync(join(tmpdir(), "srcl-engine-")), "engine.mjs");
  writeFileSync(file, await bundleEngine(entry));
  const mod = (await import(pathToFileURL(file).href)) as Partial<Engine>;
  if (typeof mod.analyze !== "function" || typeof mod.snapshotFromPlainText !== "function") {
    return "src/extract/index.ts does not export analyze() and snapshotFromPlainText()";
  }
  return { analyze: mod.analyze, snapshotFromPlainText: mod.snapshotFromPlainText };
}

async function bundleSize(): Promise<void> {
  console.log("\n## Bundle size of src/extract (esbuild, ESM, minified, in memory)\n");
  const entry = join(root, "src/extract/index.ts");
  if (!existsSync(entry)) {
    console.log("skipped: src/extract/index.ts not found");
    return;
  }
  const code = await bundleEngine(entry);
  const gz = gzipSync(code, { level: 9 }).length;
  // the open-data lists (src/extract/data/*.ts) ship inside it: their share, gzipped one by one
  const dataDir = join(root, "src/extract/data");
  let dataGz = 0;
  for (const f of readdirSync(dataDir)) if (/\.(gen\.ts|ts)$/.test(f) && !f.endsWith(".test.ts") && /gen|common-words\.ts$/.test(f)) dataGz += gzipSync(readFileSync(join(dataDir, f)), { level: 9 }).length;
  console.log(
    `minified ${(code.length / 1024).toFixed(1)} KB, minified + gzip ${(gz / 1024).toFixed(1)} KB, of which the word lists of src/extract/data ≈ ${(dataGz / 1024).toFixed(1)} KB gzipped on their own (goal: engine with its data ≤ 250 KB)`,
  );
}

async function main(): Promise<void> {
  const cpu = cpus();
  const pkg = JSON.parse(readFileSync(join(root, "node_modules/compromise/package.json"), "utf8")) as { version: string };
  console.log("# bench:extract");
  console.log(
    `machine: ${cpu[0]?.model ?? "unknown cpu"} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB; ` +
      `node ${process.version}; compromise ${pkg.version}; ${new Date().toISOString()}`,
  );
  console.log(
    "method: same texts, same process; each system warms up (" +
      `per text set until steady: ≥ ${WARMUP_PASSES} passes, ≥ ${WARMUP_MS} ms, and ${STEADY_PASSES} passes in a row not beating its best pass by > 3%, ` +
      `at most ${WARMUP_MAX_MS / 1000} s) and is then timed alone for ${PASSES} passes; ` +
      "median wall time per article (performance.now()); speed-up = compromise median / engine median; engine = analyze(snapshotFromPlainText(text)), " +
      "compromise = nlp(text) + .people() + .quotations(). Other engineers share this machine: figures vary run to run.",
  );
  const engine = await loadShippedEngine();
  if (typeof engine === "string") {
    console.log(`\nengine: ${engine}; only compromise is timed.`);
    const texts = Array.from({ length: 24 }, (_, i) => newsArticle(i + 1));
    texts.forEach(compromiseRead);
    const c: number[] = [];
    for (let p = 0; p < PASSES; p++) for (const t of texts) c.push(timeOnce(() => compromiseRead(t)));
    console.log(`compromise median per ~800-word generated article: ${fmt(median(c))} ms`);
    return;
  }
  console.log("\n## Engine vs compromise, median ms per article\n");
  console.log("| texts | n | words/article | engine ms | compromise ms | engine speed-up (goal ≥ 20×) |");
  console.log("|---|---|---|---|---|---|");
  const results: SetResult[] = [];
  results.push(
    sideBySide(
      engine,
      "generated news-like articles",
      Array.from({ length: 24 }, (_, i) => newsArticle(i + 1)),
    ),
  );
  const corpus = corpusTexts();
  if (corpus.length > 0) results.push(sideBySide(engine, "project corpus dev articles", corpus));
  else console.log(`(corpus dev articles skipped: ${join(shared, "corpus/dev")} not found)`);
  console.log("");
  for (const r of results) {
    const x = r.compromiseMs / r.engineMs;
    console.log(
      `speed-up on ${r.label}: ${x.toFixed(1)}× (${fmt(r.compromiseMs)} / ${fmt(r.engineMs)} ms; goal ≥ 20×: ${x >= 20 ? "met" : "NOT met"}; ` +
        `warm-up passes engine ${r.warmEngine}, compromise ${r.warmCompromise})`,
    );
  }
  scaling(engine);
  await bundleSize();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
