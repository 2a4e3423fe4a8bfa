/**
 * npm run lexicon:report -- [--shared ../shared]
 *
 * Measures the generated data on this machine: sizes (raw / gzip -9), the names table's load time,
 * and what the name list covers, on evaluation data that never enters the build:
 *  - CoNLL++ dev (conllpp_dev.txt): the first token of every gold PER span (and of multi-token
 *    spans, whose first token is usually a given name), and the false-hit rate, the share of ORG /
 *    LOC / MISC spans whose first token the list contains;
 *  - the dev corpus (corpus/dev/*.json): the first word of every annotated person's name of two or
 *    more words.
 * Each figure is given for the new list, for the list without names flagged as common words or
 * places.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fold } from "../../src/extract/normalize.ts";
import { cuePhrase, isCueWord } from "../../src/extract/data/attribution-cues.ts";
import { isOfficialTitleWord } from "../../src/extract/data/official-titles.ts";
import { GOV_ROLES, ROLE_NOUNS, SPEECH_VERBS } from "../../src/extract/lexicon/index.ts";
import { isOrgAcronym, isOrgSuffix, isOrgSuffixExact, orgHeadCount } from "../../src/extract/data/org-words.ts";
import { countCues } from "./cues.ts";
import { readPolnear } from "./build.ts";
import { eachGivenName, givenName, isPlainGivenName, loadGivenNames } from "../../src/extract/data/given-names.ts";

const DATA = resolve(import.meta.dirname, "../../src/extract/data");

export interface Span {
  type: string;
  tokens: string[];
}

/** Gold entity spans of a CoNLL file in IOB2 (4 columns; -DOCSTART- and blank lines end spans). */
export function conllSpans(text: string): Span[] {
  const spans: Span[] = [];
  let cur: Span | undefined;
  const close = (): void => {
    if (cur) spans.push(cur);
    cur = undefined;
  };
  for (const line of text.split("\n")) {
    const cols = line.trim().split(" ");
    if (cols.length < 4 || cols[0] === "-DOCSTART-") {
      close();
      continue;
    }
    const tag = cols[3]!;
    if (tag === "O") {
      close();
      continue;
    }
    const [bio, type] = tag.split("-") as [string, string];
    if (bio === "B" || !cur || cur.type !== type) {
      close();
      cur = { type, tokens: [cols[0]!] };
    } else cur.tokens.push(cols[0]!);
  }
  close();
  return spans;
}

function share(n: number, d: number): string {
  return `${n}/${d} = ${d ? ((100 * n) / d).toFixed(1) : "–"}%`;
}

function fileSize(file: string): string {
  const text = readFileSync(join(DATA, file), "utf8");
  return `${file}: ${Buffer.byteLength(text)} bytes raw, ${gzipSync(text, { level: 9 }).length} gzip -9`;
}

