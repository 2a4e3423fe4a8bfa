/**
 * npm run eval — evaluates the reading engine (src/extract) on:
 *   (a) the project's annotated news corpus, via the shared scorer (<shared>/tools/score.mjs);
 *   (b) CoNLL++ person names (PER), exact and token-overlap P/R/F1 (SCORING.md §2a);
 *   (c) PolNeAR direct-quote → speaker attribution, end-to-end P/R/F1 (SCORING.md §2b);
 *   (d) article-body extraction: what the content script reads from saved news pages, scored as
 *       the Zyte/Scrapinghub article-extraction-benchmark scores it (scripts/eval/extraction.ts),
 *       next to the published outputs of other extractors on the same pages; and against
 *       Readability's expected extraction of its own saved test pages;
 *   (e) knowledge-base linking (scripts/eval/kblink.ts): link precision/recall of the dev
 *       articles against scripts/eval/kb-gold.json, and every link made on the saved pages
 *       (article-extraction benchmark + news-pages) against the hand audit in kb-audit.json;
 *   (f) the memory's identity across articles (scripts/eval/memory-identity.ts): the saved pages
 *       recorded into one profile, merged records and records that could be one person listed.
 *
 * Options:
 *   --shared DIR        shared material (default: ../shared next to the project root)
 *   --conll DIR         CoNLL folder (default: <shared>/data/benchmarks/conll2003)
 *   --polnear DIR       PolNeAR folder (default: <shared>/data/benchmarks/polnear)
 *   --split S           test (default; report only) | dev | train (tuning, error analysis)
 *   --baseline compromise   also run the compromise baselines of SCORING.md in the same harness
 *   --only LIST         comma list of parts to run: corpus,conll,polnear,extraction,kblink,identity
 *   --list-links        (kblink) also list the saved pages' links audited right
 *   --no-engine         skip the engine (with --baseline: baseline only)
 *   --errors N          print up to N examples per error class (dev/train splits only)
 *   --limit N           only the first N documents of each set (quick checks)
 * Missing data folders are reported and skipped: the project does not need ../shared to run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { charSpanToTokens, loadConll, scoreDoc, totals, prf, type ConllDoc, type Prf } from "./conll.ts";
import {
  buildArticle,
  emptyCounts,
  findQuotedStrings,
  scoreArticle,
  CRITERIA,
  type PolnearArticle,
  type PolnearCounts,
} from "./polnear.ts";
import {
  compromisePeople,
  compromiseQuotesA,
  compromiseQuotesB,
  compromiseQuotesC,
  engineNames,
  engineQuotes,
  loadEngine,
  type Engine,
  type NameSystem,
  type QuoteSystem,
} from "./systems.ts";
import { conllErrors, polnearErrors } from "./errors.ts";
import { runExtraction, runNewsPages, type CorpusScore } from "./extraction.ts";
import { printMemoryIdentity, runMemoryIdentity } from "./memory-identity.ts";
import { loadKb, printDevLinks, printPageLinks, runDevLinks, runPageLinks, type KbAudit, type KbGold } from "./kblink.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A path as printed: relative to where the command runs (no machine's absolute paths in output). */
function shown(p: string): string {
  return relative(process.cwd(), p) || ".";
}

interface Options {
  shared: string;
  conll: string | null;
  polnear: string | null;
  split: "test" | "dev" | "train";
  baseline: boolean;
  engine: boolean;
  only: Set<string>;
  errors: number;
  limit: number;
  listLinks: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    shared: resolve(root, "../shared"),
    conll: null,
    polnear: null,
    split: "test",
    baseline: false,
    engine: true,
    only: new Set(["corpus", "conll", "polnear", "extraction", "kblink", "identity"]),
    errors: 0,
    limit: Infinity,
    listLinks: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`eval: ${a} needs a value`);
      return v;
    };
    if (a === "--shared") o.shared = resolve(next());
    else if (a === "--conll") o.conll = resolve(next());
    else if (a === "--polnear") o.polnear = resolve(next());
    else if (a === "--split") {
      const s = next();
      if (s !== "test" && s !== "dev" && s !== "train") throw new Error(`eval: unknown split ${s}`);
      o.split = s;
    } else if (a === "--baseline") {
      const b = next();
      if (b !== "compromise") throw new Error(`eval: unknown baseline ${b} (only: compromise)`);
      o.baseline = true;
    } else if (a === "--no-engine") o.engine = false;
    else if (a === "--only") o.only = new Set(next().split(","));
    else if (a === "--errors") o.errors = Number(next());
    else if (a === "--limit") o.limit = Number(next());
    else if (a === "--list-links") o.listLinks = true;
    else throw new Error(`eval: unknown option ${a}`);
  }
  o.conll ??= join(o.shared, "data/benchmarks/conll2003");
  o.polnear ??= join(o.shared, "data/benchmarks/polnear");
  return o;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const prfCell = (p: Prf): string => `${pct(p.p)} / ${pct(p.r)} / ${pct(p.f1)}`;

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => "| " + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------
// (a) project corpus via the shared scorer

