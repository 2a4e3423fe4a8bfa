/**
 * Attribution: cue finding, speaker resolution, indirect-claim spans and the speaker of every
 * direct quotation, one sentence at a time.
 *
 * Cues are communication verbs outside quotation marks (plus "according to", "Name: 'quote'").
 * The subject of a cue is read from a bounded window: inverted (`," said Dr Tedros`), after
 * "according to", through an apposition (`Kaba, a spokesman for the commission, told`), back over
 * fillers (`also`, `earlier this month`), or the clause subject of a coordinated verb (`… and
 * said`). A subject is a named person, a pronoun (→ the salient subject), a role description
 * (`the WHO chief` → the person whose role matches) or a non-person source, which is reported as
 * a short label (`Egyptian official`, `Chemours`, `electoral commission`).
 * Indirect content runs from after the cue (skipping `that`, adjuncts, objects of tell/ask/urge)
 * to the end of the sentence, cut at writer's additions (`, which has…`, `, but …`, media
 * credits), or, for post-posed cues (`X, the company said.`), from the sentence start.
 * Every window is bounded, so the cost is linear in the sentence length.
 */
import {
  ADJUNCT_WORDS,
  COMMON_CAPS,
  COMPANY_NOUNS,
  MEDIA,
  OBJECT_VERBS,
  ORG_ACRONYMS,
  PLACE_TO_COUNTRY,
  PLACES,
  REQUEST_VERBS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  VERB_FILLERS,
  LX_SPEECH,
} from "./lexicon.ts";
import type { Entity, Registry } from "./coref.ts";
import type { QuoteSpan } from "./quotes.ts";
import type { Sentence } from "./sentences.ts";
import { POSS, PUNCT, QUOTE, WORD, type Token } from "./tokens.ts";
import { fold } from "./normalize.ts";


// Word lists of the tests below, built once (an array literal in a test is a new array per call).
const CALL_PREPS: readonly string[] = ["on", "for", "upon"];
const THAT_THIS: readonly string[] = ["that", "this"];
const MODALS: readonly string[] = ["to", "will", "would", "could", "should", "may", "might", "must", "can"];
const DEFINITE_DETS: readonly string[] = ["the", "his", "her", "their", "its"];
const OFFICIAL_WORDS: readonly string[] = ["official", "officials"];
const ISSUER_PREPS: readonly string[] = ["from", "by", "of"];
const NOT_INVERTED_AFTER: readonly string[] = (
  "that on in at after before during last this earlier"
).split(" ");
const THIS_WHICH: readonly string[] = ["this", "which"];
const BELIEF_NOUNS: readonly string[] = (
  "belief view hope position concern opinion conviction assessment claim"
).split(" ");
const CUE_OBJECT_WORDS: readonly string[] = (
  "reporters journalists media conference court team parliament lawmakers supporters cheering crowd audience delegates negotiating us him her them me with of about for to"
).split(" ");
const TIME_LEADS: readonly string[] = ["on", "last", "late", "earlier", "this", "today", "yesterday"];
const WEEKDAYS: readonly string[] = (
  "monday tuesday wednesday thursday friday saturday sunday"
).split(" ");
const BE_FORMS: readonly string[] = ["was", "is", "were", "are"];
const OBJECT_PREPS: readonly string[] = ["of", "for", "about", "against"];
const THE_HIS_HER: readonly string[] = ["the", "his", "her"];
const SUBORD_OPENERS: readonly string[] = (
  "while although though if when as because since whereas unless after before until once"
).split(" ");

export type SpeakerRef = { ent: number } | { label: string; company: boolean } | null;

export interface ClaimOut {
  start: number;
  end: number;
  kind: "direct" | "indirect";
  speaker: SpeakerRef;
  cue: string | null;
  cueStart: number;
  cueEnd: number;
  /** direct quote attributed only by adjacency */
  weak?: boolean;
  /** direct quote left open at the end of its paragraph */
  carried?: boolean;
  /** direct quote continuing an open quotation of the previous paragraph */
  continued?: boolean;
  block?: number;
}

export interface AttribState {
  /** the person most recently a subject (of a cue or a sentence) */
  lastSubject: number;
  lastSubjectBlock: number;
  lastSpeaker: SpeakerRef;
  lastSpeakerBlock: number;
  lastCue: string | null;
  lastCueStart: number;
  lastCueEnd: number;
  /** speaker of the last direct quotation, for continuations */
  lastQuoteSpeaker: SpeakerRef;
  lastQuoteBlock: number;
  /** descriptor noun → organisation name ("brokerage Jefferies": brokerage → Jefferies), so that
   *  "the brokerage said" later resolves */
  orgAlias: Map<string, string>;
}

export function initialAttribState(): AttribState {
  return {
    lastSubject: -1,
    lastSubjectBlock: -10,
    lastSpeaker: null,
    lastSpeakerBlock: -10,
    lastCue: null,
    lastCueStart: -1,
    lastCueEnd: -1,
    lastQuoteSpeaker: null,
    lastQuoteBlock: -10,
    orgAlias: new Map(),
  };
}

export interface PersonSpan {
  ent: number;
  /** token range of the name part */
  a: number;
  b: number;
  /** token range of the whole chunk including a title prefix */
  ca: number;
  poss: boolean;
}

export interface SentenceInput {
  text: string;
  tokens: Token[];
  s: Sentence;
  /** token is strictly inside a quotation */
  inside: Uint8Array;
  /** person index per token (-1 none) into `persons` */
  personAt: Int32Array;
  persons: PersonSpan[];
  quotes: QuoteSpan[];
  registry: Registry;
  state: AttribState;
  block: number;
  blockFirst: number;
  /** earlier quotes of this block (for interrupted quotations) */
  blockQuotes: ClaimOut[];
}

