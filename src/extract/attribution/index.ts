/**
 * Attribution, one sentence at a time: cue finding, speaker resolution, indirect-claim spans and
 * the speaker of every direct quotation.
 *
 * Cues are communication verbs outside quotation marks (plus "according to", "Name: 'quote'").
 * The subject of a cue is read from a bounded window (subject.ts): inverted (`," said Dr
 * Tedros`), after "according to", through an apposition (`Kaba, a spokesman for the commission,
 * told`), back over fillers (`also`, `earlier this month`), or the clause subject of a coordinated
 * verb (`… and said`). A subject is a named person, a pronoun (→ the salient subject), a role
 * description (`the WHO chief` → the person whose role matches) or a non-person source, reported
 * as a short label (`Egyptian official`, `Chemours`, `electoral commission`) (resolve.ts).
 * Indirect content (indirect.ts, content.ts) runs from after the cue to the end of the sentence,
 * cut at writer's additions, or, for post-posed cues (`X, the company said.`), from the sentence
 * start. Direct quotations take their speaker from an ordered chain of steps (quote-speaker.ts).
 * Every window is bounded, so the cost is linear in the sentence length.
 */
import type { QuoteSpan } from "../quotes.ts";
import { QUOTE } from "../tokens.ts";
import { cueText } from "./content.ts";
import { noteDocument, noteOrg, noteSourceKind } from "./resolve.ts";
import { findCues } from "./cues.ts";
import { BELIEF_VERBS } from "./words.ts";
import { indirectClaims } from "./indirect.ts";
import { countWords, hasCueNear, isOwnLabel, isTitleCase, isTranscriptTurn, spokenBeforeCue } from "./quote-filters.ts";
import { claimHolding, quoteSpeaker, type QuoteContext } from "./quote-speaker.ts";
import { notePair } from "./pairs.ts";
import { coordinateSubject, noteDescribed, noteGroup, pronounSubject, sentenceSubjectPerson } from "./salience.ts";
import { firstSubjectPerson } from "./first-subject.ts";
import { subjectOf } from "./subject.ts";
import type { ClaimOut, SentenceInput, Subject } from "./types.ts";

export { initialAttribState, type AttribState, type ClaimOut, type PersonSpan, type SpeakerRef } from "./types.ts";
export { resolveRole } from "./role-lookup.ts";
export { findCues } from "./cues.ts";

const NO_QUOTES: QuoteSpan[] = [];

/** A cue word inside the source phrase of "according to" names no source of its own
 *  ("according to the Auto Facts report from DataNation": "report" is part of the source). */
function withoutCuesInSources(inp: SentenceInput, cues: number[], subjectFor: (i: number) => Subject | null): number[] {
  const according = cues.filter((i) => inp.tokens[i]!.key === "according" || inp.tokens[i]!.key === "as");
  if (according.length === 0) return cues;
  const spans = according.map((i) => subjectFor(i)).filter((x): x is Subject => x !== null);
  return cues.filter((i) => !spans.some((x) => i >= x.a && i < x.b));
}

/**
 * A belief ("thinks", "fears") is a claim of a named source only ("Ruiz thought voters would …",
 * "NASA believes …", "she thinks …" of a person), not the writer's summary of a group ("officials
 * fear", "many analysts believe"); and not inside another cue's content ("said she did not think
 * …": the belief is what was said).
 */
function namedBeliefsOnly(inp: SentenceInput, cues: number[], subjectFor: (i: number) => Subject | null): number[] {
  const { tokens, s } = inp;
  return cues.filter((i, n) => {
    if (!BELIEF_VERBS.has(tokens[i]!.key) || tokens[i]!.t === "according") return true;
    if (n > 0) return false;
    // (a belief is no source of a quotation: "believes the vote is “rigged”" is left to the quotation's own cue)
    for (let k = s.a; k < s.b; k++) if (tokens[k]!.k === QUOTE) return false;
    const subj = subjectFor(i);
    if (!subj?.ref) return false;
    if ("ent" in subj.ref) return true;
    // (an organisation's name a kind stands for: "The organization believes" after "Brightwater said")
    if (/^\p{Lu}/u.test(subj.ref.label) && !inp.text.startsWith(subj.ref.label, tokens[subj.a]!.s)) return true;
    for (let k = subj.a; k < subj.b; k++) {
      const t = tokens[k]!;
      if (t.allCaps || (t.cap && k > s.a)) return true;
    }
    return false;
  });
}

/** A quotation in title case next to another, with only a comma, "and" or "or" between: a list
 *  of titles (songs, books, slogans: `including “Slow Train Home,” “Blue Harbor” and …`), even
 *  inside a claim. */
function inTitleList(text: string, q: QuoteSpan, qs: QuoteSpan[]): boolean {
  return qs.some((r) => {
    if (r === q || r.open < 0 || r.close < 0) return false;
    const gap = r.start > q.end ? text.slice(q.close + 1, r.open) : text.slice(r.close + 1, q.open);
    const w = gap.replace(/[\s,;]/gu, "");
    return gap.length <= 8 && (w === "" || w === "and" || w === "or") && isTitleCase(text, r.start, r.end);
  });
}

