/**
 * What a sentence's people are to later ones: its subject person (after a dateline, an
 * introductory phrase, a description), the person a pronoun points back to ("he said": the named
 * subject first, then the last subject, then the most recent person of that gender). The pair
 * "both men" refers to is pairs.ts's.
 */
import { type Entity } from "../coref.ts";
import { sourceHeadCount } from "../data/attribution-cues.ts";
import { isCommonWord } from "../data/common-words-lookup.ts";
import {
  LX_COMMON_CAPS,
  LX_COMPANY,
  LX_COUNTRY,
  LX_MEDIA,
  LX_MONTH,
  LX_ORG,
  LX_PLACE,
  LX_ROLE,
  LX_TITLE,
  lexFlagsHashed,
  lexHash,
  NON_FINAL_ABBREVIATIONS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
} from "../lexicon/index.ts";
import { POSS, PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { appositionEnd, mainClauseStart } from "./subject-phrase.ts";
import { type PersonSpan, type SentenceInput, type SpeakerRef } from "./types.ts";
import { SUBORD_OPENERS } from "./words.ts";

const BE_FORMS = new Set("is are was were be been being".split(" "));

/** The person a sentence's pronoun subject stands for ("On May 2, he emailed Ruiz about …" → the
 *  man the story is about), without teaching anyone a gender; -1 when the subject is no "he"/"she"
 *  before a lower-case word. */
export function pronounSubject(inp: SentenceInput): number {
  const k = mainClauseStart(inp, inp.s.b);
  const t = inp.tokens[k];
  if (!t || t.k !== WORD || (t.key !== "he" && t.key !== "she")) return -1;
  const v = inp.tokens[k + 1];
  if (!v || v.k !== WORD || v.cap || k + 1 >= inp.s.b) return -1;
  const r = pronoun(inp, t.key, k, false);
  return r && "ent" in r ? r.ent : -1;
}

export function pronoun(inp: SentenceInput, key: string, at = -1, teach = true): SpeakerRef {
  const st = inp.state;
  const want = key === "she" || key === "her" ? "f" : "m";
  let chosen: Entity | undefined;
  // "Trudeau said …, but he maintained …": the named subject of the sentence comes first
  const own = at > inp.s.a ? sentenceSubjectPerson(inp, at) : null;
  if (own) {
    const e = inp.registry.find(own.ent);
    if (e.gender === want) chosen = e;
    // (a subject of unknown gender yields to one of that gender named after it in a clause of
    // its own: "Ruiz says the farm was poor; Hale's first story, which he wrote …" is Hale's;
    // not inside what the subject said: "Ruiz said Tom Hale had won, which, he said, …")
    else if (e.gender === "") chosen = namedBetween(inp, own.b, at, want) ?? e;
  }
  // "While the plan did not appeal to Julie Ruiz, a health officer, she said …": a person named in
  // the sentence's opening subordinate clause, right before the pronoun's clause
  if (!chosen && at > inp.s.a) {
    const e = openingClausePerson(inp, at, want);
    if (e) chosen = e;
  }
  // "We spoke to one mother, who … “…,” she said": a person introduced by a gendered noun in this
  // paragraph or the one before, with no one of that gender named since
  if (!chosen && at >= 0) {
    const d = describedBefore(inp, want, inp.tokens[at]?.s ?? 0);
    if (d) return d;
  }
  // "Brafton said, “…” He added, “…”": a lone name not read as a person's, the last speaker
  if (!chosen) {
    const n = nameLikeSpeaker(inp);
    if (n) return n;
  }
  // "…, which concerns Henry Crespo, president of the caucus. ¶ “…,” he said": a person just
  // introduced with a description, no one of that gender named since
  if (!chosen && at >= 0) chosen = introducedBefore(inp, want, inp.tokens[at]?.s ?? 0);
  if (!chosen && st.lastSubject >= 0 && inp.block - st.lastSubjectBlock <= 3) {
    const e = inp.registry.find(st.lastSubject);
    if (e.gender === "" || e.gender === want) chosen = e;
  }
  if (!chosen) {
    // the most recent person of the right gender; a known gender beats an unknown one. Not one
    // first named after the pronoun ("charges he threatened to kill Rep. Ana Ruiz": he is not Ruiz)
    const pos = at >= 0 ? (inp.tokens[at]?.s ?? Infinity) : Infinity;
    const r = inp.registry.recentEntities().filter((e) => e.firstStart < pos);
    for (const e of r)
      if (e.gender === want) {
        chosen = e;
        break;
      }
    // (not one last named as an owner or a preposition's object in this paragraph when another
    // of that gender was named there otherwise: "Sperling hired her as his deputy under Bill
    // Dale. He said …" is Sperling)
    // (for a subject pronoun only: "his office" may well be the owner's)
    const subjectWord = inp.tokens[at]?.key;
    if (chosen && at >= 0 && (subjectWord === "he" || subjectWord === "she") && oblique(inp, lastBefore(chosen, pos))) {
      const other = r.find((e) => e !== chosen && e.gender === want && lastBefore(e, pos) >= (inp.tokens[0]?.s ?? 0) && !oblique(inp, lastBefore(e, pos)));
      if (other) chosen = other;
    }
    // (…unless its gender was only guessed from an earlier pronoun, it was last named in an
    // earlier paragraph, and someone of unknown gender is named in this one before the pronoun:
    // "Li visited his editor Dana Ruiz at her office. “…,” she recalled" is Ruiz)
    const blockStart = inp.tokens[0]?.s ?? 0;
    if (!chosen || (at >= 0 && chosen.genderTaught === true && lastBefore(chosen, pos) < blockStart)) {
      let unknown: Entity | undefined;
      let unknownAt = -1;
      for (const e of r) {
        if (e.gender !== "") continue;
        const m = lastBefore(e, pos);
        if (!chosen && !unknown) unknown = e;
        if (chosen && m >= blockStart && m > unknownAt) {
          unknown = e;
          unknownAt = m;
        }
      }
      if (unknown) chosen = unknown;
    }
  }
  if (!chosen) return null;
  if (!chosen.gender) {
    if (!teach) return null;
    chosen.gender = want; // "he said" teaches the person's gender
    chosen.genderTaught = true;
  }
  return { ent: chosen.id };
}

/** Words that join a second main clause to the first ("…, but Ruiz was not having it"). */
const CLAUSE_JOINS = new Set(["but", "and", "yet"]);

/** The person heading a second main clause joined by "but"/"and"/"yet" after a comma or a
 *  semicolon, or after a semicolon alone, followed by a lower-case word ("The moderators moved
 *  on, but Ruiz wasn't having it"); -1 when there is none. For a sentence whose own subject is no
 *  person. */
export function coordinateSubject(inp: SentenceInput): number {
  const { tokens, s, personAt, persons, inside } = inp;
  for (let k = s.a + 1; k < s.b - 2; k++) {
    const t = tokens[k]!;
    if (inside[k] || t.k !== PUNCT || (t.t !== "," && t.t !== ";")) continue;
    let m = k + 1;
    const j = tokens[m];
    if (j && j.k === WORD && !j.cap && CLAUSE_JOINS.has(j.key)) m++;
    else if (t.t !== ";") continue;
    const pi = personAt[m] ?? -1;
    if (pi < 0) continue;
    const p = persons[pi]!;
    const v = tokens[p.b];
    if (p.ca === m && !p.poss && v && v.k === WORD && !v.cap && !v.num && !CLAUSE_JOINS.has(v.key)) return p.ent;
  }
  return -1;
}

/** Verbs that end a plural subject ("… and party leaders have avoided …"). */
const GROUP_VERBS = new Set("have had are were will would could can should may might must do did say said".split(" "));

/** Notes a sentence subject made of a named person, "and" and others ("Gov. Ana Ruiz and leaders
 *  of the assembly have avoided …") as a group a later "they" may point to. */
export function noteGroup(inp: SentenceInput): void {
  const { tokens, s, personAt, persons, text } = inp;
  if (persons.length === 0) {
    notePluralSubject(inp, s.a);
    return; // (no person in the block: no named group to note)
  }
  const start = mainClauseStart(inp, s.b);
  if (notePluralSubject(inp, start)) return;
  const k0 = descriptionEnd(tokens, start, s.b, personAt);
  const pi = personAt[k0] ?? -1;
  if (pi < 0) return;
  const p = persons[pi]!;
  if (p.ca !== k0 || p.poss || tokens[p.b]?.key !== "and") return;
  for (let m = p.b + 2; m < s.b && m - p.b <= 10; m++) {
    const u = tokens[m]!;
    if (u.k !== WORD) return;
    if (u.cap || !GROUP_VERBS.has(u.key)) continue;
    inp.state.lastGroup = { label: text.slice(tokens[k0]!.s, tokens[m - 1]!.e), pos: tokens[k0]!.s, block: inp.block };
    return;
  }
}

/** Words after a plural noun that show it is not yet the subject's end ("members of the board"). */
const NOT_VERB_AFTER = new Set("of and or in on at for from with who which that to by 's".split(" "));

/** Times a plural noun heads a source in PolNeAR's training split to count as a source head ("farmers"). */
const MIN_LEARNED_HEAD = 3;

/** Notes a main clause's subject headed by a plural source or role noun ("The board members met
 *  on Monday", "Local farmers have protested …") as the group a later "they" may point to; true
 *  when noted. */
function notePluralSubject(inp: SentenceInput, start: number): boolean {
  const { tokens, s, personAt, text, inside } = inp;
  let a = start;
  if (tokens[a]?.k === WORD && (tokens[a]!.key === "the" || tokens[a]!.key === "many" || tokens[a]!.key === "some")) a++;
  for (let m = a; m < s.b && m - a < 5 && !inside[m]; m++) {
    const t = tokens[m]!;
    // ("The union's leaders": over a possessive)
    if (t.k === POSS) continue;
    if (t.k !== WORD || t.num || (personAt[m] ?? -1) >= 0) return false;
    if (!t.key.endsWith("s") || !(ROLE_NOUNS.has(t.key) || SOURCE_NOUNS.has(t.key) || sourceHeadCount(t.key) >= MIN_LEARNED_HEAD)) continue;
    // ("Local officials in Dunmore met …": over a place or body named after the head)
    let n = m + 1;
    if (tokens[n]?.key === "in" || tokens[n]?.key === "from") {
      let c = n + 1;
      while (c < s.b && c - n <= 3 && tokens[c]!.k === WORD && tokens[c]!.cap) c++;
      if (c > n + 1) n = c;
    }
    const v = tokens[n];
    if (!v || v.k !== WORD || v.cap || v.num || NOT_VERB_AFTER.has(v.key)) return false;
    inp.state.lastGroup = { label: text.slice(tokens[a]!.s, t.e), pos: tokens[a]!.s, block: inp.block };
    return true;
  }
  return false;
}

/** "they" at token `at`: the group subject of this paragraph (noteGroup) when named after the
 *  last cue, else null. */
export function groupBefore(inp: SentenceInput, at: number): SpeakerRef {
  const g = inp.state.lastGroup;
  const pos = inp.tokens[at]?.s ?? 0;
  if (!g || g.block !== inp.block || g.pos >= pos || g.pos < inp.state.lastCueStart) return null;
  return { label: g.label, company: false };
}

/** Nouns that introduce a person of a gender without naming them. */
const GENDERED_NOUNS: ReadonlyMap<string, "f" | "m"> = new Map([
  ...("mother woman wife daughter girl grandmother sister widow aunt mom mum niece granddaughter girlfriend".split(" ").map((w) => [w, "f"] as const)),
  ...("father man husband son boy grandfather brother widower uncle dad nephew grandson boyfriend".split(" ").map((w) => [w, "m"] as const)),
]);
/** Determiners that introduce someone new ("one mother", "a widower", "another father", "his wife"). */
const INTRODUCING = new Set("one a an another his her".split(" "));

/** Notes a person introduced by a gendered noun in the sentence ("We spoke to one mother, who
 *  …"): not an apposition or a predicate of a named person ("Ruiz, a mother of two", "Ruiz is a
 *  mother"), not inside a quotation or a claim's content (`claims`: character spans). */
export function noteDescribed(inp: SentenceInput, claims: ReadonlyArray<{ start: number; end: number }>): void {
  const { tokens, s, inside } = inp;
  for (let k = s.a; k < s.b; k++) {
    const t = tokens[k]!;
    // (all of them begin with "a", "o" or "h")
    const c0 = t.key.charCodeAt(0);
    if (t.k !== WORD || (c0 !== 97 && c0 !== 111 && c0 !== 104) || !INTRODUCING.has(t.key) || inside[k]) continue;
    const pv = tokens[k - 1];
    // (an owner's relative only as the sentence's subject: "But his wife, Jane, offered …", also
    // after an opening phrase: "On CNN Tuesday, his wife, Jane, called …")
    const opening = t.key.startsWith("h") && pv?.t === "," && k === mainClauseStart(inp, s.b);
    if (k > s.a && !opening && (!pv || pv.k !== WORD || BE_FORMS.has(pv.key) || pv.key === "as")) continue;
    if (t.key.startsWith("h") && k > s.a && !opening && !(k === s.a + 1 && (pv!.key === "but" || pv!.key === "and"))) continue;
    let n = k + 1;
    while (n < s.b && n - k <= 3 && tokens[n]!.k === WORD && !tokens[n]!.cap && !GENDERED_NOUNS.has(tokens[n]!.key)) n++;
    const g = GENDERED_NOUNS.get(tokens[n]?.k === WORD ? tokens[n]!.key : "");
    if (!g || n >= s.b || tokens[n]!.cap || (inp.personAt[n + 1] ?? -1) >= 0) continue;
    const pos = tokens[n]!.s;
    if (claims.some((c) => c.start <= pos && pos < c.end)) continue;
    // (a lone name in apposition names them: "his wife, Jane, …")
    const nm = tokens[n + 1]?.t === "," && tokens[n + 2]?.cap && tokens[n + 3]?.t === "," && (inp.personAt[n + 2] ?? -1) < 0 ? tokens[n + 2]! : null;
    inp.state.lastDescribed = { label: nm ? nm.t : inp.text.slice(t.s, tokens[n]!.e), gender: g, pos, block: inp.block };
  }
}

/** The person introduced by a gendered noun of gender `want` (noteDescribed) in this paragraph or
 *  the one before, when no one of that gender (or of unknown gender) is named between it and `pos`. */
function describedBefore(inp: SentenceInput, want: string, pos: number): SpeakerRef {
  const d = inp.state.lastDescribed;
  if (!d || d.gender !== want || inp.block - d.block > 1 || d.pos >= pos) return null;
  for (const e of inp.registry.recentEntities()) {
    if (e.lastPos > d.pos && e.lastPos < pos && (e.gender === want || e.gender === "")) return null;
    if (e.lastPos <= d.pos) break;
  }
  return { label: d.label, company: false };
}

/** How far back (characters) a person's introduction reaches a later "he"/"she". */
const INTRO_REACH = 600;

/** The person most recently introduced — first named in full, then a comma and a description
 *  ("Henry Crespo, president of the caucus", "Ana Ruiz, 45, …") — less than INTRO_REACH
 *  characters before `pos`, of the known gender `want`, outside quotation marks and with no one
 *  of that gender (or of none known) named before them in their sentence ("Hale hired Tom Dale,
 *  a lawyer" is Hale's story) nor anywhere between that introduction and `pos`. */
function introducedBefore(inp: SentenceInput, want: string, pos: number): Entity | undefined {
  const { text } = inp;
  let intro: Entity | undefined;
  const recent = inp.registry.recentEntities();
  for (const e of recent) if (e.firstStart < pos && pos - e.firstStart <= INTRO_REACH && (!intro || e.firstStart > intro.firstStart)) intro = e;
  if (!intro || intro.keys.length < 2 || intro.gender !== want || intro.genderTaught === true) return undefined;
  const at = intro.firstStart;
  const first = intro.mentions.find((m) => m.start === at);
  const after = first ? text.slice(first.end, first.end + 3) : "";
  if (after.length < 3 || after[0] !== "," || after[1] !== " " || !/[\p{Ll}\d]/u.test(after[2]!)) return undefined;
  // (its sentence, back to the last full stop or paragraph break, and whether a quotation is open there)
  let from = -1;
  let marks = 0;
  let k = at - 1;
  for (; k >= 0 && at - k < INTRO_REACH && text[k] !== "\n"; k--) {
    const c = text[k]!;
    if (c === "\u201c" || c === "\u201d" || c === '"') marks++;
    if (from < 0 && c === "." && text[k + 1] === " " && !shortTitleAt(text, k)) from = k;
  }
  if (from < 0) from = k + 1;
  if (marks % 2 === 1) return undefined;
  for (const e of recent) {
    if (e === intro || (e.gender !== want && e.gender !== "")) continue;
    if (e.mentions.some((m) => m.start >= from && m.start < pos && m.start !== at)) return undefined;
  }
  return intro;
}

/** The period at `dot` closes a short title that never ends a sentence ("Mr.", "Sen.", "Gov.")
 *  or an initial ("J."). */
function shortTitleAt(text: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && /\p{L}/u.test(text[a - 1]!)) a--;
  return dot - a <= 1 || NON_FINAL_ABBREVIATIONS.has(text.slice(a, dot).toLowerCase());
}

