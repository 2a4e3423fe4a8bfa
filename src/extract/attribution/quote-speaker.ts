/**
 * Who said a direct quotation: an ordered chain of small named steps (the first that answers
 * wins), from the strongest evidence to the weakest —
 *   a cue right before it inside a reported claim › inside a reported claim › a dash signature › a cue after the closing mark › a cue before the
 *   opening mark › "Name:" › the clause before a colon or comma › `“…” Name pressed.` › the
 *   nearest cue of the sentence › a possessive nominal cue › the continued quotation's speaker ›
 *   the sentence's subject › the block's previous quotation › adjacency (weak).
 * Each step reads a bounded window around the quotation, so the chain is linear in the sentence.
 */
import { POSS, PUNCT, QUOTE, WORD } from "../tokens.ts";
import type { QuoteSpan } from "../quotes.ts";
import { cueText, spanText } from "./content.ts";
import { closingAttribution, countWords } from "./quote-filters.ts";
import { sentenceSubjectPerson } from "./salience.ts";
import { colonClauseSubject, relativeCloseAt } from "./subject-links.ts";
import { describedPersonAfter } from "./subject-phrase.ts";
import type { ClaimOut, SentenceInput, SpeakerRef, Subject } from "./types.ts";
import { MODALS, NOMINAL_CUES } from "./words.ts";

/** What a step found: the speaker and the cue that names them. */
export interface QuoteAttribution {
  speaker: SpeakerRef;
  cue: string | null;
  cueStart: number;
  cueEnd: number;
  /** found only by adjacency */
  weak?: boolean;
  /** the attribution names the speaker with a verb no cue list holds ("“…,” Ruiz barked",
   *  "“…,” mused Ruiz"): the person becomes the salient subject, as a cue's subject does */
  named?: boolean;
}

export interface QuoteContext {
  inp: SentenceInput;
  q: QuoteSpan;
  cues: number[];
  subjectFor: (i: number) => Subject | null;
  /** the sentence's indirect claims */
  claims: ClaimOut[];
}

type Step = (c: QuoteContext) => QuoteAttribution | null;

function bySubject(c: QuoteContext, i: number, subj: Subject): QuoteAttribution {
  const [cue, cueStart, cueEnd] = cueText(c.inp, i, subj);
  return { speaker: subj.ref, cue, cueStart, cueEnd };
}

/** The indirect claim of this sentence that contains the quotation ("said the plan was “dead”"). */
export function claimHolding(c: QuoteContext): ClaimOut | undefined {
  return c.claims.find((x) => x.start <= c.q.start && c.q.end <= x.end + 2);
}

const insideClaim: Step = (c) => {
  const x = claimHolding(c);
  return x ? { speaker: x.speaker, cue: x.cue, cueStart: x.cueStart, cueEnd: x.cueEnd } : null;
};

/** `Police said he called her a liar and said, “…”`: a cue that introduces the quotation right
 *  before its opening mark, itself inside another source's claim, names the quotation's speaker
 *  (the claim's source relays it). */
const introducedInsideClaim: Step = (c) => {
  const { inp, q } = c;
  if (q.open < 0) return null;
  const x = claimHolding(c);
  if (!x) return null;
  const { tokens } = inp;
  let i = q.open - 1;
  if (tokens[i]?.t === "," || tokens[i]?.t === ":") i--;
  if (!c.cues.includes(i) || tokens[i]!.s < x.start) return null;
  // (not words someone only will or should say: "Ruiz said voters will say “no”" quotes Ruiz)
  const before = tokens[i - 1]?.key ?? "";
  if (MODALS.includes(before)) return null;
  const subj = c.subjectFor(i);
  if (!subj?.ref) return null;
  // (a pronoun whose person's gender it only guessed is no sure speaker: the claim's source keeps it)
  if ("ent" in subj.ref && subj.b - subj.a <= 1 && inp.registry.find(subj.ref.ent).genderTaught) return null;
  return bySubject(c, i, subj);
};

/** `“…” ― Ana Ruiz` */
const dashSignature: Step = ({ inp, q }) => {
  if (q.close < 0) return null;
  const { tokens, s } = inp;
  let k = q.close + 1;
  if (tokens[k]?.t === "," || tokens[k]?.t === ".") k++;
  const d = tokens[k];
  if (!(d && d.k === PUNCT && "―—–-".includes(d.t) && k + 1 < s.b && (inp.personAt[k + 1] ?? -1) >= 0)) return null;
  const p = inp.persons[inp.personAt[k + 1]!]!;
  return { speaker: { ent: p.ent }, cue: d.t, cueStart: d.s, cueEnd: d.e };
};