function main(): void {
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--shared");
  const shared = resolve(i >= 0 ? argv[i + 1]! : "../shared");

  console.log("## Sizes");
  for (const f of readdirSync(DATA).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort()) console.log(`- ${fileSize(f)}`);

  console.log("\n## Given names: load and look-up time");
  const times: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    loadGivenNames();
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const keys: string[] = [];
  eachGivenName((k) => keys.push(k));
  const probe = keys.filter((_, j) => j % 7 === 0).flatMap((k) => [k, k + "x"]);
  let hits = 0;
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    hits = 0;
    const t1 = performance.now();
    for (const k of probe) if (givenName(k) !== 0) hits++;
    rounds.push(((performance.now() - t1) * 1e6) / probe.length);
  }
  const per = rounds.sort((a, b) => a - b)[2]!;
  console.log(
    `- ${keys.length} names; index build ${times[0]!.toFixed(2)} ms cold, median ${warm[warm.length >> 1]!.toFixed(2)} ms warm; ` +
      `${probe.length} look-ups (${hits} hits) at ${per.toFixed(0)} ns each (median of 5 rounds) (Node ${process.version})`,
  );

  const lists: Array<[string, (k: string) => boolean]> = [
    ["given-names (all)", (k) => givenName(k) !== 0],
    ["given-names without word/place-flagged", isPlainGivenName],
  ];

  const conllPath = join(shared, "data/benchmarks/conll2003/conllpp_dev.txt");
  if (existsSync(conllPath)) {
    const spans = conllSpans(readFileSync(conllPath, "utf8"));
    const per = spans.filter((s) => s.type === "PER");
    const multi = per.filter((s) => s.tokens.length >= 2);
    const other = spans.filter((s) => s.type !== "PER");
    const first = (s: Span): string => fold(s.tokens[0]!);
    console.log(`\n## CoNLL++ dev (${per.length} PER spans, ${multi.length} of 2+ tokens, ${other.length} ORG/LOC/MISC spans)`);
    console.log("| list | PER first token | PER 2+ tokens, first token | false hits: ORG/LOC/MISC first token |");
    console.log("| --- | --- | --- | --- |");
    for (const [name, has] of lists) {
      const c = (arr: Span[]): string => share(arr.filter((s) => has(first(s))).length, arr.length);
      console.log(`| ${name} | ${c(per)} | ${c(multi)} | ${c(other)} |`);
    }
    const hits = new Map<string, number>();
    for (const s of other) {
      const k = first(s);
      if (isPlainGivenName(k)) hits.set(`${s.type}:${k}`, (hits.get(`${s.type}:${k}`) ?? 0) + 1);
    }
    const top = [...hits].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`\nMost frequent unflagged false hits: ${top.map(([k, n]) => `${k}×${n}`).join(" ")}`);
  } else console.log(`\n(CoNLL++ dev not found at ${conllPath})`);

  const devDir = join(shared, "corpus/dev");
  if (existsSync(devDir)) {
    const firsts: string[] = [];
    for (const f of readdirSync(devDir).filter((f) => f.endsWith(".json"))) {
      const doc = JSON.parse(readFileSync(join(devDir, f), "utf8")) as { people?: Array<{ name: string }> };
      for (const p of doc.people ?? []) {
        const parts = p.name.split(/\s+/);
        if (parts.length >= 2) firsts.push(fold(parts[0]!.replace(/\.$/, "")));
      }
    }
    console.log(`\n## Dev corpus: first word of the ${firsts.length} annotated names of two or more words`);
    for (const [name, has] of lists) console.log(`- ${name}: ${share(firsts.filter(has).length, firsts.length)}`);
  }
}

/** Tokens of a CoNLL file with their IOB2 tags and span positions. */
export function conllTokens(text: string): Array<{ t: string; type: string; last: boolean }> {
  const out: Array<{ t: string; type: string; last: boolean }> = [];
  for (const line of text.split("\n")) {
    const cols = line.trim().split(" ");
    if (cols.length < 4 || cols[0] === "-DOCSTART-") {
      if (out.length) out[out.length - 1]!.last = true;
      continue;
    }
    const tag = cols[3]!;
    const type = tag === "O" ? "O" : tag.slice(2);
    const prev = out[out.length - 1];
    if (prev && prev.type !== "O" && (tag.startsWith("B-") || prev.type !== type)) prev.last = true;
    if (prev && prev.type !== "O" && type === "O") prev.last = true;
    out.push({ t: cols[0]!, type, last: false });
  }
  if (out.length) out[out.length - 1]!.last = true;
  return out;
}

/** How the organisation words fall on CoNLL++ dev: each kind's capitalised occurrences, how many
 *  end an ORG span, and the share of ORG spans each kind catches. */
function orgReport(shared: string): void {
  const path = join(shared, "data/benchmarks/conll2003/conllpp_dev.txt");
  if (!existsSync(path)) return;
  const toks = conllTokens(readFileSync(path, "utf8"));
  const key = (t: string): string => {
    const k = fold(t);
    return k.endsWith(".") ? k.slice(0, -1) : k;
  };
  const kinds: Array<[string, (t: string) => boolean]> = [
    ["legal-form suffix (ORG_SUFFIXES, by key)", (t) => isOrgSuffix(key(t))],
    ["legal-form suffix written exactly (ORG_SUFFIXES_EXACT)", (t) => isOrgSuffixExact(t)],
    ["organisation head word (ORG_HEADS)", (t) => orgHeadCount(key(t)) > 0],
    ["international organisation acronym", (t) => isOrgAcronym(key(t)) || isOrgAcronym(t)],
  ];
  const orgSpans = toks.filter((x) => x.type === "ORG" && x.last).length;
  console.log(`\n## Organisation words on CoNLL++ dev (${orgSpans} ORG spans)`);
  console.log("| kind | capitalised occurrences | ending an ORG span | inside ORG, not last | outside ORG | ORG spans ending with one |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const [name, has] of kinds) {
    let n = 0;
    let end = 0;
    let inside = 0;
    const offenders = new Map<string, number>();
    for (const x of toks) {
      if (!/^\p{Lu}/u.test(x.t) || !has(x.t)) continue;
      n++;
      if (x.type === "ORG" && x.last) end++;
      else if (x.type === "ORG") inside++;
      else offenders.set(`${x.type}:${x.t}`, (offenders.get(`${x.type}:${x.t}`) ?? 0) + 1);
    }
    console.log(`| ${name} | ${n} | ${share(end, n)} | ${inside} | ${n - end - inside} | ${share(end, orgSpans)} |`);
    const top = [...offenders].sort((a, b) => b[1] - a[1]).slice(0, 12);
    if (top.length) console.log(`|  outside ORG, most frequent: ${top.map(([k, c]) => `${k}×${c}`).join(" ")} | | | | | |`);
  }
}

