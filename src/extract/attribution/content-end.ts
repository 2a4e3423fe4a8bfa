/**
 * Where a cue's reported content ends: at the writer's additions (`, which has…`, `, but…`, a
 * media credit, the writer's time or reason, another cue's clause, a background relative on a
 * person named at the end). Every scan is bounded by the sentence.
 */
import { ADJUNCT_WORDS, SPEECH_VERBS, VERB_FILLERS } from "../lexicon/index.ts";
import { PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { FINITE, isMediaName } from "./content.ts";
import { type SentenceInput } from "./types.ts";
import { PRON_OTHER, PRON_SG, SUBORD, TELL_OBJECTS, THIS_WHICH, isDay, isLyAdverb } from "./words.ts";

export const CUT_AFTER_COMMA = new Set("but with paving while when however according prompting sparking citing days weeks hours amid compared leading putting".split(" "));
export const WRITER_VERBS = new Set("has have had is was were are will would remains sparked came comes left led began killed".split(" "));

/** Subordinators that open the writer's clause of time after a claim (a reason, "because …", is often the speaker's own). */
const WRITER_SUBORD = new Set(["after", "before", "as"]);
const TIME_NOUNS = new Set("day week month year hour night".split(" "));

/** Prepositions that open a sentence's opening phrase ("In a statement …, …"). */
const OPENING_PREPS = new Set("in on during after with by".split(" "));

/** The comma that closes the sentence's opening phrase when content starting at token a lies inside
 *  it: the sentence opens with a capitalised preposition, and it is the first comma or quotation
 *  mark after the sentence's start (-1 otherwise, or when another mark comes first). */
function openingPhraseEnd(inp: SentenceInput, a: number): number {
  const { tokens, s } = inp;
  const f = tokens[s.a];
  if (!f || f.k !== WORD || !f.cap || !OPENING_PREPS.has(f.key) || a <= s.a) return -1;
  for (let k = s.a + 1; k < s.b; k++) if (tokens[k]!.t === "," || tokens[k]!.k === QUOTE) return tokens[k]!.t === "," ? k : -1;
  return -1;
}

/** End (token index, exclusive) of reported content starting at token a. */
export function contentEnd(inp: SentenceInput, a: number, cues: number[], subEnd = -1): number {
  const { tokens, s, inside } = inp;
  let e = s.b;
  const opening = openingPhraseEnd(inp, a);
  for (let i = a; i < s.b; i++) {
    const t = tokens[i]!;
    if (inside[i]) continue;
    if (t.k === PUNCT && t.t === ";") return i;
    // `… “farm country,” but the Chinese …`: a comma kept inside the closing mark ends the content
    // before the writer's "but" as an outside one does (the quotation stays in)
    if (t.k === QUOTE && i > a && tokens[i - 1]!.t === "," && inside[i - 1]) {
      const n1 = tokens[i + 1];
      if (n1 && n1.k === WORD && !n1.cap && CUT_AFTER_COMMA.has(n1.key)) return i + 1;
    }
    // "… — but it is hard to know …": a dash before the writer's own clause ends the content, as a comma does
    if (t.k === PUNCT && (t.t === "—" || t.t === "–") && i > a) {
      const n1 = tokens[i + 1];
      if (n1 && n1.k === WORD && !n1.cap && CUT_AFTER_COMMA.has(n1.key)) return i;
    }
    if (t.k === PUNCT && t.t === ",") {
      const n1 = tokens[i + 1];
      const n2 = tokens[i + 2];
      if (subEnd >= 0 && i >= subEnd) return i;
      // ("In a statement announcing the pick, the club called …": content inside the sentence's
      // opening prepositional phrase ends with it)
      if (i === opening) return i;
      // ", which calls for …" is the writer's background; ", which he said includes …" is not
      if (n1 && n1.k === WORD && n1.key === "which" && n2 && n2.k === WORD && !PRON_SG.has(n2.key) && !PRON_OTHER.has(n2.key))
        return i;
      // ("said the roads need repair, but that a new tax is out": a second that-clause of the same cue)
      const more = n1?.key === "but" && thatClauseAt(tokens, i + 2);
      if (n1 && n1.k === WORD && !n1.cap && CUT_AFTER_COMMA.has(n1.key) && !more && !(n1.key === "with" && absoluteClause(tokens, i + 2, s.b))) return i;
      // "…, and Ana Ruiz, who …, said …", ", and both Ruiz and Hale …": a clause about another named
      // person after ", and" is the writer's
      if (n1?.key === "and" && !n1.cap && clauseOfPerson(inp, i + 2)) return i;
      // "said she should face no charges, a recommendation the minister adopted": the writer's
      // summing-up after a whole clause (not an aside the clause resumes after: "the port, a key
      // asset, is …")
      if ((n1?.key === "a" || n1?.key === "an") && !n1.cap && verbBetween(inp, a, i) && summingUp(inp, a, i)) return i;
      // "…he's not Ana Ruiz, the singer who opened the show": the writer's apposition after a name
      if (
        n1 &&
        (n1.key === "the" || n1.key === "a" || n1.key === "an") &&
        (inp.personAt[i - 1] ?? -1) >= 0 &&
        apposWho(tokens, i + 1, s.b)
      )
        return i;
      // ", telling lawmakers that …", ", adding …": a participle cue starts a claim of its own
      // (also behind an adverb: ", repeatedly calling for …")
      const n1v = n1 && isLyAdverb(tokens, i + 1, s.a) ? n2 : n1;
      if (n1v && n1v.k === WORD && !n1v.cap && n1v.key.endsWith("ing") && SPEECH_VERBS.has(n1v.key)) return i;
      if (n1 && n1.k === WORD && n1.key === "which" && n2 && n2.k === WORD && (WRITER_VERBS.has(n2.key) || n2.key.endsWith("ed")))
        return i;
      if (n1 && n1.k === WORD && n1.key === "on" && n2?.key === "the" && tokens[i + 3]?.key === "basis") return i;
      // "…, who has been battered by the inquiry": the writer's background on a person named at the
      // claim's end (not an aside the claim resumes after: "Ruiz, who chairs it, would resign")
      if (n1?.key === "who" && (inp.personAt[i - 1] ?? -1) >= 0 && !resumesAfterAside(inp, i + 1)) return i;
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
      // the writer's time or reason, with another source's cue in it: ", after the rebels said …",
      // ", a day after officials announced …"
      let w = i + 1;
      if ((tokens[w]?.key === "a" || tokens[w]?.key === "one") && TIME_NOUNS.has(tokens[w + 1]?.key ?? "")) w += 2;
      if (tokens[w]?.k === WORD && !tokens[w]!.cap && WRITER_SUBORD.has(tokens[w]!.key)) {
        for (let c = w + 1; c < s.b && c - w <= 10 && tokens[c]!.k === WORD; c++) if (cues.includes(c)) return i;
      }
      // the next cue clause: ", but he maintained that"
      if (n1 && n1.k === WORD && n1.key === "but" && !more) return i;
      // (or a person and the cue after an introductory phrase: "In the release announcing his
      // role, Ana Ruiz described …")
      const pn = inp.personAt[i + 1] ?? -1;
      if (pn >= 0 && inp.persons[pn]!.ca === i + 1 && !inp.persons[pn]!.poss && cues.includes(inp.persons[pn]!.b)) return i;
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
    // "denied the charges and counter-accused her", "said she admires him and highlighted …": a
    // second past-tense verb is the cue's, when the content before it has no past tense of its own
    if (t.k === WORD && t.key === "and" && !t.cap && i > a + 1 && pastVerbAt(tokens, i + 1) && pastCue(tokens, cues, a) && !pastBetween(inp, a, i))
      return tokens[i - 1]!.t === "," ? i - 1 : i;
    // (not right after a "that" that opens a clause: "said that when he is found, he will …"; a
    // reported clause keeps its own "when he …": "said the port was safe when he toured it")
    if (
      t.k === WORD &&
      t.key === "when" &&
      ((PRON_SG.has(tokens[i + 1]?.key ?? "") && !verbBetween(inp, a, i)) || tokens[i + 1]?.key === "asked") &&
      i > a &&
      tokens[i - 1]?.key !== "that"
    )
      return i;
    if (i > a && cues.includes(i) && i > a + 2) {
      // another cue in the same sentence starts a new claim: cut before its clause
      let k = i - 1;
      // (over fillers and a pronoun, not over the "and" that coordinates the cue: "said X and vowed Y")
      while (k > a && tokens[k]!.k === WORD && tokens[k]!.key !== "and" && (VERB_FILLERS.has(tokens[k]!.key) || PRON_SG.has(tokens[k]!.key))) k--;
      if (tokens[k]?.k === WORD && (tokens[k]!.key === "but" || tokens[k]!.key === "and")) {
        if (tokens[k - 1]?.t === ",") k--;
        return k;
      }
      // (", and other union leaders said …": a clause of its own, with its subject, after a comma)
      let m = i - 1;
      while (m > a && i - m <= 6 && tokens[m]!.k === WORD && !FINITE.has(tokens[m]!.key) && tokens[m]!.key !== "and" && tokens[m]!.key !== "but") m--;
      if (m < i - 1 && (tokens[m]?.key === "and" || tokens[m]?.key === "but") && tokens[m - 1]?.t === ",") return m - 1;
    }
  }
  return e;
}

/** Irregular past forms of speech verbs, besides the forms in -ed. */
const PAST_SPEECH = new Set("said told wrote".split(" "));

/** Words that open a verb's object or adjunct ("highlighted their …", "cautioned against …"). */
const OBJECT_OPENERS = new Set("a an the his her its their our my your him them it me us to that this these those against on in at for with about from by as".split(" "));

/** A past tense opens at k: a verb in -ed, or "has"/"had" and one ("has expressed"), followed by
 *  its object or adjunct (a determiner, a pronoun, a preposition, a number, a name or an adverb in
 *  -ly), not an adjective before its noun ("and improved dining choices", "and elected officials"). */
function pastVerbAt(tokens: Token[], k: number): boolean {
  const v = tokens[k];
  if (!v || v.k !== WORD || v.cap) return false;
  if ((v.key === "has" || v.key === "had") && tokens[k + 1]?.k === WORD) return pastVerbAt(tokens, k + 1);
  const n = tokens[k + 1];
  const object = !!n && n.k === WORD && (n.cap || n.num || OBJECT_OPENERS.has(n.key) || (n.key.endsWith("ly") && n.key.length > 4));
  return v.key.length > 4 && v.key.endsWith("ed") && object;
}

/** The cue whose content starts at a (the last cue before it) is in the past ("said", "denied"). */
function pastCue(tokens: Token[], cues: number[], a: number): boolean {
  let c = -1;
  for (const i of cues) if (i < a && i > c) c = i;
  const k = c >= 0 ? tokens[c]!.key : "";
  return PAST_SPEECH.has(k) || k.endsWith("ed");
}

/** Present forms that tell a clause's verb is not in the past. */
const PRESENT = new Set("is are has have will can may must does do".split(" "));

/** A past tense stands in the content tokens a..b ("hired", "was", "had", "did"), or may: a name or
 *  a pronoun opening it is followed by a verb of no known present form ("Ruiz misspoke"). */
function pastBetween(inp: SentenceInput, a: number, b: number): boolean {
  const f = inp.tokens[a]!;
  const v = inp.tokens[a + 1];
  if (a + 1 < b && f.k === WORD && (f.cap || PRON_SG.has(f.key) || PRON_OTHER.has(f.key)) && v && v.k === WORD && !v.cap && !v.key.endsWith("s") && !PRESENT.has(v.key) && !v.key.endsWith("n't"))
    return true;
  for (let k = a; k < b; k++) {
    const u = inp.tokens[k]!;
    if (u.k === WORD && !u.cap && (u.key.endsWith("ed") || u.key === "was" || u.key === "were" || u.key === "had" || u.key === "did" || PAST_SPEECH.has(u.key))) return true;
  }
  return false;
}

/** Tokens from k are a noun phrase and a participle of its own, up to the sentence's end ("with
 *  ships arriving next week", "with more cuts expected"): a clause of the claim, not the writer's
 *  addition after "with". */
function absoluteClause(tokens: Token[], k: number, end: number): boolean {
  for (let m = k + 1; m < end && m - k <= 4; m++) {
    const t = tokens[m]!;
    if (t.k !== WORD) return false;
    if (!t.cap && (t.key.endsWith("ing") || (t.key.endsWith("ed") && t.key.length > 4)) && !SPEECH_VERBS.has(t.key)) return true;
  }
  return false;
}

/** A finite verb outside quotation marks stands in tokens a..b: the content is a clause, not a noun phrase. */
function verbBetween(inp: SentenceInput, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const u = inp.tokens[k]!;
    if (u.k === WORD && !u.cap && !inp.inside[k] && (FINITE.has(u.key) || u.key.endsWith("n't") || (u.key.endsWith("ed") && u.key.length > 4))) return true;
  }
  return false;
}

/** A person named at k heads a clause of their own: a verb follows the name ("Ruiz is …", "Ruiz
 *  told …"), or an aside does ("Ruiz, who …", "Ruiz, the adviser, said"); not the last item of a
 *  list of names ("…, and Senator Ted Cruz.", "…, and Park to …"). */
function clauseOfPerson(inp: SentenceInput, k: number): boolean {
  const { tokens, personAt, persons } = inp;
  const p = persons[personAt[k] ?? -1];
  if (!p || p.ca !== k || p.poss) return false;
  const n = tokens[p.b];
  const m = tokens[p.b + 1];
  if (n?.t === ",") return !!m && m.k === WORD && !m.cap && (m.key === "who" || m.key === "the" || m.key === "a" || isLyAdverb(tokens, p.b + 1, p.b + 1));
  return !!n && n.k === WORD && !n.cap && !["to", "and", "or", "of"].includes(n.key);
}

/** The phrase after the comma at c ("…, a move that angered voters.") runs to the sentence's end
 *  as the writer's summing-up: no comma, quotation or list ("or a …", "and the …") after it, and
 *  the content before it (from a) opens with no subordinator and the comma follows no aside
 *  ("in fact,", "more commonly,"). */
function summingUp(inp: SentenceInput, a: number, c: number): boolean {
  const { tokens, s } = inp;
  const f = tokens[a]!;
  if (f.t === "," || SUBORD.has(f.key) || isLyAdverb(tokens, c - 1, c - 1) || tokens[c - 1]!.key === "fact") return false;
  for (let k = c + 2; k < s.b; k++) {
    const u = tokens[k]!;
    if (u.k === QUOTE || (u.k === PUNCT && (u.t === "," || u.t === ";" || u.t === "(")) || ((u.key === "or" || u.key === "and") && ["a", "an", "the"].includes(tokens[k + 1]?.key ?? ""))) return false;
  }
  return true;
}

/** After the aside opened at k, a comma and a verb take the clause up again. */
function resumesAfterAside(inp: SentenceInput, k: number): boolean {
  const { tokens, s } = inp;
  for (let m = k; m < s.b - 1; m++) {
    if (tokens[m]!.t !== ",") continue;
    const v = isLyAdverb(tokens, m + 1, m + 1) ? tokens[m + 2] : tokens[m + 1];
    if (v && v.k === WORD && !v.cap && (FINITE.has(v.key) || v.key.endsWith("n't") || (v.key.endsWith("ed") && v.key.length > 4))) return true;
  }
  return false;
}

/** "that" at k opens a clause ("that the tax …", "that he …"), not a demonstrative subject ("that is"). */
function thatClauseAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  return !!t && t.k === WORD && t.key === "that" && !t.cap && !!n && n.k === WORD && !FINITE.has(n.key) && !n.key.endsWith("n't") && (!n.key.endsWith("s") || n.key === "his" || n.key === "its" || n.key === "this");
}

/** "the singer who …", "a former aide who …": a short noun phrase, then "who". */
function apposWho(tokens: Token[], a: number, end: number): boolean {
  for (let k = a + 1; k < end && k - a <= 5; k++) {
    const t = tokens[k]!;
    if (t.k !== WORD) return false;
    if (t.key === "who") return k > a + 1;
  }
  return false;
}
