import type { KbData, KbEntry, KnowledgeBase } from "./types.ts";
import { foldName, foldText, fullTokens, looseKey, looseOfTokens } from "./normalize.ts";
import { KINSHIP_LINKS, VERY_COMMON_GIVEN } from "./match.ts";

function add(map: Map<string, number[]>, key: string, i: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** Country words longer than this many tokens are not indexed (none are needed). */
export const MAX_COUNTRY_TOKENS = 4;

/** The full-name keys of an entry: name, aliases, and "first last" forms without middle names. */
export function fullNameForms(e: KbEntry): string[] {
  const out: string[] = [];
  for (const n of [e.name, ...e.aliases]) {
    const t = fullTokens(n);
    if (t.length < 2) continue; // a one-token alias is a short name, never a full one
    out.push(t.join(" "));
    if (t.length > 2) {
      // (not from the most frequent given name: "Mohammed Irfaan Ali" is not "Mohammed Ali"; he is
      // "Irfaan Ali", by the given name after it)
      if (!VERY_COMMON_GIVEN.has(t[0]!)) out.push(`${t[0]} ${t[t.length - 1]}`);
      else if (!KINSHIP_LINKS.has(t[1]!)) out.push(`${t[1]} ${t[t.length - 1]}`);
      // Arab-style "X bin Y Z": "X Z" handled above; also "X bin Y" as people write it.
      const bin = t.indexOf("bin");
      if (bin > 0 && bin + 1 < t.length) out.push(t.slice(0, bin + 2).join(" "));
    }
  }
  return out;
}

/** The lookup keys of an entry (what kb:build stores in KbEntry.k). */
export function entryKeys(e: KbEntry): [string[], string[], string[], string[]] {
  const full = [...new Set(fullNameForms(e))];
  const fullLoose = [...new Set(full.map((f) => looseOfTokens(f.split(" "))))];
  const short = [...new Set(e.short.map(foldName).filter(Boolean))];
  const shortLoose = [...new Set(e.short.map(looseKey).filter(Boolean))];
  return [full, fullLoose, short, shortLoose];
}

/**
 * Parse + index. The JSON is trusted build output; we only check its version and basic shape so
 * a stale or foreign file fails loudly at load time rather than at lookup time.
 */
export function loadKnowledgeBase(json: unknown): KnowledgeBase {
  const data = (typeof json === "string" ? JSON.parse(json) : json) as KbData;
  if (!data || data.version !== 1 || !Array.isArray(data.entries)) throw new Error("kb: not a version-1 officials.json");
  const full = new Map<string, number[]>();
  const fullLoose = new Map<string, number[]>();
  const short = new Map<string, number[]>();
  const shortLoose = new Map<string, number[]>();
  const forms: string[][] = [];
  const entryCountries: string[][] = [];
  data.entries.forEach((e, i) => {
    const [f0, fl, s0, sl] = e.k ?? entryKeys(e);
    forms.push(f0);
    entryCountries.push([...new Set([e.country, ...e.positions.map((p) => p.country)].filter((c): c is string => c !== null))]);
    for (const f of f0) add(full, f, i);
    for (const f of fl) add(fullLoose, f, i);
    for (const x of s0) add(short, x, i);
    for (const x of sl) add(shortLoose, x, i);
  });
  const countryWords = new Map<string, string[]>();
  const countryByWord = new Map<string, string[]>();
  for (const [country, words] of Object.entries(data.countries)) {
    const folded = [...new Set([country, ...words].map((w) => foldText(w).trim()).filter((w) => w.length > 1 && w.split(" ").length <= MAX_COUNTRY_TOKENS))];
    countryWords.set(country, folded);
    for (const w of folded) {
      const list = countryByWord.get(w);
      if (!list) countryByWord.set(w, [country]);
      else if (!list.includes(country)) list.push(country);
    }
  }
  const positionFamilies: Array<string[][] | undefined> = new Array(data.entries.length);
  return { data, full, fullLoose, short, shortLoose, countryWords, forms, entryCountries, positionFamilies, countryByWord };
}
