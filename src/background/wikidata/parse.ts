/**
 * Readers for the Wikidata API's JSON (wbsearchentities, wbgetentities). They never throw: any
 * shape they do not recognise yields null, which the client reports as "malformed".
 */
import type { WikidataHit, WikidataStatement } from "./types.ts";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** An API-level error object ({"error":{"code":"no-such-entity","info":…}}), if present. */
export function apiError(body: unknown): { code: string; info: string } | null {
  if (!isObj(body) || !isObj(body.error)) return null;
  return { code: str(body.error.code) ?? "unknown", info: str(body.error.info) ?? "" };
}

export function readSearch(body: unknown): WikidataHit[] | null {
  if (!isObj(body) || !Array.isArray(body.search)) return null;
  const out: WikidataHit[] = [];
  for (const h of body.search) {
    if (!isObj(h)) return null;
    const id = str(h.id);
    if (!id || !/^Q\d+$/.test(id)) return null;
    const display = isObj(h.display) ? h.display : {};
    const dl = isObj(display.label) ? str(display.label.value) : null;
    const dd = isObj(display.description) ? str(display.description.value) : null;
    out.push({ id, label: str(h.label) ?? dl ?? id, description: str(h.description) ?? dd });
  }
  return out;
}

export interface RawEntity {
  id: string;
  missing: boolean;
  labels: Record<string, string>;
  descriptions: Record<string, string>;
  aliases: Record<string, string[]>;
  claims: Record<string, RawClaim[]>;
  /** Page titles on other wikis, by site id ("enwikiquote" → "Lior Ben-Ami"). */
  sitelinks: Record<string, string>;
}

export interface RawClaim {
  /** Item id of the main value, or null for "no value"/"unknown value"/non-item values. */
  value: string | null;
  rank: "preferred" | "normal" | "deprecated";
  start: string | null;
  end: string | null;
}

/** "+2022-12-29T00:00:00Z" at precision 11 → "2022-12-29"; 10 → "2022-12"; ≤ 9 → "2022". */
export function wikidataTime(v: unknown): string | null {
  if (!isObj(v)) return null;
  const t = str(v.time);
  const p = typeof v.precision === "number" ? v.precision : 11;
  const m = t ? /^\+(\d{4,})-(\d{2})-(\d{2})T/.exec(t) : null;
  if (!m) return null;
  const year = m[1]!.replace(/^0+(?=\d{4})/, "");
  if (p >= 11 && m[3] !== "00") return `${year}-${m[2]}-${m[3]}`;
  if (p >= 10 && m[2] !== "00") return `${year}-${m[2]}`;
  return year;
}

function qualifierTime(q: unknown, prop: string): string | null {
  if (!isObj(q) || !Array.isArray(q[prop])) return null;
  for (const s of q[prop] as unknown[]) {
    if (isObj(s) && s.snaktype === "value" && isObj(s.datavalue)) {
      const t = wikidataTime(s.datavalue.value);
      if (t) return t;
    }
  }
  return null;
}

function readClaim(c: unknown): RawClaim | null {
  if (!isObj(c) || !isObj(c.mainsnak)) return null;
  const rank = c.rank === "preferred" || c.rank === "deprecated" ? c.rank : "normal";
  const snak = c.mainsnak;
  let value: string | null = null;
  if (snak.snaktype === "value" && isObj(snak.datavalue) && isObj(snak.datavalue.value)) value = str(snak.datavalue.value.id);
  return { value, rank, start: qualifierTime(c.qualifiers, "P580"), end: qualifierTime(c.qualifiers, "P582") };
}

function langMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [lang, x] of Object.entries(v)) if (isObj(x) && typeof x.value === "string") out[lang] = x.value;
  return out;
}

/** {"enwikiquote": {"site": "enwikiquote", "title": "…", "badges": []}} → {enwikiquote: "…"}. */
function sitelinkMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [site, link] of Object.entries(v)) if (isObj(link) && typeof link.title === "string" && link.title.trim()) out[site] = link.title;
  return out;
}

export function readEntities(body: unknown): Map<string, RawEntity> | null {
  if (!isObj(body) || !isObj(body.entities)) return null;
  const out = new Map<string, RawEntity>();
  for (const [key, e] of Object.entries(body.entities)) {
    if (!isObj(e)) return null;
    const id = str(e.id) ?? key;
    if ("missing" in e) {
      out.set(id, { id, missing: true, labels: {}, descriptions: {}, aliases: {}, claims: {}, sitelinks: {} });
      continue;
    }
    const aliases: Record<string, string[]> = {};
    if (isObj(e.aliases)) {
      for (const [lang, list] of Object.entries(e.aliases)) {
        if (Array.isArray(list)) aliases[lang] = list.filter(isObj).map((a) => str(a.value)).filter((a): a is string => a !== null);
      }
    }
    const claims: Record<string, RawClaim[]> = {};
    if (e.claims !== undefined && !isObj(e.claims) && !Array.isArray(e.claims)) return null;
    if (isObj(e.claims)) {
      for (const [prop, list] of Object.entries(e.claims)) {
        if (!Array.isArray(list)) return null;
        claims[prop] = list.map(readClaim).filter((c): c is RawClaim => c !== null);
      }
    }
    out.set(id, { id, missing: false, labels: langMap(e.labels), descriptions: langMap(e.descriptions), aliases, claims, sitelinks: sitelinkMap(e.sitelinks) });
  }
  return out;
}

/** Non-deprecated item values of a property, with their dates (labels filled in later). */
export function statements(e: RawEntity, prop: string): Array<Omit<WikidataStatement, "label">> {
  return (e.claims[prop] ?? [])
    .filter((c) => c.rank !== "deprecated" && c.value !== null)
    .map((c) => ({ id: c.value!, start: c.start, end: c.end }));
}

export function isHuman(e: RawEntity): boolean {
  return (e.claims.P31 ?? []).some((c) => c.value === "Q5" && c.rank !== "deprecated");
}
