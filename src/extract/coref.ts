/**
 * The people registry: links every name mention to a person (full name, surname, first part,
 * in-order subsequence: "Tengku Adnan" → "Tengku Adnan Tengku Mansor", "Mr Tan" → "Tan Hock
 * Chuan"), keeps recency for pronoun and role resolution, and merges a surname seen first with
 * the full name that appears later (union-find, resolved when the result is built).
 * All look-ups go through hash maps keyed by folded name words; nothing scans the whole text.
 */
import { givenGender, isGiven, nameInfo } from "./names.ts";
import type { Token } from "./tokens.ts";
import type { Mention } from "./types.ts";
import type { PersonCandidate } from "./entities/person.ts";
import type { RoleEvidence } from "./entities/roles.ts";

export interface Entity {
  id: number;
  parent: number;
  name: string;
  keys: string[];
  mentions: Mention[];
  roles: RoleEvidence[];
  score: number;
  credit: boolean;
  byline: boolean;
  titled: boolean;
  firstStart: number;
  lastPos: number;
  quotes: number;
  gender: "f" | "m" | "";
  /** the gender was guessed from a pronoun that resolved to them, not read from a name or title */
  genderTaught?: boolean;
  private: boolean;
  /** a body is named after them ("the Hale administration") */
  leader: boolean;
  /** head nouns of role descriptions that were resolved to this person ("the judge") */
  refHeads: string[];
  /** first named right after a kinship noun, as someone's relative ("her husband, Luc Moreau") */
  kinIntro?: boolean;
  /** the name was read in a title-case line ("Ana Ruiz Questioned …"): prose may cut it */
  titleName?: boolean;
}

const RECENT = 16;

/** English diminutives that are no prefix of their name (short form → formal): the commonest few
 *  of the knowledge base's open table (src/kb/data/given-names.json), which the engine may not
 *  import (house style: extract imports no other layer). */
const DIMINUTIVES = new Map(
  (
    "bill:william billy:william will:william bob:robert bobby:robert mike:michael jim:james jimmy:james jack:john " +
    "dick:richard rick:richard ted:edward ned:edward liz:elizabeth beth:elizabeth betsy:elizabeth peggy:margaret " +
    "bernie:bernard tony:anthony chuck:charles hank:henry andy:andrew joe:joseph"
  )
    .split(" ")
    .map((p) => p.split(":") as [string, string]),
);

/** One given name is the other's first three letters or more, of no other gender ("Josh" and
 *  "Joshua"; not "Paul" and "Paula"), or a known diminutive of it ("Bill" and "William"). */
function shortForm(a: string, b: string): boolean {
  if (DIMINUTIVES.get(a) === b || DIMINUTIVES.get(b) === a) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.length < 3 || s.length === l.length || !l.startsWith(s)) return false;
  const gs = givenGender(s);
  const gl = givenGender(l);
  return isGiven(s) && isGiven(l) && (!gs || !gl || gs === gl);
}

function pushRecent(r: number[], id: number): void {
  const i = r.indexOf(id);
  if (i >= 0) r.splice(i, 1);
  r.unshift(id);
  if (r.length > RECENT) r.length = RECENT;
}

export class Registry {
  readonly entities: Entity[] = [];
  private byFull = new Map<string, number>();
  private byLast = new Map<string, number>();
  /** every person by surname, oldest first: several people of one family ("Joe Biden", "Hunter
   *  Biden") */
  private byLastAll = new Map<string, number[]>();
  private byFirst = new Map<string, number>();
  private byAny = new Map<string, number>();
  /** surnames by first letter and length ("z9" → ids): spelling variants are looked for here */
  private byShape = new Map<string, number[]>();
  /** most recent first, at most RECENT entity ids */
  recent: number[] = [];
  /** the same for the story's prose only: what "he" and "the minister" point back to */
  private spoken: number[] = [];
  /** the block being read is an aside (a caption, a label line): its names are not the story's
   *  latest for pronouns */
  aside = false;

  find(id: number): Entity {
    let e = this.entities[id]!;
    while (e.parent !== e.id) e = this.entities[e.parent]!;
    return e;
  }

