/**
 * Context for linking a name: what supports an entry (its office's role words, its country, its
 * full name elsewhere in the article) and what contradicts it (a stated country it has nothing to
 * do with, a private role such as a player or a resident, or, for a bare surname, an office not
 * yet held on the article's date).
 */
import type { KnowledgeBase } from "./types.ts";
import { evidenceText } from "./normalize.ts";
import { familiesInText, familiesOfPosition, isPrivateRole } from "./roles.ts";
import { MAX_COUNTRY_TOKENS } from "./load.ts";

/** Context for a lookup. Texts are plain article text; they are folded here. */
export interface LookupContext {
  /** The sentence(s) the name occurs in. */
  near?: string;
  /** The whole article (or a larger window). */
  article?: string;
  /** Role phrase the engine read, and titles written into the name ("Qatar Foreign Ministry spokesperson"). */
  role?: string | null;
  /** Whom the engine says the person represents ("Qatar (Foreign Ministry)"). */
  represents?: string | null;
  date?: string;
}

/** Pre-folded evidence, so linkPeople folds each text once. */
export interface Evidence {
  near: string;
  article: string;
  /** role + represents */
  role: string;
  /** the role alone (for a private capacity) */
  roleOnly: string;
  /** what the article states about the person: role, and represents unless it is the engine's
   *  "Government of <main country>" guess */
  stated: string;
  nearFamilies: Set<string>;
  roleFamilies: Set<string>;
  /** countries named in near+role; computed on first use */
  nearCountries?: Set<string>;
  /** countries named in the article; computed on first use */
  articleCountries?: Set<string>;
  statedCountries?: Set<string>;
}

export function padFold(s: string | null | undefined): string {
  return evidenceText(s);
}

/** The engine words an affiliation it could not read as "Government of <the article's country>". */
const GUESSED = /^Government of /;

export function makeEvidence(ctx: LookupContext): Evidence {
  const near = padFold(ctx.near);
  const roleOnly = padFold(ctx.role);
  const role = padFold([ctx.role, ctx.represents].filter(Boolean).join(" "));
  const stated = padFold([ctx.role, ctx.represents && !GUESSED.test(ctx.represents) ? ctx.represents : null].filter(Boolean).join(" "));
  return { near, article: padFold(ctx.article), role, roleOnly, stated, nearFamilies: familiesInText(near), roleFamilies: familiesInText(role) };
}

/** Per knowledge base: each first token of a country word → the most tokens a word starting
 *  with it has, so a token that starts none is passed over with one lookup. */
const firstTokens = new WeakMap<KnowledgeBase, Map<string, number>>();

function countryFirstTokens(kb: KnowledgeBase): Map<string, number> {
  let firsts = firstTokens.get(kb);
  if (!firsts) {
    firsts = new Map();
    for (const word of kb.countryByWord.keys()) {
      const toks = word.split(" ");
      firsts.set(toks[0]!, Math.max(firsts.get(toks[0]!) ?? 0, toks.length));
    }
    firstTokens.set(kb, firsts);
  }
  return firsts;
}

/** Countries named in a folded text: every 1–4 token n-gram looked up in the country-word index. */
export function countriesIn(kb: KnowledgeBase, hay: string): Set<string> {
  const out = new Set<string>();
  const firsts = countryFirstTokens(kb);
  const toks = hay.split(" ").filter(Boolean);
  for (let i = 0; i < toks.length; i++) {
    const longest = firsts.get(toks[i]!);
    if (longest === undefined) continue;
    let gram = "";
    for (let n = 0; n < Math.min(longest, MAX_COUNTRY_TOKENS) && i + n < toks.length; n++) {
      gram = n === 0 ? toks[i]! : `${gram} ${toks[i + n]}`;
      const hit = kb.countryByWord.get(gram);
      if (hit) for (const c of hit) out.add(c);
    }
  }
  return out;
}

/** 2 = named in the sentence or role, 1 = named elsewhere in the article, 0 = not named. */
function countrySupport(kb: KnowledgeBase, countries: readonly string[], ev: Evidence): number {
  if (countries.length === 0) return 0;
  ev.nearCountries ??= new Set([...countriesIn(kb, ev.near), ...countriesIn(kb, ev.role)]);
  if (countries.some((c) => ev.nearCountries!.has(c))) return 2;
  ev.articleCountries ??= countriesIn(kb, ev.article);
  return countries.some((c) => ev.articleCountries!.has(c)) ? 1 : 0;
}

/** Start ≤ date (partial starts compare as their period's beginning). */
export function started(p: { start: string | null }, date: string): boolean {
  return p.start === null || p.start <= date;
}

export interface Support {
  /** role words of its offices in the sentence (2) and in the engine's role (2) */
  role: number;
  country: number;
  /** its full name elsewhere in the article */
  fullName: boolean;
  total: number;
}

export function supportOf(kb: KnowledgeBase, index: number, ev: Evidence, date: string): Support {
  const e = kb.data.entries[index]!;
  const fams = new Set<string>();
  const pf = (kb.positionFamilies[index] ??= e.positions.map(familiesOfPosition));
  e.positions.forEach((p, j) => {
    if (!started(p, date)) return; // offices not yet held are no evidence
    for (const f of pf[j] ?? []) fams.add(f);
  });
  let role = 0;
  if ([...fams].some((f) => ev.nearFamilies.has(f))) role += 2;
  if ([...fams].some((f) => ev.roleFamilies.has(f))) role += 2;
  const country = countrySupport(kb, kb.entryCountries[index] ?? [], ev);
  const fullName = (kb.forms[index] ?? []).some((f) => ev.article.includes(` ${f} `) || ev.near.includes(` ${f} `));
  return { role, country, fullName, total: role + country + (fullName ? 3 : 0) };
}

/** Every country an entry is tied to, including those its offices' titles name ("US Ambassador to France"). */
const titleCountries = new WeakMap<KnowledgeBase, Array<Set<string> | undefined>>();
function countriesOfEntry(kb: KnowledgeBase, index: number): Set<string> {
  let cache = titleCountries.get(kb);
  if (!cache) titleCountries.set(kb, (cache = []));
  let out = cache[index];
  if (!out) {
    out = new Set(kb.entryCountries[index] ?? []);
    for (const p of kb.data.entries[index]!.positions) for (const c of countriesIn(kb, padFold(`${p.title} ${p.org ?? ""}`))) out.add(c);
    cache[index] = out;
  }
  return out;
}

/**
 * Why the context contradicts an entry, or null: the article states countries for the person
 * and the entry has none of them; the role is a private capacity (player, resident, the minister's
 * son); for a bare surname, the entry held no office yet on the date.
 */
export function contradiction(kb: KnowledgeBase, index: number, ev: Evidence, date: string, bare: boolean): string | null {
  ev.statedCountries ??= countriesIn(kb, ev.stated);
  if (ev.statedCountries.size > 0) {
    const own = countriesOfEntry(kb, index);
    if (![...ev.statedCountries].some((c) => own.has(c))) return "country";
  }
  if (isPrivateRole(ev.roleOnly)) return "private role";
  if (bare && !kb.data.entries[index]!.positions.some((p) => started(p, date))) return "no office yet";
  return null;
}
