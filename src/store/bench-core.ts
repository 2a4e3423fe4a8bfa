/**
 * The memory benchmark, runnable anywhere the memory runs: Node with fake-indexeddb
 * (scripts/bench/store.ts) or a real browser's IndexedDB (pass an `open` that uses it).
 * No Node APIs here: only `performance.now()`.
 *
 * Method: a deterministic synthetic memory (invented names, outlets and words; word and person
 * frequencies Zipf-skewed like news) is seeded in bulk through `importJson({mode:"replace"})`
 * (Dexie bulkAdd), then each operation is timed over `samples` runs through the public API and
 * the median (and p95) is reported. Recording is timed through `recordArticle`, the real path:
 * identity resolution against the seeded people, one transaction, word indexing. The recorded
 * articles' claims draw their words like the seeded ones (Zipf), so that an article repeats
 * words from claim to claim as real ones do (the corpus dev articles: 11.2 index words per
 * claim, 70% of them distinct across the article); a second series records claims of uniformly
 * random words (next to no repetition), the worst case for the per-article word index.
 */
import { seededRandom } from "../shared/seeded-random.ts";
import { personKey } from "./identity.ts";
import { indexWords } from "./normalize.ts";
import { ClaimPrefixes, articleDate, claimId } from "./schema.ts";
import type { AppearanceRecord, ArticleRecord, ArticleRecordInput, ClaimRecord, Memory, MemoryExport, StoreResult } from "./types.ts";

export interface StoreBenchSizes {
  people: number;
  articles: number;
  claims: number;
  /** Timed runs per operation. */
  samples: number;
  /** Runs of the (slow) full export. */
  exportSamples: number;
  seed?: number;
}

export const FULL_SIZES: StoreBenchSizes = { people: 5_000, articles: 10_000, claims: 100_000, samples: 50, exportSamples: 3 };

export interface BenchTiming {
  name: string;
  medianMs: number;
  p95Ms: number;
  samples: number;
  /** The goal from the issue, for the report (null when there is none). */
  budgetMs: number | null;
}

export interface StoreBenchResult {
  sizes: StoreBenchSizes;
  seedMs: number;
  /** What `afterSeed` reported (null without one). */
  settled: string | null;
  stored: { articles: number; people: number; claims: number; appearances: number };
  timings: BenchTiming[];
}

export type OpenMemoryFn = () => Promise<StoreResult<Memory>>;

// ---------------------------------------------------------------------------------------------
// Deterministic synthetic data


const SYLLABLES = "ka lo mi ren ta vo shi dar el an bri cos fen gal hu ira jon kel mar nor osk pel quin ros sel tor ul ven wal xan yor zed".split(" ");

