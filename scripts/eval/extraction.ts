/**
 * Article-body extraction, scored as the Zyte/Scrapinghub article-extraction-benchmark scores it
 * (re-implemented from its README and evaluate.py as described in the data's SOURCE.md):
 * - texts are tokenised as runs of Unicode word characters (letters, digits, underscore; case
 *   kept), and compared as multisets of 4-token shingles (a text of fewer than 4 tokens is one
 *   shingle);
 * - per page, TP = Σ min(true, predicted), FP = Σ (predicted − true)⁺, FN = Σ (true − predicted)⁺;
 *   precision = TP / (TP + FP), recall = TP / (TP + FN), both 1 when FP = FN = 0;
 * - over pages: precision is the mean of page precisions (pages that predicted something),
 *   recall the mean of page recalls (pages with a truth), F1 = 2PR / (P + R) of those means;
 *   accuracy = share of pages whose token sequence equals the truth's; ± = the standard
 *   deviation of F1 over 1,000 bootstrap resamples of the pages (seeded, so runs repeat).
 * What we extract is the text the content script reads (src/content: gate, article root, text
 * index) from the saved page parsed by linkedom, as the CLI reads an .html file: nothing where
 * the gate says the page is not an article.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { seededRandom } from "../../src/shared/seeded-random.ts";
import { htmlToSnapshot } from "../lib/html-snapshot.ts";

const SHINGLE = 4;

export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(toks: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const n = toks.length < SHINGLE ? Math.min(1, toks.length) : toks.length - SHINGLE + 1;
  for (let i = 0; i < n; i++) {
    // U+0001 cannot be inside a token: the key is unambiguous.
    const key = toks.slice(i, i + SHINGLE).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** The token sequences are equal. */
  exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = tokens(truth);
  const p = tokens(predicted);
  const ts = shingles(t);
  const ps = shingles(p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of ps) {
    const inTruth = ts.get(k) ?? 0;
    tp += Math.min(c, inTruth);
    fp += Math.max(0, c - inTruth);
  }
  for (const [k, c] of ts) fn += Math.max(0, c - (ps.get(k) ?? 0));
  return { tp, fp, fn, exact: t.length === p.length && t.every((x, i) => x === p[i]) };
}

function pagePrecision(s: PageScore): number | null {
  if (s.fp === 0 && s.fn === 0) return 1;
  return s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : null;
}

function pageRecall(s: PageScore): number | null {
  if (s.fp === 0 && s.fn === 0) return 1;
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : null;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Standard deviation of F1 over bootstrap resamples of the pages. */
  f1Std: number;
  pages: number;
}

function f1Of(pages: PageScore[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.map(pagePrecision).filter((x): x is number => x !== null));
  const recall = mean(pages.map(pageRecall).filter((x): x is number => x !== null));
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function scoreCorpus(pages: PageScore[], resamples = 1000): CorpusScore {
  const { precision, recall, f1 } = f1Of(pages);
  const random = seededRandom(7);
  const f1s: number[] = [];
  for (let r = 0; r < resamples && pages.length > 0; r++) {
    f1s.push(f1Of(pages.map(() => pages[Math.floor(random() * pages.length)]!)).f1);
  }
  const m = mean(f1s);
  const f1Std = Math.sqrt(mean(f1s.map((x) => (x - m) ** 2)));
  return { precision, recall, f1, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), f1Std, pages: pages.length };
}

/** The text the content script reads from a page: nothing where the gate says "not an article". */
function contentScriptText(html: string, url: string): { text: string; isArticle: boolean } {
  const reading = htmlToSnapshot(html, url);
  return { text: reading.isArticle ? reading.snapshot.text : "", isArticle: reading.isArticle };
}

export interface ExtractionResult {
  name: string;
  score: CorpusScore;
}

/**
 * Scores what Sourcelight reads from each saved page of the benchmark folder `dir` (html/*.html.gz,
 * ground-truth.json), next to the published predictions found in dir/predictions/*.json. Also
 * returns how many pages the gate took for articles and the time per page to parse and read it.
 */
export function runExtraction(dir: string, limit = Infinity): { results: ExtractionResult[]; gateArticles: number; msPerPage: number } | null {
  const truthFile = join(dir, "ground-truth.json");
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, "utf8")) as Record<string, { articleBody: string; url: string }>;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const ours: PageScore[] = [];
  let gateArticles = 0;
  let readMs = 0;
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8");
    const t0 = performance.now();
    const reading = contentScriptText(html, truth[id]!.url);
    readMs += performance.now() - t0;
    if (reading.isArticle) gateArticles++;
    ours.push(scorePage(truth[id]!.articleBody, reading.text));
  }
  const results: ExtractionResult[] = [{ name: "Sourcelight (content script's reading)", score: scoreCorpus(ours) }];
  const predictions = join(dir, "predictions");
  for (const file of existsSync(predictions) ? readdirSync(predictions).filter((f) => f.endsWith(".json")).sort() : []) {
    const data = JSON.parse(readFileSync(join(predictions, file), "utf8")) as { version?: string; output: Record<string, { articleBody?: string }> };
    const pages = ids.map((id) => scorePage(truth[id]!.articleBody, data.output[id]?.articleBody ?? ""));
    results.push({ name: `${file.replace(/\.json$/, "")} ${data.version ?? ""} (published output)`.trim(), score: scoreCorpus(pages) });
  }
  return { results, gateArticles, msPerPage: readMs / Math.max(1, ids.length) };
}

/** The visible text of an HTML fragment: its text nodes joined by spaces (tokens never merge). */
function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const walker = document.createTreeWalker(document.body, 4);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  return parts.join(" ");
}

/**
 * The same score on Readability's saved test pages (dir/<page>/source.html), against the text of
 * Readability's own expected extraction (expected.html): a regression expectation rather than a
 * human annotation (it keeps some captions and drops headlines), so it says how close our reading
 * comes to Readability's, not to the truth.
 */
export function runNewsPages(dir: string, limit = Infinity): { score: CorpusScore; gateArticles: number; pages: number } | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, "source.html")) && existsSync(join(dir, n, "expected.html")))
    .sort()
    .slice(0, limit);
  let gateArticles = 0;
  const pages = names.map((name) => {
    // Readability's test runner reads every page at this URL.
    const reading = contentScriptText(readFileSync(join(dir, name, "source.html"), "utf8"), "http://fakehost/test/page.html");
    if (reading.isArticle) gateArticles++;
    return scorePage(htmlText(readFileSync(join(dir, name, "expected.html"), "utf8")), reading.text);
  });
  return { score: scoreCorpus(pages), gateArticles, pages: pages.length };
}