/** Lexicon lists a lone capitalised word in which is no one's name. */
const NOT_NAME = LX_COMMON_CAPS | LX_TITLE | LX_ROLE | LX_ORG | LX_MONTH | LX_COUNTRY | LX_PLACE | LX_MEDIA | LX_COMPANY;

/** The last speaker, when it is a source label made of one capitalised word that is no common
 *  word and in no list of places, bodies or titles ("Brafton"), spoken in this paragraph or the
 *  one before, after the last person subject: what a "he"/"she" then points to. */
function nameLikeSpeaker(inp: SentenceInput): SpeakerRef {
  const st = inp.state;
  const ls = st.lastSpeaker;
  if (!st.labelNewer || !ls || !("label" in ls) || inp.block - st.lastSpeakerBlock > 1) return null;
  const w = ls.label;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) return null;
  const key = w.toLowerCase();
  if (isCommonWord(key) || (lexFlagsHashed(key, lexHash(key)) & NOT_NAME) !== 0) return null;
  // (not a people's name: "Americans")
  if (key.endsWith("s") && (lexFlagsHashed(key.slice(0, -1), lexHash(key.slice(0, -1))) & LX_COUNTRY) !== 0) return null;
  // (the subject of the cue, inside it or right before it: "Brafton said", "said Brafton",
  // "Brafton openly admitted"; not a place the speaker is from, "Ana Ruiz, 33, of Dunmore, said")
  const cs = st.lastCueStart;
  if (cs < 0) return null;
  const inCue = st.lastCue !== null && (st.lastCue.startsWith(`${w} `) || st.lastCue.endsWith(` ${w}`));
  const before = inp.text.slice(Math.max(0, cs - w.length - 12), cs);
  const at = before.lastIndexOf(w);
  // (a name closing an apposition right before the cue is its subject: "His wife, Jane, said")
  const tail = before.slice(at + w.length).trim();
  if (!inCue && (at < 0 || /\b(?:of|in|from|at)\s+$/u.test(before.slice(0, at)) || (tail !== "," && tail.includes(",")))) return null;
  return { label: w, company: false };
}

