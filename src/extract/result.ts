/**
 * The analysis of the processed blocks, built from the engine's state (a pure function of it):
 * people with their mentions, standing, role and whom they represent; quotes with their speakers.
 * Done once per result() call, so merges that need the whole text (a surname met before the full
 * name, a source label that is a person's name form) are made here.
 */
import { PARTY_WORDS } from "./lexicon/index.ts";
import type { AttribState, ClaimOut } from "./attribution/index.ts";
import type { Entity, Registry } from "./coref.ts";
import type { RoleEvidence } from "./entities/roles.ts";
import { isPublicWord, personStanding, privateRole } from "./entities/standing.ts";
import { isGiven, isStrongGiven } from "./names.ts";
import { deriveRepresents, tagRepresents, usChamber, type DocFacts } from "./represents.ts";
import { holderOfRole, isBareRank, singularHead } from "./entities/role-bounds.ts";
import { bracketed, itsOwner, monarchyIn, officeDescribedBefore, sentenceAround, words } from "./represents-words.ts";
import { stateInSentence } from "./represents-us.ts";
import { bodyThatSpokeBefore, campaignNamed, homeMinistryCountry, leadingCountry, namesNoBody, pronounOwned, pronounRole, RACE_ROLE, raceParty, racePhrases, unnamedCountry, type RacePhrase } from "./represents-text.ts";
import { joinHeadlineNames, type HeadlineName, type PendingName } from "./result-names.ts";
import type { Analysis, AnalyzeOptions, Person, Quote } from "./types.ts";

/** A member of Congress's bare title, former or not ("Rep.", "Sen.", "former Congresswoman", "Speaker"). */
const BARE_CONGRESS = /^(?:(?:the )?(?:former|late|retired) )?(?:Rep\.|Sen\.|Representative|Senator|Congressman|Congresswoman|Speaker)$/i;
/** Words of US politics: an article naming them is about the US Congress's members. */
const US_POLITICS = /\b(?:Congress|congressional|Capitol Hill|Democrats?|Republicans?|GOP)\b/;

export type { HeadlineName, PendingName } from "./result-names.ts";

/** What the engine has gathered over the processed blocks. */
export interface EngineState {
  readonly opts: AnalyzeOptions;
  readonly text: string;
  readonly registry: Registry;
  readonly attrib: AttribState;
  readonly claims: readonly ClaimOut[];
  readonly pendingNames: readonly PendingName[];
  /** names of title-case lines still to be joined to a person of the body */
  readonly headlineNames: readonly HeadlineName[];
  /** country → how often the article names it */
  readonly countries: ReadonlyMap<string, number>;
  /** one-word capitalised names that were not people → count */
  readonly orgCounts: ReadonlyMap<string, number>;
  /** capitalised organisation names seen in the article */
  readonly orgNames: readonly string[];
  /** where company-like names were seen, in text order */
  readonly orgSpots: ReadonlyArray<{ name: string; start: number }>;
  /** where each sentence starts (character offsets, in text order) */
  readonly sentenceStarts: readonly number[];
  /** blocks that are only a person's name line, by block index → entity */
  readonly nameLines: ReadonlyMap<number, number>;
  /** names seen in an organisation's context somewhere (folded name words joined by spaces) */
  readonly orgMarked: ReadonlySet<string>;
}

/** How far before a role "the company's" looks for the company's name (about three sentences). */
const NEAR_COMPANY_CHARS = 400;