const ORG_ACRONYMS_SET = new Set(ORG_ACRONYMS.keys());
const NOMINAL_CUES = new Set([
  "claim",
  "claims",
  "statement",
  "statements",
  "remarks",
  "remark",
  "comment",
  "comments",
  "assertion",
  "words",
  "description",
  "promise",
  "pledge",
  "warning",
  "tweet",
  "tweets",
  "speech",
  "call",
  "accusation",
  "charge",
  "insistence",
]);
const DOCUMENT_NOUNS = new Set([
  "statement",
  "report",
  "letter",
  "document",
  "memo",
  "filing",
  "release",
  "communique",
  "notice",
]);
const DETS = new Set(["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]);
const SUBORD = new Set([
  "after",
  "when",
  "while",
  "as",
  "because",
  "although",
  "though",
  "since",
  "before",
  "if",
  "that",
  "who",
  "which",
  "where",
  "whereas",
  "unless",
  "until",
  "once",
  "than",
  "whether",
]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "'s"]);
const PRON_SG = new Set(["he", "she", "him", "her"]);
const PRON_OTHER = new Set(["they", "it", "we"]);
const GOV_ROLE_HEADS = new Set([
  "president",
  "secretary",
  "senator",
  "governor",
  "mayor",
  "minister",
  "premier",
  "chancellor",
  "nominee",
  "candidate",
  "congressman",
  "congresswoman",
  "lawmaker",
  "speaker",
  "leader",
  "chairman",
  "chairwoman",
]);
const ROLE_SYNONYMS: Record<string, string[]> = {
  chief: ["chief", "director-general", "director", "head", "leader", "secretary-general", "president"],
  head: ["head", "chief", "director", "leader"],
  judge: ["judge", "justice", "magistrate"],
  justice: ["justice", "judge"],
  finmin: ["finance", "minister"],
  spokesman: ["spokesman", "spokesperson", "spokeswoman"],
  spokeswoman: ["spokesman", "spokesperson", "spokeswoman"],
  spokesperson: ["spokesman", "spokesperson", "spokeswoman"],
  premier: ["premier", "prime"],
  lawyer: ["lawyer", "attorney", "counsel"],
  attorney: ["lawyer", "attorney", "counsel"],
};

function isWordKey(t: Token | undefined, keys: Set<string>): boolean {
  return !!t && t.k === WORD && keys.has(t.key);
}

/** Cue verbs in a sentence, outside quotations. */
export function findCues(inp: SentenceInput): number[] {
  const { tokens, s, inside } = inp;
  const out: number[] = [];
  for (let i = s.a; i < s.b; i++) {
    const t = tokens[i]!;
    if (t.k !== WORD || inside[i]) continue;
    if (t.key === "according" && tokens[i + 1]?.key === "to") {
      out.push(i);
      continue;
    }
    if (t.cap && i !== s.a) continue;
    if (!(t.f & LX_SPEECH)) continue;
    const lemma = SPEECH_VERBS.get(t.key);
    if (!lemma) continue;
    if (t.cap && !(tokens[i + 1]?.k === WORD)) continue;
    if (lemma === "call" && !CALL_PREPS.includes(tokens[i + 1]?.key ?? "") && !quoteSoon(tokens, i, s.b)) continue;
    // passives ("are said to", "was asked") and nouns ("a report", "Adnan's claims")
    let p = i - 1;
    while (
      p >= s.a &&
      tokens[p]!.k === WORD &&
      (tokens[p]!.key === "also" || tokens[p]!.key === "again" || tokens[p]!.key === "not" || tokens[p]!.key.endsWith("ly"))
    )
      p--;
    const pt = tokens[p];
    if (
      pt &&
      p >= s.a &&
      ((isWordKey(pt, BE) && !t.key.endsWith("ing")) || pt.k === POSS || (isWordKey(pt, DETS) && !THAT_THIS.includes(pt.key)))
    )
      continue;
    if (
      pt &&
      p >= s.a &&
      pt.k === WORD &&
      MODALS.includes(pt.key) &&
      !t.key.endsWith("ed") &&
      t.key !== "said" &&
      t.key !== "told"
    ) {
      // "expected to say" — future/modal speech is not a claim made
      if (pt.key === "to") continue;
    }
    if (
      AMBIGUOUS.has(t.key) &&
      pt &&
      p >= s.a &&
      !(
        pt.k === WORD &&
        (pt.cap ||
          PRON_SG.has(pt.key) ||
          PRON_OTHER.has(pt.key) ||
          SOURCE_NOUNS.has(pt.key) ||
          ROLE_NOUNS.has(pt.key) ||
          COMPANY_NOUNS.has(pt.key) ||
          VERB_FILLERS.has(pt.key))
      )
    )
      continue;
    out.push(i);
  }
  return out;
}

/** Forms that are as often nouns as verbs ("a cautious note", "problematic demands"). */
const AMBIGUOUS = new Set([
  "note",
  "notes",
  "report",
  "reports",
  "claim",
  "claims",
  "demand",
  "demands",
  "warning",
  "question",
  "post",
  "posts",
  "comment",
  "answer",
  "states",
  "promise",
  "promises",
  "pledge",
  "pledges",
  "tweets",
  "vows",
  "stress",
  "call",
  "calls",
  "estimated",
  "forecast",
  "suggests",
  "indicates",
]);
const TELL_OBJECTS = new Set([
  "reporters",
  "journalists",
  "media",
  "conference",
  "news",
  "agency",
  "broadcaster",
  "newspaper",
  "parliament",
  "lawmakers",
  "supporters",
  "crowd",
  "audience",
  "delegates",
  "us",
  "him",
  "her",
  "them",
  "me",
  "with",
  "of",
  "for",
  "to",
  "by",
  "via",
  "phone",
  "email",
  "telephone",
  "reuters",
  "briefing",
  "radio",
  "television",
  "tv",
  "interview",
  "channel",
]);
const INVERT_FORMS = new Set([
  "said",
  "says",
  "added",
  "adds",
  "asked",
  "wrote",
  "writes",
  "replied",
  "continued",
  "explained",
  "noted",
  "insisted",
  "argued",
  "warned",
  "stressed",
  "recalled",
  "concluded",
  "tweeted",
  "told",
]);

interface Subject {
  ref: SpeakerRef;
  a: number;
  b: number;
  inverted: boolean;
  according: boolean;
}

function labelOf(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.s, tokens[b - 1]!.e);
}

/** The person or source named by the noun phrase tokens[a..b). */
function resolveNP(inp: SentenceInput, a: number, b: number): SpeakerRef {
  const { tokens, text, personAt, persons } = inp;
  if (b <= a) return null;
  // a named person: the one heading the phrase (not a possessive owner)
  for (let i = a; i < b; i++) {
    const pi = personAt[i]!;
    if (pi < 0) continue;
    const p = persons[pi]!;
    if (p.poss && p.b < b) {
      // "Tengku Adnan's lawyer": the owner is not the speaker; a role noun follows
      i = p.b;
      continue;
    }
    return { ent: p.ent };
  }
  // pronoun
  const last = tokens[b - 1]!;
  if (b - a === 1 && last.k === WORD && PRON_SG.has(last.key)) return pronoun(inp, last.key);
  if (b - a === 1 && last.k === WORD && PRON_OTHER.has(last.key)) {
    const ls = inp.state.lastSpeaker;
    if (ls && "label" in ls) return ls;
    return null;
  }
  // head noun: the first source/role/company noun from the left
  let head = -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.k === WORD && !t.cap && (SOURCE_NOUNS.has(t.key) || ROLE_NOUNS.has(t.key) || COMPANY_NOUNS.has(t.key))) {
      head = i;
      break;
    }
    if (t.k === WORD && t.cap && (t.key === "kremlin" || SOURCE_NOUNS.has(t.key))) {
      head = i;
      break;
    }
  }
  let la = a;
  while (
    la < b &&
    tokens[la]!.k === WORD &&
    !tokens[la]!.cap &&
    (tokens[la]!.key === "and" || tokens[la]!.key === "but" || tokens[la]!.key === "or")
  )
    la++;
  while (
    la < b &&
    tokens[la]!.k === WORD &&
    tokens[la]!.cap &&
    (COMMON_CAPS.has(tokens[la]!.key) || SUBORD.has(tokens[la]!.key)) &&
    !DETS.has(tokens[la]!.key) &&
    tokens[la]!.t !== "US"
  )
    la++;
  while (la < b && tokens[la]!.k === WORD && DETS.has(tokens[la]!.key) && !tokens[la]!.cap) la++;
  if (la < b && tokens[la]!.k === WORD && DETS.has(tokens[la]!.key)) la++;
  if (head >= 0) {
    const ht = tokens[head]!;
    const det = tokens[a]!;
    const definite = (det.k === WORD && DEFINITE_DETS.includes(det.key)) || tokens[head - 1]?.k === POSS;
    // a role description of one person: "the judge", "the WHO chief", "his lawyer"
    if (definite && ROLE_NOUNS.has(ht.key) && !ht.key.endsWith("s") && !OFFICIAL_WORDS.includes(ht.key)) {
      const mods: string[] = [];
      for (let i = la; i < head; i++) if (tokens[i]!.k === WORD) mods.push(tokens[i]!.key);
      const e = resolveRole(inp.registry, ht.key, mods);
      if (e) {
        if (e.refHeads.length < 4 && !e.refHeads.includes(ht.key)) e.refHeads.push(ht.key);
        return { ent: e.id };
      }
      // "the former secretary said": no role on record; in news the description points at the
      // person the story is about right now
      const st = inp.state;
      if (GOV_ROLE_HEADS.has(ht.key) && st.lastSubject >= 0 && inp.block - st.lastSubjectBlock <= 2) {
        const ls = inp.registry.find(st.lastSubject);
        if (!ls.credit && !ls.byline) return { ent: ls.id };
      }
    }
    if (definite && COMPANY_NOUNS.has(ht.key) && !ht.cap) {
      const alias = inp.state.orgAlias.get(ht.key);
      if (alias) return { label: alias, company: false };
      return { label: labelOf(text, tokens, la, head + 1), company: true };
    }
    // "brokerage Jefferies", "co-operative Nordmar": the name after the descriptor
    let ra = head + 1;
    let rb = ra;
    while (rb < b && tokens[rb]!.k === WORD && tokens[rb]!.cap && !COMMON_CAPS.has(tokens[rb]!.key)) rb++;
    if (rb > ra) {
      const name = labelOf(text, tokens, ra, rb);
      if (inp.state.orgAlias.size < 500) inp.state.orgAlias.set(ht.key, name);
      return { label: name, company: false };
    }
    if (la > head) la = head;
    // "a statement from the Energy Ministry": the issuer speaks
    if (DOCUMENT_NOUNS.has(ht.key) && ISSUER_PREPS.includes(tokens[head + 1]?.key ?? "")) {
      let x = head + 2;
      if (tokens[x]?.key === "the") x++;
      let y = x;
      while (y < b + 8 && y < inp.s.b && tokens[y]!.k === WORD && tokens[y]!.cap) y++;
      if (y > x) return placeLabel(inp, x, y);
    }
    // "Democratic National Convention released a statement": the name before the verb is the source
    for (let i = la; i < head; i++) {
      const t = tokens[i]!;
      if (t.k === WORD && !t.cap && (t.key.endsWith("ed") || SPEECH_VERBS.has(t.key)) && i > la) return placeLabel(inp, la, i);
    }
    return placeLabel(inp, la, head + 1);
  }
  // capitalised name(s): an organisation or outlet
  let ca = -1;
  let cb = -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.k === WORD && t.cap && !COMMON_CAPS.has(t.key)) {
      if (ca < 0) ca = i;
      cb = i + 1;
    } else if (ca >= 0) break;
  }
  if (ca >= 0) return placeLabel(inp, ca, cb);
  return null;
}