/** Prepositions whose object a named person may be ("under Bill Dale", "a letter to Ana Ruiz"). */
const PREPS_BEFORE_OBJECT = new Set("of under with to for by about at from on against toward towards between among like than".split(" "));

/** The name at character `start` (of this paragraph's tokens) is an owner ("Dale's years") or a
 *  preposition's object ("under Dale", "under President Dale"), not a clause's subject. */
function oblique(inp: SentenceInput, start: number): boolean {
  const { tokens } = inp;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.s < start) lo = mid + 1;
    else hi = mid;
  }
  if (tokens[lo]?.s !== start) return false;
  let j = lo;
  while (j + 1 < tokens.length && tokens[j + 1]!.k === WORD && tokens[j + 1]!.cap) j++;
  if (tokens[j + 1]?.k === POSS) return true;
  let k = lo - 1;
  while (k >= 0 && tokens[k]!.k === WORD && tokens[k]!.cap) k--;
  const p = tokens[k];
  return !!p && p.k === WORD && !p.cap && PREPS_BEFORE_OBJECT.has(p.key);
}

/** Where a person was last named before character `pos` (-1: not before it). */
function lastBefore(e: Entity, pos: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.start < pos && m.start > best) best = m.start;
  return best;
}

/** The last person of known gender `want` named between tokens a and b, after a semicolon. */
function namedBetween(inp: SentenceInput, a: number, b: number, want: string): Entity | undefined {
  let found: Entity | undefined;
  let from = -1;
  for (let k = a; k < b; k++) if (inp.tokens[k]!.t === ";") from = k + 1;
  if (from < 0) return undefined;
  for (let k = from; k < b; k++) {
    const pi = inp.personAt[k] ?? -1;
    if (pi < 0) continue;
    const p = inp.persons[pi]!;
    k = Math.max(k, p.b - 1);
    const e = inp.registry.find(p.ent);
    if (e.gender === want) found = e;
  }
  return found;
}