  private index(e: Entity): void {
    const k = e.keys;
    if (k.length === 0) return;
    this.byFull.set(k.join(" "), e.id);
    this.byLast.set(k[k.length - 1]!, e.id);
    const kin = this.byLastAll.get(k[k.length - 1]!);
    if (!kin) this.byLastAll.set(k[k.length - 1]!, [e.id]);
    else if (!kin.includes(e.id) && kin.length < 16) kin.push(e.id);
    if (k.length >= 2) this.byFirst.set(k[0]!, e.id);
    for (const w of k) if (w.length > 2) this.byAny.set(w, e.id);
    const last = k[k.length - 1]!;
    const shape = `${last[0]}${last.length}`;
    const ids = this.byShape.get(shape);
    if (!ids) this.byShape.set(shape, [e.id]);
    else if (!ids.includes(e.id) && ids.length < 64) ids.push(e.id);
  }

  /** The person a name (as folded words) refers to, if already known; `roles`: the titles and
   *  offices written with this mention ("Vice President Biden"). */
  lookup(keys: string[], titled = false, roles: readonly RoleEvidence[] = [], gender: "f" | "m" | "" = ""): Entity | undefined {
    if (keys.length === 0) return undefined;
    const full = this.byFull.get(keys.join(" "));
    if (full !== undefined) return this.find(full);
    const kin = (roles.length > 0 ? this.byRole(keys, roles) : undefined) ?? (keys.length === 1 ? this.mainOf(keys[0]!, gender, titled && roles.length > 0) : undefined);
    if (kin) return kin;
    const cands: number[] = [];
    const l = this.byLast.get(keys[keys.length - 1]!);
    if (l !== undefined) cands.push(l);
    // a lone word matching a person's first word: a family name written first ("Mr Tan" → Tan Hock
    // Chuan, "Tedros"), not a common first name that may be someone (or something) else ("Chelsea")
    const f = this.byFirst.get(keys[0]!);
    // a lone word matching a person's first or middle word: with a title ("Mr Tan" → Tan Hock Chuan,
    // "Dr Tedros"), or a first name of someone just mentioned ("Hillary"); otherwise it is often
    // something else that shares the word ("Basque" after "Basque Homeland")
    // (or a short family name written first, no given name nor an everyday word: "Xi Jinping … Xi said")
    const familyFirst = keys[0]!.length <= 6 && nameInfo(keys[0]!) === 0;
    if (f !== undefined && (keys.length > 1 || titled || ((isGiven(keys[0]!) || familyFirst) && this.recent.includes(f)))) cands.push(f);
    // ("three hopefuls: Jeb, Ana Ruiz, …" … "Jeb Bush": a person known so far by a given name alone)
    const g = keys.length > 1 && isGiven(keys[0]!) ? this.byLast.get(keys[0]!) : undefined;
    if (g !== undefined && this.find(g).keys.length === 1) cands.push(g);
    if (keys.length === 1) {
      const a = this.byAny.get(keys[0]!);
      if (a !== undefined && (titled || this.recent.includes(a))) cands.push(a);
    }

    for (const id of cands) {
      const e = this.find(id);
      // (a full name does not complete a surname of the other gender: "Mr. Marlow … Mary Marlow")
      if (e.keys.length < keys.length && gender && e.gender && e.gender !== gender && e.genderTaught !== true) continue;
      if (subsequence(keys, e.keys) || subsequence(e.keys, keys)) return e;
      // "Josh Apte" … "Joshua Apte", "Tim Reyes" … "Timothy Reyes": a short form of the given name
      if (keys.length === 2 && e.keys.length === 2 && keys[1] === e.keys[1] && shortForm(keys[0]!, e.keys[0]!)) return e;
    }
    // "Marta Olvera … Olvera Campos": a second surname after the one already known (the person just
    // mentioned), as Spanish and Portuguese names run
    if (keys.length === 2) {
      const l2 = this.byLast.get(keys[0]!);
      if (l2 !== undefined && this.recent.includes(l2)) {
        const e = this.find(l2);
        if (e.keys.length >= 2 && e.keys[e.keys.length - 1] === keys[0] && !this.byLast.has(keys[1]!)) return e;
      }
    }
    // "Kovalenko" / "Kowalenko", "Zelensky" / "Zelenskyy": one letter apart in a long surname, the
    // only such person known
    const last = keys[keys.length - 1]!;
    if (last.length >= 6) {
      let found: Entity | undefined;
      for (let len = last.length - 1; len <= last.length + 1; len++) {
        const near = this.byShape.get(`${last[0]}${len}`);
        if (near === undefined) continue;
        for (const id of near) {
          const e = this.find(id);
          if (e.keys.length === 0) continue;
          const el = e.keys[e.keys.length - 1]!;
          if (el === last || el[0] !== last[0] || !oneEditApart(el, last)) continue;
          if (keys.length >= 2 && e.keys.length >= 2 && e.keys[0] !== keys[0]) continue;
          if (found && found.id !== e.id) return undefined;
          found = e;
        }
      }
      if (found) return found;
    }
    return undefined;
  }