function runCorpus(o: Options): void {
  console.log("\n## (a) Project corpus (shared score.mjs)\n");
  const scorer = join(o.shared, "tools/score.mjs");
  const corpus = join(o.shared, "corpus/dev");
  if (!existsSync(scorer) || !existsSync(corpus)) {
    console.log(`skipped: ${shown(existsSync(scorer) ? corpus : scorer)} not found`);
    return;
  }
  console.log(`$ node ${shown(scorer)} ${shown(corpus)}`);
  const r = spawnSync(process.execPath, [scorer, corpus], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  process.stdout.write(r.stdout ?? "");
  if (r.status !== 0) {
    console.log(`score.mjs exited with ${r.status ?? r.signal}`);
    const err = (r.stderr ?? "").trim().split("\n").slice(-8).join("\n");
    if (err) console.log(err);
  }
}

// ---------------------------------------------------------------------------------------------
// (b) CoNLL

const CONLL_FILES: Record<Options["split"], Array<[string, string]>> = {
  test: [
    ["CoNLL++ test", "conllpp_test.txt"],
    ["original test (testb)", "eng.testb.original"],
  ],
  dev: [["dev (testa)", "conllpp_dev.txt"]],
  train: [["train", "conllpp_train.txt"]],
};

interface ConllRun {
  exact: Prf;
  titleStripped: Prf | null;
  overlap: Prf;
  ms: number;
}

function runConllSystem(sys: NameSystem, docs: ConllDoc[], errors: number): ConllRun {
  const t0 = performance.now();
  const outs = docs.map((d) => sys.names(d.text));
  const ms = performance.now() - t0;
  const results = docs.map((d, i) => scoreDoc(d, (outs[i]?.spans ?? []).map((s) => charSpanToTokens(d, s))));
  const t = totals(docs, results);
  let titleStripped: Prf | null = null;
  if (outs.some((x) => x.titleStripped)) {
    const r2 = docs.map((d, i) =>
      scoreDoc(
        d,
        (outs[i]?.titleStripped ?? []).map((s) => charSpanToTokens(d, s)),
      ),
    );
    titleStripped = totals(docs, r2).exact;
  }
  if (errors > 0) conllErrors(docs, results, errors);
  return { exact: t.exact, titleStripped, overlap: t.overlap, ms };
}

function runConll(o: Options, systems: NameSystem[]): void {
  console.log(`\n## (b) CoNLL person names (PER), split ${o.split}\n`);
  const dir = o.conll ?? "";
  if (!existsSync(dir)) {
    console.log(`skipped: ${shown(dir)} not found`);
    return;
  }
  if (systems.length === 0) {
    console.log("skipped: no system to run");
    return;
  }
  const rows: string[][] = [];
  for (const [label, file] of CONLL_FILES[o.split]) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      console.log(`skipped ${label}: ${path} not found`);
      continue;
    }
    const docs = loadConll(readFileSync(path, "utf8")).slice(0, o.limit);
    const gold = docs.reduce((n, d) => n + d.gold.length, 0);
    const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
    console.log(`${label}: ${docs.length} docs, ${tokens} tokens, ${gold} gold PER spans (${shown(file)})`);
    for (const sys of systems) {
      // Error listings only on tuning splits and only for the primary file.
      const errs = o.split !== "test" ? o.errors : 0;
      const r = runConllSystem(sys, docs, errs);
      rows.push([
        sys.label,
        label,
        prfCell(r.exact),
        r.titleStripped ? prfCell(r.titleStripped) : "n/a",
        prfCell(r.overlap),
        String(r.exact.predicted),
        `${Math.round(tokens / (r.ms / 1000))}`,
      ]);
    }
  }
  console.log("");
  printTable(
    ["system", "set", "exact P / R / F1", "exact, title-stripped", "token-overlap P / R / F1", "predictions", "tokens/s"],
    rows,
  );
  if (o.errors > 0 && o.split === "test") console.log("\n(error listings are given for --split dev or train only)");
}

// ---------------------------------------------------------------------------------------------
// (c) PolNeAR

