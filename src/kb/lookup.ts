/**
 * Name lookup and date-aware office selection.
 *
 * Scoring (shared by lookupName and linkPeople): a candidate gets a *name score* for how it matched
 * (full name 3, full name under transliteration 2.5, surname + compatible first name 2.5, short
 * name only 1) and a *support* score from context: role words of its offices in the sentence (+2)
 * or in the role the engine read (+2), its country named in the sentence/role (+2) or only
 * elsewhere in the article (+1), its full name elsewhere in the article (+3). A short-name match
 * is only accepted with support (see decide()). First names that contradict exclude a candidate.
 */
import type { KbCandidate, KbEntry, KbLink, KbPosition, KnowledgeBase, PositionKind } from "./types.ts";
import { evidenceText, foldName, foldText, looseOfTokens, nameTokens } from "./normalize.ts";
import { familiesInText, familiesOfPosition } from "./roles.ts";
import { MAX_COUNTRY_TOKENS } from "./load.ts";

const KIND_RANK: Record<PositionKind, number> = {
  "head-of-state": 0,
  "head-of-government": 1,
  international: 2,
  executive: 2,
  minister: 3,
  movement: 3,
  envoy: 4,
  spokesperson: 4,
  adviser: 5,
  legislator: 5,
  ambassador: 6,
  other: 7,
};