/** A source label, unless it is only a place, a dateline or a fragment ("WASHINGTON", "Ohio", "Y."). */
function placeLabel(inp: SentenceInput, a: number, b: number): SpeakerRef {
  const { tokens, text } = inp;
  if (b - a === 1) {
    const t = tokens[a]!;
    if (t.k !== WORD || t.t.endsWith(".") || t.num) return null;
    if (t.allCaps && !ORG_ACRONYMS_SET.has(t.t) && !MEDIA.has(t.key)) return null;
  }
  const words: string[] = [];
  for (let i = a; i < b; i++) if (tokens[i]!.k === WORD) words.push(tokens[i]!.key);
  // a verb phrase is not a source ("is set to host")
  if (words.some((w) => BE.has(w) || w === "to" || w === "will" || w === "would")) return null;
  const joined = words.join(" ");
  // countries and capitals speak for governments ("Japan said", "the Kremlin said"); other places do not
  if (!PLACE_TO_COUNTRY.has(joined) && words.length === 1 && PLACES.has(joined)) return null;
  return { label: labelOf(text, tokens, a, b), company: false };
}

function pronoun(inp: SentenceInput, key: string): SpeakerRef {
  const st = inp.state;
  const want = key === "she" || key === "her" ? "f" : "m";
  let chosen: Entity | undefined;
  if (st.lastSubject >= 0 && inp.block - st.lastSubjectBlock <= 3) {
    const e = inp.registry.find(st.lastSubject);
    if (e.gender === "" || e.gender === want) chosen = e;
  }
  if (!chosen) {
    // the most recent person of the right gender; a known gender beats an unknown one
    const r = inp.registry.recentEntities();
    for (const e of r)
      if (e.gender === want) {
        chosen = e;
        break;
      }
    if (!chosen)
      for (const e of r)
        if (e.gender === "") {
          chosen = e;
          break;
        }
  }
  if (!chosen) return null;
  if (!chosen.gender) chosen.gender = want; // "he said" teaches the person's gender
  return { ent: chosen.id };
}

/** The person a role description points at: roles sharing the head noun (or a synonym), the most
 *  modifiers in common, the most recent. */
export function resolveRole(reg: Registry, head: string, mods: string[]): Entity | undefined {
  const heads = ROLE_SYNONYMS[head] ?? [head];
  let best: Entity | undefined;
  let bestScore = 0;
  for (const e of reg.recentEntities()) {
    let sc = 0;
    const words = new Set<string>();
    for (const r of e.roles) for (const w of fold(r.text).split(/[^a-z0-9-]+/)) if (w) words.add(w);
    for (const h of heads) if (words.has(h) || words.has(h + "s")) sc = Math.max(sc, 2);
    if (sc === 0) continue;
    for (const m of mods) if (words.has(m)) sc += 1;
    if (sc > bestScore) {
      bestScore = sc;
      best = e;
    }
  }
  return best;
}

function isBoundary(t: Token): boolean {
  if (t.k === QUOTE) return true;
  if (t.k === PUNCT) return t.t !== "-" && t.t !== "(" && t.t !== ")";
  return t.k === WORD && !t.cap && (SUBORD.has(t.key) || SPEECH_VERBS.has(t.key));
}

/** The start of the clause that contains token i (a subordinator or the sentence start). */
function clauseStart(tokens: Token[], s: Sentence, i: number): number {
  let j = i;
  while (j > s.a && i - j < 40) {
    const t = tokens[j - 1]!;
    if (t.k === WORD && !t.cap && SUBORD.has(t.key) && t.key !== "as") break;
    j--;
  }
  // skip an introductory phrase ending in a comma right at the start ("Back in Washington, ...")
  return j;
}

/** Reads a noun phrase forward from k; returns its end (exclusive). */
function npForward(tokens: Token[], s: Sentence, k: number, personAt: Int32Array, persons: PersonSpan[]): number {
  let j = k;
  const pi = personAt[k] ?? -1;
  if (pi >= 0) {
    const p = persons[pi]!;
    if (!p.poss) return p.b;
    j = p.b + 1; // "Diallo's party": read on to the head noun
  }
  let n = 0;
  while (j < s.b && n < 9) {
    const t = tokens[j]!;
    if (t.k === PUNCT || t.k === QUOTE) break;
    if (t.k === WORD && !t.cap && (SPEECH_VERBS.has(t.key) || SUBORD.has(t.key))) break;
    if ((personAt[j] ?? -1) >= 0) return persons[personAt[j]!]!.b;
    j++;
    n++;
    if (t.k === WORD && !t.cap && (SOURCE_NOUNS.has(t.key) || ROLE_NOUNS.has(t.key) || COMPANY_NOUNS.has(t.key))) {
      // "Barclays analyst Michael Leithead": the name after the role noun is the head
      const pn = personAt[j] ?? -1;
      if (pn >= 0 && !persons[pn]!.poss) return persons[pn]!.b;
      break;
    }
    if (t.k === WORD && j - k === 1 && (PRON_SG.has(t.key) || PRON_OTHER.has(t.key))) break;
  }
  return j;
}