/** The first person of known gender `want` named inside a subordinate clause that opens the
 *  sentence ("While …, she said") when the pronoun at `at` starts the main clause after it (its
 *  subject before its objects: "While Ruiz affirmed she likes Lee, she also said"). */
function openingClausePerson(inp: SentenceInput, at: number, want: string): Entity | undefined {
  const { tokens, s, personAt, persons } = inp;
  const f = tokens[s.a];
  if (!f || f.k !== WORD || !SUBORD_OPENERS.includes(f.key) || tokens[at - 1]?.t !== ",") return undefined;
  for (let k = s.a + 1; k < at - 1; k++) {
    const pi = personAt[k] ?? -1;
    if (pi < 0) continue;
    const p = persons[pi]!;
    k = p.b - 1;
    if (p.poss) continue;
    const e = inp.registry.find(p.ent);
    if (e.gender === want) return e;
  }
  return undefined;
}

/** The end of a description before a name ("Democratic mayoral candidate Sen."): capitalised
 *  words and lower-case words, the last of which is a role noun; `k` when there is none. */
function descriptionEnd(tokens: Token[], k: number, limit: number, personAt: Int32Array): number {
  let end = k;
  for (let m = k; m < limit && m - k < 6 && (personAt[m] ?? -1) < 0; m++) {
    const t = tokens[m]!;
    if (t.k !== WORD || t.num || (t.cap && end < m)) break;
    if (t.cap || ROLE_NOUNS.has(t.key) || ROLE_MODIFIERS.has(t.key)) end = m + 1;
  }
  return end;
}

