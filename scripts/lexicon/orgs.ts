/**
 * Organisation words from open data → src/extract/data/org-words.gen.ts.
 *
 *  - Legal-form suffixes ("Inc.", "Ltd", "GmbH", "S.p.A.", "Oyj", "Pty Ltd") from the GLEIF ISO 20275
 *    Entity Legal Forms code list: every Latin-script abbreviation, cut into tokens the way the
 *    engine's tokenizer keys them (folded, final period dropped: "S.p.A." → "s.p.a"), each also
 *    without its dots ("spa"). Tokens that are common English words (SCOWL sizes 10–35) or name
 *    particles (lower-case words inside Wikidata family-name labels: "de", "van") are set apart as
 *    ambiguous, with the surface forms the list writes them in ("AS", "SE"), for exact matching.
 *  - Organisation head words: the last word of the names of political parties, legislatures and
 *    courts in the CIA World Factbook and of the English legal-form names of the ELF list
 *    ("Party", "Congress", "Court", "Assembly", "Corporation", "Partnership").
 *  - Acronyms of international organisations from the Factbook's "international organization
 *    participation" lists ("IMF", "NATO", "ASEAN").
 */
import { fold } from "../../src/extract/normalize.ts";
import { parseCsv } from "../kb/csv.ts";

export interface OrgSources {
  elfCsv: string;
  factbookJson: string;
  /** SCOWL english-words.10, .20, .35 */
  scowl: string[];
  /** JSON array of Wikidata family-name labels */
  wikidataFamily: string;
  /** JSON arrays of Wikidata given-name labels (female, male, unisex) */
  wikidataGiven: string[];
  /** one-word place names (names.ts placeWords) */
  places: Set<string>;
}

/** A head word is shipped when at least this many organisation names end with it. */
export const MIN_HEAD = 5;
/** A lower-case word inside at least this many family-name labels is a name particle. */
export const MIN_PARTICLE = 2;