function makeWord(rand: () => number, minSyl: number, maxSyl: number): string {
  const n = minSyl + Math.floor(rand() * (maxSyl - minSyl + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
  return w;
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Zipf(1) sampler over n items: cumulative weights + binary search. */
function zipf(n: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface SynthPerson {
  name: string;
  role: string;
  represents: string;
  key: string;
}

const ROLES = ["minister", "spokesperson", "senator", "governor", "mayor", "ambassador", "deputy minister", "party leader", "president", "secretary"];

export interface Dataset {
  dump: MemoryExport;
  people: SynthPerson[];
  /** Each person's articles (for "elsewhere than here" queries). */
  articlesOf: string[][];
  vocabulary: string[];
  /** Index into `vocabulary`, Zipf-distributed (as the seeded claims' words). */
  pickWord: () => number;
  rand: () => number;
}

export function makeDataset(sizes: StoreBenchSizes): Dataset {
  const rand = seededRandom(sizes.seed ?? 20261126);
  const vocabulary = [...new Set(Array.from({ length: sizes.claims > 10_000 ? 6000 : 1500 }, () => makeWord(rand, 1, 4)))];
  const pickWord = zipf(vocabulary.length, rand);
  const countries = Array.from({ length: 80 }, () => capital(makeWord(rand, 2, 3)));
  const givens = Array.from({ length: 300 }, () => capital(makeWord(rand, 1, 3)));
  const surnames = Array.from({ length: Math.max(50, Math.floor(sizes.people / 4)) }, () => capital(makeWord(rand, 2, 3)));

  const seen = new Set<string>();
  const people: SynthPerson[] = [];
  while (people.length < sizes.people) {
    const name = `${givens[Math.floor(rand() * givens.length)]} ${surnames[Math.floor(rand() * surnames.length)]}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const represents = `${countries[Math.floor(rand() * countries.length)]} government`;
    const role = ROLES[Math.floor(rand() * ROLES.length)]!;
    people.push({ name, role, represents, key: personKey({ name, represents }) });
  }
  const pickPerson = zipf(people.length, rand);

  const START = Date.UTC(2025, 0, 1);
  const SPAN = 700 * 86_400_000;
  const articles: ArticleRecord[] = [];
  const appearances: AppearanceRecord[] = [];
  const claims: ClaimRecord[] = [];
  const articlesOf: string[][] = people.map(() => []);
  const perArticle = sizes.claims / sizes.articles;
  const prefixes = new ClaimPrefixes();
  for (let i = 0; i < sizes.articles; i++) {
    const url = `https://outlet${i % 40}.example/news/${i}`;
    const seenAt = START + Math.floor(rand() * SPAN);
    const publishedAt = new Date(seenAt - Math.floor(rand() * 86_400_000)).toISOString();
    const at = articleDate(publishedAt, seenAt);
    // One person in turn (so every person appears somewhere), the rest Zipf-skewed.
    const cast = new Set<number>([i % people.length]);
    const castSize = 2 + Math.floor(rand() * 4);
    while (cast.size < castSize) cast.add(pickPerson());
    const castList = [...cast];
    for (const p of castList) {
      const person = people[p]!;
      articlesOf[p]!.push(url);
      appearances.push({ personKey: person.key, articleUrl: url, name: person.name, role: person.role, represents: person.represents, isOfficial: true, kbId: null, kbName: null, at });
    }
    // Spread the claim total evenly: article i gets floor((i+1)·r) − floor(i·r) claims.
    const n = Math.floor((i + 1) * perArticle) - Math.floor(i * perArticle);
    let offset = 0;
    for (let c = 0; c < n; c++) {
      const words = Array.from({ length: 10 + Math.floor(rand() * 12) }, () => vocabulary[pickWord()]!);
      const text = `${capital(words.join(" "))}.`;
      const bySource = rand() < 0.1;
      const person = people[castList[Math.floor(rand() * castList.length)]!]!;
      claims.push({
        id: claimId(prefixes.prefix(at, url), c),
        articleUrl: url,
        personKey: bySource ? null : person.key,
        source: bySource ? "a senior official" : null,
        speaker: bySource ? "a senior official" : person.name,
        text,
        kind: rand() < 0.6 ? "direct" : "indirect",
        cue: "said",
        start: offset,
        end: offset + text.length,
        at,
      });
      offset += text.length + 2;
    }
    articles.push({
      url,
      origin: `https://outlet${i % 40}.example`,
      title: capital(Array.from({ length: 8 }, () => vocabulary[pickWord()]!).join(" ")),
      outlet: `Outlet ${i % 40}`,
      publishedAt,
      at,
      firstSeen: seenAt,
      lastSeen: seenAt,
      contentHash: `h${i}`,
      claimCount: n,
      peopleCount: castList.length,
    });
  }
  const dump: MemoryExport = {
    format: "sourcelight-memory",
    schemaVersion: 2,
    exportedAt: new Date(START).toISOString(),
    people: [], // rebuilt from appearances by the import
    articles,
    appearances,
    claims,
  };
  return { dump, people, articlesOf, vocabulary, pickWord, rand };
}

/** A new article of 30 claims by 6 people: 4 already known (found by identity), 2 new. Words
 *  Zipf-distributed like the seeded claims', or uniformly random. */
export function makeRecording(ds: Dataset, index: number, words: "zipf" | "uniform" = "zipf"): ArticleRecordInput {
  const word = words === "zipf" ? () => ds.vocabulary[ds.pickWord()]! : () => ds.vocabulary[Math.floor(ds.rand() * ds.vocabulary.length)]!;
  const known = Array.from({ length: 4 }, () => ds.people[Math.floor(ds.rand() * ds.people.length)]!);
  const people = [
    ...known.map((p, i) => ({ localId: `p${i + 1}`, name: p.name, role: p.role, represents: p.represents, isOfficial: true })),
    { localId: "p5", name: `Newcomer${index} Alpha`, role: "minister", represents: "Benchland", isOfficial: true },
    { localId: "p6", name: `Newcomer${index} Beta`, role: null, represents: null, isOfficial: false },
  ];
  let offset = 0;
  const claims = Array.from({ length: 30 }, (_, c) => {
    const text = `${capital(Array.from({ length: 16 }, word).join(" "))}.`;
    const start = offset;
    offset += text.length + 2;
    return { personLocalId: `p${(c % 6) + 1}`, source: null, text, kind: "direct" as const, cue: "said", start, end: start + text.length };
  });
  return {
    // As long as a real news URL (section, date, slug): ~100 characters.
    url: `https://www.bench-news.example/world/middle-east/2026/11/01/officials-say-talks-will-continue-${words}-${index}`,
    title: `Bench article ${index}`,
    outlet: "Bench Post",
    publishedAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
    contentHash: `bench-${index}`,
    people,
    claims,
    seenAt: Date.UTC(2026, 10, 1) + index * 60_000,
  };
}

// ---------------------------------------------------------------------------------------------
// Timing

function stats(name: string, ms: number[], budgetMs: number | null): BenchTiming {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { name, medianMs: median, p95Ms: at(0.95), samples: sorted.length, budgetMs };
}

async function timeIt<T>(fn: () => Promise<StoreResult<T>>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${r.error}: ${r.message}`);
  return [ms, r.value];
}

/**
 * `afterSeed`: runs once the seed is written, before anything is timed; it returns a line for the
 * report. In Chromium it waits for the browser's own background work on the freshly written
 * 100k claims (LevelDB compacting the bulk import, about 15 s of a core) to finish, so that the
 * operations are timed on a store at rest, as a reader's store is when an article is recorded,
 * rather than against the compaction of an import that happened a second earlier.
 */
export async function runStoreBench(
  open: OpenMemoryFn,
  sizes: StoreBenchSizes = FULL_SIZES,
  log: (line: string) => void = () => {},
  afterSeed?: () => Promise<string>,
): Promise<StoreBenchResult> {
  const opened = await open();
  if (!opened.ok) throw new Error(`${opened.error}: ${opened.message}`);
  const memory = opened.value;
  try {
    log(`generating ${sizes.claims} claims over ${sizes.people} people and ${sizes.articles} articles …`);
    const ds = makeDataset(sizes);
    log("seeding (importJson replace → bulkAdd) …");
    const [seedMs] = await timeIt(() => memory.importJson(ds.dump, { mode: "replace" }));
    const settled = afterSeed ? await afterSeed() : null;
    const usage = await memory.estimateUsage();
    if (!usage.ok) throw new Error(usage.message);
    const stored = { articles: usage.value.articles, people: usage.value.people, claims: usage.value.claims, appearances: usage.value.appearances };
    const timings: BenchTiming[] = [];

    // Warm-up (JIT, first index touches) is not counted.
    await memory.saidElsewhere(ds.people[0]!.key, { limit: 10 });
    await memory.search(ds.vocabulary[0]!);

    log("said elsewhere …");
    const said: number[] = [];
    for (let i = 0; i < sizes.samples; i++) {
      const p = Math.floor(ds.rand() * Math.min(ds.people.length, 500)); // skewed towards people with claims
      const here = ds.articlesOf[p]![0] ?? null;
      const [ms] = await timeIt(() => memory.saidElsewhere(ds.people[p]!.key, { excludeUrl: here, limit: 10 }));
      said.push(ms);
    }
    timings.push(stats("saidElsewhere(personKey, {excludeUrl, limit: 10})", said, 5));

    const refs: number[] = [];
    for (let i = 0; i < sizes.samples; i++) {
      const p = ds.people[Math.floor(ds.rand() * 500)]!;
      const [ms] = await timeIt(() => memory.saidElsewhere({ name: p.name, represents: `the ${p.represents}` }, { limit: 10 }));
      refs.push(ms);
    }
    timings.push(stats("saidElsewhere(page person ref → identity rules)", refs, null));

    log("personCounts …");
    const counts: number[] = [];
    for (let i = 0; i < sizes.samples; i++) {
      const keys = Array.from({ length: 5 }, () => ds.people[Math.floor(ds.rand() * ds.people.length)]!.key);
      const [ms] = await timeIt(() => memory.personCounts(keys, ds.dump.articles[i]!.url));
      counts.push(ms);
    }
    timings.push(stats("personCounts(5 people, currentUrl)", counts, null));

    log("recordArticle (30 claims, 6 people) …");
    const rec = { zipf: [] as number[], uniform: [] as number[] };
    const words = { zipf: { total: 0, distinct: 0 }, uniform: { total: 0, distinct: 0 } }; // index words
    const revisit: number[] = [];
    // The two series alternate, so that both see the same machine and store size.
    for (let i = 0; i < sizes.samples; i++) {
      for (const kind of ["zipf", "uniform"] as const) {
        const input = makeRecording(ds, i, kind);
        const perClaim = input.claims.map((c) => indexWords(c.text, input.people.find((p) => p.localId === c.personLocalId)?.name));
        words[kind].total += perClaim.reduce((n, w) => n + w.length, 0);
        words[kind].distinct += new Set(perClaim.flat()).size;
        const [ms, outcome] = await timeIt(() => memory.recordArticle(input));
        if (outcome.status !== "created" || outcome.claimsStored !== 30) throw new Error(`unexpected recording outcome ${JSON.stringify(outcome)}`);
        rec[kind].push(ms);
        if (kind === "zipf") {
          const [ms2] = await timeIt(() => memory.recordArticle({ ...input, seenAt: input.seenAt + 1 }));
          revisit.push(ms2);
        }
      }
    }
    const label = (kind: "zipf" | "uniform") => {
      const { total, distinct } = words[kind];
      return `${(total / 30 / sizes.samples).toFixed(1)} words/claim, ${(distinct / sizes.samples).toFixed(0)} distinct`;
    };
    timings.push(stats(`recordArticle(new, 30 claims; Zipf words: ${label("zipf")})`, rec.zipf, 20));
    timings.push(stats(`recordArticle(new, 30 claims; uniform words: ${label("uniform")})`, rec.uniform, null));
    timings.push(stats("recordArticle(revisit, unchanged)", revisit, null));

    log("search …");
    const w = () => ds.vocabulary[Math.floor(ds.rand() * ds.vocabulary.length)]!;
    const common = () => ds.vocabulary[Math.floor(ds.rand() * 20)]!;
    const queries: string[] = [];
    for (let i = 0; i < sizes.samples; i++) {
      const kind = i % 4;
      const person = ds.people[Math.floor(ds.rand() * 200)]!;
      queries.push(kind === 0 ? w() : kind === 1 ? common() : kind === 2 ? `${common()} ${w()}` : person.name.split(" ")[1]!);
    }
    const search: number[] = [];
    for (const q of queries) search.push((await timeIt(() => memory.search(q, { limit: 20 })))[0]);
    timings.push(stats("search(query, {limit: 20}) [rare | common | common+other | surname]", search, 30));
    ["rare word", "common word", "common + other word", "surname"].forEach((kind, k) => {
      timings.push(stats(`  of which: ${kind}`, search.filter((_, i) => i % 4 === k), null));
    });
    const both: number[] = [];
    for (let i = 0; i < sizes.samples; i++) {
      const q = `${common()} ${common()}`;
      both.push((await timeIt(() => memory.search(q, { limit: 20 })))[0]);
    }
    timings.push(stats("search(two common words, {limit: 20})", both, null));
    const prefix: number[] = [];
    for (let i = 0; i < sizes.samples; i++) {
      const q = `${common()} ${w().slice(0, 4)}`;
      prefix.push((await timeIt(() => memory.search(q, { limit: 20, prefix: true })))[0]);
    }
    timings.push(stats("search(word + 4-letter prefix, {prefix: true})", prefix, null));

    log("recentArticles …");
    const recent: number[] = [];
    for (let i = 0; i < sizes.samples; i++) recent.push((await timeIt(() => memory.recentArticles(20)))[0]);
    timings.push(stats("recentArticles(20)", recent, null));

    log("export …");
    const exp: number[] = [];
    for (let i = 0; i < sizes.exportSamples; i++) {
      const [ms, dump] = await timeIt(() => memory.exportJson());
      if (dump.claims.length < sizes.claims) throw new Error("export incomplete");
      exp.push(ms);
    }
    timings.push(stats("exportJson() of everything", exp, 3000));
    const csv: number[] = [];
    for (let i = 0; i < sizes.exportSamples; i++) csv.push((await timeIt(() => memory.exportCsv()))[0]);
    timings.push(stats("exportCsv() of everything", csv, null));

    return { sizes, seedMs, settled, stored, timings };
  } finally {
    memory.close();
  }
}

export function formatBench(result: StoreBenchResult): string {
  const lines = [
    `seeded ${result.stored.claims} claims, ${result.stored.people} people, ${result.stored.articles} articles, ${result.stored.appearances} appearances in ${(result.seedMs / 1000).toFixed(1)} s (importJson replace, bulkAdd)`,
    ...(result.settled ? [result.settled] : []),
    "",
    "operation                                                                             median ms    p95 ms   runs   goal",
  ];
  for (const t of result.timings) {
    const goal = t.budgetMs === null ? "" : `≤ ${t.budgetMs} ms ${t.medianMs <= t.budgetMs ? "met" : "MISSED"}`;
    lines.push(`${t.name.padEnd(84)} ${t.medianMs.toFixed(2).padStart(9)} ${t.p95Ms.toFixed(2).padStart(9)} ${String(t.samples).padStart(6)}   ${goal}`);
  }
  return lines.join("\n");
}