  /** Of several people sharing the surname, the one a titled mention means: the one whose known
   *  roles share a word with the mention's ("Vice President Biden" → Joe Biden, vice president,
   *  not his son named since), else the only one holding any role; undefined when that does not
   *  decide (the most recent one is taken then). */
  private byRole(keys: string[], roles: readonly RoleEvidence[]): Entity | undefined {
    const ids = this.byLastAll.get(keys[keys.length - 1]!);
    if (!ids || ids.length < 2) return undefined;
    const kin: Entity[] = [];
    for (const id of ids) {
      const e = this.find(id);
      if (!kin.includes(e) && (subsequence(keys, e.keys) || subsequence(e.keys, keys))) kin.push(e);
    }
    if (kin.length < 2) return undefined;
    const want = roleWords(roles);
    if (want.size === 0) return undefined;
    let best: Entity | undefined;
    let bestScore = 0;
    let tie = false;
    for (const e of kin) {
      let sc = 0;
      for (const w of roleWords(e.roles)) if (want.has(w)) sc++;
      if (sc > bestScore) {
        best = e;
        bestScore = sc;
        tie = false;
      } else if (sc > 0 && sc === bestScore) tie = true;
    }
    // (a role that matches no one's is not the one role holder's: "Clinton, the Democratic
    // front-runner" is not "former President Clinton"; mainOf decides)
    return best && !tie ? best : undefined;
  }

  /** Of several people sharing a surname, the one a bare surname means instead of whoever was
   *  named last: the only one an honorific's gender fits ("Mrs. Moreau"), else the only one not
   *  introduced as another's relative ("Dana Moreau … her husband, Luc Moreau … Moreau said" →
   *  Dana); undefined when that does not decide. */
  private mainOf(last: string, gender: "f" | "m" | "", office = false): Entity | undefined {
    const ids = this.byLastAll.get(last);
    if (!ids || ids.length < 2) return undefined;
    const kin: Entity[] = [];
    for (const id of ids) {
      const e = this.find(id);
      if (kin.includes(e) || e.keys[e.keys.length - 1] !== last || e.credit || e.byline) continue;
      if (gender && e.gender && e.gender !== gender) continue;
      kin.push(e);
    }
    if (gender) {
      const fits = kin.filter((e) => e.gender === gender);
      if (fits.length === 1) return fits[0];
      if (kin.length === 1) return kin[0];
    }
    const main = kin.filter((e) => !e.kinIntro);
    if (main.length === 1 && kin.length > 1) return main[0];
    // (else the article's subject: the one named at least twice as often as any other so far,
    // "Hillary Clinton … Clinton … her husband Bill Clinton … Clinton said")
    const [a, b] = [...main].sort((x, y) => y.mentions.length - x.mentions.length);
    if (a && b && a.mentions.length >= 3 && a.mentions.length >= 2 * b.mentions.length) return a;
    // (an office's title with no holder known among them: the one named first, whom the article
    // is about, not a relative named after ("Joe Biden … Hunter Biden … Vice President Biden"))
    return office && main.length > 1 ? main.reduce((x, y) => (y.firstStart < x.firstStart ? y : x)) : undefined;
  }

  create(c: PersonCandidate): Entity {
    const e: Entity = {
      id: this.entities.length,
      parent: this.entities.length,
      name: c.name,
      keys: c.keys,
      mentions: [],
      roles: [],
      score: c.score,
      credit: c.credit,
      byline: c.byline,
      titled: c.titled,
      firstStart: c.start,
      lastPos: c.start,
      quotes: 0,
      gender: c.gender,
      private: c.private,
      leader: c.leader,
      refHeads: [],
      titleName: c.titleLine,
    };
    this.entities.push(e);
    this.index(e);
    this.addMention(e, c);
    return e;
  }