export function buildAnalysis(v: EngineState): Analysis {
  const reg = v.registry;
  const merges = reg.surnameMerges();
  const rootOf = (id: number): number => {
    const r = reg.find(id).id;
    return merges.get(r) ?? r;
  };
  // gather people
  interface Acc {
    ent: Entity;
    mentions: Array<{ start: number; end: number; kind: "name" | "surname" }>;
    roles: RoleEvidence[];
    credit: boolean;
    byline: boolean;
    priv: boolean;
    first: number;
    name: string;
    nameLen: number;
  }
  const acc = new Map<number, Acc>();
  for (const e of reg.entities) {
    const r = rootOf(e.id);
    if (e.parent !== e.id) continue;
    let a = acc.get(r);
    if (!a) {
      const re = reg.entities[r]!;
      a = {
        ent: re,
        mentions: [],
        roles: [],
        credit: false,
        byline: false,
        priv: false,
        first: Infinity,
        name: re.name,
        nameLen: re.keys.length,
      };
      acc.set(r, a);
    }
    for (const m of e.mentions) a.mentions.push({ start: m.start, end: m.end, kind: m.kind === "name" ? "name" : "surname" });
    a.roles.push(...e.roles);
    a.credit ||= e.credit;
    a.byline ||= e.byline;
    a.priv ||= e.private;
    if (e.keys.length > a.nameLen) {
      a.name = e.name;
      a.nameLen = e.keys.length;
    }
  }
  // names seen before their person was known ("Akram … Wasim Akram")
  for (const p of v.pendingNames) {
    const e = reg.lookup(p.keys);
    if (!e) continue;
    const a = acc.get(rootOf(e.id));
    if (a) a.mentions.push({ start: p.start, end: p.end, kind: p.keys.length >= 2 ? "name" : "surname" });
  }
  joinHeadlineNames(acc.values(), v.headlineNames);
  for (const a of acc.values()) {
    a.mentions.sort((x, y) => x.start - y.start);
    a.first = a.mentions.length > 0 ? a.mentions[0]!.start : Infinity;
  }
  // a "person" whose name the article also uses as an organisation's, with no personal evidence
  // (first name, title, role, honorific), is that organisation
  // The same for a name the article later shortens to its first word, as organisations are
  // ("Harbor City Rovers … Harbor said"), never to its last, as people are ("… Rovers said").
  const shortForms = new Set<string>();
  for (const w of v.orgCounts.keys()) shortForms.add(w.toLowerCase());
  const isOrgNamed = (a: Acc): boolean => {
    if (a.roles.length > 0 || a.ent.titled || a.ent.gender || a.credit || a.byline) return false;
    const k = a.ent.keys;
    if (k.length === 0 || isGiven(k[0]!)) return false;
    if (v.orgMarked.has(k.join(" ")) || (k.length === 1 && v.orgMarked.has(k[0]!))) return true;
    if (k.length >= 2 && shortForms.has(k[0]!)) {
      const last = k[k.length - 1]!;
      return !a.mentions.some((m) => v.text.slice(m.start, m.end).toLowerCase() === last);
    }
    return false;
  };
  // "the Kuvar government", a body named after its leader, unless the article names a region by
  // that word ("the remote Kuvar region"): then it is the region's government
  const isPlaceNamed = (a: Acc): boolean => {
    if (!a.ent.leader || a.ent.keys.length !== 1 || a.ent.titled || a.ent.gender || a.roles.length > 0) return false;
    const w = a.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`\\b${w}\\s+(?:region|province|republic|oblast|krai|territory|district|county|prefecture)\\b`).test(v.text);
  };
  const dropped = new Map<number, string>();
  for (const [id, a] of acc) if (isOrgNamed(a) || isPlaceNamed(a)) dropped.set(id, a.name);
  const list = [...acc.values()].filter((a) => a.mentions.length > 0 && !dropped.has(a.ent.id)).sort((x, y) => x.first - y.first);
  const idOf = new Map<number, string>();
  list.forEach((a, i) => idOf.set(a.ent.id, `p${i + 1}`));
  // document facts for "represents"
  const personWords = new Map<string, Acc>();
  for (const a of list) for (const k of a.ent.keys) personWords.set(k, a);
  // the country the article is about: named twice or more and twice as often as any other
  const countries = v.countries;
  const country = leadingCountry(countries);
  let mainOrg: string | null = null;
  let bestOrg = 1;
  let nextOrg = 0;
  for (const [o, n] of v.orgCounts) {
    if (personWords.has(o.toLowerCase())) continue;
    if (n > bestOrg) {
      nextOrg = Math.max(nextOrg, mainOrg ? bestOrg : 0);
      bestOrg = n;
      mainOrg = o;
    } else nextOrg = Math.max(nextOrg, n);
  }
  // the organisation the article is about, for a bare "CEO": named twice or more and twice as
  // often as any other, or three times when another is named at all (not "ET" of a market report,
  // nor one of several firms a page lists)
  const aboutOrg = mainOrg && bestOrg >= 2 * nextOrg && (nextOrg === 0 || bestOrg >= 3) ? mainOrg : null;
  const roleOf = (a: Acc): string | null => {
    // the role as stated: a party tag ("D-Minn.") or an owner ("Labour's") says whom they act for, not what they do
    const stated = a.roles.filter((x) => x.kind !== "tag" && x.kind !== "owner" && x.kind !== "seat");
    // (a bare military rank yields to a current office the article describes: "Col. X, the deputy
    // commander of the brigade" is shown as the commander)
    const r = isBareRank(stated[0]?.text ?? "") ? (stated.find((x) => !isBareRank(x.text) && /\s/.test(x.text.trim()) && !/^(former|ex-|ex )/i.test(x.text)) ?? stated[0]) : stated[0];
    if (!r) return null;
    const role = headOf(r.text);
    // a bare one-word title gains the noun the article uses for the office: "Justice (judge)"
    if (!role.includes(" ")) {
      const extra = a.ent.refHeads.find((h) => h !== role.toLowerCase() && !role.toLowerCase().includes(h));
      if (extra) return `${role} (${extra})`;
    }
    return role;
  };
  // officials on evidence: an official role (or title) of theirs in the article; the article's
  // makers (bylines, credits) never
  const standings = new Map<Acc, ReturnType<typeof personStanding>>(); // this document's, per person
  // officials by a party tag alone: the tag gives a party, not the office, so whom they act for is
  // left to the knowledge base ("Tim Ruiz (R-S.C.)" may be a senator or a representative)
  const tagOnly = new Set<Acc>();
  const standingOf = (a: Acc) => {
    let st = standings.get(a);
    if (st === undefined) {
      st = a.byline || a.credit ? "private" : a.ent.leader ? "official" : personStanding([...a.roles.map((r) => r.text), ...a.ent.refHeads], isPublicWord);
      // (a US party tag, "(R-La.)", marks a politician)
      if (st !== "official" && !a.byline && !a.credit && a.roles.some((r) => r.kind === "tag")) {
        st = "official";
        tagOnly.add(a);
      }
      standings.set(a, st);
    }
    return st;
  };
  // "the company's spokesman": the company named last before the role, within a few sentences
  let personStarts: Set<number> | undefined; // built on first need: most articles name no company
  let inOrder: boolean | undefined; // the spots in text order: the scan starts at the window
  const companyBefore = (at: number): string | null => {
    const spots = v.orgSpots;
    if (spots.length === 0 || spots[0]!.start >= at) return null;
    personStarts ??= new Set(list.flatMap((a) => a.mentions.map((m) => m.start)));
    inOrder ??= spots.every((o, i) => i === 0 || spots[i - 1]!.start <= o.start);
    let i = 0;
    for (let hi = inOrder ? spots.length : 0; i < hi; ) {
      const mid = (i + hi) >> 1;
      if (at - spots[mid]!.start > NEAR_COMPANY_CHARS) i = mid + 1;
      else hi = mid;
    }
    let best: string | null = null;
    for (; i < spots.length; i++) {
      const o = spots[i]!;
      if (o.start >= at) break;
      if (at - o.start <= NEAR_COMPANY_CHARS && !personStarts.has(o.start) && !personWords.has(o.name.toLowerCase())) best = o.name;
    }
    return best;
  };
  const docText = v.text;
  const sentenceStarts = v.sentenceStarts;
  const heads = new Map<string, string>(); // this document's role texts → singularHead
  const headOf = (role: string): string => {
    let h = heads.get(role);
    if (h === undefined) heads.set(role, (h = singularHead(role)));
    return h;
  };
  const repCache = new Map<number, string | null>();
  let usPolitics: boolean | undefined; // (the article names Congress or a US party; read once)
  const candidates = new Map<number, boolean>();
  const runsInRace = (a: Acc, text: string): boolean => {
    let v = candidates.get(a.ent.id);
    if (v === undefined) candidates.set(a.ent.id, (v = a.roles.some((r) => RACE_ROLE.test(r.text)) || campaignNamed(a.name, text)));
    return v;
  };
  const repOf = (a: Acc): string | null => {
    if (repCache.has(a.ent.id)) return repCache.get(a.ent.id) ?? null;
    repCache.set(a.ent.id, null); // guards against cycles ("X's adviser" inside X's own role)
    // a US legislator's party tag says which chamber and party
    const tag = a.roles.find((r) => r.kind === "tag");
    if (tag) {
      const v = tagRepresents(tag.text, a.roles.find((r) => r.kind === "prefix" || r.kind === "coord")?.text ?? null);
      repCache.set(a.ent.id, v);
      return v;
    }
    // a person acts for their current office: a role that is not "former …" when there is one;
    // the first of them that says whom ("Brig. Gen. Tom Rusk, a spokesman for the navy")
    const current = a.roles.filter((r) => !/^(former|ex-|ex |then-)/i.test(r.text) && r.kind !== "tag" && r.kind !== "seat");
    let v: string | null = null;
    // (a private role says where they work, not whom they act for: "a Sacramento physician")
    // (one facts object for this person's roles, pointed at each role in turn)
    let at = 0;
    const near: DocFacts = {
      country: facts.country,
      monarchy: facts.monarchy,
      mainOrg: facts.mainOrg,
      orgs: facts.orgs,
      personRep: facts.personRep,
      isPerson: facts.isPerson,
      isOfficial: facts.isOfficial,
      isCandidate: facts.isCandidate,
      nearCompany: null,
      stateNear: (previous) => stateInSentence(docText, sentenceStarts, at, previous),
    };
    for (const r of current) {
      if (r !== current[0] && personStanding([r.text], isPublicWord) === "private") continue;
      at = r.start;
      near.nearCompany = companyBefore(r.start);
      if ((v = deriveRepresents(headOf(r.text), near))) break;
    }
    if (current.length === 0) v = deriveRepresents(roleOf(a), facts);
    // "Attorney General X" after "the New York state attorney general …": the office described just before
    const bare = current[0];
    if (!v && bare) {
      // (in an earlier sentence: "met the Mexican president … President Reagan's trip" are two people)
      const described = officeDescribedBefore(docText, sentenceAround(docText, sentenceStarts, bare.start)[0], bare.text);
      if (described) v = deriveRepresents(described, facts);
      // "The State Department said … Spokesman X told reporters": the body that spoke just before
      v ??= bodyThatSpokeBefore(docText, bare.start, bare.text, facts.orgs);
    }
    // "Sen. Ann Dale of Ohio": a member of Congress for a state acts for their chamber
    if (!v && a.roles.some((r) => r.kind === "seat")) v = usChamber(a.roles.find((r) => r.kind === "prefix")?.text ?? null);
    // "Rep. X", "Sen. X" and nothing more, in an article on US politics (it names Congress or a US
    // party): the chamber of Congress (not in a Philippine or an Australian article)
    if (!v && bare && BARE_CONGRESS.test(bare.text) && (usPolitics ??= US_POLITICS.test(docText)))
      v = /speaker/i.test(bare.text) ? "House of Representatives" : usChamber(bare.text);
    // "Ruritania … extradite its former president X": the office of the sentence's subject
    const its = v ? null : a.roles.find((r) => r.kind !== "tag" && r.kind !== "seat" && itsOwner(docText, sentenceStarts, r.start, facts.orgs));
    if (its) v = deriveRepresents(`${itsOwner(docText, sentenceStarts, its.start, facts.orgs)}'s ${its.text}`, facts);
    // ("… the firm, Acme Digital. Ana Ruiz, its chief executive, said": the company named just before)
    const itsRole = v ? null : a.roles.find((r) => r.kind === "appos" && /^its /.test(r.text));
    const firm = itsRole ? companyBefore(itsRole.start) : null;
    if (firm && !PARTY_WORDS.has(firm.toLowerCase())) v = firm;
    // "In Peru, the Health Ministry said …": a home ministry's country, from its sentence
    if (v && bare) v = homeMinistryCountry(v, docText, sentenceStarts, bare.start) ?? v;
    // "former special envoy to Ruritania", "ZENDA — … Interior Minister X": a country the article gives
    v = unnamedCountry(a.roles.map((r) => r.text), v, docText, sentenceStarts, countries) ?? v;
    // "Her campaign manager, X", "X, his top aide"; "Trump, her Republican rival" (represents-text.ts)
    const owned = v ? undefined : a.roles.find((r) => r.kind !== "tag" && pronounOwned(docText, r));
    const whose = owned && pronounRole(docText, owned, list.filter((o) => o !== a), (o) => (o.ent.genderTaught === true && o.ent.gender ? `${o.ent.gender}?` : o.ent.gender));
    if (whose) v = deriveRepresents(headOf(whose), facts);
    // "X, the campaign chairman": a campaign's office with no owner is the campaign of the one
    // person the article shows running (a race role, "the Hale campaign")
    if (!v && current.some((r) => /^campaign\b/i.test(headOf(r.text)))) {
      const runners = list.filter((o) => o !== a && runsInRace(o, docText));
      if (runners.length === 1) v = `${runners[0]!.name.split(" ").pop()} campaign`;
    }
    const offices = current.length > 0 ? current.map((r) => r.text) : [roleOf(a) ?? ""];
    // (not a runner's relative: "the son of the Republican front-runner" acts for no one)
    if (!v && offices.every((t) => t === "" || (RACE_ROLE.test(t) && !namesNoBody(words(t), facts.isPerson)))) v = partyInRace(a);
    repCache.set(a.ent.id, v);
    return v;
  };
  let races: RacePhrase[] | undefined;
  const partyInRace = (a: Acc): string | null =>
    raceParty(docText, (races ??= racePhrases(docText)), a, list, (o) => runsInRace(o as Acc, docText));
  const facts: DocFacts = {
    country,
    monarchy: monarchyIn(v.text),
    mainOrg: aboutOrg,
    orgs: v.orgNames,
    personRep: (w) => {
      const a = personWords.get(w);
      return a ? repOf(a) : null;
    },
    isPerson: (w) => personWords.has(w),
    isCandidate: (w) => {
      const a = personWords.get(w);
      return a !== undefined && runsInRace(a, docText);
    },
    isOfficial: (w) => {
      const a = personWords.get(w);
      return a !== undefined && standingOf(a) === "official";
    },
  };
  const people0: Person[] = list.map((a) => {
    const role = roleOf(a);
    const maker = a.byline || a.credit;
    const standing = standingOf(a);
    const official = standing === "official";
    return {
      id: idOf.get(a.ent.id)!,
      name: a.name,
      mentions: dedupe(a.mentions),
      isOfficial: official,
      standing: maker ? "maker" : standing === "unknown" ? "unstated" : standing,
      role,
      // (a person the article gives no role but a party's race is that party's runner)
      represents: maker || (tagOnly.has(a) && !a.roles.some((r) => r.kind === "prefix")) ? null : !official && (!role || privateRole(role)) ? (standing === "unknown" && !role ? partyInRace(a) : null) : repOf(a),
    };
  });
  // a "person" whose name is whom another person acts for ("Whole Foods co-founder and CEO X" →
  // Whole Foods), with no personal evidence (title, frequent first name, office), is that organisation
  const bodies = new Set(people0.flatMap((p) => (p.represents ? [p.represents, ...bracketed(p.represents)] : [])).map((x) => x.toLowerCase()));
  const isBody = (a: Acc, p: Person): boolean =>
    bodies.has(p.name.toLowerCase()) && p.represents?.toLowerCase() !== p.name.toLowerCase() && !p.isOfficial && !a.ent.titled && !a.byline && !a.credit && !isStrongGiven(a.ent.keys[0] ?? "");
  const people: Person[] = [];
  list.forEach((a, i) => {
    const p = people0[i]!;
    if (isBody(a, p)) {
      dropped.set(a.ent.id, p.name);
      idOf.delete(a.ent.id);
      return;
    }
    const id = `p${people.length + 1}`;
    idOf.set(a.ent.id, id);
    people.push({ ...p, id });
  });
  // a quotation left open at a paragraph end, attributed only by adjacency, takes the speaker
  // named in its continuation ("“…¶“… my promise,” he told the reporters.")
  const fixed = new Map<ClaimOut, ClaimOut>();
  for (let i = 0; i < v.claims.length; i++) {
    const c = v.claims[i]!;
    if (c.kind !== "direct" || !c.carried || !(c.weak || !c.speaker)) continue;
    for (let j = i + 1; j < v.claims.length && j < i + 8; j++) {
      const d = v.claims[j]!;
      if (d.kind !== "direct") continue;
      if (d.continued && !d.weak && d.speaker)
        fixed.set(c, { ...c, speaker: d.speaker, cue: d.cue, cueStart: d.cueStart, cueEnd: d.cueEnd });
      break;
    }
  }
  // quotations standing alone before a name line belong to that person
  for (const c of v.claims) {
    if (c.kind !== "direct" || c.block === undefined || !(c.weak || !c.speaker)) continue;
    const ent = v.nameLines.get(c.block + 1);
    if (ent !== undefined) fixed.set(c, { ...(fixed.get(c) ?? c), speaker: { ent } });
  }
  // A source label that is exactly a name form of one listed person is that person: the surname
  // met before the full name (a live blog, newest post first) is resolved once the name is known.
  const byForm = new Map<string, string | null>();
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.kind !== "name" && m.kind !== "surname") continue;
      const form = v.text.slice(m.start, m.end).toLowerCase();
      const prev = byForm.get(form);
      byForm.set(form, prev === undefined || prev === p.id ? p.id : null);
    }
  }
  // quotes
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const sorted = v.claims.map((c) => fixed.get(c) ?? c).sort((x, y) => x.start - y.start || y.end - x.end);
  for (const c of sorted) {
    // one entry per span, but for the further sources of one clause
    const who = c.speaker ? ("ent" in c.speaker ? `e${rootOf(c.speaker.ent)}` : `l${c.speaker.label.toLowerCase()}`) : "-";
    const key = c.coSource ? `${c.start}:${c.end}:${c.kind}:${who}` : `${c.start}:${c.end}:${c.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!c.coSource) seen.add(`${key}:${who}`);
    let speakerId: string | null = null;
    let source: string | null = null;
    if (c.speaker && "ent" in c.speaker) {
      const r = rootOf(c.speaker.ent);
      speakerId = idOf.get(r) ?? null;
      if (!speakerId && dropped.has(r)) source = dropped.get(r)!;
    } else if (c.speaker) {
      // "the company said": the organisation the article is about, when one is; not merely the
      // name counted most (a town or a party word named twice beside other names)
      source = c.speaker.company && aboutOrg ? aboutOrg : c.speaker.label;
      const named = byForm.get(source.toLowerCase()) ?? holderOfRole(people, source, c.cueStart >= 0 ? Math.min(c.start, c.cueStart) : c.start);
      if (named) [speakerId, source] = [named, null];
    }
    quotes.push({
      id: `q${quotes.length + 1}`,
      start: c.start,
      end: c.end,
      kind: c.kind,
      speakerId,
      source,
      cue: c.cue,
      cueSpan: c.cueStart >= 0 ? { start: c.cueStart, end: c.cueEnd } : null,
    });
  }
  void v.opts;
  return { people, quotes };
}

function dedupe<T extends { start: number; end: number }>(ms: T[]): T[] {
  const out: T[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && last.start === m.start && last.end === m.end) continue;
    out.push(m);
  }
  return out;
}