function subjectOf(inp: SentenceInput, i: number): Subject | null {
  const { tokens, s, personAt, persons } = inp;
  const t = tokens[i]!;
  if (t.key === "according") {
    const a = i + 2;
    const b = npForward(tokens, s, a, personAt, persons);
    // "according to the Donetsk republic authorities": read up to the comma
    let e = b;
    while (e < s.b && e - a < 10 && tokens[e]!.k === WORD) e++;
    const ref = resolveNP(inp, a, Math.max(b, e));
    return { ref, a, b: Math.max(b, e), inverted: false, according: true };
  }
  // inverted: `," said X`, `, said X`
  const prev = tokens[i - 1];
  const nx = tokens[i + 1];
  if (prev && prev.t === ",") {
    // `Role description, Name, said …`: the name right before the comma is the subject
    const pn = personAt[i - 2] ?? -1;
    if (i - 2 >= s.a && pn >= 0 && !persons[pn]!.poss && persons[pn]!.b === i - 1) {
      let k0 = persons[pn]!.ca - 1;
      if (tokens[k0]?.t === ",") {
        const p = persons[pn]!;
        return { ref: { ent: p.ent }, a: p.ca, b: i - 1, inverted: false, according: false };
      }
      void k0;
    }
    // `Name, appositive, said …`: the subject is the name before the apposition
    let k = i - 2;
    while (k > s.a && i - k < 18 && tokens[k]!.t !== "," && tokens[k]!.k !== QUOTE) k--;
    if (k > s.a && tokens[k]!.t === "," && (personAt[k - 1] ?? -1) >= 0 && !persons[personAt[k - 1]!]!.poss) {
      const p = persons[personAt[k - 1]!]!;
      return { ref: { ent: p.ent }, a: p.ca, b: k, inverted: false, according: false };
    }
    // an apposition in two parts: `Ana Ruiz, 58, who lives in Porto, says …` — the name opens the sentence
    if (k > s.a && tokens[k]!.t === ",") {
      const p0 = personAt[s.a] ?? -1;
      const p = p0 >= 0 ? persons[p0]! : null;
      if (p && p.ca === s.a && !p.poss && tokens[p.b]?.t === "," && i - p.b < 24) {
        let commas = 0;
        for (let m = p.b; m < i; m++) if (tokens[m]!.t === ",") commas++;
        if (commas === 3) return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
      }
    }
  }
  if (
    i > s.a &&
    prev &&
    (prev.t === "," || prev.k === QUOTE) &&
    nx &&
    nx.k === WORD &&
    INVERT_FORMS.has(t.key) &&
    t.key !== "told" &&
    (nx.cap || DETS.has(nx.key) || ROLE_MODIFIERS.has(nx.key) || ROLE_NOUNS.has(nx.key)) &&
    !isDay(nx.key) &&
    !NOT_INVERTED_AFTER.includes(nx.key) &&
    !(PRON_SG.has(nx.key) || PRON_OTHER.has(nx.key))
  ) {
    const a = i + 1;
    const b = npForward(tokens, s, a, personAt, persons);
    if (b > a) return { ref: resolveNP(inp, a, b), a, b, inverted: true, according: false };
  }
  // normal order: back over fillers
  let j = i - 1;
  let n = 0;
  while (
    j >= s.a &&
    n < 5 &&
    tokens[j]!.k === WORD &&
    !tokens[j]!.cap &&
    (VERB_FILLERS.has(tokens[j]!.key) || tokens[j]!.key.endsWith("ly")) &&
    tokens[j]!.key !== "and"
  ) {
    j--;
    n++;
  }
  if (j < s.a) return null;
  // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis after the subject
  if (tokens[j]!.t === ")") {
    let k = j - 1;
    while (k > s.a && j - k < 10 && tokens[k]!.t !== "(") k--;
    if (tokens[k]?.t === "(") j = k - 1;
    if (j < s.a) return null;
  }
  const tj = tokens[j]!;
  if (tj.k === WORD && (tj.key === "and" || tj.key === "but") && !tj.cap) {
    const cs = clauseStart(tokens, s, j);
    const b = npForward(tokens, s, cs, personAt, persons);
    if (b > cs) return { ref: resolveNP(inp, cs, b), a: cs, b, inverted: false, according: false };
    return null;
  }
  if (tj.t === "," && t.key.endsWith("ing")) {
    // "Trump appeared confident, telling reporters …": the participle's subject is the clause's.
    // The sentence's subject when it is a person (also behind an apposition: "Bush, Florida's former
    // governor, also attacked Trump, …, calling him …"), else the nearest person in subject
    // position (clause-initial, followed by a verb) before the comma.
    const subj0 = sentenceSubjectPerson(inp, j);
    if (subj0) return { ref: { ent: subj0.ent }, a: subj0.ca, b: subj0.b, inverted: false, according: false };
    for (let k = j - 1; k >= s.a && j - k < 40; k--) {
      const pk = personAt[k] ?? -1;
      if (pk < 0) continue;
      const p = persons[pk]!;
      k = p.ca;
      const pre = tokens[p.ca - 1];
      const post = tokens[p.b];
      const clauseInitial = p.ca === s.a || !pre || pre.t === "," || (pre.k === WORD && SUBORD.has(pre.key));
      if (clauseInitial && !p.poss && post && post.k === WORD && !post.cap) {
        return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
      }
    }
    const cs = clauseStart(tokens, s, j);
    const b = npForward(tokens, s, cs, personAt, persons);
    if (b > cs) return { ref: resolveNP(inp, cs, b), a: cs, b, inverted: false, according: false };
    return null;
  }
  if (
    tj.t === "," &&
    (personAt[j - 1] ?? -1) >= 0 &&
    persons[personAt[j - 1]!]!.b === j &&
    tokens[persons[personAt[j - 1]!]!.ca - 1]?.t === ","
  ) {
    // "Orbán's chief of staff, Gergely Gulyás, later said": the name in apposition is the subject
    const p = persons[personAt[j - 1]!]!;
    return { ref: { ent: p.ent }, a: p.ca, b: j, inverted: false, according: false };
  }
  if (tj.t === ",") {
    // apposition between subject and verb: find the comma that opens it
    let k = j - 1;
    while (k > s.a && j - k < 18 && tokens[k]!.t !== "," && tokens[k]!.k !== QUOTE) k--;
    if (k > s.a && tokens[k]!.t === ",") j = k - 1;
    else return null;
    if (tokens[j]!.t === ")") {
      let m = j - 1;
      while (m > s.a && j - m < 10 && tokens[m]!.t !== "(") m--;
      if (tokens[m]?.t === "(" && m > s.a) j = m - 1;
    }
  }
  const tjj = tokens[j]!;
  if (
    (tjj.k === WORD && !tjj.cap && (PRON_SG.has(tjj.key) || PRON_OTHER.has(tjj.key))) ||
    (tjj.k === WORD && j === s.a && PRON_SG.has(tjj.key))
  ) {
    return { ref: resolveNP(inp, j, j + 1), a: j, b: j + 1, inverted: false, according: false };
  }
  // noun phrase ending at j
  let a = j;
  while (a > s.a && j - a < 14 && !isBoundary(tokens[a - 1]!)) a--;
  // a person chunk that ends at j heads the phrase
  const pj = personAt[j] ?? -1;
  if (pj >= 0) return { ref: { ent: persons[pj]!.ent }, a: persons[pj]!.ca, b: j + 1, inverted: false, according: false };
  if (tokens[j]!.k === POSS) return null;
  const ref = resolveNP(inp, a, j + 1);
  return { ref, a, b: j + 1, inverted: false, according: false };
}

const CUT_AFTER_COMMA = new Set([
  "but",
  "paving",
  "while",
  "when",
  "however",
  "according",
  "prompting",
  "sparking",
  "citing",
  "days",
  "weeks",
  "hours",
  "amid",
]);
const WRITER_VERBS = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "remains",
  "sparked",
  "came",
  "comes",
  "left",
  "led",
  "began",
  "killed",
]);

/** End (token index, exclusive) of reported content starting at token a. */
function contentEnd(inp: SentenceInput, a: number, cues: number[], subEnd = -1): number {
  const { tokens, s, inside } = inp;
  let e = s.b;
  for (let i = a; i < s.b; i++) {
    const t = tokens[i]!;
    if (inside[i]) continue;
    if (t.k === PUNCT && t.t === ";") return i;
    if (t.k === PUNCT && t.t === ",") {
      const n1 = tokens[i + 1];
      const n2 = tokens[i + 2];
      if (subEnd >= 0 && i >= subEnd) return i;
      // ", which calls for …" is the writer's background; ", which he said includes …" is not
      if (n1 && n1.k === WORD && n1.key === "which" && n2 && n2.k === WORD && !PRON_SG.has(n2.key) && !PRON_OTHER.has(n2.key))
        return i;
      if (n1 && n1.k === WORD && !n1.cap && CUT_AFTER_COMMA.has(n1.key)) return i;
      if (n1 && n1.k === WORD && n1.key === "which" && n2 && n2.k === WORD && (WRITER_VERBS.has(n2.key) || n2.key.endsWith("ed")))
        return i;
      if (n1 && n1.k === WORD && n1.key === "on" && n2?.key === "the" && tokens[i + 3]?.key === "basis") return i;
      // media credit: ", Reuters reported." / ", The Straits Times reported"
      let k = i + 1;
      while (k < s.b && k - i < 6 && tokens[k]!.k === WORD && tokens[k]!.cap) k++;
      if (
        k > i + 1 &&
        tokens[k] &&
        tokens[k]!.k === WORD &&
        (tokens[k]!.key === "reported" || tokens[k]!.key === "said") &&
        isMediaName(tokens, i + 1, k)
      )
        return i;
      // the next cue clause: ", but he maintained that"
      if (n1 && n1.k === WORD && n1.key === "but") return i;
      // a post-posed attribution of the whole sentence: "…, UN spokesman Stephane Dujarric said at a briefing."
      for (let c = i + 2; c < s.b && c - i <= 8; c++) {
        const u = tokens[c]!;
        if (u.k !== WORD) break;
        if (cues.includes(c) && !u.cap) {
          let only = true;
          for (let d = c + 1; d < s.b && only; d++) {
            const w = tokens[d]!;
            if (w.k === PUNCT && (w.t === "." || w.t === "!" || w.t === "?")) break;
            if (w.k === WORD && !w.cap && !w.num && !ADJUNCT_WORDS.has(w.key) && !TELL_OBJECTS.has(w.key) && !isDay(w.key))
              only = false;
            if (w.k === QUOTE) only = false;
          }
          if (only) return i;
          break;
        }
      }
    }
    if (
      t.k === WORD &&
      !t.cap &&
      (t.key === "but" || t.key === "and") &&
      tokens[i + 1]?.k === WORD &&
      THIS_WHICH.includes(tokens[i + 1]!.key) &&
      i > a
    )
      return i;
    if (t.k === WORD && t.key === "while" && tokens[i + 1]?.key === "also" && i > a) return i;
    if (t.k === WORD && t.key === "when" && (PRON_SG.has(tokens[i + 1]?.key ?? "") || tokens[i + 1]?.key === "asked") && i > a)
      return i;
    if (i > a && cues.includes(i) && i > a + 2) {
      // another cue in the same sentence starts a new claim: cut before its clause
      let k = i - 1;
      while (k > a && tokens[k]!.k === WORD && (VERB_FILLERS.has(tokens[k]!.key) || PRON_SG.has(tokens[k]!.key))) k--;
      if (tokens[k]?.k === WORD && (tokens[k]!.key === "but" || tokens[k]!.key === "and")) {
        if (tokens[k - 1]?.t === ",") k--;
        return k;
      }
    }
  }
  return e;
}