  /** A mention of a known person by one word of their name that reads as no name on its own
   *  (analyzer.ts knownNameWord). */
  addWordMention(e: Entity, chunk: PersonCandidate["chunk"], t: Token): void {
    const gender = "";
    this.addMention(e, { chunk, start: t.s, end: t.e, name: t.t, keys: [t.key], score: 0, roles: [], credit: false, byline: false, titled: false, upper: false, gender, private: false, leader: false, firm: false });
  }

  addMention(e: Entity, c: PersonCandidate): void {
    // a title-case line's capitals after a known name are the line's ("Ana Ruiz Questioned What
    // …"); a name in prose cuts one first read there to its own words
    const longer = c.keys.length > e.keys.length && subsequence(e.keys, c.keys);
    const titleTail = !!c.titleLine && longer && c.name.startsWith(e.name + " ");
    e.mentions.push({ start: c.start, end: titleTail ? c.start + e.name.length : c.end, kind: c.keys.length >= 2 ? "name" : "surname" });
    if (e.titleName && !c.titleLine && c.keys.length >= 2 && c.keys.length < e.keys.length && e.name.startsWith(c.name + " ")) {
      for (const m of e.mentions) if (m.end - m.start === e.name.length) m.end = m.start + c.name.length;
      e.name = c.name;
      e.keys = c.keys;
      e.titleName = false;
      this.index(e);
    }
    // keep a few distinct role phrases: enough for role look-ups, bounded for long pages
    for (const r of c.roles) if (e.roles.length < 6 && !e.roles.some((x) => x.text === r.text)) e.roles.push(r);
    if (c.score > e.score) e.score = c.score;
    e.credit ||= c.credit;
    e.byline ||= c.byline;
    e.titled ||= c.titled;
    if (!e.gender) e.gender = c.gender;
    e.private ||= c.private;
    e.leader ||= c.leader;
    if (longer && !titleTail) {
      e.titleName = c.titleLine;
      e.name = c.name;
      e.keys = c.keys;
      this.index(e);
    }
    this.touch(e, c.start);
  }

  touch(e: Entity, pos: number): void {
    e.lastPos = pos;
    // photo credits and bylines name people who are not part of the story
    if (e.credit || e.byline) return;
    pushRecent(this.recent, e.id);
    if (!this.aside) pushRecent(this.spoken, e.id);
  }

  /** The people of the story's prose, most recent first. */
  recentEntities(): Entity[] {
    const out: Entity[] = [];
    const seen = new Set<number>();
    for (const id of this.spoken) {
      const e = this.find(id);
      if (!seen.has(e.id)) {
        seen.add(e.id);
        out.push(e);
      }
    }
    return out;
  }

  /** Where each surname-only person goes when the same surname later appears in exactly one full
   *  name (computed for the result; the registry itself is not changed). */
  surnameMerges(): Map<number, number> {
    const lastIndex = new Map<string, Entity[]>();
    for (const e of this.entities) {
      if (e.parent !== e.id || e.keys.length < 2) continue;
      const k = e.keys[e.keys.length - 1]!;
      const arr = lastIndex.get(k);
      if (arr) arr.push(e);
      else lastIndex.set(k, [e]);
    }
    const out = new Map<number, number>();
    for (const e of this.entities) {
      if (e.parent !== e.id || e.keys.length !== 1) continue;
      const arr = lastIndex.get(e.keys[0]!);
      if (!arr || arr.length !== 1) continue;
      const f = arr[0]!;
      // (not a relative introduced after them, "Biggs … His wife, Mary Biggs", nor someone of the
      // other gender as both names tell it, "Mr. Marlow … Mary Marlow")
      if (f.kinIntro === true && e.firstStart < f.firstStart) continue;
      if (e.gender && f.gender && e.gender !== f.gender && e.genderTaught !== true && f.genderTaught !== true) continue;
      out.set(e.id, f.id);
    }
    return out;
  }
}

/** Courtesy titles, which say nothing about an office. */
const COURTESY = new Set("mr mrs ms miss mx the former and".split(" "));

/** The words of role phrases that can tell two people apart ("vice", "president"). */
function roleWords(roles: readonly RoleEvidence[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles)
    for (const w of r.text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (w.length > 1 && !COURTESY.has(w)) out.add(w);
  return out;
}

/** a and b differ by one inserted, deleted or replaced letter. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function subsequence(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}
