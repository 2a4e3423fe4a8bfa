/**
 * npm run bench:kb — measures the bundled KB on this machine:
 *  - size of src/kb/data/officials.json (raw, gzip -9);
 *  - load = JSON.parse of the file text + loadKnowledgeBase (index build): the first (cold) load,
 *    then 20 more runs, median/p95 (later runs profit from JIT warm-up and a token memo);
 *  - lookupName latency over 2,000 names drawn deterministically from the KB (full names, surnames
 *    with a context sentence, and misses), each timed individually after a warm-up, median/p95;
 *  - linkPeople on a 10-person, ~1,500-character article, median.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import os from "node:os";
import { loadKnowledgeBase, lookupName, linkPeople } from "../../src/kb/index.ts";
import type { Person } from "../../src/extract/types.ts";

const file = resolve(import.meta.dirname, "../../src/kb/data/officials.json");
const text = readFileSync(file, "utf8");
const raw = Buffer.byteLength(text);
const gz = gzipSync(text, { level: 9 }).length;

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

const loads: number[] = [];
const c0 = performance.now();
const cpu0 = process.cpuUsage();
let kb = loadKnowledgeBase(JSON.parse(text));
const coldLoad = performance.now() - c0;
const coldCpu = process.cpuUsage(cpu0);
const coldCpuMs = (coldCpu.user + coldCpu.system) / 1000;
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  kb = loadKnowledgeBase(JSON.parse(text));
  loads.push(performance.now() - t0);
}

// Deterministic query mix: every k-th entry's full name, its first short name with a sentence, and a miss.
const queries: Array<{ name: string; near?: string }> = [];
const entries = kb.data.entries;
for (let i = 0; queries.length < 2000; i += 7) {
  const e = entries[i % entries.length]!;
  const kind = queries.length % 3;
  if (kind === 0) queries.push({ name: e.name });
  else if (kind === 1) queries.push({ name: e.short[0] ?? e.name, near: `${e.short[0] ?? e.name} said the ${e.positions[0]?.title ?? "official"} of ${e.country ?? "the country"} would attend.` });
  else queries.push({ name: `Zzyx ${e.name.split(" ")[0]}` });
}
for (const q of queries.slice(0, 300)) lookupName(kb, q.name, { near: q.near, date: "2025-10-07" });
const times: number[] = [];
for (const q of queries) {
  const t0 = performance.now();
  lookupName(kb, q.name, { near: q.near, date: "2025-10-07" });
  times.push(performance.now() - t0);
}

const article = [
  "US President Donald Trump said on Tuesday that envoy Steve Witkoff and Jared Kushner would travel to Egypt.",
  "Qatar's foreign ministry spokesperson Majed al-Ansari said the talks in Sharm el-Sheikh were continuing.",
  "Israeli Prime Minister Benjamin Netanyahu sent Ron Dermer, while Turkish President Erdogan called Egypt's el-Sisi.",
  "UN Secretary-General Antonio Guterres welcomed the talks; Sergey Lavrov said Moscow supported them.",
  "Hamas official Khalil al-Hayya led the group's delegation, and Naim Qassem of Hezbollah commented from Beirut.",
].join("\n\n").repeat(3);
const names = ["Donald Trump", "Steve Witkoff", "Jared Kushner", "Majed al-Ansari", "Benjamin Netanyahu", "Ron Dermer", "Erdogan", "el-Sisi", "Antonio Guterres", "Sergey Lavrov", "Khalil al-Hayya", "Naim Qassem"];
const people: Person[] = names.map((n, i) => {
  const mentions = [];
  for (let at = article.indexOf(n); at >= 0; at = article.indexOf(n, at + 1)) mentions.push({ start: at, end: at + n.length, kind: "name" as const });
  return { id: `p${i + 1}`, name: n, mentions, isOfficial: true, role: null, represents: null };
});
const linkTimes: number[] = [];
let linked = 0;
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  linked = linkPeople(kb, people, article, "2025-10-07").size;
  linkTimes.push(performance.now() - t0);
}

console.log(`bench:kb (node ${process.version}, ${process.platform}/${process.arch})`);
console.log(`  file            ${file}`);
console.log(`  size            ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip -9 (${entries.length} entries)`);
console.log(`  load            median ${fmt(pct(loads, 50))}, p95 ${fmt(pct(loads, 95))} (JSON.parse + index build, 20 runs); first (cold) load ${fmt(coldLoad)} wall, ${fmt(coldCpuMs)} CPU`);
console.log(`  machine         load average ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")} on ${os.cpus().length} CPUs (wall times inflate under load)`);
console.log(`  lookupName      median ${fmt(pct(times, 50))}, p95 ${fmt(pct(times, 95))} (${times.length} queries: full names, surnames with a sentence, misses)`);
console.log(`  linkPeople      median ${fmt(pct(linkTimes, 50))}, p95 ${fmt(pct(linkTimes, 95))} (${people.length} people, ${article.length} chars, ${linked} linked, 50 runs)`);