function isMediaName(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (MEDIA.has(tokens[i]!.key)) return true;
  return false;
}

/** Character end of content ending before token e: final . ! ? outside quotes excluded. */
function charEnd(inp: SentenceInput, a: number, e: number): number {
  const { tokens } = inp;
  let k = e;
  while (k > a && tokens[k - 1]!.k === PUNCT && ".!?,:;—–-".includes(tokens[k - 1]!.t)) k--;
  return k > a ? tokens[k - 1]!.e : tokens[a]!.s;
}

function quoteCovering(inp: SentenceInput, tokIdx: number): QuoteSpan | undefined {
  const pos = inp.tokens[tokIdx]!.s;
  for (const q of inp.quotes) if (q.start <= pos && pos < q.end + 1) return q;
  return undefined;
}

/** Where the content of a cue starts (token index), or -1 when the cue introduces a direct quote
 *  (or nothing). */
function contentStart(inp: SentenceInput, i: number, subj: Subject | null): number {
  const { tokens, s } = inp;
  const t = tokens[i]!;
  const lemma = SPEECH_VERBS.get(t.key) ?? "";
  let k = subj && subj.inverted ? subj.b : i + 1;
  if (t.key === "according") return -1;
  // an introduction to a direct quotation: `said, “…”`, `told reporters: "…"`, `said after a meeting …: "…"`
  for (let j = k; j < s.b && j - k < 24; j++) {
    const u = tokens[j]!;
    if (u.k === QUOTE) {
      // `told “Meet the Press” that …`: a quoted title as the object, then the content
      let c = j + 1;
      while (c < s.b && c - j < 14 && tokens[c]!.k !== QUOTE) c++;
      let d = c + 1;
      if (tokens[d]?.t === ",") d++;
      if (c < s.b && tokens[d]?.key === "that") return d + 1;
      if (j === k || tokens[j - 1]!.t === "," || tokens[j - 1]!.t === ":") return -1;
      break;
    }
    if (u.k === PUNCT && (u.t === "." || u.t === ";")) break;
    if (u.k === WORD && u.key === "that") break;
  }
  // "reiterated his belief that", "expressed hope that"
  if (
    tokens[k]?.k === WORD &&
    DETS.has(tokens[k]!.key) &&
    tokens[k + 1]?.k === WORD &&
    tokens[k + 2]?.key === "that" &&
    BELIEF_NOUNS.includes(tokens[k + 1]!.key)
  )
    return k + 3;
  if (lemma === "call" || (lemma === "ask" && tokens[k]?.key === "for")) {
    return k + 1; // "called for X", "asked for X"
  }
  if (
    (lemma === "warn" || lemma === "complain") &&
    (tokens[k]?.key === "of" || tokens[k]?.key === "about" || tokens[k]?.key === "against")
  ) {
    return k + 1; // "warned of job cuts"
  }
  // look ahead for "that" over adjuncts/objects
  let j = k;
  let sawObject = false;
  while (j < s.b && j - k < 12) {
    const u = tokens[j]!;
    if (u.k === WORD && u.key === "that" && !u.cap) return j + 1;
    if (u.k === PUNCT && (u.t === "," || u.t === ":")) break;
    if (u.k === QUOTE) break;
    if (
      u.k === WORD &&
      !u.cap &&
      !u.num &&
      !ADJUNCT_WORDS.has(u.key) &&
      !ROLE_MODIFIERS.has(u.key) &&
      !ROLE_NOUNS.has(u.key) &&
      !CUE_OBJECT_WORDS.includes(u.key)
    )
      break;
    if (u.k === WORD && u.key === "to" && !u.cap) break;
    if (u.k === WORD && u.key === "not" && tokens[j + 1]?.key === "to") break;
    sawObject = true;
    j++;
  }
  void sawObject;
  if (OBJECT_VERBS.has(lemma)) {
    // told X (that) / asked X to / instructed X not to / urged X to
    let m = k;
    while (m < s.b && m - k < 8) {
      const u = tokens[m]!;
      if (u.k !== WORD) break;
      if (u.key === "to" || (u.key === "not" && tokens[m + 1]?.key === "to")) {
        if (lemma === "urge") return k; // urged the community to …: the object is part of the request
        return m;
      }
      if (u.key === "that") return m + 1;
      m++;
    }
    if (lemma === "tell" || lemma === "inform" || lemma === "brief") {
      // "told reporters the protests had been peaceful": a short object, then a clause
      const o = tokens[k];
      let m2 = k;
      if (o && o.k === WORD && (TELL_OBJECTS.has(o.key) || o.cap)) {
        m2++;
        while (m2 < s.b && m2 - k < 4 && tokens[m2]!.k === WORD && tokens[m2]!.cap) m2++;
        const c0 = tokens[m2];
        if (c0 && c0.k === WORD && (DETS.has(c0.key) || PRON_SG.has(c0.key) || PRON_OTHER.has(c0.key) || c0.cap) && m2 + 2 < s.b)
          return m2;
      }
      // "told reporters, “…”" or "told Reuters." — no indirect content here
      return -1;
    }
    return k;
  }
  // skip temporal adjuncts right after the verb ("said on Tuesday Moscow considered")
  let m = k;
  if (
    tokens[m]?.k === WORD &&
    (TIME_LEADS.includes(tokens[m]!.key) || isDay(tokens[m]!.key))
  ) {
    let n = 0;
    while (m < s.b && n < 4 && tokens[m]!.k === WORD && (ADJUNCT_WORDS.has(tokens[m]!.key) || isDay(tokens[m]!.key))) {
      m++;
      n++;
    }
    if (tokens[m]?.t === "(") {
      while (m < s.b && tokens[m]!.t !== ")" && m - k < 10) m++;
      m++;
    }
  }
  return m;
}

function isDay(k: string): boolean {
  return WEEKDAYS.includes(k);
}

/** The text of tokens a..b (inclusive) with its start and end offsets. */
function spanText(inp: SentenceInput, a: number, b: number): [string, number, number] {
  const { tokens, text } = inp;
  return [text.slice(tokens[a]!.s, tokens[b]!.e), tokens[a]!.s, tokens[b]!.e];
}

function cueText(inp: SentenceInput, i: number, subj: Subject | null): [string, number, number] {
  const { tokens, text } = inp;
  let a = i;
  let b = i + 1;
  if (tokens[i]!.key === "according") b = i + 2;
  if (subj && !subj.according) {
    if (subj.inverted && subj.b - i <= 6) b = subj.b;
    else if (!subj.inverted && subj.b === i && subj.b - subj.a <= 3) a = subj.a;
  } else if (subj && subj.according && subj.b - i <= 6) b = subj.b;
  return [text.slice(tokens[a]!.s, tokens[b - 1]!.e), tokens[a]!.s, tokens[b - 1]!.e];
}

/** The subject of cue i, read once per sentence (reading it may update the state: a pronoun
 *  teaches a gender, a descriptor an organisation alias), so later asks get the same answer. */
function subjectFor(inp: SentenceInput, subjects: Map<number, Subject | null>, i: number): Subject | null {
  let v = subjects.get(i);
  if (v === undefined) {
    v = subjectOf(inp, i);
    subjects.set(i, v);
  }
  return v;
}

/** Shared empty values for sentences without cues or quotations (never written to). */
const NO_SUBJECTS: Map<number, Subject | null> = new Map();
const NO_QUOTES: QuoteSpan[] = [];

