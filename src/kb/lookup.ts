/**
 * Name lookup and date-aware office selection.
 *
 * Scoring (shared by lookupName and linkPeople): a candidate gets a *name score* for how its name
 * agrees (match.ts: full name 3, diminutive 2.8, spelling of the given name 2.6, initial 2.4,
 * surname spelled differently 2.2, bare surname 1) and a *support* score from context
 * (evidence.ts: role words of its offices in the sentence +2 or in the engine's role +2, its
 * country in the sentence/role +2 or elsewhere in the article +1, its full name elsewhere in the
 * article +3). Entries the context contradicts are dropped; decide() says what may link.
 */
import type { KbCandidate, KbEntry, KbLink, KbPosition, KnowledgeBase, PositionKind } from "./types.ts";
import { foldText } from "./normalize.ts";
import { familiesOfPosition } from "./roles.ts";
import { contradiction, countriesIn, makeEvidence, padFold, started, supportOf, type Evidence, type LookupContext } from "./evidence.ts";
import { bareNameCandidates, entryNames, FULL_RANK, fullNameCandidates, matchFullName, parsePersonName, type FullMatch, type PersonName } from "./match.ts";

export type { Evidence, LookupContext } from "./evidence.ts";
export { countriesIn, makeEvidence, padFold } from "./evidence.ts";
export { splitTitles } from "./match.ts";

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
 * With the families of the article's role words ("Gov." → governor), an office of that family
 * (held then, else the last one held) before one the role does not name.
 */
export function positionAt(e: KbEntry, date: string, preferCountries?: ReadonlySet<string>, roleFamilies?: ReadonlySet<string>): PositionChoice | null {
  const choice = positionOnDate(e.positions, date, preferCountries);
  // the article's role names another office of theirs ("Gov." for a governor who is a secretary
  // today, "Vice President" for a former president): an article read after a change of office is
  // about the office it names, the one sharing most of its role words' families
  if (!choice || !roleFamilies || roleFamilies.size === 0) return choice;
  const shared = (p: KbPosition) => familiesOfPosition(p).filter((f) => roleFamilies.has(f)).length;
  const held = e.positions.filter((p) => started(p, date));
  const most = Math.max(0, ...held.map(shared));
  if (most === 0) {
    // a seat the entry never held ("Rep." for someone the KB knows only as a director): no office
    // rather than a wrong one
    return [...roleFamilies].some((f) => SEATS.has(f)) ? null : choice;
  }
  if (shared(choice.position) === most) return choice;
  return positionOnDate(held.filter((p) => shared(p) === most), date, preferCountries) ?? choice;
}

/** Role families of elected seats: a role naming one is never another office of the same person. */
const SEATS = new Set(["legislator", "governor", "mayor"]);