/** "The head of the group backing Gov. Ted Barr, Mike Morrow, praised …": a description opened
 *  by "the"/"a"/"an" and closed by a comma, then the person between commas, then a lower-case word
 *  (tokens from `start`, before `limit`). */
function appositiveSubject(inp: SentenceInput, start: number, limit: number): PersonSpan | null {
  const { tokens, personAt, persons } = inp;
  // (after a connective: "But the other candidate, …")
  if (tokens[start]?.key === "but" || tokens[start]?.key === "and") start++;
  const d = tokens[start];
  if (!d || d.k !== WORD || (d.key !== "the" && d.key !== "a" && d.key !== "an")) return null;
  for (let k = start + 2; k < limit && k - start <= 20; k++) {
    const t = tokens[k]!;
    if (t.k === QUOTE || (t.k === PUNCT && t.t !== "," && t.t !== "." && t.t !== "-")) return null;
    if (t.t !== ",") continue;
    // (the name behind a lower-case role modifier: "The other candidate, former Mayor Ana Ruiz, …")
    const pi = (personAt[k + 1] ?? -1) >= 0 ? personAt[k + 1]! : (personAt[k + 2] ?? -1) >= 0 ? personAt[k + 2]! : (personAt[k + 3] ?? -1);
    if (pi < 0) return null;
    const p = persons[pi]!;
    if (rolePrefixStart(inp, p.ca) !== k + 1 || p.poss || tokens[p.b]?.t !== ",") return null;
    const v = tokens[p.b + 1];
    return p.b + 1 < limit && v && v.k === WORD && !v.cap && !v.num && !SUBORD_OPENERS.includes(v.key) && v.key !== "who" ? p : null;
  }
  return null;
}