const TOKEN_RE = /^[a-z0-9]+(?:[.&'/-][a-z0-9]+)*\.?$/;

/** The engine's key of a token: folded, without its final period. */
export function tokenKey(token: string): string {
  const k = fold(token);
  return k.endsWith(".") ? k.slice(0, -1) : k;
}

function latin(s: string): boolean {
  return TOKEN_RE.test(fold(s));
}

export interface OrgWords {
  suffixes: Set<string>;
  ambiguous: Map<string, Set<string>>;
  phrases: Set<string>;
  heads: Map<string, number>;
  acronyms: Set<string>;
  ambiguousAcronyms: Set<string>;
  stats: { forms: number; abbreviations: number };
}

export function particles(familyJson: string): Set<string> {
  const count = new Map<string, number>();
  for (const label of JSON.parse(familyJson) as string[]) {
    const toks = label.trim().split(/\s+/);
    for (const t of toks.slice(0, -1)) if (/^\p{Ll}+$/u.test(t) && t.length <= 4) count.set(fold(t), (count.get(fold(t)) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= MIN_PARTICLE).map(([k]) => k));
}

const text = (o: unknown): string =>
  typeof o === "object" && o !== null && typeof (o as { text?: unknown }).text === "string" ? (o as { text: string }).text : "";

/** Names of parties, legislatures and courts in the Factbook, and the acronyms of the
 *  international organisations countries take part in. */
export function factbookOrgs(factbookJson: string): { names: string[]; acronyms: string[] } {
  const fb = JSON.parse(factbookJson) as Record<string, { Government?: Record<string, Record<string, unknown>> }>;
  const names: string[] = [];
  const acronyms: string[] = [];
  const clean = (s: string): string =>
    s
      .replace(/<[^>]*>/g, " ")
      .replace(/&[a-z]+;/g, " ")
      .replace(/\([^)]*\)/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  for (const e of Object.values(fb)) {
    const g = e.Government;
    if (!g) continue;
    const pp = g["Political parties"];
    for (const p of (pp ? text(pp) : "").split(/<br\s*\/?>/)) names.push(clean(p).split(/ or |;|,/)[0]!.trim());
    const leg = g["Legislative branch"];
    if (leg) names.push(clean(text(leg["legislature name"])));
    for (const ch of ["Legislative branch - lower chamber", "Legislative branch - upper chamber"]) {
      const c = g[ch];
      if (c) names.push(clean(text(c["chamber name"])));
    }
    const jb = g["Judicial branch"];
    if (jb) {
      names.push(clean(text(jb["highest court(s)"])));
      for (const c of text(jb["subordinate courts"]).split(/[;,]/)) names.push(clean(c));
    }
    const iop = g["International organization participation"];
    for (const a of (iop ? text(iop) : "").split(",")) {
      const t = clean(a);
      if (/^[A-Z][A-Za-z]*[A-Z]$/.test(t)) acronyms.push(t);
    }
  }
  return { names: names.filter((n) => n.length > 0), acronyms };
}

export function collectOrgWords(src: OrgSources): OrgWords {
  const common = new Set(src.scowl.flatMap((s) => s.split(/\r?\n/)).map((w) => w.trim()).filter(Boolean));
  const parts = particles(src.wikidataFamily);
  const given = new Set(src.wikidataGiven.flatMap((j) => (JSON.parse(j) as string[]).map((n) => fold(n.trim()))));
  const collides = (k: string): boolean => common.has(k) || parts.has(k);
  // a suffix token is matched by key unless it is a common word, a name particle, a given name
  // ("Asa") or has at most two letters ("ST", "NA"): those are matched as written
  const exactOnly = (k: string): boolean => collides(k) || given.has(k) || k.replace(/[^a-z]/g, "").length <= 2;

  const suffixes = new Set<string>();
  const ambiguous = new Map<string, Set<string>>();
  const phrases = new Set<string>();
  const englishForms: string[] = [];
  let forms = 0;
  let abbreviations = 0;
  const addToken = (tok: string): void => {
    const k = tokenKey(tok);
    if (k.length < 2 || !/[a-z]/.test(k)) return;
    const variants = [k, k.replace(/\./g, "")];
    for (const v of new Set(variants)) {
      if (v.length < 2) continue;
      if (exactOnly(v)) {
        const s = ambiguous.get(v) ?? new Set<string>();
        const surface = tok.replace(/,$/, "");
        s.add(surface);
        s.add(surface.endsWith(".") ? surface.slice(0, -1) : `${surface}.`);
        ambiguous.set(v, s);
      } else suffixes.add(v);
    }
  };
  for (const row of parseCsv(src.elfCsv.replace(/^\uFEFF/, ""))) {
    if (!row["ELF Code"] || !row["Country Code (ISO 3166-1)"]) continue;
    forms++;
    if ((row["Language Code (ISO 639-1)"] ?? "") === "en") englishForms.push(row["Entity Legal Form name Local name"] ?? "");
    for (const col of ["Abbreviations Local language", "Abbreviations transliterated"]) {
      for (const ab of (row[col] ?? "").split(";")) {
        const toks = ab.trim().split(/\s+/).filter(Boolean);
        if (toks.length === 0 || !toks.every(latin)) continue;
        abbreviations++;
        // the token that ends the abbreviation ends the organisation's name ("Pty Ltd" → "ltd");
        // the whole abbreviation is kept as a phrase
        addToken(toks.at(-1)!.replace(/,$/, ""));
        if (toks.length >= 2) phrases.add(toks.map((t) => tokenKey(t.replace(/,$/, ""))).join(" "));
      }
    }
  }
  // a key that is both plain and ambiguous (from different surface forms) is ambiguous
  for (const k of ambiguous.keys()) suffixes.delete(k);

  const heads = new Map<string, number>();
  const fbo = factbookOrgs(src.factbookJson);
  for (const name of [...fbo.names, ...englishForms]) {
    // the last capitalised word before the first lower-case word: "Socialist Party of Serbia" →
    // "Party", "Court of Appeal" → "Court", "Limited Liability Company" → "Company"
    const words = name.trim().split(/\s+/);
    let end = words.findIndex((w, i) => i > 0 && !/^\p{Lu}/u.test(w));
    if (end < 0) end = words.length;
    const last = words[end - 1] ?? "";
    if (end < 2 || !/^\p{Lu}[\p{L}'’-]*$/u.test(last)) continue;
    const k = fold(last);
    if (k.length >= 3 && !src.places.has(k)) heads.set(k, (heads.get(k) ?? 0) + 1);
  }
  for (const [k, n] of heads) if (n < MIN_HEAD) heads.delete(k);

  const acronyms = new Set<string>();
  const ambiguousAcronyms = new Set<string>();
  for (const a of fbo.acronyms) {
    const k = fold(a);
    if (collides(k) || k.length < 3) ambiguousAcronyms.add(a);
    else acronyms.add(k);
  }
  return { suffixes, ambiguous, phrases, heads, acronyms, ambiguousAcronyms, stats: { forms, abbreviations } };
}

export function orgWordsModule(o: OrgWords, header: string): string {
  const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
  const amb = sorted(new Set([...o.ambiguous.values()].flatMap((s) => [...s])));
  const heads = [...o.heads].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`);
  return [
    `// GENERATED by \`npm run lexicon:build\` (scripts/lexicon/orgs.ts): do not edit.`,
    `// ${header}`,
    `// Read through org-words.ts.`,
    `/** legal-form suffix tokens, folded, final period dropped, with and without inner dots ("s.p.a spa") */`,
    `export const ORG_SUFFIXES = ${JSON.stringify(sorted(o.suffixes).join(" "))};`,
    `/** legal-form tokens that are common words, particles, given names or of one or two letters, as the code list writes them (with and without a final period: "AS", "AG", "Co."): match them exactly */`,
    `export const ORG_SUFFIXES_EXACT = ${JSON.stringify(amb.join(" "))};`,
    `/** legal forms of several tokens, as token keys joined by spaces, phrases separated by "|" ("pty ltd|sdn bhd") */`,
    `export const ORG_SUFFIX_PHRASES = ${JSON.stringify(sorted(o.phrases).join("|"))};`,
    `/** last words of party, legislature, court and English legal-form names, with counts: "party 612 court 240 …" */`,
    `export const ORG_HEADS = ${JSON.stringify(heads.join(" "))};`,
    `/** acronyms of international organisations (folded) */`,
    `export const ORG_ACRONYMS = ${JSON.stringify(sorted(o.acronyms).join(" "))};`,
    `/** acronyms of two letters or that are also common words, as written ("EU", "WHO"): match exactly */`,
    `export const ORG_ACRONYMS_EXACT = ${JSON.stringify(sorted(o.ambiguousAcronyms).join(" "))};`,
    ``,
  ].join("\n");
}
