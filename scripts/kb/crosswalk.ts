/**
 * Wikidata QID crosswalk from the every-politician-scrapers exports (CC0, 2022/23). Used only to
 * attach ids to people we already have from another source, matched on name AND country (or
 * position), never to add people or offices: the rows are years old.
 */
import { looseKey, nameTokens, looseOfTokens } from "../../src/kb/normalize.ts";
import { parseCsv } from "./csv.ts";

export interface Crosswalk {
  byNameCountry: Map<string, string>;
  /** names with an id but no usable country (international officeholders) */
  byName: Map<string, string>;
}

export function nameKey(name: string): string {
  const t = nameTokens(name.replace(/^(sheikh|sir|dr\.?|h\.?e\.?)\s+/i, ""));
  return t.length > 2 ? looseOfTokens([t[0]!, t[t.length - 1]!]) : looseOfTokens(t);
}

const COUNTRY_ALIASES: Record<string, string> = {
  "United States of America": "United States",
  "People's Republic of China": "China",
  "State of Palestine": "Palestine",
  "Kingdom of the Netherlands": "Netherlands",
};

export function readCrosswalk(files: { heads: string; foreign: string; intl: string }): Crosswalk {
  const byNameCountry = new Map<string, string>();
  const byName = new Map<string, string>();
  const put = (m: Map<string, string>, k: string, q: string): void => {
    if (!q || !/^Q\d+$/.test(q)) return;
    const prev = m.get(k);
    if (prev === undefined) m.set(k, q);
    else if (prev !== q) m.set(k, ""); // ambiguous: never guess
  };
  for (const r of parseCsv(files.heads)) {
    const c = COUNTRY_ALIASES[r.country ?? ""] ?? r.country ?? "";
    put(byNameCountry, `${nameKey(r.officeholderLabel ?? "")}|${c}`, r.officeholder ?? "");
  }
  for (const r of parseCsv(files.foreign)) {
    const c = COUNTRY_ALIASES[r.countryLabel ?? ""] ?? r.countryLabel ?? "";
    put(byNameCountry, `${nameKey(r.name ?? "")}|${c}`, r.person ?? "");
  }
  for (const r of parseCsv(files.intl)) put(byName, nameKey(r.person ?? ""), r.personID ?? "");
  return { byNameCountry, byName };
}

export function qidFor(cw: Crosswalk, names: readonly string[], countries: readonly (string | null)[], international: boolean): string | null {
  for (const n of names) {
    for (const c of countries) {
      if (!c) continue;
      const q = cw.byNameCountry.get(`${nameKey(n)}|${c}`);
      if (q) return q;
    }
    if (international) {
      const q = cw.byName.get(nameKey(n));
      if (q) return q;
    }
  }
  return null;
}

export { looseKey };