/** Official title words on the dev corpus: the share of officials' and of non-officials' annotated
 *  roles that contain one (a good list is frequent in the first and rare in the second). */
function titleReport(shared: string): void {
  const devDir = join(shared, "corpus/dev");
  if (!existsSync(devDir)) return;
  const roles: Array<{ official: boolean; words: string[] }> = [];
  for (const f of readdirSync(devDir).filter((f) => f.endsWith(".json"))) {
    const doc = JSON.parse(readFileSync(join(devDir, f), "utf8")) as { people?: Array<{ is_official?: boolean; role?: string }> };
    for (const p of doc.people ?? []) if (p.role) roles.push({ official: p.is_official === true, words: (p.role.match(/[\p{L}'’-]+/gu) ?? []).map((w) => fold(w)) });
  }
  const lists: Array<[string, (k: string) => boolean]> = [
    ["official-titles (TITLE_WORDS)", isOfficialTitleWord],
    ["lexicon.ts GOV_ROLES", (k) => GOV_ROLES.has(k)],
    ["lexicon.ts ROLE_NOUNS", (k) => ROLE_NOUNS.has(k)],
  ];
  const off = roles.filter((r) => r.official);
  const non = roles.filter((r) => !r.official);
  console.log(`\n## Official title words on the dev corpus's annotated roles (${off.length} officials, ${non.length} non-officials)`);
  for (const [name, has] of lists)
    console.log(`- ${name}: officials' roles ${share(off.filter((r) => r.words.some(has)).length, off.length)}, non-officials' roles ${share(non.filter((r) => r.words.some(has)).length, non.length)}`);
}

/** Cue recall on PolNeAR dev: the share of attributions whose cue head word (after auxiliaries)
 *  is a learned cue word, or whose cue is a learned phrase, against SPEECH_VERBS of lexicon.ts. */
function cueReport(shared: string): void {
  const dir = join(shared, "data/benchmarks/polnear");
  if (!existsSync(join(dir, "dev"))) return;
  const st = countCues(readPolnear(dir, "dev"));
  let learned = 0;
  let learnedOrPhrase = 0;
  let hand = 0;
  let total = 0;
  for (const [k, c] of st.words) {
    total += c.cues;
    if (isCueWord(k)) learned += c.cues;
    if (SPEECH_VERBS.has(k)) hand += c.cues;
  }
  for (const [k, c] of st.phrases) if (cuePhrase(k) && !isCueWord(k.split(" ")[0]!)) learnedOrPhrase += c.cues;
  console.log(`\n## Attribution cues on PolNeAR dev (${st.documents} articles, ${total} attributions with a word cue)`);
  console.log(`- cue head is a learned cue word: ${share(learned, total)}; with learned phrases whose first word is not: ${share(learned + learnedOrPhrase, total)}`);
  console.log(`- cue head is in lexicon.ts SPEECH_VERBS: ${share(hand, total)}`);
}

if (process.argv[1]?.endsWith("lexicon/report.ts")) {
  main();
  titleReport(resolve(process.argv.includes("--shared") ? process.argv[process.argv.indexOf("--shared") + 1]! : "../shared"));
  orgReport(resolve(process.argv.includes("--shared") ? process.argv[process.argv.indexOf("--shared") + 1]! : "../shared"));
  cueReport(resolve(process.argv.includes("--shared") ? process.argv[process.argv.indexOf("--shared") + 1]! : "../shared"));
}
