/**
 * Claims that stand around their cue: before a post-posed attribution (`…, the ministry said.`),
 * on both sides of an interrupting one (`Any deal, she said, must…`), after a dateline.
 */
import { ADJUNCT_WORDS, ORG_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS } from "../lexicon/index.ts";
import { PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { type SentenceInput, type Subject } from "./types.ts";
import { DETS, TELL_OBJECTS, isDay, isLyAdverb } from "./words.ts";
import { FINITE } from "./content.ts";
import { WRITER_VERBS } from "./content-end.ts";
import { isAsPutIt } from "./cues.ts";
/** Post-posed cue: `content, X said [adjunct].` Returns the token index of the comma ending the
 *  content, or -1. */
/** What may open the words after an interrupting cue without them continuing the claim: the
 *  writer's time and circumstance ("…, she said, a day after the vote", "…, amid protests"). */
const WRITER_LEADS = new Set("after before amid following as when while during days weeks hours according".split(" "));

const TIME_NOUNS = new Set(
  "day days week weeks month months year years hour hours minutes night morning afternoon evening".split(" "),
);

/**
 * `Any deal, Lindqvist said, must include…` / `A "…," Cook said, B`: the cue interrupts one claim.
 * Returns the index of the first token after the cue's closing comma (B), or -1. A needs a word
 * outside quotation marks; B must not open with a quotation (a direct continuation), a cue of its
 * own ("…, she said, adding that…") or the writer's time and circumstance.
 */
/** From a subject's first token back over a role prefix ("UN spokesman", "Union leader"), at
 *  most five words; an organisation's noun modifies the role word after it ("foreign ministry
 *  spokesman", "party leader"). */
function stepOverRolePrefix(inp: SentenceInput, from: number): number {
  const { tokens, s } = inp;
  let a = from;
  for (let n = 0; n < 5 && a - 1 > s.a; n++) {
    const t = tokens[a - 1]!;
    const orgOfRole = a < from && ORG_WORDS.has(t.key) && ROLE_NOUNS.has(tokens[a]!.key);
    if (t.k !== WORD || !(t.cap || ROLE_NOUNS.has(t.key) || ROLE_MODIFIERS.has(t.key) || orgOfRole)) break;
    a--;
  }
  return a;
}

/** `…, his top aide, Tad Devine, told X`: the comma `c` before a name in apposition may close a
 *  description of the name (a determiner, then at most six words, none a verb-like "that"/"is"),
 *  itself after a comma: the content ends at that comma. */
function describedBefore(inp: SentenceInput, c: number): number {
  const { tokens, s } = inp;
  let k = c - 1;
  while (k > s.a && c - k <= 7 && tokens[k]!.k === WORD && !FINITE.has(tokens[k]!.key) && tokens[k]!.key !== "that") k--;
  const d = tokens[k + 1]!;
  // (d passed the loop's test: a word, no "that")
  return k > s.a && k + 1 < c && tokens[k]!.t === "," && DETS.has(d.key) && !inp.inside[k] ? k : c;
}

export function interruptedAt(inp: SentenceInput, i: number, subj: Subject): number {
  const { tokens, s, inside } = inp;
  // (an inverted cue's subject takes an apposition after it: "…, said Ana Ruiz, an analyst at X";
  // the claim resumes only with a finite verb: "The contrast, said Ana Ruiz, would be clear")
  if (subj.inverted) {
    if (i - 1 <= s.a || tokens[i - 1]!.t !== "," || tokens[subj.b]?.t !== ",") return -1;
    const v = tokens[subj.b + 1];
    let plain = 0;
    for (let k = s.a; k < i - 1; k++) if (tokens[k]!.k === WORD && !inside[k]) plain++;
    return plain >= 2 && v && v.k === WORD && !v.cap && (FINITE.has(v.key) || v.key.endsWith("n't")) ? subj.b + 1 : -1;
  }
  // what stands before the subject (inverted: before the verb) must end with a comma
  const a = stepOverRolePrefix(inp, subj.a);
  let p = a - 1;
  if (p > s.a && tokens[p]!.k === QUOTE && tokens[p - 1]?.t === ",") p--;
  // ("The port, as Ruiz puts it, is …")
  if (p > s.a && tokens[p]!.key === "as" && tokens[p - 1]?.t === "," && isAsPutIt(tokens, i, s.a)) p--;
  if (p <= s.a || tokens[p]!.t !== ",") return -1;
  let plain = 0;
  for (let k = s.a; k < p; k++) if (tokens[k]!.k === WORD && !inside[k]) plain++;
  if (plain < 1) return -1;
  // after the cue: its adjuncts, then a comma
  let k = subj.inverted ? subj.b : afterCue(tokens, i);
  while (k < s.b && k - i < 10) {
    const u = tokens[k]!;
    if (u.k === PUNCT && u.t === ",") break;
    if (u.k !== WORD) return -1;
    if (!u.cap && !u.num && !ADJUNCT_WORDS.has(u.key) && !TELL_OBJECTS.has(u.key) && !isDay(u.key)) return -1;
    k++;
  }
  if (tokens[k]?.t !== ",") return -1;
  const b = tokens[k + 1];
  const b2 = tokens[k + 2];
  if (!b || b.k !== WORD || !b2 || (b2.k !== WORD && b2.k !== QUOTE)) return -1;
  // "…, Graham said, offering the example of …": a participle clause is not the claim's
  // ("…, the paper said, including …" goes on with the claim's own list)
  if (!b.cap && b.key.endsWith("ing") && b.key !== "including") return -1;
  // "…, she said on Monday, a day after the vote": the writer's time
  if (TIME_NOUNS.has(b2.key) || TIME_NOUNS.has(tokens[k + 3]?.key ?? "")) return -1;
  if (SPEECH_VERBS.has(b.key) || WRITER_LEADS.has(b.key) || b.key === "who" || b.key === "which") {
    // "…, Cook told Benioff, which ultimately led…" continues the claim; "…, which has …" is the writer's
    if (!(b.key === "which" && b2 && !WRITER_VERBS.has(b2.key))) return -1;
  }
  return k + 1;
}

/** Words opening an adverbial clause of time after a cue ("said while visiting", "said after the vote"). */
const ADVERBIAL_OPENERS = new Set("while when after before during whilst".split(" "));

/** Prepositions opening a phrase of place or medium after a post-posed cue. */
const PLACE_PREPS = new Set("in on at via through".split(" "));

/** Pronouns that are only subjects of a clause. */
const CLAUSE_PRONOUNS = new Set("he she they we i".split(" "));

/** From token k to the sentence's end (or an adverbial clause), at most 10 words and no verb,
 *  "that", subject pronoun, quotation or cue. */
function verblessToEnd(inp: SentenceInput, k: number): boolean {
  const { tokens, s } = inp;
  let n = 0;
  for (let m = k; m < s.b; m++) {
    const u = tokens[m]!;
    if (u.k === PUNCT && (u.t === "." || u.t === "!" || u.t === "?")) return n > 0;
    if (u.k === QUOTE || (u.k === PUNCT && u.t !== "," && u.t !== "-" && u.t !== "(" && u.t !== ")")) return false;
    if (u.k !== WORD) continue;
    // (up to an adverbial clause of the writer's: "told his advisers as he worked on the speech")
    if (n > 0 && !u.cap && (ADVERBIAL_OPENERS.has(u.key) || u.key === "as") && tokens[m + 1]?.k === WORD) return true;
    if (++n > 10) return false;
    // (a subject pronoun opens a clause: "hinted at the niche he sees …")
    if (!u.cap && CLAUSE_PRONOUNS.has(u.key)) return false;
    if (!u.cap && (FINITE.has(u.key) || u.key === "that" || u.key.endsWith("ed") || u.key.endsWith("n't") || SPEECH_VERBS.has(u.key))) return false;
  }
  return n > 0;
}

/** Subjects of a present tense in -s ("This includes …"). */
const PRESENT_SUBJECTS = new Set("this that it he she".split(" "));

/** What opens the one told after a post-posed "told" ("told the court", "told his advisers"). */
const OBJECT_ARTICLES = new Set("the a an his her their its our my your".split(" "));

/** A finite verb of a clause stands before token a ("The city was only doing …, Ruiz told …"). */
function clauseBefore(inp: SentenceInput, a: number): boolean {
  for (let k = inp.s.a; k < a; k++) {
    const u = inp.tokens[k]!;
    if (u.k === WORD && !u.cap && !inp.inside[k] && (FINITE.has(u.key) || u.key.endsWith("n't") || (u.key.endsWith("ed") && u.key.length > 4))) return true;
    // (a present tense after a name or a pronoun: "This includes …", "Hale wants …")
    const pv = inp.tokens[k - 1];
    if (u.k === WORD && !u.cap && !inp.inside[k] && u.key.endsWith("s") && !u.key.endsWith("ss") && k > inp.s.a && pv?.k === WORD && (pv.cap || PRESENT_SUBJECTS.has(pv.key))) return true;
  }
  return false;
}

/** The first token after the cue at i and its fixed object ("put it" in "as Ruiz puts it"). */
function afterCue(tokens: Token[], i: number): number {
  return (tokens[i]!.key === "put" || tokens[i]!.key === "puts") && tokens[i + 1]?.key === "it" ? i + 2 : i + 1;
}

export function isPostposed(inp: SentenceInput, i: number, subj: Subject): number {
  const { tokens, s } = inp;
  if (subj.inverted) {
    // `content, said X[, an analyst at Y].` — the comma right before the verb ends the content
    // (a cue opening the sentence, "Said X, …", has no content before it)
    return i > s.a && tokens[i - 1]!.t === "," ? i - 1 : -1;
  }
  // after the cue only adjuncts until the sentence end
  let k = afterCue(tokens, i);
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
    // "…, Lee said while visiting a fair in Oslo.": an adverbial clause of time ends the cue
    if (u.k === WORD && ADVERBIAL_OPENERS.has(u.key) && tokens[k + 1]?.k === WORD) break;
    // (also "as" and a subject pronoun: "…, Lee said as she toured the docks.")
    // (not before a quotation the cue introduces: `Ruiz said as he rose, “…”`)
    if (u.k === WORD && u.key === "as" && CLAUSE_PRONOUNS.has(tokens[k + 1]?.key ?? "") && !tokens.slice(k, s.b).some((w) => w.k === QUOTE)) break;
    // "…, Noem said in the campaign's public service announcement.": a phrase of place or medium
    // with no verb up to the sentence's end
    if (u.k === WORD && !u.cap && PLACE_PREPS.has(u.key) && verblessToEnd(inp, k + 1)) break;
    // "…, Ruiz told the court in her filing.": the one told, with no verb to the sentence's end,
    // after a clause of the writer's sentence
    // (the one told opens with an article: "told lawmakers no evidence supports it" reports a clause)
    if (k === i + 1 && u.k === WORD && OBJECT_ARTICLES.has(u.key) && SPEECH_VERBS.get(tokens[i]!.key) === "tell" && verblessToEnd(inp, k) && clauseBefore(inp, subj.a)) break;
    // only adjuncts may follow a post-posed cue ("said on Saturday (Feb 15)", "told reporters")
    if (u.k === WORD && !u.cap && !u.num && !ADJUNCT_WORDS.has(u.key) && !TELL_OBJECTS.has(u.key) && !isDay(u.key)) return -1;
    k++;
    n++;
  }
  if (n >= 12 && k < s.b) return -1;
  if (subj.inverted) {
    // `content, said X` — the comma right before the verb
    return i > s.a && tokens[i - 1]!.t === "," ? i - 1 : -1;
  }
  // "…, UN spokesman Stephane Dujarric said": step back over a role prefix to the comma
  let a = stepOverRolePrefix(inp, subj.a);
  // "The key witness, Ambassador Lena Ward, testified.": a name between commas right before the
  // cue, after a phrase opening the sentence with no comma or quotation in it, is the apposition
  // of that phrase, the cue's subject, not content ("…, his aide, Tom Hale, said" keeps its content)
  const apposed = tokens[subj.b]?.t === "," && subj.b + 1 === i;
  if (apposed && tokens[a - 1]?.t === ",") {
    let k = s.a;
    while (k < a - 1 && tokens[k]!.t !== "," && tokens[k]!.k !== QUOTE) k++;
    if (k === a - 1) return -1;
  }
  // ("…, as one aide put it.")
  if (tokens[a - 1]?.key === "as" && tokens[a - 2]?.t === "," && isAsPutIt(tokens, i, s.a)) a--;
  const p = tokens[a - 1];
  if (a > s.a && p && p.t === ",") {
    // the content before must not be a quotation
    if (tokens[a - 2]?.k === QUOTE || inp.inside[a - 2]) return -1;
    return apposed ? describedBefore(inp, a - 1) : a - 1;
  }
  // `Hosting the summit "is our dream," Ruiz said.`: a claim that ends in a quotation (which also
  // gets its own direct entry), when words of the writer's sentence stand outside the marks
  if (a - 2 > s.a && p && p.k === QUOTE && tokens[a - 2]!.t === ",") {
    let plain = 0;
    for (let k = s.a; k < a - 1; k++) if (tokens[k]!.k === WORD && !inp.inside[k]) plain++;
    if (plain >= 2 && tokens[s.a]!.k !== QUOTE) return a;
  }
  return -1;
}

