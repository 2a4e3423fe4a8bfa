/**
 * npm run eval:pages — the extension on real saved news pages, in Chromium and Firefox.
 *
 *   npm run eval:pages -- [--shared DIR] [--browsers chromium,firefox] [--limit N]
 *                         [--firefox-limit N] [--sets aeb,news] [--compare CHROME_DIR[,FIREFOX_DIR]]
 *                         [--json FILE] [--list-outside N] [--skip-build] [--no-bare] [--only ID,…]
 *
 * Pages: the 100 saved pages of the article-extraction benchmark with their human-annotated
 * article bodies (<shared>/data/article-extraction/scrapinghub-aeb) and Readability's 33 saved
 * test pages (<shared>/data/news-pages). They are served from 127.0.0.1 (AEB pages at their
 * original path and query, so a date in the address is still there; Readability's at
 * /readability/<name>/), and every request for any other address is blocked (pages-browsers.ts).
 * The project's tests never need these files; this script takes the path.
 *
 * Method, per browser and page: the page is loaded once in a browser without the extension, once
 * with the test build (dist/chrome-test, dist/firefox-test: the release code plus the test hook),
 * once with each --compare build, and once more without: the two bare loads tell the page's own
 * noise (scripts, random parts) from changes the extension makes (pages-score.ts pageChanges).
 * Each load waits for the load event, then (with an extension) for the reading's final status,
 * then 500 ms, then fingerprints the body's text, the links, the form fields and the height, and
 * lists what was painted with where it lies (pages-probe.ts). Reported:
 * - pages painted / skipped (not an article, another language) / timed out / failed to load;
 * - page changes against the bare loads, and page noise; page errors that are the extension's;
 * - on the AEB pages, the share of highlights (names and claims) inside the annotated body, and
 *   the outside ones by the kind of place they are in (pages-score.ts: invisible, widget, byline
 *   or credit, link, heading, caption, <header>, other; a "widget" ancestor that holds the page's
 *   first <h1> or half its text is the page's or the story's wrapper, not a widget), names in credit
 *   lines, officials per page;
 *   for names in credit lines, the kind of block the extension sent the engine (test hook
 *   "blocks"): a byline or credit block is the engine's to leave alone, any other kind is a miss
 *   of the page side;
 * - DOMContentLoaded → the final status (painted, or skipped), median and p90, page clock, and
 *   where it goes (test hook "timeline"): the page's first idle moment, reading, the
 *   background's analysis, painting.
 * --no-bare skips the bare loads (highlights and timings only, for quick checks); --compare adds
 * other builds of the test extension to the same runs (paired with the same bare loads).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { chromiumSession, firefoxSession, type LoadOutcome, type Session } from "./pages-browsers.ts";
import { CHANGES, isInsideTruth, median, pageChanges, percentile, placeOf, snapshotKindOf, truthKey, type Change, type PlaceKind } from "./pages-score.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

interface Options {
  shared: string;
  browsers: ("chromium" | "firefox")[];
  limit: number;
  firefoxLimit: number;
  sets: Set<string>;
  compare: { chromium: string; firefox: string | null } | null;
  json: string | null;
  listOutside: number;
  skipBuild: boolean;
  /** No bare loads: highlights and timings only (quick checks while working). */
  noBare: boolean;
  /** Only the pages whose id starts with one of these (--only ID[,ID]). */
  only: string[] | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    shared: resolve(root, "../shared"),
    browsers: ["chromium", "firefox"],
    limit: Infinity,
    firefoxLimit: Infinity,
    sets: new Set(["aeb", "news"]),
    compare: null,
    json: null,
    listOutside: 0,
    skipBuild: false,
    noBare: false,
    only: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`eval:pages: ${a} needs a value`);
      return v;
    };
    if (a === "--shared") o.shared = resolve(next());
    else if (a === "--browsers") o.browsers = next().split(",").filter((b): b is "chromium" | "firefox" => b === "chromium" || b === "firefox");
    else if (a === "--limit") o.limit = Number(next());
    else if (a === "--firefox-limit") o.firefoxLimit = Number(next());
    else if (a === "--sets") o.sets = new Set(next().split(","));
    else if (a === "--compare") {
      const [c, f] = next().split(",");
      o.compare = { chromium: resolve(c!), firefox: f ? resolve(f) : null };
    } else if (a === "--json") o.json = resolve(next());
    else if (a === "--list-outside") o.listOutside = Number(next());
    else if (a === "--skip-build") o.skipBuild = true;
    else if (a === "--no-bare") o.noBare = true;
    else if (a === "--only") o.only = next().split(",");
    else throw new Error(`eval:pages: unknown option ${a}`);
  }
  return o;
}