function loadPolnear(dir: string, split: string, limit: number): PolnearArticle[] | string {
  const textDir = join(dir, split, "text");
  const annDir = join(dir, split, "attributions");
  if (!existsSync(textDir) || !existsSync(annDir)) return `${textDir} or ${annDir} not found`;
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const out: PolnearArticle[] = [];
  for (const f of readdirSync(textDir)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    const stem = f.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${stem}_`));
    if (!ann) continue;
    out.push(buildArticle(stem, readFileSync(join(textDir, f), "utf8"), readFileSync(join(annDir, ann), "utf8")));
    if (out.length >= limit) break;
  }
  return out;
}

function runPolnear(o: Options, systems: QuoteSystem[]): void {
  console.log(`\n## (c) PolNeAR direct quotes → speaker, split ${o.split}\n`);
  const arts = loadPolnear(o.polnear ?? "", o.split, o.limit);
  if (typeof arts === "string") {
    console.log(`skipped: ${arts}`);
    return;
  }
  if (systems.length === 0) {
    console.log("skipped: no system to run");
    return;
  }
  const g = emptyCounts();
  for (const a of arts) scoreArticle(a, [], g);
  const attributions = new Set(arts.flatMap((a) => a.gold.map((q) => `${a.name}/${q.attribution}`))).size;
  console.log(
    `${arts.length} articles, ${g.gold} gold direct quotes in ${attributions} attributions; source kinds: ` +
      `${g.goldByKind.named} named/organisation, ${g.goldByKind.pronoun} pronoun, ` +
      `${g.goldByKind.common} common noun phrase, ${g.goldByKind.none} none\n`,
  );
  const rows: string[][] = [];
  for (const sys of systems) {
    const c: PolnearCounts = emptyCounts();
    const t0 = performance.now();
    const outcomes = arts.map((a) => {
      const pred = sys.quotes(a.text);
      return { pred, ...scoreArticle(a, pred, c) };
    });
    const ms = performance.now() - t0;
    const det = prf(c.detected, c.predicted, c.detected, c.gold);
    const e2e = CRITERIA.map((k) => prf(c.correct[k], c.predicted, c.correct[k], c.gold));
    const [span, name, pron] = e2e;
    rows.push([
      sys.label,
      prfCell(det),
      pct(span?.f1 ?? 0),
      pct(name?.f1 ?? 0),
      pct(pron?.f1 ?? 0),
      `${pct(c.namedDetected ? c.namedCorrect / c.namedDetected : 0)}%`,
      `${(ms / arts.length).toFixed(1)}`,
    ]);
    console.log(
      `${sys.label}: name+pron P/R/F1 ${prfCell(pron ?? prf(0, 0, 0, 0))}; correct by gold source kind ` +
        (["named", "pronoun", "common", "none"] as const)
          .map((k) => `${k} ${c.correctByKind[k]}/${c.goldByKind[k]}`)
          .join(", "),
    );
    if (o.errors > 0 && o.split !== "test") polnearErrors(arts, outcomes, o.errors);
  }
  console.log("");
  printTable(
    [
      "system",
      "quote detection P / R / F1",
      "e2e F1 span",
      "e2e F1 name",
      "e2e F1 name+pron",
      "speaker acc. (named, detected)",
      "ms/article",
    ],
    rows,
  );
  if (o.errors > 0 && o.split === "test") console.log("\n(error listings are given for --split dev or train only)");
}

// ---------------------------------------------------------------------------------------------
// (d) article-body extraction

function runExtractionPart(o: Options): void {
  console.log("\n## (d) Article-body extraction (the content script's reading of saved pages)\n");
  const cell = (s: CorpusScore) => [`${s.f1.toFixed(3)} ± ${s.f1Std.toFixed(3)}`, s.precision.toFixed(3), s.recall.toFixed(3), s.accuracy.toFixed(3)];
  const aeb = join(o.shared, "data/article-extraction/scrapinghub-aeb");
  const r = runExtraction(aeb, o.limit);
  if (!r) console.log(`skipped: ${shown(aeb)} not found`);
  else {
    const pages = r.results[0]?.score.pages ?? 0;
    console.log(`Zyte/Scrapinghub article-extraction-benchmark, news subset (${pages} pages, human-annotated article bodies):\n`);
    printTable(["extractor", "F1", "precision", "recall", "accuracy"], r.results.map((x) => [x.name, ...cell(x.score)]));
    console.log(`\nThe gate took ${r.gateArticles} of ${pages} pages for articles; parsing and reading took ${r.msPerPage.toFixed(1)} ms per page (Node, linkedom).`);
    console.log("Our reading keeps headlines and captions on purpose (names are highlighted there too); the truth leaves them out.");
  }
  const np = join(o.shared, "data/news-pages");
  const n = runNewsPages(np, o.limit);
  if (!n) console.log(`skipped: ${np} not found`);
  else {
    console.log(`\nReadability's saved test pages (${n.pages}), against Readability's own expected extraction (not a human truth):\n`);
    printTable(["extractor", "F1", "precision", "recall", "accuracy"], [["Sourcelight (content script's reading)", ...cell(n.score)]]);
    console.log(`\nThe gate took ${n.gateArticles} of ${n.pages} pages for articles.`);
  }
}

// ---------------------------------------------------------------------------------------------
// (e) knowledge-base linking

async function runKbLinkPart(o: Options, engine: Engine): Promise<void> {
  console.log("\n## (e) Knowledge-base links (linkWithNativeNames, as the CLI and the background link)\n");
  const kb = loadKb(root);
  const gold = JSON.parse(readFileSync(join(root, "scripts/eval/kb-gold.json"), "utf8")) as KbGold;
  const audit = JSON.parse(readFileSync(join(root, "scripts/eval/kb-audit.json"), "utf8")) as KbAudit;
  const corpus = join(o.shared, "corpus/dev");
  console.log(`Dev articles (${shown(corpus)}), gold: scripts/eval/kb-gold.json, each article on its own date:\n`);
  const dev = runDevLinks(engine, kb, corpus, gold);
  if (typeof dev === "string") console.log(`skipped: ${dev}`);
  else printDevLinks(dev);
  const dirs = savedPageDirs(o);
  console.log(`\nSaved pages (${dirs.map(shown).join(", ")}), audit: scripts/eval/kb-audit.json:\n`);
  const pages = await runPageLinks(engine, kb, dirs, audit);
  if (pages.pages === 0) console.log("skipped: no saved pages found");
  else printPageLinks(pages, o.listLinks);
}

function savedPageDirs(o: Options): string[] {
  return [join(o.shared, "data/article-extraction/scrapinghub-aeb/html"), join(o.shared, "data/news-pages")];
}

async function runIdentityPart(o: Options, engine: Engine): Promise<void> {
  console.log("\n## (f) The memory's identity across articles (saved pages recorded into one profile)\n");
  const dirs = savedPageDirs(o);
  if (!dirs.some((d) => existsSync(d))) {
    console.log(`skipped: ${dirs.join(", ")} not found`);
    return;
  }
  printMemoryIdentity(await runMemoryIdentity(engine, loadKb(root), dirs));
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  console.log(`# Sourcelight evaluation (split: ${o.split}; node ${process.version})`);
  if (!existsSync(o.shared)) console.log(`note: shared folder ${shown(o.shared)} not found; parts that need it are skipped`);
  const engine = o.engine ? await loadEngine(root) : "engine skipped (--no-engine)";
  if (typeof engine === "string") console.log(`note: ${engine}`);

  if (o.only.has("corpus")) {
    if (typeof engine === "string") console.log("\n## (a) Project corpus\n\nskipped: no engine");
    else runCorpus(o);
  }
  if (o.only.has("conll")) {
    const systems: NameSystem[] = [];
    if (typeof engine !== "string") systems.push(engineNames(engine));
    if (o.baseline) systems.push(compromisePeople);
    runConll(o, systems);
  }
  if (o.only.has("polnear")) {
    const systems: QuoteSystem[] = [];
    if (typeof engine !== "string") systems.push(engineQuotes(engine));
    if (o.baseline) systems.push(compromiseQuotesA, compromiseQuotesB, compromiseQuotesC(findQuotedStrings));
    runPolnear(o, systems);
  }
  if (o.only.has("extraction")) runExtractionPart(o);
  if (o.only.has("kblink")) {
    if (typeof engine === "string") console.log("\n## (e) Knowledge-base links\n\nskipped: no engine");
    else await runKbLinkPart(o, engine);
  }
  if (o.only.has("identity")) {
    if (typeof engine === "string") console.log("\n## (f) The memory's identity\n\nskipped: no engine");
    else await runIdentityPart(o, engine);
  }
  console.log(
    "\nReference (SCORING.md, compromise on CoNLL++ test): exact 65.1/40.1/49.6, title-stripped 69.1/42.6/52.7, " +
      "overlap 88.4/56.3/68.8; PolNeAR test name+pron F1: (A) 30.8, (B) 37.3, (C) 40.0.",
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