/** Claims (indirect) and direct quotations of one sentence, with speakers. Updates the state. */
export function attributeSentence(inp: SentenceInput): ClaimOut[] {
  const { tokens, s, state, text } = inp;
  const out: ClaimOut[] = [];
  const cues = findCues(inp);
  // subjects are only read for cues; most sentences have none (no map for them)
  const subjects = cues.length > 0 ? new Map<number, Subject | null>() : NO_SUBJECTS;
  const claims: ClaimOut[] = [];
  const sentQuotes: QuoteSpan[] =
    inp.quotes.length === 0
      ? NO_QUOTES
      : inp.quotes.filter((q) => {
          const pos = q.open >= 0 ? q.open : q.close >= 0 ? q.close : -1;
          return pos >= 0 ? pos >= s.a && pos < s.b : s.a === 0;
        });

  // ---- indirect claims
  const subEnd = subordinateEnd(inp);
  for (const i of cues) {
    // speech acts that attribute a quotation but carry no reported clause ("thanked him for “…”")
    if (SPEECH_VERBS.get(tokens[i]!.key) === "speech-act") continue;
    const subj = subjectFor(inp, subjects, i);
    if (!subj || !subj.ref) continue;
    // "…, which he said includes …": a cue inside someone's reported content
    const before = tokens[subj.a - 1];
    if (!subj.inverted && before && before.k === WORD && (before.key === "which" || before.key === "who")) continue;
    // the cue of a direct quotation (`"…," he said in response to …`) has no content of its own
    let qa = subj.inverted ? i - 1 : subj.a - 1;
    // step back over a role prefix: `"…," union leader Petra Schulz said in an interview`
    for (
      let n2 = 0;
      !subj.inverted &&
      n2 < 4 &&
      qa > s.a &&
      tokens[qa]!.k === WORD &&
      !SPEECH_VERBS.has(tokens[qa]!.key) &&
      !SUBORD.has(tokens[qa]!.key) &&
      tokens[qa]!.key !== "and";
      n2++
    )
      qa--;
    const attachedToQuote =
      qa >= s.a && (tokens[qa]?.k === QUOTE || (tokens[qa]?.t === "," && qa - 1 >= s.a && tokens[qa - 1]?.k === QUOTE));
    if (attachedToQuote && tokens[subj.inverted ? subj.b : i + 1]?.key !== "that") continue;
    let ca: number;
    let ce: number;
    const t0 = tokens[i]!;
    const postposed = isPostposed(inp, i, subj);
    if (subj.according) {
      // "According to X, content" or "content, according to X"
      let c = subj.b;
      if (tokens[c]?.t === ",") {
        ca = c + 1;
        ce = contentEnd(inp, ca, cues);
      } else if (i > s.a && tokens[i - 1]!.t === ",") {
        ca = contentSentenceStart(inp);
        ce = i - 1;
      } else continue;
    } else if (postposed >= 0) {
      ca = contentSentenceStart(inp);
      ce = postposed;
      if (ce <= ca || tokens[ca]!.k === QUOTE) continue;
      // a media credit around an already attributed statement ("…, Reuters reported")
      const media =
        SPEECH_VERBS.get(t0.key) === "report" || (subj.ref && "label" in subj.ref && isMediaName(tokens, subj.a, subj.b));
      if (media && cues.some((c) => c >= ca && c < ce)) continue;
    } else {
      if (before?.key === "what" && BE_FORMS.includes(tokens[i + 1]?.key ?? "")) ca = i + 2;
      else ca = contentStart(inp, i, subj);
      if (ca < 0 || ca >= s.b) continue;
      ce = contentEnd(inp, ca, cues, i < subEnd ? subEnd : -1);
    }
    // requests and warnings take short objects ("warned of strikes", "asked for a delay")
    const lemma0 = SPEECH_VERBS.get(t0.key) ?? "";
    const objectContent =
      !subj.according &&
      postposed < 0 &&
      OBJECT_PREPS.includes(tokens[ca - 1]?.key ?? "") &&
      (lemma0 === "warn" || lemma0 === "call" || lemma0 === "ask" || lemma0 === "complain");
    if (ce - ca < (objectContent ? 1 : 3)) continue;
    // the whole content is one quotation: only the direct entry is made
    const q0 = tokens[ca]!.k === QUOTE ? quoteCovering(inp, ca + 1) : undefined;
    if (q0 && q0.end >= tokens[Math.max(ca, ce - 2)]!.s) continue;
    if (inp.inside[ca] && inp.inside[ce - 1]) continue;
    const start = tokens[ca]!.s;
    const end = charEnd(inp, ca, ce);
    if (end - start < (objectContent ? 4 : 8)) continue;
    const [cue, cs, cend] = cueText(inp, i, subj);
    const c: ClaimOut = { start, end, kind: "indirect", speaker: subj.ref, cue, cueStart: cs, cueEnd: cend };
    claims.push(c);
    out.push(c);
  }

  // ---- direct quotations
  for (const q of sentQuotes) {
    let speaker: SpeakerRef = null;
    let cue: string | null = null;
    let cs = -1;
    let cend = -1;
    const inClaim = claims.find((c) => c.start <= q.start && q.end <= c.end + 2);
    if (inClaim) {
      speaker = inClaim.speaker;
      cue = inClaim.cue;
      cs = inClaim.cueStart;
      cend = inClaim.cueEnd;
    }
    if (!speaker && q.close >= 0) {
      // signature after a dash: `“…” ― Ana Ruiz`
      let k = q.close + 1;
      if (tokens[k]?.t === "," || tokens[k]?.t === ".") k++;
      const d = tokens[k];
      if (d && d.k === PUNCT && "―—–-".includes(d.t) && k + 1 < s.b && (inp.personAt[k + 1] ?? -1) >= 0) {
        const p = inp.persons[inp.personAt[k + 1]!]!;
        speaker = { ent: p.ent };
        cue = d.t;
        cs = d.s;
        cend = d.e;
      }
    }
    if (!speaker) {
      // cue after the closing mark: `…," he said` / `…," said Dr Tedros` / `…," Kaba, a spokesman, told Reuters`
      if (q.close >= 0) {
        for (const i of cues) {
          if (i <= q.close || i - q.close > 16) continue;
          let blocked = false;
          for (let k = q.close + 1; k < i; k++) if (tokens[k]!.k === QUOTE) blocked = true;
          if (blocked) break;
          const subj = subjectFor(inp, subjects, i);
          if (subj?.ref) {
            speaker = subj.ref;
            [cue, cs, cend] = cueText(inp, i, subj);
          }
          break;
        }
      }
    }
    if (!speaker && q.open >= 0) {
      // cue before the opening mark: `X said, “…”`, `X told reporters: "…"`, `Name: 'words'`
      for (let ci = cues.length - 1; ci >= 0; ci--) {
        const i = cues[ci]!;
        if (i >= q.open || q.open - i > 18) continue;
        let blocked = false;
        for (let k = i + 1; k < q.open; k++)
          if (tokens[k]!.k === QUOTE || (tokens[k]!.t === "." && k < q.open - 1)) blocked = true;
        if (blocked) break;
        const subj = subjectFor(inp, subjects, i);
        if (subj?.ref) {
          speaker = subj.ref;
          [cue, cs, cend] = cueText(inp, i, subj);
        }
        break;
      }
      if (!speaker && q.open >= 1 && tokens[q.open - 1]!.t === ":" && q.open >= 2) {
        const pi = inp.personAt[q.open - 2]!;
        // `Name: “…”`, else `…, Rubio fired back forcefully: “…”`: the subject of the clause the colon ends
        const p = pi >= 0 ? inp.persons[pi]! : colonClauseSubject(inp, q.open - 1);
        if (p) {
          speaker = { ent: p.ent };
          [cue, cs, cend] = spanText(inp, p.a, q.open - 1);
        }
      }
      if (!speaker && q.open >= 2 && tokens[q.open - 1]!.t === ",") {
        // `…, Hillary shot back, “…”`: the same with a comma before the quotation
        const p = colonClauseSubject(inp, q.open - 1);
        if (p) {
          speaker = { ent: p.ent };
          [cue, cs, cend] = spanText(inp, p.a, q.open - 1);
        }
      }
    }
    if (!speaker && q.close >= 0) {
      // `“…?” Hannity pressed.`, `“…,” Ruiz objected.`: a person and a past-tense verb right after the
      // closing mark, then the sentence ends — the quotation's own attribution (when no cue verb
      // before or after it attributes it)
      const v = closingAttribution(inp, q.close);
      if (v >= 0) {
        // the verb follows the name chunk: the person is the chunk ending right before it
        const p = inp.persons[inp.personAt[v - 1]!]!;
        speaker = { ent: p.ent };
        cue = text.slice(tokens[p.ca]!.s, tokens[v]!.e);
        cs = tokens[p.ca]!.s;
        cend = tokens[v]!.e;
      }
    }
    if (!speaker && q.close >= 0) {
      // a quoted fragment in a sentence that reports someone's words: "X dismissed the plan as a 'stunt'"
      let best = -1;
      for (const i of cues) {
        const subj = subjectFor(inp, subjects, i);
        if (!subj?.ref) continue;
        if (best < 0 || Math.abs(i - (q.open >= 0 ? q.open : 0)) < Math.abs(best - (q.open >= 0 ? q.open : 0))) best = i;
      }
      if (best >= 0) {
        const subj = subjectFor(inp, subjects, best)!;
        speaker = subj.ref;
        [cue, cs, cend] = cueText(inp, best, subj);
      }
    }
    if (!speaker && q.open >= 0) {
      // a possessive nominal cue: "Trump’s claim that there have been “thousands of shootings”"
      for (let k = q.open - 1; k >= s.a && q.open - k <= 10; k--) {
        const t = tokens[k]!;
        if (t.k === QUOTE || (t.k === PUNCT && t.t === ".")) break;
        if (t.k === WORD && NOMINAL_CUES.has(t.key) && tokens[k - 1]?.k === POSS) {
          const pi = inp.personAt[k - 2] ?? -1;
          if (pi >= 0) {
            speaker = { ent: inp.persons[pi]!.ent };
            cue = text.slice(tokens[k - 1]!.s, t.e);
            cs = tokens[k - 1]!.s;
            cend = t.e;
          }
          break;
        }
      }
    }
    let weak = false;
    if (!speaker && q.continued && state.lastQuoteSpeaker && inp.block - state.lastQuoteBlock <= 1) {
      speaker = state.lastQuoteSpeaker;
      cue = state.lastCue;
      cs = state.lastCueStart;
      cend = state.lastCueEnd;
    }
    if (!speaker && q.open > s.a) {
      // a fragment quoted inside a sentence whose subject is a named person ("Ruiz talked up her
      // “green plan”") is that person's, rather than the block's previous speaker's
      const subjP = sentenceSubjectPerson(inp, q.open);
      if (subjP) speaker = { ent: subjP.ent };
    }
    if (!speaker) {
      const prevQ = inp.blockQuotes.length > 0 ? inp.blockQuotes[inp.blockQuotes.length - 1]! : undefined;
      if (prevQ && prevQ.speaker) {
        speaker = prevQ.speaker;
        cue = prevQ.cue;
        cs = prevQ.cueStart;
        cend = prevQ.cueEnd;
      }
    }
    if (!speaker) {
      weak = true;
      // adjacency: the person the text is about right now, else the last speaker
      if (state.lastSubject >= 0 && inp.block - state.lastSubjectBlock <= 3) speaker = { ent: state.lastSubject };
      else if (state.lastSpeaker && inp.block - state.lastSpeakerBlock <= 3) speaker = state.lastSpeaker;
      cue = state.lastCue;
      cs = state.lastCueStart;
      cend = state.lastCueEnd;
    }
    // a transcript turn quoted whole ("WALLACE: Let's start…", "(CROSSTALK)") is a record, not a quotation
    if (isTranscriptTurn(text, q.start, q.end)) continue;
    // scare quotes, titles and labels: short, no attribution of their own, outside any claim
    const words = countWords(text, q.start, q.end);
    if (!inClaim && (weak || !speaker)) {
      if (words <= 4 && !/[.!?,]$/.test(text.slice(q.end - 1, q.end))) continue;
    }
    if (!inClaim && words <= 3 && (weak || !speaker) && !hasCueNear(inp, q, cues)) continue;
    if (
      isTitleCase(text, q.start, q.end) &&
      !inClaim &&
      (words >= 2 || weak || !speaker || !/[.!?]$/.test(text.slice(q.end - 1, q.end)))
    )
      continue;
    const c: ClaimOut = {
      start: q.start,
      end: q.end,
      kind: "direct",
      speaker,
      cue,
      cueStart: cs,
      cueEnd: cend,
      weak,
      carried: q.close < 0,
      continued: q.continued,
      block: inp.block,
    };
    out.push(c);
    inp.blockQuotes.push(c);
    if (speaker) {
      state.lastQuoteSpeaker = speaker;
      state.lastQuoteBlock = inp.block;
      if (cue) {
        state.lastCue = cue;
        state.lastCueStart = cs;
        state.lastCueEnd = cend;
      }
    }
  }
  // quotes that continue past this block's end carry their speaker on
  // ---- state: the salient subject
  for (const i of cues) {
    const subj = subjects.get(i);
    if (subj?.ref) {
      state.lastSpeaker = subj.ref;
      state.lastSpeakerBlock = inp.block;
      if ("ent" in subj.ref) {
        state.lastSubject = subj.ref.ent;
        state.lastSubjectBlock = inp.block;
      }
      const [cue, cs, cend] = cueText(inp, i, subj);
      state.lastCue = cue;
      state.lastCueStart = cs;
      state.lastCueEnd = cend;
    }
  }
  if (cues.length === 0) {
    // a sentence whose subject is a named person makes that person salient ("Trump appeared confident")
    const first = firstSubjectPerson(inp);
    if (first >= 0) {
      state.lastSubject = first;
      state.lastSubjectBlock = inp.block;
    }
  }
  return out;
}