/** The person who is the subject of the sentence, named before token `limit`: a person chunk at
 *  the start of the main clause (after a dateline, an introductory phrase, a description) followed
 *  by a lower-case word, possibly behind a parenthesis ("Ana Velloso (D-Md.) said") or an
 *  apposition between commas ("Bush, Florida's former governor, also attacked …"). */
export function sentenceSubjectPerson(inp: SentenceInput, limit: number): PersonSpan | null {
  const { tokens, personAt, persons } = inp;
  if (persons.length === 0) return null;
  const start = mainClauseStart(inp, limit);
  const k0 = descriptionEnd(tokens, start, limit, personAt);
  const pi = personAt[k0] ?? -1;
  if (pi < 0) return appositiveSubject(inp, start, limit);
  const p = persons[pi]!;
  if (p.ca !== k0 || p.poss || p.b >= limit) return null;
  let k = p.b;
  if (tokens[k]?.t === "(") {
    let m = k + 1;
    while (m < limit && m - k < 10 && tokens[m]!.t !== ")") m++;
    if (tokens[m]?.t !== ")") return null;
    k = m + 1;
  }
  if (tokens[k]?.t === ",") {
    const c = k;
    k++;
    while (k < limit && k - c < 14 && tokens[k]!.t !== "," && tokens[k]!.k !== QUOTE) k++;
    if (tokens[k]?.t !== ",") return null;
    k++;
  } else k = appositionEnd(inp, k); // (an aside between dashes: "Tom Hale – a fan – said")
  const v = tokens[k];
  if (k >= limit || !v || v.k !== WORD || v.cap || v.num) return null;
  return p;
}

/** From a name chunk's first token back over up to two lower-case role modifiers ("former"). */
export function rolePrefixStart(inp: SentenceInput, ca: number): number {
  let a = ca;
  while (a > inp.s.a && ca - a < 2 && inp.tokens[a - 1]!.k === WORD && !inp.tokens[a - 1]!.cap && ROLE_MODIFIERS.has(inp.tokens[a - 1]!.key)) a--;
  return a;
}