interface SavedPage {
  set: "aeb" | "news";
  id: string;
  /** Path (and query) it is served at. */
  path: string;
  html: () => string;
  /** The human-annotated article body (AEB pages), else null. */
  truth: string | null;
}

function loadPages(o: Options): SavedPage[] {
  const pages: SavedPage[] = [];
  const taken = new Set<string>();
  if (o.sets.has("aeb")) {
    const dir = join(o.shared, "data/article-extraction/scrapinghub-aeb");
    const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
    for (const id of Object.keys(truth).sort()) {
      const u = new URL(truth[id]!.url);
      let path = `${u.pathname}${u.search}`;
      if (taken.has(path) || path === "/" || path.startsWith("/readability/")) path = `/aeb/${id}/`;
      taken.add(path);
      pages.push({ set: "aeb", id, path, html: () => gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8"), truth: truth[id]!.articleBody });
    }
  }
  if (o.sets.has("news")) {
    const dir = join(o.shared, "data/news-pages");
    for (const name of readdirSync(dir).filter((n) => existsSync(join(dir, n, "source.html"))).sort()) {
      pages.push({ set: "news", id: name, path: `/readability/${name}/`, html: () => readFileSync(join(dir, name, "source.html"), "utf8"), truth: null });
    }
  }
  const only = o.only;
  return (only ? pages.filter((p) => only.some((x) => p.id.startsWith(x))) : pages).slice(0, o.limit);
}

interface PageResult {
  page: SavedPage;
  bare1: LoadOutcome;
  bare2: LoadOutcome;
  /** One per build: ours first, then the compared one. */
  builds: LoadOutcome[];
}

const pct = (x: number, of: number) => (of > 0 ? `${((100 * x) / of).toFixed(1)}%` : "n/a");
const msOf = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : "n/a");

function report(browser: string, label: string, results: PageResult[], k: number, listOutside: number): Record<string, unknown> {
  const loads = results.map((r) => ({ r, ext: r.builds[k]! }));
  const failed = loads.filter(({ ext }) => ext.failure !== null);
  const painted = loads.filter(({ ext }) => ext.status === "painted");
  const skipped = loads.filter(({ ext }) => ext.status === "skipped");
  const timedOut = loads.filter(({ ext }) => ext.failure === null && ext.status !== "painted" && ext.status !== "skipped");
  const changed: Record<Change, number> = { text: 0, links: 0, fields: 0, height: 0 };
  const noisy: Record<Change, number> = { text: 0, links: 0, fields: 0, height: 0 };
  const changedPages: string[] = [];
  for (const { r, ext } of loads) {
    if (!r.bare1.state || !r.bare2.state || !ext.state) continue;
    const c = pageChanges(r.bare1.state, r.bare2.state, ext.state);
    for (const x of c.changed) changed[x]++;
    for (const x of c.noisy) noisy[x]++;
    if (c.changed.length) changedPages.push(`${r.page.set}/${r.page.id} (${c.changed.join(", ")})`);
  }
  const oursErrors = loads.filter(({ ext }) => ext.ours.length > 0);
  const bareErrors = (r: PageResult) => new Set([...r.bare1.errors, ...r.bare2.errors].map((e) => e.split("\n")[0]));
  const extraErrors = loads.filter(({ r, ext }) => ext.errors.some((e) => !bareErrors(r).has(e.split("\n")[0])));

  // Highlights against the annotated body (AEB pages).
  const aeb = loads.filter(({ r, ext }) => r.page.set === "aeb" && ext.highlights);
  let all = 0;
  let names = 0;
  let inside = 0;
  let insideNames = 0;
  const outside: Record<PlaceKind, number> = { invisible: 0, widget: 0, credit: 0, link: 0, heading: 0, caption: 0, header: 0, other: 0 };
  const outsideNames: Record<PlaceKind, number> = { ...outside };
  let invisibleAll = 0;
  let widgetAll = 0;
  let creditNames = 0;
  /** Names painted in credit places, by the kind of snapshot block the extension gave them. */
  const creditNamesByKind: Record<string, number> = {};
  /** Names painted in byline or credit blocks of the snapshot (the engine's to leave). */
  let namesInMakerBlocks = 0;
  const listed: string[] = [];
  /** What the widget-flagged highlights sit in (a page-wide <form> wrapper is not a player). */
  const widgetBy = new Map<string, number>();
  for (const { r, ext } of aeb) {
    const key = truthKey(r.page.truth ?? "");
    for (const h of ext.highlights!) {
      all++;
      if (h.kind === "name") names++;
      const place = placeOf(h);
      if (h.flags.invisible) invisibleAll++;
      if (h.flags.widget) {
        widgetAll++;
        const by = h.flags.widgetBy ?? "?";
        widgetBy.set(by, (widgetBy.get(by) ?? 0) + 1);
      }
      const kind = snapshotKindOf(h, ext.blocks);
      if (h.kind === "name" && place === "credit") {
        creditNames++;
        creditNamesByKind[kind ?? "not found"] = (creditNamesByKind[kind ?? "not found"] ?? 0) + 1;
      }
      if (h.kind === "name" && (kind === "byline" || kind === "credit")) namesInMakerBlocks++;
      if (isInsideTruth(h, key)) {
        inside++;
        if (h.kind === "name") insideNames++;
        continue;
      }
      outside[place]++;
      if (h.kind === "name") outsideNames[place]++;
      if (listed.length < listOutside && place !== "heading" && place !== "caption") {
        listed.push(`  ${r.page.id.slice(0, 8)} [${place}${place === "widget" ? `: ${h.flags.widgetBy}` : ""}] (${kind ?? "?"}) ${h.kind} ${JSON.stringify(h.text.slice(0, 60))} …${JSON.stringify(h.before.slice(-40))}`);
      }
    }
  }
  const outsideAll = all - inside;
  const notHeadOrCaption = outsideAll - outside.heading - outside.caption;
  const officials = (set: string) => loads.filter(({ r, ext }) => r.page.set === set && ext.status === "painted").map(({ ext }) => ext.officials ?? 0);
  const times = painted.map(({ ext }) => ext.dclToStatus).filter((t): t is number => t !== null);
  const skippedTimes = skipped.map(({ ext }) => ext.dclToStatus).filter((t): t is number => t !== null);

  console.log(`\n${browser} — ${label}`);
  console.log(`  pages: ${loads.length}; painted ${painted.length}, skipped ${skipped.length}, timed out ${timedOut.length}, failed to load ${failed.length}`);
  for (const { r, ext } of [...failed, ...timedOut]) console.log(`    ${r.page.set}/${r.page.id}: ${ext.failure ?? `status ${ext.status}`}`);
  console.log(`  page changes against the bare loads (pages): ${CHANGES.map((c) => `${c} ${changed[c]}`).join(", ")}; page noise (bare vs bare): ${CHANGES.map((c) => `${c} ${noisy[c]}`).join(", ")}`);
  for (const p of changedPages) console.log(`    changed: ${p}`);
  console.log(`  page errors ours: ${oursErrors.length} pages; pages with an uncaught error not seen in either bare load: ${extraErrors.length}`);
  for (const { r, ext } of oursErrors) console.log(`    ${r.page.set}/${r.page.id}: ${ext.ours[0]!.slice(0, 200)}`);
  if (aeb.length) {
    console.log(`  AEB (${aeb.length} pages): ${all} highlights (${names} names, ${all - names} claims); inside the annotated body ${pct(inside, all)} (names ${pct(insideNames, names)})`);
    console.log(`    outside: ${outsideAll} — ${Object.entries(outside).map(([k2, v]) => `${k2} ${v}`).join(", ")}`);
    console.log(`    outside names: ${Object.entries(outsideNames).map(([k2, v]) => `${k2} ${v}`).join(", ")}`);
    console.log(`    outside other than headings and captions: ${notHeadOrCaption} = ${pct(notHeadOrCaption, all)} of all highlights`);
    console.log(`    in an invisible element: ${invisibleAll}; in a widget: ${widgetAll}; names in a byline or credit line: ${creditNames}`);
    if (widgetBy.size > 0)
      console.log(`      the widgets (innermost marked ancestor, count): ${[...widgetBy].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([by, n]) => `${n}× ${by}`).join(" | ")}`);
    if (aeb.some(({ ext }) => ext.blocks)) {
      console.log(`    those names by the kind of block the extension sent: ${Object.entries(creditNamesByKind).map(([k2, v]) => `${k2} ${v}`).join(", ") || "none"}`);
      console.log(`    names painted in byline or credit blocks (anywhere): ${namesInMakerBlocks}`);
    }
    for (const line of listed) console.log(line);
  }
  for (const set of ["aeb", "news"]) {
    const o = officials(set);
    if (o.length) console.log(`  officials per painted page (${set}): median ${median(o)}, mean ${(o.reduce((a, b) => a + b, 0) / o.length).toFixed(1)}, max ${Math.max(...o)}`);
  }
  console.log(`  DOMContentLoaded → painted (${times.length} pages): median ${msOf(median(times))}, p90 ${msOf(percentile(times, 90))}, max ${msOf(Math.max(...times))}`);
  // Where that time goes (test hook timeline): waiting for the page, reading it, the background's
  // answer (engine and knowledge base), painting.
  const steps = painted.map(({ ext }) => ext.timeline).filter((t): t is Record<string, number> => !!t && t.painted !== undefined);
  if (steps.length) {
    const part = (from: string | null, to: string) => median(steps.map((t) => (t[to] ?? NaN) - (from ? (t[from] ?? NaN) : 0)).filter(Number.isFinite));
    console.log(
      `    of which (medians): to the page's first idle moment ${msOf(part(null, "idle"))}, reading (settings, gate, root, metadata, text) ${msOf(part("idle", "indexed"))}, ` +
        `the background's analysis ${msOf(part("indexed", "analysed"))}, painting ${msOf(part("analysed", "painted"))}`,
    );
    const took = (step: string) => median(steps.map((t) => t[`background ${step}`] ?? NaN).filter(Number.isFinite));
    console.log(
      `    in the background (medians): the engine ${msOf(took("engine"))}, then waiting for the reader's settings ${msOf(took("stored"))}, ` +
        `linking ${msOf(took("linking"))}; the message there ${msOf(took("there"))}, the answer back ${msOf(took("back"))}`,
    );
  }
  if (skippedTimes.length) console.log(`  DOMContentLoaded → skipped (${skippedTimes.length} pages): median ${msOf(median(skippedTimes))}`);
  return {
    browser,
    build: label,
    pages: loads.length,
    painted: painted.length,
    skipped: skipped.length,
    timedOut: timedOut.length,
    failed: failed.length,
    changed,
    noisy,
    oursErrors: oursErrors.length,
    highlights: { all, names, inside, insideNames, outside, outsideNames, notHeadOrCaption, invisible: invisibleAll, widget: widgetAll, creditNames, creditNamesByKind, namesInMakerBlocks },
    dclToPainted: { median: median(times), p90: percentile(times, 90), max: Math.max(...times), n: times.length },
    timeline: steps.length ? Object.fromEntries(["idle", "read", "indexed", "analysed", "painted"].map((k) => [k, median(steps.map((t) => t[k] ?? NaN).filter(Number.isFinite))])) : null,
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(o.shared)) throw new Error(`eval:pages: no shared data at ${o.shared} (--shared DIR)`);
  if (!o.skipBuild) {
    const built = spawnSync("npm", ["run", "--silent", "build:test"], { cwd: root, stdio: "inherit" });
    if (built.status !== 0) process.exit(1);
  }
  const pages = loadPages(o);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const server = createServer((req, res) => {
    const page = byPath.get(req.url ?? "");
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not here");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(page.html());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  console.log(`eval:pages — ${new Date().toISOString()}`);
  console.log(`machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, node ${process.version}`);
  console.log(`pages: ${pages.filter((p) => p.set === "aeb").length} AEB (annotated), ${pages.filter((p) => p.set === "news").length} Readability; method: see the header of scripts/eval/pages.ts`);
  const out: Record<string, unknown>[] = [];
  const perPage: Record<string, unknown>[] = [];
  for (const browser of o.browsers) {
    const make = browser === "chromium" ? chromiumSession : firefoxSession;
    const ours = join(root, "dist", browser === "chromium" ? "chrome-test" : "firefox-test");
    const compared = o.compare ? (browser === "chromium" ? o.compare.chromium : o.compare.firefox) : null;
    const bare = await make("bare", null);
    const builds: Session[] = [await make(`this build (${ours.replace(root + "/", "")})`, ours)];
    if (compared) builds.push(await make(`compared build (${compared})`, compared));
    // Every request outside 127.0.0.1 must fail.
    
    const outsideTry = await bare.load("http://example.com/");
    console.log(`\n${browser}: a load of http://example.com/ ${outsideTry.failure ? `failed as it must (${outsideTry.failure.slice(0, 80)})` : "WAS NOT BLOCKED"}`);
    if (!outsideTry.failure) throw new Error("eval:pages: requests outside 127.0.0.1 are not blocked");
    const list = browser === "firefox" ? pages.slice(0, o.firefoxLimit) : pages;
    const results: PageResult[] = [];
    const started = Date.now();
    for (const [i, page] of list.entries()) {
      const url = `${origin}${page.path}`;
      const skipped: LoadOutcome = { failure: "not loaded (--no-bare)", status: null, dclToStatus: null, state: null, highlights: null, officials: null, blocks: null, timeline: null, errors: [], ours: [] };
      const bare1 = o.noBare ? skipped : await bare.load(url);
      const outcomes: LoadOutcome[] = [];
      for (const b of builds) outcomes.push(await b.load(url));
      const bare2 = o.noBare ? skipped : await bare.load(url);
      results.push({ page, bare1, bare2, builds: outcomes });
      perPage.push({ browser, set: page.set, id: page.id, bare1, bare2, builds: outcomes.map((x) => ({ ...x, highlights: x.highlights?.length ?? null, blocks: x.blocks?.length ?? null })) });
      const failures = (o.noBare ? outcomes : [bare1, ...outcomes, bare2]).filter((x) => x.failure).map((x) => x.failure!.slice(0, 100));
      if (failures.length) process.stderr.write(`  ${browser}: ${page.set}/${page.id}: ${failures.join(" | ")}\n`);
      if ((i + 1) % 10 === 0) process.stderr.write(`  ${browser}: ${i + 1}/${list.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
    for (const [k, b] of builds.entries()) out.push(report(browser, b.label, results, k, o.listOutside));
    for (const s of [bare, ...builds]) await s.close();
  }
  server.close();
  if (o.json) writeFileSync(o.json, JSON.stringify({ summary: out, pages: perPage }, null, 1));
}

await main();