export function isDash(t: Token | undefined): boolean {
  return !!t && (t.t === "-" || t.t === "—" || t.t === "–" || t.t === ":");
}

/** First content token of a sentence: skips datelines ("MUNICH -", "KUALA LUMPUR:") and a
 *  leading quotation mark. */
export function contentSentenceStart(inp: SentenceInput): number {
  const { tokens, s } = inp;
  let a = s.a;
  // (a dash left by a dateline the sentence splitter ended at its abbreviation: "SAN JOSE, Calif. —")
  if (isDash(tokens[a]) && a + 1 < s.b) a++;
  let k = a;
  while (k < s.b && k - a < 5 && tokens[k]!.k === WORD && tokens[k]!.allCaps) k++;
  if (k > a && isDash(tokens[k])) return k + 1;
  // a site's name as the dateline: "Harbor.Net -", "Portnews.com —" (a capitalised name with a
  // glued dot, then a dash)
  let g = a;
  let glued = false;
  while (g < s.b && g - a < 5 && (tokens[g]!.k === WORD || (tokens[g]!.t === "." && tokens[g + 1]?.s === tokens[g]!.e))) {
    if (tokens[g]!.t.includes(".") && tokens[g + 1]?.s === tokens[g]!.e) glued = true;
    if (tokens[g]!.k === WORD && g > a && tokens[g]!.s !== tokens[g - 1]!.e) break;
    g++;
  }
  if (glued && g > a && tokens[a]!.cap && isDash(tokens[g])) return g + 1;
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

/** Words opening a phrase of time or circumstance ("About 10 p.m.", "Since May", "Now"). */
const ADVERBIAL_LEADS = new Set("about since over for by until now then in on at during after before from with".split(" "));

/** Tokens a..b are a phrase of time or circumstance with no verb ("About 10 p.m.", "In 2014",
 *  "But the next day"): no claim on their own. */
export function adverbialOnly(tokens: Token[], a: number, b: number): boolean {
  let k = a;
  if (tokens[k]?.key === "but" || tokens[k]?.key === "and") k++;
  const f = tokens[k];
  // (an article only in a phrase of up to three words: "But the next day", not "The deal covers …")
  if (!f || f.k !== WORD || !(ADVERBIAL_LEADS.has(f.key) || isLyAdverb(tokens, k, k) || (DETS.has(f.key) && b - k <= 3))) return false;
  return !tokens.slice(k, b).some((u) => u.k === WORD && !u.cap && (FINITE.has(u.key) || u.key.endsWith("n't") || (u.key.endsWith("ed") && u.key.length > 4)));
}