export function kindRank(k: PositionKind): number {
  return KIND_RANK[k];
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Start ≤ date (partial starts compare as their period's beginning). */
function started(p: KbPosition, date: string): boolean {
  return p.start === null || p.start <= date;
}

/** date < end; a partial end ("2021", "2021-05") counts as running through that period. */
function notEnded(p: KbPosition, date: string): boolean {
  if (p.end === null) return true;
  if (p.end.length < 10) return date.slice(0, p.end.length) <= p.end;
  return date < p.end;
}

export function heldAt(p: KbPosition, date: string): boolean {
  return started(p, date) && notEnded(p, date);
}

export interface PositionChoice {
  position: KbPosition;
  isCurrent: boolean;
}

/**
 * The office to show on `date`: among offices held then, primary before secondary, offices in a
 * country named in the context first, then by prominence, then the most recent start. If none was
 * held, the one that ended last before the date (a former office). null if all start later.
 */
export function positionAt(e: KbEntry, date: string, preferCountries?: ReadonlySet<string>): PositionChoice | null {
  let best: KbPosition | null = null;
  let bestKey = "";
  for (const p of e.positions) {
    if (!heldAt(p, date)) continue;
    const inContext = p.country !== null && preferCountries?.has(p.country) ? 0 : 1;
    const key = `${p.secondary ? 1 : 0}${inContext}${KIND_RANK[p.kind]}${invert(p.start ?? "")}`;
    if (best === null || key < bestKey) {
      best = p;
      bestKey = key;
    }
  }
  if (best) return { position: best, isCurrent: true };
  let former: KbPosition | null = null;
  for (const p of e.positions) {
    if (!started(p, date) || p.end === null) continue;
    if (former === null || (p.end > (former.end ?? "")) || (p.end === former.end && KIND_RANK[p.kind] < KIND_RANK[former.kind])) former = p;
  }
  return former ? { position: former, isCurrent: false } : null;
}

/** Later dates sort first under string comparison. */
function invert(d: string): string {
  return d.replace(/\d/g, (c) => String(9 - Number(c))).padEnd(10, "9");
}

/**
 * "Prime Minister" + Israel → "Prime Minister of Israel"; titles that already name the country
 * (directly, or by a word such as "US") stay as they are. `namesCountry` lets the caller use the
 * KB's country words; without it only the country's own name counts.
 */
export function positionLabel(p: KbPosition, isCurrent: boolean, namesCountry?: (title: string, country: string) => boolean): string {
  let label = p.title;
  const named = p.country !== null && (foldText(p.title).includes(foldText(p.country).trim()) || (namesCountry?.(p.title, p.country) ?? false));
  // "Government of Israel" adds nothing to "Prime Minister of Israel"; other bodies do.
  const org = p.org ? foldText(p.org).trim() : "";
  const redundantOrg = !org || foldText(label).includes(org) || (p.country !== null && /^(?:government|federal government) of /.test(org));
  if (p.country && !named) {
    if (p.kind === "head-of-state" || p.kind === "head-of-government") label = `${p.title} of ${p.country}`;
    else if (redundantOrg) label = `${p.title} (${p.country})`;
  }
  if (p.org && !redundantOrg) label = `${label}, ${p.org}`;
  return isCurrent ? label : `former ${label}`;
}

export function toLink(kb: KnowledgeBase, e: KbEntry, date: string, preferCountries?: ReadonlySet<string>): KbLink {
  const choice = positionAt(e, date, preferCountries);
  const p = choice?.position ?? null;
  const srcId = p?.src ?? e.positions[0]?.src ?? "";
  const source = kb.data.sources.find((s) => s.id === srcId);
  return {
    id: e.id,
    name: e.name,
    position: p?.title ?? null,
    organisation: p?.org ?? null,
    country: p?.country ?? e.country,
    party: p?.party ?? e.party,
    since: p?.start ?? null,
    until: p && choice && !choice.isCurrent ? p.end : null,
    label: p && choice ? positionLabel(p, choice.isCurrent, (title, country) => countriesIn(kb, padFold(title)).has(country)) : null,
    kind: p?.kind ?? null,
    source: source?.title ?? srcId,
    // With no office to show, the entry's newest as-of date still says how fresh the facts are.
    asOf: p?.asOf ?? e.positions.reduce((m, x) => (x.asOf > m ? x.asOf : m), ""),
    isCurrent: choice?.isCurrent ?? false,
  };
}

/** Context for a lookup. Texts are plain article text; they are folded here. */
export interface LookupContext {
  /** The sentence(s) the name occurs in. */
  near?: string;
  /** The whole article (or a larger window). */
  article?: string;
  /** Role / represents phrases already read by the engine ("Qatar Foreign Ministry spokesperson"). */
  role?: string | null;
  date?: string;
}

/** Pre-folded evidence, so linkPeople folds each text once. */
export interface Evidence {
  near: string;
  article: string;
  role: string;
  nearFamilies: Set<string>;
  roleFamilies: Set<string>;
  /** countries named in near+role; computed on first use */
  nearCountries?: Set<string>;
  /** countries named in the article; computed on first use */
  articleCountries?: Set<string>;
}

export function padFold(s: string | null | undefined): string {
  return evidenceText(s);
}

export function makeEvidence(ctx: LookupContext): Evidence {
  const near = padFold(ctx.near);
  const role = padFold(ctx.role);
  return { near, article: padFold(ctx.article), role, nearFamilies: familiesInText(near), roleFamilies: familiesInText(role) };
}

export interface Scored extends KbCandidate {
  support: number;
  current: boolean;
}

/** Countries named in a folded text: every 1–4 token n-gram looked up in the country-word index. */
export function countriesIn(kb: KnowledgeBase, hay: string): Set<string> {
  const out = new Set<string>();
  const toks = hay.split(" ").filter(Boolean);
  for (let i = 0; i < toks.length; i++) {
    let gram = "";
    for (let n = 0; n < MAX_COUNTRY_TOKENS && i + n < toks.length; n++) {
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

function supportOf(kb: KnowledgeBase, index: number, ev: Evidence, date: string): number {
  const e = kb.data.entries[index]!;
  const fams = new Set<string>();
  const pf = (kb.positionFamilies[index] ??= e.positions.map(familiesOfPosition));
  e.positions.forEach((p, j) => {
    if (!started(p, date)) return; // offices not yet held are no evidence
    for (const f of pf[j] ?? []) fams.add(f);
  });
  let s = 0;
  if ([...fams].some((f) => ev.nearFamilies.has(f))) s += 2;
  if ([...fams].some((f) => ev.roleFamilies.has(f))) s += 2;
  s += countrySupport(kb, kb.entryCountries[index] ?? [], ev);
  for (const f of kb.forms[index] ?? []) {
    if (ev.article.includes(` ${f} `) || ev.near.includes(` ${f} `)) {
      s += 3;
      break;
    }
  }
  return s;
}

function scriptOf(t: string): string {
  if (/[a-z]/.test(t)) return "latin";
  if (/[\u0590-\u05ff]/.test(t)) return "hebrew";
  if (/[\u0600-\u06ff]/.test(t)) return "arabic";
  if (/[\u0400-\u04ff]/.test(t)) return "cyrillic";
  return "other";
}

function isInitialOf(tok: string, given: string): boolean {
  return tok.length === 1 && given.startsWith(tok);
}

/** Raw candidates for one name string, with their name score; `excluded` collects contradicted ones. */
/** Honorifics and office words that may lead a name string ("President Erdogan", "Sheikh Tamim",
 *  "Rep. Ansari"); they are not part of the name. */
const LEADING_TITLES = new Set(
  "mr mrs ms dr prof sir dame lord lady sheikh shaikh sheik sayyed sayyid ayatollah president vice prime minister premier chancellor king queen emir amir prince princess crown sultan general gen lt col maj capt admiral sen senator rep representative gov governor secretary ambassador envoy speaker chairman chair pope cardinal rabbi imam mayor judge justice commissioner director chief deputy foreign defence defense state acting interim former late his her excellency majesty highness hrh he".split(" "),
);

/** Leading title words of a name string, split off (returned for use as role evidence). */
export function splitTitles(name: string): { title: string; rest: string } {
  const parts = name.trim().split(/\s+/);
  let i = 0;
  while (i < parts.length - 1 && LEADING_TITLES.has(parts[i]!.toLowerCase().replace(/\.$/, ""))) i++;
  return { title: parts.slice(0, i).join(" "), rest: parts.slice(i).join(" ") };
}

function nameHits(kb: KnowledgeBase, name: string, out: Map<number, { match: "full" | "short"; score: number }>, excluded: Set<number>): void {
  const toks = nameTokens(splitTitles(name).rest);
  if (toks.length === 0) return;
  const put = (i: number, match: "full" | "short", score: number): void => {
    const prev = out.get(i);
    if (!prev || prev.score < score) out.set(i, { match, score });
  };
  const joined = toks.join(" ");
  const loose = looseOfTokens(toks);
  if (toks.length >= 2) {
    let hit = false;
    for (const key of [joined, `${toks[0]} ${toks[toks.length - 1]}`]) {
      for (const i of kb.full.get(key) ?? []) {
        put(i, "full", 3);
        hit = true;
      }
    }
    if (!hit) for (const i of kb.fullLoose.get(loose) ?? []) {
      put(i, "full", 2.5);
      hit = true;
    }
    if (hit) return;
  }
  // Short-name keys: the whole folded string ("al thani" → "thani", "bin salman"), then the last token.
  const shortKeys = toks.length >= 2 ? [joined, toks[toks.length - 1]!] : [joined];
  for (const key of shortKeys) {
    const ids = new Set([...(kb.short.get(key) ?? []), ...(kb.shortLoose.get(looseOfTokens(key.split(" "))) ?? [])]);
    for (const i of ids) {
      const e = kb.data.entries[i]!;
      if (toks.length >= 2 && key !== joined) {
        // "Charles Kushner" must not become Jared: the first token must fit a given name. Only
        // given names in the same script can contradict: "ראש הממשלה נתניהו" (prime minister
        // Netanyahu) is a short-name match, not a different first name.
        const first = toks[0]!;
        const given = e.given.map(foldName).filter((g) => scriptOf(g) === scriptOf(first));
        const fits = given.some((g) => g === first || isInitialOf(first, g) || g.split(" ").includes(first));
        if (given.length > 0 && !fits) {
          excluded.add(i);
          continue;
        }
        put(i, given.length > 0 ? "full" : "short", given.length > 0 ? 2.5 : 1);
      } else put(i, "short", 1);
    }
  }
}

/** Candidates for any of the name strings, scored against the evidence, best first. */
export function scoreCandidates(kb: KnowledgeBase, names: readonly string[], ev: Evidence, date: string): Scored[] {
  const hits = new Map<number, { match: "full" | "short"; score: number }>();
  const excluded = new Set<number>();
  for (const n of names) nameHits(kb, n, hits, excluded);
  const out: Scored[] = [];
  for (const [i, h] of hits) {
    if (excluded.has(i) && h.match === "short") continue;
    const entry = kb.data.entries[i]!;
    const support = supportOf(kb, i, ev, date);
    const current = entry.positions.some((p) => heldAt(p, date));
    out.push({ entry, index: i, match: h.match, score: h.score * 10 + support + (current ? 0.5 : 0), support, current });
  }
  out.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  return out;
}

export type Decision = { kind: "link"; candidate: Scored } | { kind: "tie"; candidates: Scored[] } | { kind: "none" };

/**
 * Accept rules: a full-name match wins unless another full match scores the same. A short-name
 * match needs support: alone with support ≥ `minShort` (1: the article names its country; callers
 * pass 2 for people the engine did not read as officials, so a footballer called Cooper in a UK
 * story stays unlinked), or ahead of every rival by ≥ 1 with support ≥ 2. Equal best candidates
 * are a tie (resolved, if at all, by linkPeople's peer rule).
 */
export function decide(cands: readonly Scored[], minShort = 1): Decision {
  const best = cands[0];
  if (!best) return { kind: "none" };
  if (best.match === "full") {
    const rivals = cands.filter((c) => c.match === "full" && c.score === best.score);
    return rivals.length === 1 ? { kind: "link", candidate: best } : { kind: "tie", candidates: rivals };
  }
  const supported = cands.filter((c) => c.support > 0);
  if (supported.length === 0) return { kind: "none" };
  const top = supported[0]!;
  const second = supported[1];
  if (top.support < minShort) return { kind: "none" };
  if (!second) return { kind: "link", candidate: top };
  if (top.support >= 2 && top.support - second.support >= 1) return { kind: "link", candidate: top };
  const tied = supported.filter((c) => c.support === top.support);
  return { kind: "tie", candidates: tied };
}

/**
 * Cheap lookup of one name with optional context. Returns ranked candidates; `best` is set only
 * when the rules in decide() accept one.
 */
export function lookupName(kb: KnowledgeBase, name: string, context: LookupContext = {}): { best: KbCandidate | null; candidates: KbCandidate[] } {
  const date = context.date ?? today();
  const { title } = splitTitles(name);
  const role = [context.role, title].filter(Boolean).join(" ");
  const cands = scoreCandidates(kb, [name], makeEvidence({ ...context, role }), date);
  const d = decide(cands);
  return { best: d.kind === "link" ? d.candidate : null, candidates: cands };
}
