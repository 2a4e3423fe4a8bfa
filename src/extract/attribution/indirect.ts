/**
 * Indirect claims of one sentence: for every cue with a subject, the reported content — after the
 * cue (`said that …`, `told reporters …`, `called for …`), before a post-posed cue (`…, the
 * ministry said.`), around "according to", or after a source and a colon opening a headline
 * (`Ana Ruiz: Port will reopen`). No claim when the cue only attributes a direct
 * quotation, when the whole content is one quotation (the direct entry stands for it), or when
 * the content is too short to be a claim.
 */
import { cueWord } from "../data/attribution-cues.ts";
import { COMPANY_NOUNS, ORG_WORDS, ROLE_NOUNS, SOURCE_NOUNS, SPEECH_VERBS } from "../lexicon/index.ts";
import { POSS, PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import {
  charEnd,
  isMediaName,
  contentStart,
  cueText,
  FINITE,
  nounPhraseEnd,
  quoteCovering,
  subordinateEnd,
} from "./content.ts";
import { contentEnd } from "./content-end.ts";
import { participlePhrase, prepObjectOnly, verbless } from "./content-np.ts";
import { PRON_SUBJECTS, colonClaim } from "./colon-claim.ts";
import { adverbialOnly, contentSentenceStart, interruptedAt, isPostposed } from "./around.ts";
import { resolveNP } from "./resolve.ts";
import { pairOf } from "./pairs.ts";
import { isBoundary } from "./subject-phrase.ts";
import { isDashAt, relativeCloseAt } from "./subject-links.ts";
import type { ClaimOut, SentenceInput, SpeakerRef, Subject } from "./types.ts";
import { BE, BE_FORMS, DETS, HAVE, MODALS, OBJECT_PREPS, SUBORD, SUBORD_OPENERS, isLyAdverb, thatAfterObject } from "./words.ts";

/** Prepositions of where something was said ("on Twitter", "in a blog post"). */
const MEDIUM_PREPS = new Set(["on", "in"]);

/** Cues whose content is an object as often as a clause: a plea, an order, an admission. */
const NP_CUES = new Set("call plead order acknowledge cite deny describe label request demand propose".split(" "));

function sameRef(x: SpeakerRef, y: SpeakerRef): boolean {
  if (!x || !y) return x === y;
  if ("ent" in x) return "ent" in y && x.ent === y.ent;
  return "label" in y && x.label.toLowerCase() === y.label.toLowerCase();
}

/** A company's common noun as its own label, not the firm the article is about. */
function ownLabel(r: SpeakerRef): SpeakerRef {
  return r && "label" in r && r.company ? { label: r.label, company: false } : r;
}

/** The other sources of a coordinated subject ("The bank and the fund", "Ana Ruiz and Tom Hicks"):
 *  the conjunct before "and" when the subject read is the last one, or the conjuncts inside it. */
function coordinatedSources(inp: SentenceInput, subj: Subject): SpeakerRef[] & { first?: SpeakerRef } {
  const { tokens, s } = inp;
  const out: SpeakerRef[] & { first?: SpeakerRef } = [];
  const add = (r: SpeakerRef): void => {
    // ("Babin and others": "others" names no one)
    if (r && "label" in r && /^others?$/i.test(r.label)) return;
    if (r && !sameRef(r, subj.ref) && !out.some((o) => sameRef(o, r))) out.push(r);
  };
  // "Both men said …": the second of the pair
  const pair = pairOf(inp, subj.a, subj.b);
  if (pair) add({ ent: pair[1] });
  // inside the subject: "The central bank and the finance ministry"
  for (let k = subj.a + 1; k < subj.b - 1; k++) {
    if (tokens[k]!.k === WORD && tokens[k]!.key === "and" && !tokens[k]!.cap) {
      // ("X of the Department of Health and Human Services": an "and" inside the phrase after "of")
      // (not before a second person: "Secretary of State Ana Ruiz and Defense Secretary Tom Hale")
      const personNext = [1, 2, 3, 4].some((d) => (inp.personAt[k + d] ?? -1) >= 0);
      if (!personNext && tokens.slice(subj.a, k).some((u) => u.k === WORD && !u.cap && (u.key === "of" || u.key === "for"))) return out;
      // ("Current and former officials", "state and local officials": two modifiers of one head)
      if (k - subj.a === 1 && subj.b - k > 2 && (inp.personAt[subj.a] ?? -1) < 0) return out;
      // (each conjunct under its own name: "the bank" is not the firm named before when "the fund"
      // stands beside it; the first conjunct's own reading replaces the subject's read from it)
      const first = resolveNP(inp, subj.a, k);
      const own = resolveNP(inp, subj.a, k, true);
      if (sameRef(first, subj.ref) && !sameRef(own, first)) out.first = own;
      else add(first);
      add(resolveNP(inp, k + 1, subj.b, true));
      return out;
    }
  }
  // before it: "Ana Ruiz and Tom Hicks said" (the subject read is the last name)
  const and = subj.a - 1;
  if (and > s.a && tokens[and]!.k === WORD && tokens[and]!.key === "and") {
    let a = and;
    while (a > s.a && and - a < 10 && !isBoundary(tokens[a - 1]!)) a--;
    if (a < and) add(resolveNP(inp, a, and));
  }
  return out;
}

/** Tokens from a comma to the main clause's cue after an opening phrase ("…, Ana Ruiz said"), at most. */
const MAX_OPENER_GAP = 8;

/** Longest object before "as" after a speech act ("dismissed the whole affair as …"), in tokens. */
const MAX_AS_OBJECT = 6;

/** The "as" after a short object starting at token a ("the remarks as a stunt", "her as a
 *  hero", "Ruiz as a uniter"), followed by a label; -1 when there is none. */
export function objectAs(inp: SentenceInput, a: number): number {
  const { tokens, s } = inp;
  for (let k = a; k < s.b - 1 && k - a <= MAX_AS_OBJECT; k++) {
    const u = tokens[k]!;
    if (u.k !== WORD && u.k !== POSS) return -1;
    if (u.key === "as" && !u.cap) {
      const n = tokens[k + 1]!;
      // (not a clause of time or comparison: "as she left", "as well", "as soon as")
      if (k === a || (n.k !== WORD && n.k !== QUOTE) || PRON_SUBJECTS.has(n.key) || n.key === "well" || n.key === "soon" || n.key === "part") return -1;
      // ("praised them as the dam was finished": a clause after "as" is the writer's time)
      // (a past tense after the clause's subject too: "as the statistics office prepared to …")
      for (let m = k + 1; m < s.b && m - k <= MAX_AS_OBJECT && tokens[m]!.k !== PUNCT; m++) {
        const w = tokens[m]!;
        if (!w.cap && (FINITE.has(w.key) || BE.has(w.key))) return -1;
        const p = tokens[m - 1]!;
        if (m > k + 2 && !w.cap && w.key.endsWith("ed") && p.k === WORD && !DETS.has(p.key) && !INTENSIFIERS.has(p.key)) return -1;
      }
      return k;
    }
    // ("defended the tariff on Sunday as the office …": a phrase of time or place before "as" is the
    // writer's, and so is the "as" after it)
    if (k > a && !u.cap && PHRASE_PREPS.has(u.key)) return -1;
    if (!u.cap && (FINITE.has(u.key) || SUBORD.has(u.key) || SPEECH_VERBS.has(u.key))) return -1;
  }
  return -1;
}

/** Besides a determiner, words after which an "-ed" word is an adjective of the label, not a
 *  clause's verb ("as a respected leader", "as a highly regarded envoy"). */
const INTENSIFIERS = new Set("much most more so very well highly".split(" "));

/** Claims of the cues `cues`; `subjectFor(i)` reads (once) the subject of cue i. */
/** A cue whose attributions report a noun phrase less often than this (per cent) reports a clause. */
const RARE_NP_PERCENT = 10;
/** Prepositions of place, time and occasion. */
const PHRASE_PREPS = new Set("at in on during after before from near outside inside while into with".split(" "));

/** Tokens a..b are a prepositional phrase without a finite verb ("at a Nov. 6 event in Lima"),
 *  maybe after a manner adverb ("pleasantly into the phone"). */
function isPhraseOnly(inp: SentenceInput, a: number, b: number): boolean {
  const { tokens } = inp;
  while (a < b && tokens[a]!.k === WORD && !tokens[a]!.cap && tokens[a]!.key.length > 4 && tokens[a]!.key.endsWith("ly")) a++;
  const t = tokens[a];
  if (!t || t.k !== WORD || !PHRASE_PREPS.has(t.key)) return false;
  for (let k = a + 1; k < b; k++) {
    const u = tokens[k]!;
    if (u.k === QUOTE) return false;
    if (u.k !== WORD) continue;
    if (BE.has(u.key) || HAVE.has(u.key) || MODALS.includes(u.key) || (u.key.endsWith("ed") && !u.cap) || SPEECH_VERBS.has(u.key)) return false;
  }
  return true;
}

/** Tokens a..b are a noun phrase opened by an article, with no verb of a clause ("a Texas-based
 *  provider of car data", "the city's daily"): an apposition, not a clause. */
function isApposition(tokens: Token[], a: number, b: number): boolean {
  const t = tokens[a];
  // ("one of the unions that negotiated it": one of a group, with its relative clause)
  const oneOf = t?.key === "one" && tokens[a + 1]?.key === "of";
  // (also a role and its body with no article, "director of the state's poll", and a description
  // opened by "a" with its relative clause, "a pollster who conducted the survey")
  const role = !!t && t.k === WORD && !t.cap && ROLE_NOUNS.has(t.key) && (tokens[a + 1]?.key === "of" || tokens[a + 1]?.key === "at" || tokens[a + 1]?.key === "for");
  if (!t || t.k !== WORD || t.cap || !(t.key === "a" || t.key === "an" || t.key === "the" || oneOf || role)) return false;
  const relativeOk = oneOf || role || t.key === "a" || t.key === "an";
  for (let k = a + 1; k < b; k++) {
    const u = tokens[k]!;
    if (u.k === QUOTE) return false;
    if (relativeOk && k > a + 1 && u.k === WORD && (u.key === "that" || u.key === "which" || u.key === "who")) return true;
    if (u.k === WORD && !u.cap && (FINITE.has(u.key) || u.key.endsWith("ed") || SPEECH_VERBS.has(u.key) || SUBORD.has(u.key))) return false;
  }
  return true;
}

/** A finite verb opens at k, over one adverb ("has doubled", "fell", "also rose", "won't"). */
function verbOpens(tokens: Token[], k: number): boolean {
  const v = isLyAdverb(tokens, k, k) || tokens[k]?.key === "also" ? tokens[k + 1] : tokens[k];
  return !!v && v.k === WORD && !v.cap && (FINITE.has(v.key) || v.key.endsWith("n't") || (v.key.endsWith("ed") && v.key.length > 4));
}

/** A lower-case finite verb ("was", "has", "won't"). */
function finiteAt(t: Token | undefined): boolean {
  return !!t && t.k === WORD && !t.cap && (FINITE.has(t.key) || t.key.endsWith("n't"));
}

/** A verb opens at k ("had hurt", "includes", "could not"), or a clause: a subject of up to four
 *  words, then a finite verb ("the state should pay"). */
function verbOrClauseAt(inp: SentenceInput, k: number): boolean {
  const { tokens, s } = inp;
  const t = tokens[k];
  if (!t || t.k !== WORD || t.cap) return false;
  if (finiteAt(t) || isLyAdverb(tokens, k, k) || (t.key.endsWith("ed") && t.key.length > 4) || (t.key.endsWith("s") && !t.key.endsWith("ss") && !DETS.has(t.key))) return true;
  for (let m = k + 1; m < s.b && m - k <= 4; m++) {
    const u = tokens[m]!;
    if (u.k === POSS) continue;
    if (u.k !== WORD) return false;
    if (finiteAt(u)) return true;
  }
  return false;
}

/** A relative pronoun or a participle: the writer's tail after a source ("who chairs …", "ending …"). */
function writerTail(t: Token | undefined): boolean {
  return !!t && t.k === WORD && !t.cap && (t.key === "who" || t.key === "which" || t.key === "whose" || (t.key.endsWith("ing") && t.key.length > 4));
}

const CITE_PREPS = new Set("as at in on of over about to with for from after amid".split(" "));

/** The noun phrase at k names a source: a person, a name ("Reuters", "the Health Ministry"), or a
 *  phrase whose head (its last word before a preposition) is a source noun ("the regional health
 *  commission", "an anonymous government source"); not "derogatory comments Ruiz had made". */
function citesSource(inp: SentenceInput, k: number): boolean {
  const { tokens, personAt, persons } = inp;
  let a = k;
  if (tokens[a]?.k === WORD && DETS.has(tokens[a]!.key) && !tokens[a]!.cap) a++;
  const pi = personAt[a] ?? -1;
  if (pi >= 0) return !persons[pi]!.poss;
  let b = a;
  while (b < inp.s.b && b - a < 6 && tokens[b]!.k === WORD && !(!tokens[b]!.cap && CITE_PREPS.has(tokens[b]!.key))) b++;
  // (an owner is no head: "citing Canada's efforts", "citing his state's culture")
  // (nor is an action: "citing improving services for veterans")
  if (b === a || tokens[b]?.k === POSS || tokens[a]!.key.endsWith("ing")) return false;
  const words = tokens.slice(a, b);
  if (words.every((t) => t.cap)) return true;
  const h = tokens[b - 1]!;
  return !h.cap && (SOURCE_NOUNS.has(h.key) || ROLE_NOUNS.has(h.key) || COMPANY_NOUNS.has(h.key) || ORG_WORDS.has(h.key));
}

/** Words that join a sentence to the one before ("And yet", "Still", "Even so"). */
const CONNECTIVES = new Set("and but yet still so even however meanwhile also then now".split(" "));

/** The cue at i may report a clause: not a speech act without a that-clause or an object's
 *  label ("thanked him for “…”", "welcomed the sale"; but "joked that …", "hailed her as a hero"). */
function reportsClause(inp: SentenceInput, i: number): boolean {
  return SPEECH_VERBS.get(inp.tokens[i]!.key) !== "speech-act" || inp.tokens[i + 1]?.key === "that" || objectAs(inp, i + 1) >= 0;
}

export function indirectClaims(inp: SentenceInput, cues: number[], subjectFor: (i: number) => Subject | null): ClaimOut[] {
  const { tokens, s } = inp;
  const claims: ClaimOut[] = [];
  const head = colonClaim(inp, cues);
  if (head) claims.push(head);
  if (cues.length === 0) return claims;
  const subEnd = subordinateEnd(inp);
  for (const i of cues) {
    // speech acts that attribute a quotation but carry no reported clause ("thanked him for “…”");
    // with a that-clause they report one ("joked that …")
    // (or with an object and its label: "dismissed the remarks as a stunt", "hailed her as a hero")
    if (!reportsClause(inp, i)) continue;
    const subj = subjectFor(i);
    if (!subj || !subj.ref) continue;
    // "…, which he said includes …": a cue inside someone's reported content
    const before = tokens[subj.a - 1];
    // (alone in its sentence it reports for itself: "Ruiz cited the tolls, which she said had hurt trade")
    const relative = !subj.inverted && !!before && before.k === WORD && (before.key === "which" || before.key === "who");
    if (relative && cues.some((c) => c < subj.a - 1)) continue;
    const t0 = tokens[i]!;
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
    // (a participle after a comma has content of its own even when its subject attributes a
    // quotation: `“…,” Sasse told her, repeatedly calling for an inquiry`)
    let pc = i - 1;
    if (pc > s.a && isLyAdverb(tokens, pc, s.a)) pc--;
    const participle = t0.key.endsWith("ing") && tokens[pc]?.t === "," && pc > subj.b;
    const attachedToQuote =
      !participle &&
      qa >= s.a &&
      (tokens[qa]?.k === QUOTE || (tokens[qa]?.t === "," && qa - 1 >= s.a && tokens[qa - 1]?.k === QUOTE));
    const interrupted = subj.according ? -1 : interruptedAt(inp, i, subj);
    const postposed = interrupted >= 0 || subj.according ? -1 : isPostposed(inp, i, subj);
    // (a claim that ends in a quotation keeps its cue: `Hosting it "is our dream," Ruiz said`)
    const endsInQuote = postposed > 0 && tokens[postposed - 1]?.k === QUOTE;
    if (attachedToQuote && interrupted < 0 && !endsInQuote && !thatAfterObject(tokens, subj.inverted ? subj.b : i + 1, s.b)) continue;
    let ca: number;
    let ce: number;
    if (interrupted >= 0) {
      // one claim around its attribution: "Any deal, she said, must include the border"
      ca = contentSentenceStart(inp);
      ce = contentEnd(inp, interrupted, cues);
      // ("And yet, aides say, the port remains a priority": connectives alone before the cue are the writer's)
      let k = ca;
      while (k < i && (CONNECTIVES.has(tokens[k]!.key) || tokens[k]!.t === ",")) k++;
      if (k > ca && (k >= subj.a || k >= i)) ca = interrupted;
    } else if (subj.according) {
      // "According to X, content" or "content, according to X"
      const c = subj.b;
      // (inside brackets the content starts after the opening one: "(the figure is 15 percent,
      // according to the fact-checkers)")
      let start = contentSentenceStart(inp);
      for (let k = i - 1; k > start && tokens[k]!.t !== ")"; k--) if (tokens[k]!.t === "(") start = k + 1;
      // (with no comma before the cue, only a named source ending the sentence, and no other cue
      // in the content: not "…, for “R” or “D” according to their preference", "X said in a
      // statement according to The Blaze")
      const endSource = (c >= s.b - 1 || ".)".includes(tokens[c]!.t)) && (tokens.slice(i + 2, c).some((u) => u.cap) || SOURCE_NOUNS.has(tokens[c - 1]?.key ?? ""));
      const before = i > s.a && (tokens[i - 1]!.t === "," || (endSource && !cues.some((k) => k < i && k >= start)));
      if (tokens[c]?.t === ",") {
        ca = c + 1;
        ce = contentEnd(inp, ca, cues);
        // "…, according to the Ledger, the Harbor City daily.": a name in apposition, no content
        if (tokens.slice(ca, ce).every((u) => u.k !== WORD || u.cap || u.key === "the")) continue;
        const after = i > s.a && tokens[i - 1]!.t === ",";
        // "Revenue, according to the company, has doubled": the cue interrupts one claim, whose
        // subject stands before it and whose verb after it
        // (also after a preamble with no verb: "About 10 p.m., according to a timeline, the guards left")
        // (not after a subordinator: "…, because, according to X, the media would …")
        if (after && (verbOpens(tokens, ca) || (adverbialOnly(tokens, start, i - 1) && !SUBORD.has(tokens[i - 2]!.key))) && !tokens.slice(start, i - 1).some((u) => u.k === WORD && !u.cap && FINITE.has(u.key))) {
          ca = start;
        }
        // "Sales fell, according to a report from DataNation, a Texas-based data firm.": a
        // description of the source in apposition; the content is before the cue
        // (also a relative clause or a participle of the writer's: "…, according to Ana Ruiz, who
        // chairs the panel", "…, according to the ministry, ending a strike of six weeks")
        // (and the writer's own clause after the source: "…, according to the polls, although …")
        else if (after && (isApposition(tokens, ca, ce) || writerTail(tokens[ca]) || SUBORD.has(tokens[ca]!.key) || tokens[ca]!.key === "and" || tokens[ca]!.key === "but")) {
          ca = start;
          ce = i - 1;
        }
        // ("content according to X." with no comma: the source ends the sentence)
      } else if (before) {
        ca = start;
        ce = i - (tokens[i - 1]!.t === "," ? 1 : 0);
      } else continue;
    } else if (postposed >= 0) {
      ca = contentSentenceStart(inp);
      ce = postposed;
      if (ce <= ca || tokens[ca]!.k === QUOTE) continue;
      // ("In his speech, Ruiz told the crowd.": an opening phrase of place or occasion alone is the writer's)
      if (isPhraseOnly(inp, ca, ce) && !tokens.slice(ca, ce).some((u) => u.t === ",")) continue;
      // "As the charges were unsealed, Ruiz testified …": a subordinate clause alone is the
      // writer's scene; with a main clause after it ("After X shipped, people began …, Cook said")
      // the whole sentence is the claim
      if (SUBORD_OPENERS.includes(tokens[ca]!.key) && !tokens.slice(ca + 1, ce).some((t) => t.t === ",")) continue;
      // a media credit around an already attributed statement ("…, Reuters reported")
      const media =
        SPEECH_VERBS.get(t0.key) === "report" || (subj.ref && "label" in subj.ref && isMediaName(tokens, subj.a, subj.b));
      // (not a speech act with no clause of its own: "Savers have welcomed the sale, …, Reuters reported")
      if (media && cues.some((c) => c >= ca && c < ce && reportsClause(inp, c))) continue;
    } else {
      if (before?.key === "what" && BE_FORMS.includes(tokens[i + 1]?.key ?? "")) ca = i + 2;
      else ca = contentStart(inp, i, subj);
      if (ca < 0 || ca >= s.b) continue;
      // ("Harbor Times report: Council voted …": the content follows the colon)
      if (tokens[ca]!.t === ":" && ca + 1 < s.b) ca++;
      // (a list goes on after a plural noun read as a cue: "winning more states, votes and …"; no
      // content opens with a closing bracket: "(at one point, Ruiz says) hurt him")
      if (tokens[ca]!.t === "," && tokens[ca + 1]?.k === WORD && tokens[ca + 1]!.key.endsWith("s") && tokens.slice(ca + 2, ca + 6).some((u) => u.key === "and")) continue;
      if (tokens[ca]!.t === ")") continue;
      // "As Ruiz observed, the biggest winner was the port": the claim is the main clause after the comma
      // (also inside the sentence: "Yet, as Bown observed, in the early days …")
      const asCue = tokens[ca]!.t === "," && ((ca === subEnd && tokens[s.a]!.key === "as") || tokens[subj.a - 1]?.key === "as");
      if (asCue) ca++;
      // ("In a message posted Friday, Ruiz said …": a participle in an opening phrase has no
      // content; the clause after the comma is the main cue's)
      else if (
        tokens[ca]!.t === "," &&
        MEDIUM_PREPS.has(tokens[s.a]!.key) &&
        !tokens.slice(s.a, i).some((u) => u.t === ",") &&
        cues.some((c) => c > ca && c - ca <= MAX_OPENER_GAP && subjectFor(c)?.ref)
      )
        continue;
      // ("After the interview concluded, Mahon stated …": nor has a cue of an opening clause whose
      // comma is followed by the main clause's own subject and cue; not "said that, because Ruiz
      // testified …", nor "As the Ledger reported, …")
      else if (
        tokens[ca]!.t === "," &&
        !SUBORD.has(tokens[ca + 1]?.key ?? "") &&
        !tokens.slice(s.a, i).some((u) => u.key === "as") &&
        cues.some((c) => c > ca && c - ca <= MAX_OPENER_GAP && subjectFor(c)?.ref && subjectFor(c)!.a - ca <= 3)
      )
        continue;
      // (a cue in a relative between commas, "the plan, which some have argued was a ploy, was …",
      // reports no further than the relative)
      const rel = relativeCloseAt(inp, i);
      ce = contentEnd(inp, ca, cues, rel >= 0 ? rel : i < subEnd && !asCue ? subEnd : -1);
      // "Saying the port was safe, Ruiz reopened it": an opening participle's content ends before its subject
      if (i === s.a && subj.a > i && subj.a - 1 < ce) ce = subj.a - 1;
    }
    // "posted on Twitter accusing him of …": a participle cue after a short phrase of where it was
    // said; its claim stands for the verb's
    if (
      cues.some(
        (c) =>
          c > ca && c < ce && c - ca <= 5 && tokens[c]!.key.endsWith("ing") && subjectFor(c)?.ref &&
          MEDIUM_PREPS.has(tokens[ca]!.key === "on" || tokens[ca]!.key === "in" ? tokens[ca]!.key : (tokens[ca - 1]?.key ?? "")) &&
          tokens.slice(ca + 1, c).every((u) => u.k === WORD && !FINITE.has(u.key) && !u.key.endsWith("ed") && u.key !== "to" && u.key !== "for"),
      )
    )
      continue;
    // a relative's claim is the clause its pronoun is the subject of ("which she said had hurt
    // trade"; not "which he denies, …"), up to where the main clause resumes (", was a factor")
    if (relative) {
      if (!verbOrClauseAt(inp, ca)) continue;
      for (let k = ca + 1; k < ce; k++) if (tokens[k]!.t === "," && !inp.inside[k] && finiteAt(tokens[k + 1])) ce = k;
    }
    // "pointed to what he said was the lack of funds": the inner cue's claim stands for it
    const what = tokens[ca]?.key === "what" ? ca : tokens[ca + 1]?.key === "what" ? ca + 1 : -1;
    if (what >= 0 && cues.some((c) => c > what && c <= what + 3)) continue;
    // "Ana Ruiz, who denies the charges, will appear …": a relative's content ends where the main
    // clause's verb resumes after a comma
    // ("Ana Ruiz — who said the port was safe — visited it": a relative between dashes ends at the second)
    // (only for a cue inside the relative: "X, who is running, added that he, too, is …" is the main clause's)
    let inRelative = i > subj.b + 1;
    for (let k = subj.b + 2; k < i && inRelative; k++) inRelative = !((tokens[k]!.t === "," || isDashAt(inp, k)) && !inp.inside[k]);
    if (inRelative && isDashAt(inp, subj.b) && tokens[subj.b + 1]?.key === "who") {
      for (let k = ca; k < ce; k++)
        if (isDashAt(inp, k)) {
          ce = k;
          break;
        }
    }
    if (inRelative && tokens[subj.b]?.t === "," && tokens[subj.b + 1]?.key === "who") {
      for (let k = ca; k < ce; k++) {
        const u = tokens[k + 1];
        if (tokens[k]!.t === "," && !inp.inside[k] && u && u.k === WORD && !u.cap && (FINITE.has(u.key) || u.key.endsWith("ed"))) {
          ce = k;
          break;
        }
      }
    }
    // requests and warnings take short objects ("warned of strikes", "asked for a delay")
    const lemma0 = SPEECH_VERBS.get(t0.key) ?? "";
    // "the agency said, citing the health commission": what is cited is a source, not content
    // ("citing risks" keeps its content)
    if (lemma0 === "cite" && citesSource(inp, ca)) continue;
    const objectContent =
      !subj.according &&
      postposed < 0 &&
      interrupted < 0 &&
      (OBJECT_PREPS.includes(tokens[ca - 1]?.key ?? "") || tokens[ca - 1]?.key === "as" || NP_CUES.has(lemma0));
    // a noun phrase ends before the cue's own time and medium ("… Tuesday", "… in a letter")
    if (!subj.according && postposed < 0 && interrupted < 0) ce = nounPhraseEnd(inp, ca, ce);
    if (ce - ca < (objectContent ? 1 : 3)) continue;
    // "reported from Washington", "writing at Mediaite", "estimated at 3,000": a phrase after the
    // cue's own preposition is no content
    // (with no verb in it: "at least six planes filled the sky", "to CBS that it was unfair" stay)
    if (postposed < 0 && interrupted < 0 && !subj.according && prepObjectOnly(tokens, ca) && verbless(inp, ca + 1, ce)) continue;
    // "refugees admitted to the country have been …": a participle's phrase, then the main verb
    if (postposed < 0 && interrupted < 0 && !subj.according && participlePhrase(tokens, ca, ce)) continue;
    // "He said at a Nov. 6 event in Lima.": a phrase of place or time with no verb is no content,
    // after a cue whose attributions almost never report a noun phrase (PolNeAR's training split)
    if (!objectContent && postposed < 0 && interrupted < 0 && isPhraseOnly(inp, ca, ce) && (cueWord(t0.key)?.content.np ?? 100) < RARE_NP_PERCENT)
      continue;
    // ("say it in a British accent", "said so in an interview": a pronoun and a phrase are no content)
    if (postposed < 0 && interrupted < 0 && (tokens[ca]!.key === "it" || tokens[ca]!.key === "so") && !tokens[ca]!.cap && isPhraseOnly(inp, ca + 1, ce)) continue;
    // the whole content is one quotation: only the direct entry is made
    const q0 = tokens[ca]!.k === QUOTE ? quoteCovering(inp, ca + 1) : undefined;
    if (q0 && q0.end >= tokens[Math.max(ca, ce - 2)]!.s) continue;
    if (inp.inside[ca] && inp.inside[ce - 1]) continue;
    const start = tokens[ca]!.s;
    const end = charEnd(inp, ca, ce);
    if (end - start < (objectContent ? 4 : 8)) continue;
    const [cue, cs, cend] = cueText(inp, i, subj);
    // "The bank and the fund said …": each source of the clause gets its entry, each under its own
    // label (not both the firm the article is about)
    const others = !subj.inverted && !subj.according ? coordinatedSources(inp, subj) : [];
    const first = others.first ?? subj.ref;
    claims.push({ start, end, kind: "indirect", speaker: others.length ? ownLabel(first) : first, cue, cueStart: cs, cueEnd: cend });
    for (const other of others) if (!sameRef(other, first)) claims.push({ start, end, kind: "indirect", speaker: ownLabel(other), cue, cueStart: cs, cueEnd: cend, coSource: true });
  }
  return claims;
}