/** `…," he said` / `…," said Dr Tedros` / `…," Kaba, a spokesman, told Reuters` */
const cueAfterClose: Step = (c) => {
  const { inp, q } = c;
  if (q.close < 0) return null;
  for (const i of c.cues) {
    if (i <= q.close || i - q.close > 16) continue;
    for (let k = q.close + 1; k < i; k++) if (inp.tokens[k]!.k === QUOTE) return null;
    const subj = c.subjectFor(i);
    return subj?.ref ? bySubject(c, i, subj) : null;
  }
  return null;
};

/** `X said, “…”`, `X told reporters: "…"` */
const cueBeforeOpen: Step = (c) => {
  const { inp, q } = c;
  if (q.open < 0) return null;
  for (let ci = c.cues.length - 1; ci >= 0; ci--) {
    const i = c.cues[ci]!;
    if (i >= q.open || q.open - i > 18 || relativeBefore(inp, i, q.open)) continue;
    for (let k = i + 1; k < q.open; k++) {
      const t = inp.tokens[k]!;
      if (t.k === QUOTE || (t.t === "." && k < q.open - 1)) return null;
    }
    const subj = c.subjectFor(i);
    return subj?.ref ? bySubject(c, i, subj) : null;
  }
  return null;
};

/** `Name: “…”`, else `…, Rubio fired back forcefully: “…”` (the subject of the clause the colon ends) */
const colonLead: Step = ({ inp, q }) => {
  const { tokens } = inp;
  if (q.open < 2 || tokens[q.open - 1]!.t !== ":") return null;
  // ("Rep. Tom Hale (R-Ohio): “…”": a party tag or a place in brackets between the name and the colon)
  let k = q.open - 2;
  if (tokens[k]!.t === ")") {
    const close = k;
    while (k > inp.s.a && close - k < 8 && tokens[k]!.t !== "(") k--;
    if (tokens[k]!.t === "(" && k > inp.s.a) k--;
    else k = close;
  }
  const pi = inp.personAt[k]!;
  const p = pi >= 0 ? inp.persons[pi]! : colonClauseSubject(inp, q.open - 1);
  if (!p) return null;
  const [cue, cueStart, cueEnd] = spanText(inp, p.a, q.open - 1);
  return { speaker: { ent: p.ent }, cue, cueStart, cueEnd };
};

/** `…, Hillary shot back, “…”`: the same with a comma before the quotation */
const commaLead: Step = ({ inp, q }) => {
  if (q.open < 2 || inp.tokens[q.open - 1]!.t !== ",") return null;
  const p = colonClauseSubject(inp, q.open - 1);
  if (!p) return null;
  const [cue, cueStart, cueEnd] = spanText(inp, p.a, q.open - 1);
  return { speaker: { ent: p.ent }, cue, cueStart, cueEnd };
};

/** `“…?” Hannity pressed.`: a person and a past-tense verb right after the closing mark */
const nameVerbAfterClose: Step = ({ inp, q }) => {
  if (q.close < 0) return null;
  const v = closingAttribution(inp, q.close);
  if (v < 0) return null;
  const { tokens, text } = inp;
  // the verb follows the name chunk: the person is the chunk ending right before it
  const p = inp.persons[inp.personAt[v - 1]!]!;
  return {
    speaker: { ent: p.ent },
    cue: text.slice(tokens[p.ca]!.s, tokens[v]!.e),
    cueStart: tokens[p.ca]!.s,
    cueEnd: tokens[v]!.e,
    named: true,
  };
};

/** `“…,” mused radio co-host Ana Ruiz.`, `“…,” reacted Ruiz.`: a past-tense verb no cue list
 *  holds right after the closing mark of a quotation ending in a comma, then a person behind a
 *  short description */
const verbNameAfterClose: Step = ({ inp, q }) => {
  if (q.close < 1) return null;
  const { tokens, text } = inp;
  const v = tokens[q.close + 1];
  if (!v || v.k !== WORD || v.cap || v.key.length < 5 || !v.key.endsWith("ed") || !",?!".includes(tokens[q.close - 1]!.t)) return null;
  const p = describedPersonAfter(inp, q.close + 2, true);
  if (!p) return null;
  const end = tokens[p.b - 1]!.e;
  return { speaker: { ent: p.ent }, cue: text.slice(v.s, end), cueStart: v.s, cueEnd: end, named: true };
};