/** The person who is the subject of the sentence, named before token `limit`: a person chunk at
 *  the sentence start followed by a lower-case word, or by an apposition between commas
 *  ("Bush, Florida's former governor, also attacked …") and then a lower-case word. */
function sentenceSubjectPerson(inp: SentenceInput, limit: number): PersonSpan | null {
  const { tokens, s, personAt, persons } = inp;
  const pi = personAt[s.a] ?? -1;
  if (pi < 0) return null;
  const p = persons[pi]!;
  if (p.ca !== s.a || p.poss || p.b >= limit) return null;
  let k = p.b;
  if (tokens[k]?.t === ",") {
    k++;
    while (k < limit && k - p.b < 14 && tokens[k]!.t !== "," && tokens[k]!.k !== QUOTE) k++;
    if (tokens[k]?.t !== ",") return null;
    k++;
  }
  const v = tokens[k];
  if (k >= limit || !v || v.k !== WORD || v.cap || v.num) return null;
  return p;
}

/** The person heading the clause that ends at the colon token `colon` (`Name verb [words]:`): the
 *  clause starts at the sentence start or after a comma or semicolon, at most 8 tokens back; its
 *  first chunk is a person followed by a lower-case word. */
function colonClauseSubject(inp: SentenceInput, colon: number): PersonSpan | null {
  const { tokens, s, personAt, persons } = inp;
  let k = colon - 1;
  while (k > s.a && colon - k <= 8) {
    const t = tokens[k - 1]!;
    if (t.k === QUOTE || (t.k === PUNCT && (t.t === "," || t.t === ";" || t.t === ":"))) break;
    k--;
  }
  if (colon - k > 8) return null;
  const pi = personAt[k] ?? -1;
  if (pi < 0) return null;
  const p = persons[pi]!;
  const post = tokens[p.b];
  if (p.ca !== k || p.poss || p.b >= colon || !post || post.k !== WORD || post.cap) return null;
  return p;
}

/** Past-tense verbs without -ed that attribute a quotation they follow ("Trump went on"). */
const PAST_ATTRIBUTION_VERBS = new Set(["went", "shot", "spoke", "began", "broke", "cut", "hit", "struck"]);

/** `“…” Name verb [particle/adverb].` right after a closing mark at token `close`: the index of the
 *  verb, or -1. The name is a person's whole chunk; the sentence ends after at most one more word. */
