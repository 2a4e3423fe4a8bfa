/**
 * Where a cue's reported content starts (after "that", over adjuncts and objects: `said on Tuesday
 * that`, `told reporters the…`, `described X as Y`, `called for X`) and the cue's text; a noun
 * phrase's own end (its time and medium) is in content-np.ts, where a clause ends at the writer's
 * additions in content-end.ts. Every scan is bounded by the sentence.
 */
import {
  ADJUNCT_WORDS,
  OBJECT_VERBS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from "../lexicon/index.ts";
import { cueWord } from "../data/attribution-cues.ts";
import { POSS, PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { type SentenceInput, type Subject } from "./types.ts";
import { FINITE, PREPOSITIONS, verbSoon } from "./content-np.ts";
import {
  BELIEF_NOUNS,
  CUE_OBJECT_WORDS,
  DETS,
  PRON_OTHER,
  PRON_SG,
  SUBORD,
  SUBORD_OPENERS,
  TELL_OBJECTS,
  TIME_LEADS,
  isDay,
  isLyAdverb,
  labelAfterCall,
} from "./words.ts";

export { charEnd, FINITE, isMediaName, nounPhraseEnd, quoteCovering } from "./content-np.ts";

/** Cues that label their object: the content is the label ("described X as Y"). */
const LABEL_LEMMAS = new Set("describe label characterize characterise portray depict brand cast deem".split(" "));

/** Where the content of a cue starts (token index), or -1 when the cue introduces a direct quote
 *  (or nothing). */
/** Quantifiers that open a clause's subject ("told lawmakers no evidence supports …"). */
const QUANTIFIERS = new Set("no some all many most every each both few several any more fewer".split(" "));

/** Prepositions opening a phrase of time or occasion right after a cue. */
const OCCASION_PREPS = new Set("during after before at following while when in on".split(" "));

/**
 * After "told" + an object opened by a determiner (tokens from k: "the committee", "his wife", "a
 * local radio station") or a bare noun ("police"; min 1), where a clause starts: the first place,
 * at least `min` words on, after one to four words with no
 * preposition in them, where a subject (a determiner, a quantifier, a pronoun or a capitalised
 * word) is followed within five words by a finite verb, before any comma. -1 when there is none
 * ("told the story of a man", "told the committee about the plan").
 */
/** Pronouns that can only be a clause's subject. */
const SUBJECT_PRONOUNS = new Set("he she they we i it".split(" "));
/** A personal subject pronoun, also contracted ("he", "she'd", "they're"; not "it"). */
function personalSubject(key: string): boolean {
  const q = key.search(/['’]/u);
  const w = q > 0 ? key.slice(0, q) : key;
  return w !== "it" && SUBJECT_PRONOUNS.has(w);
}

function clauseAfterObject(inp: SentenceInput, k: number, min: number): number {
  const { tokens, s } = inp;
  for (let m = k + min; m < s.b && m - k <= 5; m++) {
    const prev = tokens[m - 1]!;
    if (prev.k !== WORD || PREPOSITIONS.has(prev.key) || SUBORD.has(prev.key) || SPEECH_VERBS.has(prev.key)) return -1;
    const c0 = tokens[m]!;
    // (a name's second word opens no clause: "told the Daily Star last week she …")
    if (c0.k !== WORD || (c0.cap && prev.cap)) continue;
    if (!(DETS.has(c0.key) || QUANTIFIERS.has(c0.key) || PRON_SG.has(c0.key) || PRON_OTHER.has(c0.key) || c0.cap)) continue;
    // a subject pronoun after the object opens the clause, whatever the verb's form ("he wants")
    if (personalSubject(c0.key)) return m;
    // (a name ending the object, then a subject pronoun: "told host Ana Ruiz she would …")
    let r = m;
    while (c0.cap && r < s.b && r - m < 4 && tokens[r]!.k === WORD && tokens[r]!.cap) r++;
    if (r > m + 1 && personalSubject(tokens[r]?.key ?? "") && !tokens[r]!.cap) return r;
    for (let v = m + 1; v < s.b && v - m <= 5; v++) {
      const u = tokens[v]!;
      if (u.k === PUNCT || u.k === QUOTE) break;
      if (u.k === WORD && !u.cap && (FINITE.has(u.key) || u.key.endsWith("n't") || (u.key.endsWith("ed") && v > m))) return m;
    }
  }
  return -1;
}

/** A cue whose attributions report a noun phrase less often than this (per cent, PolNeAR's
 *  training split) takes a phrase after it as the occasion, not as its object, and a clause before
 *  a participle cue's quotation as its own content. */
const PHRASE_NP_PERCENT = 20;
/** Question words: a phrase holding one is an object ("commented on how the talks …"). */
const WH_WORDS = new Set("how what why whether where who which".split(" "));

/** Prepositions of a phrase of occasion, medium or place that a clause may follow without "that". */
const PHRASE_LEADS = new Set("in on at during after before following".split(" "));

/**
 * "said in a statement the port would reopen", "told reporters at a rally he would run": a phrase
 * opened by a preposition at k (up to eight words, no verb, no comma), then "that" or a clause — a subject (a
 * determiner, a quantifier, a pronoun or a name, right after the phrase's noun) and a finite verb
 * within five words. Returns the clause's first token, or -1.
 */
function clauseAfterPhrase(inp: SentenceInput, k: number): number {
  const { tokens, s } = inp;
  const p = tokens[k];
  if (!p || p.k !== WORD || p.cap || !PHRASE_LEADS.has(p.key)) return -1;
  for (let m = k + 2; m < s.b && m - k <= 8; m++) {
    const prev = tokens[m - 1]!;
    // ("told a crowd at a hotel in Lima that …": the that-clause after the phrase)
    if (tokens[m]!.key === "that" && !tokens[m]!.cap && prev.k === WORD && !DETS.has(prev.key) && !PREPOSITIONS.has(prev.key)) return m + 1;
    if (prev.k === POSS) continue;
    if (prev.k !== WORD) return -1;
    if (!prev.cap && (FINITE.has(prev.key) || prev.key.endsWith("n't") || SPEECH_VERBS.has(prev.key) || SUBORD.has(prev.key) || WH_WORDS.has(prev.key) || (prev.key.endsWith("ed") && prev.key.length > 4))) return -1;
    const c0 = tokens[m]!;
    // (the subject follows the phrase's noun: not its article or preposition, nor a name's second word)
    if (c0.k !== WORD || DETS.has(prev.key) || PREPOSITIONS.has(prev.key) || (c0.cap && prev.cap)) continue;
    if (!(DETS.has(c0.key) || QUANTIFIERS.has(c0.key) || PRON_SG.has(c0.key) || PRON_OTHER.has(c0.key) || c0.cap)) continue;
    if (personalSubject(c0.key)) return m;
    for (let v = m + 1; v < s.b && v - m <= 5; v++) {
      const u = tokens[v]!;
      if ((u.k !== WORD && u.k !== POSS) || SUBORD.has(u.key)) break;
      if (u.k === WORD && !u.cap && (FINITE.has(u.key) || u.key.endsWith("n't"))) return m;
    }
  }
  return -1;
}

/** Cues whose object is told a clause ("told reporters the plan …"). */
const TELL_LEMMAS = new Set(["tell", "inform", "brief"]);

/** The word after "to" opens an addressee ("to reporters", "to the council", "to Reuters"). */
function isAddressee(t: Token | undefined): boolean {
  return !!t && t.k === WORD && (t.cap || DETS.has(t.key) || (TELL_OBJECTS.has(t.key) && !CUE_OBJECT_PREPS.has(t.key)));
}
const CUE_OBJECT_PREPS = new Set("with of for to by via".split(" "));

/**
 * "told The Harbor Courier newspaper of Portsmouth on Saturday that …", "noted in a guest column in
 * Saturday's Harbor Times that …": a longer stretch of names and phrases of place, medium or time
 * (opened by a name or a preposition, with no verb), then "that" right after a name, a day or a
 * medium word. Returns the token after "that", or -1.
 */
function thatAfterNames(tokens: Token[], k: number, end: number): number {
  const f = tokens[k];
  if (!f || f.k !== WORD || !(f.cap || OCCASION_PREPS.has(f.key))) return -1;
  for (let m = k + 1; m < end && m - k <= 18; m++) {
    const u = tokens[m]!;
    // (a name holding "and": "The Post and Courier")
    if (u.k === POSS || (u.key === "and" && tokens[m - 1]!.cap && tokens[m + 1]?.cap)) continue;
    if (u.k !== WORD) return -1;
    if (u.key === "that" && !u.cap) {
      const p = tokens[m - 1]!;
      return p.k === WORD && (p.cap || isDay(p.key) || TIME_HEADS.has(p.key) || TELL_OBJECTS.has(p.key)) ? m + 1 : -1;
    }
    if (!u.cap && (FINITE.has(u.key) || u.key.endsWith("n't") || SPEECH_VERBS.has(u.key) || (u.key.endsWith("ed") && u.key.length > 4) || SUBORD.has(u.key))) return -1;
    // (after a name, only the words of an addressee, a place or a time: not "says Ruiz ran a
    // campaign in Ohio that …", where the name opens the reported clause)
    if (f.cap && !u.cap && !OCCASION_PREPS.has(u.key) && !DETS.has(u.key) && !TELL_OBJECTS.has(u.key) && !ADJUNCT_WORDS.has(u.key) && !isDay(u.key)) return -1;
  }
  return -1;
}

/** Spans of time after "for" ("said for weeks"). */
const SPANS_OF_TIME = new Set("days weeks months years decades hours".split(" "));

/** Nouns that make "this" a time adjunct ("said this week"). */
const TIME_HEADS = new Set("week weekend month year day night morning afternoon evening time spring summer autumn fall winter".split(" "));

/** Words set off by commas between a cue's object and its that-clause ("told her, however, that …"). */
const ASIDE_WORDS = new Set("however though too also meanwhile moreover instead again nonetheless nevertheless".split(" "));

export function contentStart(inp: SentenceInput, i: number, subj: Subject | null): number {
  const { tokens, s } = inp;
  const t = tokens[i]!;
  const lemma = SPEECH_VERBS.get(t.key) ?? "";
  let k = subj && subj.inverted ? subj.b : i + 1;
  if (t.key === "according" || t.key === "as") return -1;
  // "As Ruiz puts it, the port is …": the clause after the comma (read as after "As Ruiz observed,")
  if ((t.key === "put" || t.key === "puts") && tokens[i + 1]?.key === "it") return tokens[i + 2]?.t === "," ? i + 2 : -1;
  // an introduction to a direct quotation: `said, “…”`, `told reporters: "…"`, `said after a meeting …: "…"`
  for (let j = k; j < s.b && j - k < 24; j++) {
    const u = tokens[j]!;
    if (u.k === QUOTE) {
      // `told “Meet the Press” that …`: a quoted title as the object, then the content
      let c = j + 1;
      while (c < s.b && c - j < 14 && tokens[c]!.k !== QUOTE) c++;
      let d = c + 1;
      if (tokens[d]?.t === ",") d++;
      // (over a time adjunct: `said on NBC's “Meet the Press” on Sunday that …`)
      for (let n = 0; n < 3 && tokens[d]?.k === WORD && tokens[d]!.key !== "that" && (ADJUNCT_WORDS.has(tokens[d]!.key) || isDay(tokens[d]!.key)); n++) d++;
      if (c < s.b && tokens[d]?.key === "that") return d + 1;
      if (j === k || tokens[j - 1]!.t === "," || tokens[j - 1]!.t === ":") return -1;
      break;
    }
    if (u.k === PUNCT && (u.t === "." || u.t === ";")) break;
    if (u.k === WORD && u.key === "that") break;
    // ("said the members will meet, but said, “…”": the quotation is a second cue's)
    if (u.k === WORD && (u.key === "but" || u.key === "and") && SPEECH_VERBS.has(tokens[j + 1]?.key ?? "") && !tokens[j + 1]!.cap) break;
    // (nor is the quotation of a participle cue after a comma: "said there was no call, adding: “…”")
    const n = tokens[j + 1];
    // (after a cue that rarely reports a noun phrase: "posted a comment of her own, saying, “…”" keeps the quotation's)
    if (u.t === "," && j > k && n && n.k === WORD && !n.cap && n.key.endsWith("ing") && SPEECH_VERBS.has(n.key) && (cueWord(t.key)?.content.np ?? 100) < PHRASE_NP_PERCENT) break;
  }
  // "pointed out that", "laid out that": the verb's particle before "that"; "Ruiz's view is that"
  if ((tokens[k]?.key === "out" || tokens[k]?.key === "is" || tokens[k]?.key === "was") && tokens[k + 1]?.key === "that") return k + 2;
  // "reiterated his belief that", "expressed hope that"
  if (
    tokens[k]?.k === WORD &&
    DETS.has(tokens[k]!.key) &&
    tokens[k + 1]?.k === WORD &&
    tokens[k + 2]?.key === "that" &&
    BELIEF_NOUNS.includes(tokens[k + 1]!.key)
  )
    return k + 3;
  // "expressed hope that", "voiced concern that"
  if (tokens[k]?.k === WORD && BELIEF_NOUNS.includes(tokens[k]!.key) && tokens[k + 1]?.key === "that") return k + 2;
  // "called him the most reckless man": the label after a person named; "called the plan
  // reckless", "called the budget a betrayal": a thing named, with its label
  if (lemma === "call" && !(subj && subj.inverted)) {
    const l = labelAfterCall(tokens, i, s.b);
    if (l >= 0) return tokens[i + 1]!.cap || !DETS.has(tokens[i + 1]!.key) ? l : i + 1;
  }
  if (lemma === "call" || (lemma === "ask" && tokens[k]?.key === "for")) {
    return k + 1; // "called for X", "asked for X"
  }
  if (
    (lemma === "warn" || lemma === "complain") &&
    (tokens[k]?.key === "of" || tokens[k]?.key === "about" || tokens[k]?.key === "against")
  ) {
    return k + 1; // "warned of job cuts"
  }
  const o = afterOccasion(inp, t.key, k);
  if (o >= 0) return o;
  // look ahead for "that" over adjuncts/objects
  let j = k;
  let sawObject = false;
  while (j < s.b && j - k < 12) {
    const u = tokens[j]!;
    if (u.k === WORD && u.key === "that" && !u.cap) return j + 1;
    // ("told the Ledger, however, that …": an aside word between commas, then the that-clause)
    const aside = tokens[j + 1];
    if (u.t === "," && tokens[j + 2]?.t === "," && tokens[j + 3]?.key === "that" && aside?.k === WORD && !aside.cap && (ASIDE_WORDS.has(aside.key) || isLyAdverb(tokens, j + 1, j + 1))) return j + 4;
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
    // ("vowed to ensure that …" keeps its "to"; "boasted to reporters that …", "wrote to the
    // council that …": an addressee, then the that-clause)
    if (u.k === WORD && u.key === "to" && !u.cap) {
      for (let m = j + 1; isAddressee(tokens[j + 1]) && m < s.b && m - j < 10; m++) {
        const w = tokens[m]!;
        if (w.k !== WORD || SPEECH_VERBS.has(w.key) || FINITE.has(w.key)) break;
        if (w.key === "that" && !w.cap) return m + 1;
      }
      break;
    }
    if (u.k === WORD && u.key === "not" && tokens[j + 1]?.key === "to") break;
    sawObject = true;
    j++;
  }
  void sawObject;
  const far = thatAfterNames(tokens, k, s.b);
  if (far >= 0) return far;
  // "described the plan as a mistake", "labelled him a traitor": the label after "as"
  if (LABEL_LEMMAS.has(lemma)) {
    for (let m = k; m < s.b && m - k < 12; m++) {
      const u = tokens[m]!;
      if (u.k === PUNCT && (u.t === "," || u.t === "." || u.t === ";")) break;
      if (u.k === WORD && u.key === "as" && !u.cap) return m + 1;
    }
  }
  if (OBJECT_VERBS.has(lemma)) {
    // told X (that) / asked X to / instructed X not to / urged X to
    let m = k;
    while (m < s.b && m - k < 8) {
      const u = tokens[m]!;
      if (u.k !== WORD) break;
      // "told the board he wants the firm to …": a subject pronoun after the object opens the
      // clause before any "to"
      if (m > k && personalSubject(u.key) && (lemma === "tell" || lemma === "inform" || lemma === "brief")) break;
      // "accused him of publishing documents related to …": the object and its "of" phrase
      if (lemma === "accuse" && u.key === "of") return k;
      if (u.key === "to" || (u.key === "not" && tokens[m + 1]?.key === "to")) {
        if (lemma === "urge") return k; // urged the community to …: the object is part of the request
        return m;
      }
      if (u.key === "that") return m + 1;
      // "told reporters the decision to close …": a second noun phrase after the object opens a
      // clause; its "to" is no request to the object (not "told members of the council to …")
      if (TELL_LEMMAS.has(lemma) && m > k && DETS.has(u.key) && !DETS.has(tokens[m - 1]!.key) && !PREPOSITIONS.has(tokens[m - 1]!.key)) break;
      m++;
    }
    if (lemma === "tell" || lemma === "inform" || lemma === "brief") {
      // "told reporters the protests had been peaceful": a short object, then a clause
      const o = tokens[k];
      let m2 = k;
      if (o && o.k === WORD && (TELL_OBJECTS.has(o.key) || o.cap)) {
        m2++;
        // (a capitalised word owning the next noun opens the clause: "told reporters Brazil's exports …")
        while (m2 < s.b && m2 - k < 4 && tokens[m2]!.k === WORD && tokens[m2]!.cap && tokens[m2 + 1]?.k !== POSS) m2++;
        const c0 = tokens[m2];
        // ("told reporters on Monday she would …", "told CNN in an interview the plan …")
        const cp = clauseAfterPhrase(inp, m2);
        if (cp >= 0) return cp;
        if (c0 && c0.k === WORD && (DETS.has(c0.key) || QUANTIFIERS.has(c0.key) || PRON_SG.has(c0.key) || PRON_OTHER.has(c0.key) || c0.cap || personalSubject(c0.key)) && m2 + 2 < s.b)
          return m2;
        // "told WeWork executives he wants …": a lower-case head after the name, then a subject pronoun
        const c1 = tokens[m2 + 1];
        if (o.cap && c0 && c0.k === WORD && !c0.cap && c1 && c1.k === WORD && personalSubject(c1.key) && m2 + 3 < s.b)
          return m2 + 1;
      }
      // "told the committee her plan was working": an object opened by a determiner, then a clause
      // ("told police he supported …": a bare lower-case noun as the object)
      const c = o && o.k === WORD && !o.cap ? clauseAfterObject(inp, k, DETS.has(o.key) ? 2 : 1) : -1;
      if (c >= 0) return c;
      // ("told a crowd at a rally in Lima he would …": the object, then a phrase of place or time)
      for (let m3 = k + 1; o && DETS.has(o.key) && m3 < s.b && m3 - k <= 4 && tokens[m3]!.k === WORD; m3++) {
        if (!PHRASE_LEADS.has(tokens[m3]!.key)) continue;
        const cp = clauseAfterPhrase(inp, m3);
        if (cp >= 0) return cp;
        break;
      }
      // "told the Harbor Star of Lima last week she would …": a subject pronoun after the object
      // and its names and adjuncts opens the clause (not over a verb, "that" or a question word)
      for (let m = k + 1; m < s.b && m - k <= 10; m++) {
        const u = tokens[m]!;
        if (u.k === POSS) continue;
        if (u.k !== WORD || (!u.cap && (FINITE.has(u.key) || SUBORD.has(u.key) || WH_WORDS.has(u.key) || SPEECH_VERBS.has(u.key) || u.key.endsWith("ed")))) break;
        if (!u.cap && personalSubject(u.key) && !PREPOSITIONS.has(tokens[m - 1]!.key)) return m;
      }
      // "told reporters, “…”" or "told Reuters." — no indirect content here
      return -1;
    }
    return k;
  }
  // "what Ruiz said about the incident", "things he has said about Latinos": a topic, no claim
  // (not an amount, "said about 200 people were hurt", nor a clause after it)
  if (tokens[k]?.key === "about" && (lemma === "say" || lemma === "write") && !tokens[k + 1]?.num && tokens[k + 1]?.key !== "half" && !verbSoon(inp, k + 1)) return -1;
  // skip temporal adjuncts right after the verb ("said on Tuesday Moscow considered"; "has said
  // for weeks he is the only one")
  let m = k;
  if (tokens[m]?.key === "for" && SPANS_OF_TIME.has(tokens[m + 1]?.key ?? "") && m + 3 < s.b) return m + 2;
  if (tokens[m]?.k === WORD && (TIME_LEADS.includes(tokens[m]!.key) || isDay(tokens[m]!.key))) {
    let n = 0;
    // ("said this plan is doomed", "believes this is wrong": "this" opens the content when no
    // time word follows)
    const nx = tokens[m + 1]?.key ?? "";
    if (tokens[m]!.key === "this" && !TIME_HEADS.has(nx) && !isDay(nx)) return k;
    while (m < s.b && n < 4 && tokens[m]!.k === WORD && (ADJUNCT_WORDS.has(tokens[m]!.key) || isDay(tokens[m]!.key))) {
      const w = tokens[m]!.key;
      m++;
      n++;
      // (the time word ends the adjunct: "said this week the plan …", not "… week the")
      const after = tokens[m]?.key ?? "";
      if ((isDay(w) || TIME_HEADS.has(w) || w === "today" || w === "yesterday") && !isDay(after) && !TIME_HEADS.has(after)) break;
    }
    if (tokens[m]?.t === "(") {
      while (m < s.b && tokens[m]!.t !== ")" && m - k < 10) m++;
      m++;
    }
    // ("said earlier on Friday during a news conference that …": the occasion after the time)
    const o2 = m > k ? afterOccasion(inp, t.key, m) : -1;
    if (o2 >= 0) return o2;
  }
  return m;
}

/**
 * "said during a visit to the port that …", "claimed at the time that …": a prepositional phrase
 * of time or occasion at k, then the that-clause (or, after a cue that rarely reports a noun
 * phrase, a clause). Returns the clause's first token, or -1.
 */
function afterOccasion(inp: SentenceInput, cue: string, k: number): number {
  const { tokens, s } = inp;
  if (tokens[k]?.k !== WORD || !OCCASION_PREPS.has(tokens[k]!.key)) return -1;
  for (let j = k + 1; j < s.b && j - k < 12; j++) {
    const u = tokens[j]!;
    // (a participle modifying the phrase's noun is no cue: "in a written statement that …")
    if (u.k !== WORD || (SPEECH_VERBS.has(u.key) && !(u.key.endsWith("en") && DETS.has(tokens[j - 1]!.key)))) break;
    if (u.key === "that" && !u.cap) return j + 1;
  }
  // (after a cue that rarely reports a noun phrase: "hinted at the niche he sees" is the verb's object)
  return (cueWord(cue)?.content.np ?? 100) < PHRASE_NP_PERCENT ? clauseAfterPhrase(inp, k) : -1;
}

/** The text of tokens a..b (inclusive) with its start and end offsets. */
export function spanText(inp: SentenceInput, a: number, b: number): [string, number, number] {
  const { tokens, text } = inp;
  return [text.slice(tokens[a]!.s, tokens[b]!.e), tokens[a]!.s, tokens[b]!.e];
}

export function cueText(inp: SentenceInput, i: number, subj: Subject | null): [string, number, number] {
  const { tokens, text } = inp;
  let a = i;
  let b = i + 1;
  if (tokens[i]!.key === "according") b = i + 2;
  else if (tokens[i]!.key === "as") b = tokens[i + 1]!.key === "reported" ? i + 3 : i + 4;
  if (subj && !subj.according) {
    if (subj.inverted && subj.b - i <= 6) b = subj.b;
    else if (!subj.inverted && subj.b === i && subj.b - subj.a <= 3) a = subj.a;
  } else if (subj && subj.according && subj.b - i <= 6) b = subj.b;
  return [text.slice(tokens[a]!.s, tokens[b - 1]!.e), tokens[a]!.s, tokens[b - 1]!.e];
}


/** A sentence opening with a subordinate clause ("While officials have signaled that …, the
 *  timeline remains unclear"): the token index of the comma that closes it, or -1. */
export function subordinateEnd(inp: SentenceInput): number {
  const { tokens, s, inside } = inp;
  const f = tokens[s.a];
  if (!f || f.k !== WORD || !SUBORD_OPENERS.includes(f.key)) return -1;
  for (let i = s.a + 1; i < s.b && i - s.a < 60; i++) if (!inside[i] && tokens[i]!.t === ",") return i;
  return -1;
}