/** Claims (indirect) and direct quotations of one sentence, with speakers. Updates the state. */
export function attributeSentence(inp: SentenceInput): ClaimOut[] {
  const { s, state, text } = inp;
  // The subject of a cue is read once per sentence (reading it may update the state: a pronoun
  // teaches a gender, a descriptor an organisation alias), so later asks get the same answer.
  const subjects = new Map<number, Subject | null>();
  const subjectFor = (i: number): Subject | null => {
    let v = subjects.get(i);
    if (v === undefined) {
      v = subjectOf(inp, i);
      subjects.set(i, v);
    }
    return v;
  };
  const cues = namedBeliefsOnly(inp, withoutCuesInSources(inp, findCues(inp), subjectFor), subjectFor);
  const claims = indirectClaims(inp, cues, subjectFor);
  const out: ClaimOut[] = [...claims];
  const sentQuotes: QuoteSpan[] =
    inp.quotes.length === 0
      ? NO_QUOTES
      : inp.quotes.filter((q) => {
          const pos = q.open >= 0 ? q.open : q.close >= 0 ? q.close : -1;
          return pos >= 0 ? pos >= s.a && pos < s.b : s.a === 0;
        });
  for (const q of sentQuotes) {
    const qc: QuoteContext = { inp, q, cues, subjectFor, claims };
    const found = quoteSpeaker(qc);
    const { speaker } = found;
    const weak = found.weak === true;
    const inClaim = claimHolding(qc) !== undefined;
    // a transcript turn quoted whole ("WALLACE: Let's start…", "(CROSSTALK)") is a record, not a quotation
    if (isTranscriptTurn(text, q.start, q.end)) continue;
    // the name of something of one's own: its “fair trade” policy, their “Clean Air” plan
    if (isOwnLabel(inp, q)) continue;
    // scare quotes, titles and labels: short, no attribution of their own, outside any claim
    const words = countWords(text, q.start, q.end);
    if (!inClaim && (weak || !speaker) && words <= 4 && !/[.!?,]$/.test(text.slice(q.end - 1, q.end))) continue;
    if (!inClaim && words <= 3 && (weak || !speaker) && !hasCueNear(inp, q, cues)) continue;
    if (
      isTitleCase(text, q.start, q.end) &&
      (!inClaim || inTitleList(text, q, sentQuotes)) &&
      (words >= 2 || weak || !speaker || !/[.!?]$/.test(text.slice(q.end - 1, q.end))) &&
      !spokenBeforeCue(inp, q, found, weak)
    )
      continue;
    const c: ClaimOut = {
      start: q.start,
      end: q.end,
      kind: "direct",
      speaker,
      cue: found.cue,
      cueStart: found.cueStart,
      cueEnd: found.cueEnd,
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
      if (found.named && "ent" in speaker && !inp.aside) {
        state.lastSubject = speaker.ent;
        state.lastSubjectBlock = inp.block;
        state.labelNewer = false;
      }
      if (found.cue) {
        state.lastCue = found.cue;
        state.lastCueStart = found.cueStart;
        state.lastCueEnd = found.cueEnd;
      }
    }
  }
  // the salient subject
  let noted = false;
  for (const i of cues) {
    const subj = subjects.get(i);
    if (!subj?.ref || subj.relative) continue;
    // (a gerund with its own subject inside another source's claim of this sentence is an event
    // that source reports, and leaves it salient: "Hale said he hopes the vote ends in Dobbs
    // claiming the seat. “…,” he said" is Hale's)
    if (noted && inp.tokens[i]!.key.endsWith("ing") && subj.a < i && out.some((c) => c.kind === "indirect" && c.start <= inp.tokens[subj.a]!.s && inp.tokens[i]!.e <= c.end)) continue;
    noted = true;
    state.lastSpeaker = subj.ref;
    state.lastSpeakerBlock = inp.block;
    state.labelNewer = !("ent" in subj.ref);
    if ("label" in subj.ref) {
      noteSourceKind(state, subj.ref.label);
      noteOrg(inp, subj.ref.label);
    }
    if ("ent" in subj.ref) {
      state.lastSubject = subj.ref.ent;
      state.lastSubjectBlock = inp.block;
    }
    noteDocument(inp, i, subj.ref);
    const [cue, cs, cend] = cueText(inp, i, subj);
    state.lastCue = cue;
    state.lastCueStart = cs;
    state.lastCueEnd = cend;
  }
  if (!inp.aside) {
    notePair(inp);
    noteGroup(inp);
    noteDescribed(inp, out);
  }
  // (cues inside a relative only, "…, who says …", or reading no speaker leave the main clause's
  // subject salient)
  const relativeOnly = cues.every((i) => subjects.get(i)?.relative === true);
  if (!inp.aside && !noted) {
    noteOrg(inp, null);
    // a sentence whose subject is a named person makes that person salient ("Trump appeared confident")
    // (or a "he"/"she" subject, which carries the person it points to on: "On May 2, he emailed
    // Ruiz. “…,” he wrote" is not Ruiz)
    // (a cue that read no speaker, "On Tuesday, Ruiz criticized the police for …", leaves the
    // sentence's subject at the start of its main clause salient)
    // (the looser first-subject reading where no cue is read, the main clause's where a cue read
    // no speaker)
    const first = relativeOnly ? firstSubjectPerson(inp) : (sentenceSubjectPerson(inp, inp.s.b)?.ent ?? -1);
    let subject = first >= 0 ? first : pronounSubject(inp);
    // (or the person heading a second main clause: "The moderators moved on, but Ruiz wasn't having it")
    if (subject < 0) subject = coordinateSubject(inp);
    if (subject >= 0) {
      state.lastSubject = subject;
      state.lastSubjectBlock = inp.block;
      state.labelNewer = false;
    }
  }
  return out;
}