function positionOnDate(positions: readonly KbPosition[], date: string, preferCountries?: ReadonlySet<string>): PositionChoice | null {
  let best: KbPosition | null = null;
  let bestKey = "";
  for (const p of positions) {
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
  for (const p of positions) {
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

export function toLink(kb: KnowledgeBase, e: KbEntry, date: string, preferCountries?: ReadonlySet<string>, roleFamilies?: ReadonlySet<string>): KbLink {
  const choice = positionAt(e, date, preferCountries, roleFamilies);
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

/** A candidate scored for one person: how the name matched and what the context says. */
export interface Scored extends KbCandidate {
  /** all context points (see evidence.ts supportOf) */
  support: number;
  /** role words of its offices in the sentence or the engine's role */
  roleSupport: number;
  /** its full name is written elsewhere in the article */
  fullName: boolean;
  current: boolean;
  /** how the name agrees: a full-name agreement (match.ts), or "bare" (a surname alone) */
  how: FullMatch | "bare";
  /** context points needed before this match may link */
  needs: number;
}

/** Context a full-name agreement needs: none when surname and given name agree (same, a
 *  diminutive, a spelling of it); an initial, or a surname spelled differently ("John Smyth" for
 *  "John Smith"), needs its country or office words around it. */
const NEEDS: Record<FullMatch, number> = { exact: 0, diminutive: 0, "given-variant": 0, initial: 2, "surname-variant": 2 };

function scored(kb: KnowledgeBase, index: number, how: FullMatch | "bare", ev: Evidence, date: string): Scored {
  const entry = kb.data.entries[index]!;
  const s = supportOf(kb, index, ev, date);
  const current = entry.positions.some((p) => heldAt(p, date));
  const rank = how === "bare" ? 1 : FULL_RANK[how];
  return {
    entry,
    index,
    match: how === "bare" ? "short" : "full",
    score: rank * 10 + s.total + (current ? 0.5 : 0),
    support: s.total,
    roleSupport: s.role,
    fullName: s.fullName,
    current,
    how,
    needs: how === "bare" ? 2 : NEEDS[how],
  };
}

/**
 * Candidates for a person named by these strings, scored against the evidence, best first. When
 * any string is a full name, the full names decide: an entry must agree with one of them and
 * conflict with none (same surname, other given name). Otherwise the strings are bare surnames.
 * Entries the context contradicts (evidence.ts) are left out.
 */
export function scoreCandidates(kb: KnowledgeBase, names: readonly string[], ev: Evidence, date: string): Scored[] {
  return scoreParsed(kb, names.map(parsePersonName).filter((p): p is PersonName => p !== null), ev, date);
}

function scoreParsed(kb: KnowledgeBase, parsed: readonly PersonName[], ev: Evidence, date: string): Scored[] {
  const full = parsed.filter((p) => p.given.length > 0);
  const out: Scored[] = [];
  if (full.length > 0) {
    const ids = new Set<number>();
    for (const p of full) for (const i of fullNameCandidates(kb, p)) ids.add(i);
    for (const i of ids) {
      const en = entryNames(kb, i);
      let best: FullMatch | null = null;
      let conflict = false;
      for (const p of full) {
        const m = matchFullName(p, en);
        // ("Al Thani" is no other given name than the emir's: its "Al" may be an article)
        if (m === null) conflict ||= !p.soft && en.surnames.has(p.surname);
        else if (best === null || FULL_RANK[m] > FULL_RANK[best]) best = m;
      }
      if (best === null || conflict || contradiction(kb, i, ev, date, false) !== null) continue;
      out.push(scored(kb, i, best, ev, date));
    }
    // (a name whose "Al" is no entry's given name reads as an article: "Al Thani" is a surname)
    if (out.length === 0 && full.every((p) => p.soft)) return scoreParsed(kb, parsed.map(withoutSoftGiven), ev, date);
  } else {
    const ids = new Set<number>();
    for (const p of parsed) for (const i of bareNameCandidates(kb, p)) ids.add(i);
    for (const i of ids) if (contradiction(kb, i, ev, date, true) === null) out.push(scored(kb, i, "bare", ev, date));
  }
  out.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  return out;
}

function withoutSoftGiven(p: PersonName): PersonName {
  return p.soft ? { tokens: p.tokens.slice(1), given: p.given.slice(1), surname: p.surname, title: p.title } : p;
}

/** "unsure": no candidate has the context it needs; linkPeople's peer rule may still pick one
 *  (a surname listed with heads of state already linked in the same sentence). */
export type Decision =
  | { kind: "link"; candidate: Scored }
  | { kind: "tie"; candidates: Scored[] }
  | { kind: "unsure"; candidates: Scored[] }
  | { kind: "none" };

/** A bare surname links only on strong context: office words of the entry around it or in the
 *  engine's role, or the entry's full name elsewhere in the article. A country alone is not
 *  enough (a Seoul resident called Kim is not North Korea's leader). */
function acceptable(c: Scored): boolean {
  return c.how === "bare" ? c.roleSupport >= 2 || c.fullName : c.support >= c.needs;
}

/**
 * Accept rules: among acceptable candidates, a full-name agreement wins unless another scores the
 * same (a tie); a bare surname wins when alone, or ahead of every rival by ≥ 1 context point.
 * Ties are resolved, if at all, by linkPeople's peer rule; when unsure, no link.
 */
export function decide(cands: readonly Scored[]): Decision {
  const ok = cands.filter(acceptable);
  const best = ok[0];
  if (!best) return cands.length > 0 ? { kind: "unsure", candidates: [...cands] } : { kind: "none" };
  if (best.how !== "bare") {
    const rivals = ok.filter((c) => c.score === best.score);
    return rivals.length === 1 ? { kind: "link", candidate: best } : { kind: "tie", candidates: rivals };
  }
  const second = ok[1];
  if (!second || best.support - second.support >= 1) return { kind: "link", candidate: best };
  return { kind: "tie", candidates: ok.filter((c) => c.support === best.support) };
}

/**
 * Cheap lookup of one name with optional context. Returns ranked candidates; `best` is set only
 * when the rules in decide() accept one.
 */
export function lookupName(kb: KnowledgeBase, name: string, context: LookupContext = {}): { best: KbCandidate | null; candidates: KbCandidate[] } {
  const date = context.date ?? today();
  const { title } = parsePersonName(name) ?? { title: "" };
  const role = [context.role, title].filter(Boolean).join(" ");
  const cands = scoreCandidates(kb, [name], makeEvidence({ ...context, role }), date);
  const d = decide(cands);
  return { best: d.kind === "link" ? d.candidate : null, candidates: cands };
}