/** A quoted fragment in a sentence that reports someone's words: "X dismissed the plan as a 'stunt'" */
const nearestCue: Step = (c) => {
  const { q } = c;
  if (q.close < 0) return null;
  const at = q.open >= 0 ? q.open : 0;
  let best = -1;
  for (const i of c.cues) {
    if (!c.subjectFor(i)?.ref || relativeBefore(c.inp, i, at)) continue;
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best >= 0 ? bySubject(c, best, c.subjectFor(best)!) : null;
};

/** The cue at i sits in a relative clause between commas (", which some have argued …, was") that
 *  closes before token `at` — not with the comma that leads into the quotation ("Lee, who declared,
 *  “…”"): its words are not the quotation's. */
function relativeBefore(inp: SentenceInput, i: number, at: number): boolean {
  if (at <= i) return false;
  const c = relativeCloseAt(inp, i);
  return c >= 0 && c < at - 1;
}

/** "Trump’s claim that there have been “thousands of shootings”" */
const possessiveNominalCue: Step = ({ inp, q }) => {
  if (q.open < 0) return null;
  const { tokens, text, s } = inp;
  for (let k = q.open - 1; k >= s.a && q.open - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.k === QUOTE || (t.k === PUNCT && t.t === ".")) return null;
    if (t.k === WORD && NOMINAL_CUES.has(t.key) && tokens[k - 1]?.k === POSS) {
      const pi = inp.personAt[k - 2] ?? -1;
      if (pi < 0) return null;
      return {
        speaker: { ent: inp.persons[pi]!.ent },
        cue: text.slice(tokens[k - 1]!.s, t.e),
        cueStart: tokens[k - 1]!.s,
        cueEnd: t.e,
      };
    }
  }
  return null;
};

/** A paragraph that continues an open quotation keeps its speaker. */
const continuation: Step = ({ inp, q }) => {
  const st = inp.state;
  if (!q.continued || !st.lastQuoteSpeaker || inp.block - st.lastQuoteBlock > 1) return null;
  return { speaker: st.lastQuoteSpeaker, cue: st.lastCue, cueStart: st.lastCueStart, cueEnd: st.lastCueEnd };
};

/** A fragment quoted inside a sentence whose subject is a named person ("Ruiz talked up her
 *  “green plan”") is that person's, rather than the block's previous speaker's. */
const sentenceSubject: Step = ({ inp, q }) => {
  if (q.open <= inp.s.a) return null;
  const p = sentenceSubjectPerson(inp, q.open);
  return p ? { speaker: { ent: p.ent }, cue: null, cueStart: -1, cueEnd: -1 } : null;
};

/** The block's previous quotation's speaker — not for a fragment of a few words the writer
 *  quotes inside a sentence that reports nobody ("a “business” or “creator” one", "people
 *  declaring, “I'm on it.”"): that one is left without a speaker (weak), as a scare quote. */
const previousInBlock: Step = ({ inp, q, cues }) => {
  const prev = inp.blockQuotes[inp.blockQuotes.length - 1];
  if (!prev || !prev.speaker) return null;
  if (cues.length === 0 && q.open > inp.s.a && countWords(inp.text, q.start, q.end) <= 3 && inp.tokens.slice(inp.s.a, q.open).some((t) => t.k === WORD))
    return { speaker: null, cue: null, cueStart: -1, cueEnd: -1, weak: true };
  return { speaker: prev.speaker, cue: prev.cue, cueStart: prev.cueStart, cueEnd: prev.cueEnd };
};

/** Adjacency: the previous paragraph's quotation speaker when no person has been the subject
 *  since ("“…,” the ministry said. ¶ “…”"), else the person the text is about right now, else the
 *  last speaker (weak; may be none). */
const adjacency: Step = ({ inp }) => {
  const st = inp.state;
  let speaker: SpeakerRef = null;
  const quoteNewer = st.lastQuoteBlock > st.lastSubjectBlock && inp.block - st.lastQuoteBlock <= 1;
  if (st.lastQuoteSpeaker && quoteNewer) speaker = st.lastQuoteSpeaker;
  else if (st.lastSubject >= 0 && inp.block - st.lastSubjectBlock <= 3) speaker = { ent: st.lastSubject };
  else if (st.lastSpeaker && inp.block - st.lastSpeakerBlock <= 3) speaker = st.lastSpeaker;
  return { speaker, cue: st.lastCue, cueStart: st.lastCueStart, cueEnd: st.lastCueEnd, weak: true };
};

/** The chain, strongest first. */
export const QUOTE_SPEAKER_STEPS: readonly Step[] = [
  introducedInsideClaim,
  insideClaim,
  dashSignature,
  cueAfterClose,
  cueBeforeOpen,
  colonLead,
  commaLead,
  nameVerbAfterClose,
  verbNameAfterClose,
  nearestCue,
  possessiveNominalCue,
  continuation,
  sentenceSubject,
  previousInBlock,
  adjacency,
];

/** The first step's answer that names a speaker (adjacency answers last, possibly with none). */
export function quoteSpeaker(c: QuoteContext): QuoteAttribution {
  for (const step of QUOTE_SPEAKER_STEPS) {
    const a = step(c);
    if (a && (a.speaker || a.weak)) return a;
  }
  return { speaker: null, cue: null, cueStart: -1, cueEnd: -1, weak: true };
}