function closingAttribution(inp: SentenceInput, close: number): number {
  const { tokens, s, personAt, persons } = inp;
  // "an angry Hollande retaliated": an article and a word or two before the name
  let at = close + 1;
  const det = tokens[at];
  if (det && det.k === WORD && !det.cap && (det.key === "a" || det.key === "an" || det.key === "the")) {
    let m = at + 1;
    while (m < s.b && m - at <= 2 && tokens[m]!.k === WORD && !tokens[m]!.cap && !tokens[m]!.num) m++;
    if (m > at + 1) at = m;
  }
  const pi = personAt[at] ?? -1;
  if (pi < 0) return -1;
  const p = persons[pi]!;
  if (p.ca !== at || p.poss) return -1;
  const v = tokens[p.b];
  if (!v || p.b >= s.b || v.k !== WORD || v.cap || v.num || !(v.key.endsWith("ed") || PAST_ATTRIBUTION_VERBS.has(v.key)))
    return -1;
  // `“…,” Kelly charged in her now-famous question`: after a comma closing the quotation the
  // sentence may go on
  if (tokens[close - 1]?.t === ",") return p.b;
  let e = p.b + 1;
  const x = tokens[e];
  if (x && e < s.b && x.k === WORD && !x.cap && !x.num) e++;
  const end = tokens[e];
  if (e < s.b && !(end && end.k === PUNCT && (end.t === "." || end.t === "!" || end.t === "?"))) return -1;
  return p.b;
}

function countWords(text: string, a: number, b: number): number {
  let n = 0;
  let inW = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const sp = c === 32 || c === 10 || c === 9;
    if (!sp && !inW) n++;
    inW = !sp;
  }
  return n;
}

const TITLE_SMALL = new Set(["of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "with", "by", "or", "vs", "de"]);

/** "Meet the Press", "Fareed Zakaria GPS,": titles of shows, books and slogans in title case. */
function isTitleCase(text: string, a: number, b: number): boolean {
  while (b > a && ".,!?:;".includes(text[b - 1]!)) b--;
  let words = 0;
  let caps = 0;
  let i = a;
  while (i < b) {
    while (i < b && text.charCodeAt(i) === 32) i++;
    if (i >= b) break;
    const st = i;
    while (i < b && text.charCodeAt(i) !== 32) i++;
    const w = text.slice(st, i);
    words++;
    if (w[0] !== w[0]!.toLowerCase()) caps++;
    else if (!TITLE_SMALL.has(w) || words === 1) return false;
  }
  return words >= 1 && caps >= 1 && words <= 8;
}

function hasCueNear(inp: SentenceInput, q: QuoteSpan, cues: number[]): boolean {
  for (const i of cues) {
    if (q.close >= 0 && i > q.close && i - q.close <= 8) return true;
    if (q.open >= 0 && i < q.open && q.open - i <= 12) return true;
  }
  return false;
}

/** Post-posed cue: `content, X said [adjunct].` Returns the token index of the comma ending the
 *  content, or -1. */
function isPostposed(inp: SentenceInput, i: number, subj: Subject): number {
  const { tokens, s } = inp;
  if (subj.inverted) {
    // `content, said X[, an analyst at Y].` — the comma right before the verb ends the content
    return tokens[i - 1]!.t === "," ? i - 1 : -1;
  }
  // after the cue only adjuncts until the sentence end
  let k = i + 1;
  let n = 0;
  while (k < s.b && n < 12) {
    const u = tokens[k]!;
    if (u.k === PUNCT && (u.t === "." || u.t === "!" || u.t === "?")) break;
    if (u.k === QUOTE) return -1;
    if (u.k === WORD && u.key === "that") return -1;
    // a comma closes the cue's adjuncts: what follows is the writer's trailing clause
    // ("…, X said on Wednesday, a day after the talks ended"), unless a quotation or a that-clause
    if (u.k === PUNCT && u.t === ",") {
      const v = tokens[k + 1];
      if (v && (v.k === QUOTE || (v.k === WORD && v.key === "that"))) return -1;
      break;
    }
    // only adjuncts may follow a post-posed cue ("said on Saturday (Feb 15)", "told reporters")
    if (u.k === WORD && !u.cap && !u.num && !ADJUNCT_WORDS.has(u.key) && !TELL_OBJECTS.has(u.key) && !isDay(u.key)) return -1;
    k++;
    n++;
  }
  if (n >= 12 && k < s.b) return -1;
  if (subj.inverted) {
    // `content, said X` — the comma right before the verb
    const p = tokens[i - 1]!;
    if (p.t === ",") return i - 1;
    return -1;
  }
  let a = subj.a;
  // "…, UN spokesman Stephane Dujarric said": step back over a role prefix to the comma
  for (
    let n2 = 0;
    n2 < 4 &&
    a - 1 > s.a &&
    tokens[a - 1]!.k === WORD &&
    (tokens[a - 1]!.cap || ROLE_NOUNS.has(tokens[a - 1]!.key) || ROLE_MODIFIERS.has(tokens[a - 1]!.key));
    n2++
  )
    a--;
  const p = tokens[a - 1];
  if (a > s.a && p && p.t === ",") {
    // the content before must not be a quotation
    if (tokens[a - 2]?.k === QUOTE || inp.inside[a - 2]) return -1;
    return a - 1;
  }
  return -1;
}

function isDash(t: Token | undefined): boolean {
  return !!t && (t.t === "-" || t.t === "—" || t.t === "–" || t.t === ":");
}

/** First content token of a sentence: skips datelines ("MUNICH -", "KUALA LUMPUR:") and a
 *  leading quotation mark. */
function contentSentenceStart(inp: SentenceInput): number {
  const { tokens, s } = inp;
  let a = s.a;
  let k = a;
  while (k < s.b && k - a < 5 && tokens[k]!.k === WORD && tokens[k]!.allCaps) k++;
  if (k > a && isDash(tokens[k])) return k + 1;
  // agency datelines: "DOHA, Nov 25 (Reuters) -", "PARIS, March 3 (AFP) —": a dash within a few
  // tokens of the capitalised place, after a date and a parenthesised credit
  if (k > a && tokens[k]?.t === ",") {
    for (let j = k + 1; j < s.b && j - k <= 10; j++) {
      const t = tokens[j]!;
      if (isDash(t)) return j + 1;
      if (t.k === WORD && !t.cap && !t.num) break;
    }
  }
  return a;
}

function firstSubjectPerson(inp: SentenceInput): number {
  const { tokens, s, personAt, persons } = inp;
  // skip an introductory phrase ending with a comma within the first 8 tokens
  let a = s.a;
  for (let k = s.a; k < Math.min(s.b, s.a + 8); k++)
    if (tokens[k]!.t === ",") {
      a = k + 1;
      break;
    }
  for (let k = a; k < Math.min(s.b, a + 6); k++) {
    const pi = personAt[k]!;
    if (pi >= 0) {
      const p = persons[pi]!;
      if (p.poss) return -1;
      const nx = tokens[p.b];
      if (nx && nx.k === WORD && !nx.cap) return p.ent;
      return -1;
    }
    const t = tokens[k]!;
    if (t.k === WORD && THE_HIS_HER.includes(t.key)) {
      // "The finance minister was responding …"
      const b = npForward(tokens, s, k, personAt, persons);
      const ref = b > k ? resolveNP(inp, k, b) : null;
      return ref && "ent" in ref ? ref.ent : -1;
    }
    if (t.k !== WORD || (!t.cap && !TITLES.has(t.key) && !ROLE_MODIFIERS.has(t.key) && !PLACE_TO_COUNTRY.has(t.key))) return -1;
  }
  return -1;
}

/** A sentence opening with a subordinate clause ("While officials have signaled that …, the
 *  timeline remains unclear"): the token index of the comma that closes it, or -1. */
function subordinateEnd(inp: SentenceInput): number {
  const { tokens, s, inside } = inp;
  const f = tokens[s.a];
  if (!f || f.k !== WORD || !SUBORD_OPENERS.includes(f.key)) return -1;
  for (let i = s.a + 1; i < s.b && i - s.a < 60; i++) if (!inside[i] && tokens[i]!.t === ",") return i;
  return -1;
}

/** A quotation opens within the next few tokens ("called him a “loser”"). */
function quoteSoon(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 8; k++) if (tokens[k]!.k === QUOTE) return true;
  return false;
}

/** Quoted text that opens with an all-capitals speaker label and a colon ("PENCE: Well, …") or is an
 *  all-capitals stage note in brackets. */
function isTranscriptTurn(text: string, a: number, b: number): boolean {
  let i = a;
  if (text[i] === "(" || text[i] === "[") {
    let j = i + 1;
    let letters = 0;
    while (j < b && j - i < 30 && text[j] !== ")" && text[j] !== "]") {
      const c = text.charCodeAt(j);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      j++;
    }
    return letters >= 3 && j < b;
  }
  let caps = 0;
  while (i < b && i - a < 30) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) caps++;
    else if (c === 58)
      return caps >= 2; // ":"
    else if (c !== 32 && c !== 46 && c !== 45 && c !== 39) return false;
    i++;
  }
  return false;
}
