/**
 * The phrase reading that subject finding builds on: clause boundaries, a noun phrase read forward,
 * and the shapes around a cue's subject (a name run in apposition, a description that opens its
 * clause, a name a few lower-case words after an inverted cue), and the phrases after which a
 * participle reports for the verb's subject ("posted on Twitter accusing …", "released a statement
 * saying …").
 */
import { COMMON_CAPS, COMPANY_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, SOURCE_NOUNS, SPEECH_VERBS } from "../lexicon/index.ts";
import { type Sentence } from "../sentences.ts";
import { POSS, PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { type PersonSpan, type SentenceInput, type SpeakerRef } from "./types.ts";
import { BE, DETS, PRON_OTHER, PRON_SG, SUBORD, SUBORD_OPENERS, THE_HIS_HER, TIME_NOUNS } from "./words.ts";

export function isBoundary(t: Token): boolean {
  if (t.k === QUOTE) return true;
  if (t.k === PUNCT) return t.t !== "-" && t.t !== "(" && t.t !== ")";
  return t.k === WORD && !t.cap && (SUBORD.has(t.key) || SPEECH_VERBS.has(t.key));
}

/** Prepositions before an embedded question ("on who", "about whether", "of how"). */
const QUESTION_PREPS = new Set("on about of over to".split(" "));

/** The start of the clause that contains token i (a subordinator or the sentence start). */
export function clauseStart(tokens: Token[], s: Sentence, i: number): number {
  let j = i;
  while (j > s.a && i - j < 40) {
    const t = tokens[j - 1]!;
    // (a question word after a preposition opens an embedded question, not a clause: "refused to
    // answer questions on who …")
    const p = tokens[j - 2];
    if (t.k === WORD && !t.cap && SUBORD.has(t.key) && t.key !== "as" && !(j - 2 >= s.a && p && p.k === WORD && !p.cap && QUESTION_PREPS.has(p.key))) break;
    j--;
  }
  // skip an introductory phrase ending in a comma right at the start ("Back in Washington, ...")
  return j;
}

/** A lower-case word of a role phrase ("inspector", "police", "deputy"). */
function isRoleWord(t: Token): boolean {
  return t.k === WORD && !t.cap && (ROLE_NOUNS.has(t.key) || ROLE_MODIFIERS.has(t.key));
}

/** Reads a noun phrase forward from k; returns its end (exclusive). */
export function npForward(tokens: Token[], s: Sentence, k: number, personAt: Int32Array, persons: PersonSpan[]): number {
  let j = k;
  let owned = 0;
  const pi = personAt[k] ?? -1;
  if (pi >= 0) {
    const p = persons[pi]!;
    if (!p.poss) return p.b;
    j = p.b + 1; // "Diallo's party": read on to the head noun
    owned = j;
  }
  let n = 0;
  while (j < s.b && n < 9) {
    const t = tokens[j]!;
    if (t.k === PUNCT || t.k === QUOTE) break;
    if (t.k === WORD && !t.cap && (SPEECH_VERBS.has(t.key) || SUBORD.has(t.key))) break;
    // (after an owner's head noun, a past-tense verb ends the phrase: "Hale's campaign shrugged
    // off Ruiz's comments" is not Ruiz's)
    if (owned && j > owned && t.k === WORD && !t.cap && t.key.endsWith("ed")) break;
    if ((personAt[j] ?? -1) >= 0) return persons[personAt[j]!]!.b;
    j++;
    n++;
    if (t.k === WORD && !t.cap && (SOURCE_NOUNS.has(t.key) || ROLE_NOUNS.has(t.key) || COMPANY_NOUNS.has(t.key))) {
      // "Barclays analyst Michael Leithead": the name after the role noun is the head
      // (also over more words of the role: "chief inspector Ana Ruiz", "deputy police chief Ana Ruiz")
      let m = j;
      while (m < s.b && m - j < 3 && isRoleWord(tokens[m]!) && (personAt[m] ?? -1) < 0) m++;
      const pn = personAt[m] ?? -1;
      if (pn >= 0 && !persons[pn]!.poss && persons[pn]!.ca === m) return persons[pn]!.b;
      // "the victim's mother": a possessive noun owns the head after it
      if (tokens[j]?.k === POSS && tokens[j + 1]?.k === WORD) {
        j++;
        continue;
      }
      break;
    }
    if (t.k === WORD && j - k === 1 && (PRON_SG.has(t.key) || PRON_OTHER.has(t.key))) break;
  }
  return j;
}

/** The phrase that ends before the comma at k opens its clause (the sentence start, no comma
 *  before it within 20 tokens): a description, not itself an apposition ("Prince X, the younger
 *  brother of the heir, Y, has told …": Y is not the subject). */
export function opensClause(inp: SentenceInput, k: number): boolean {
  for (let m = k - 1; m >= inp.s.a && k - m <= 20; m--) {
    const t = inp.tokens[m]!;
    if (t.t === "," || t.k === QUOTE) return false;
    if (m === inp.s.a) return true;
  }
  return false;
}

/** Tokens a..b are capitalised words only, not all of them sentence-opening function words
 *  ("Big Harbor", "Harbor Group Inc."). */
export function isNameRun(tokens: Token[], a: number, b: number): boolean {
  let name = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.k !== WORD || !t.cap || t.num) return false;
    if (!COMMON_CAPS.has(t.key)) name = true;
  }
  return name;
}

/** A named person starts within the next three lower-case words from k, nothing else between
 *  (`,” said project leader Ana Ruiz`). */
export function personSoon(inp: SentenceInput, k: number): boolean {
  const { tokens, personAt } = inp;
  for (let m = k; m < inp.s.b && m - k <= 3; m++) {
    if ((personAt[m] ?? -1) >= 0) return m > k;
    const t = tokens[m]!;
    if (t.k !== WORD || t.cap || SPEECH_VERBS.has(t.key) || SUBORD.has(t.key)) return false;
  }
  return false;
}

/** Longest description read before a name after an inverted cue ("9/11 widow", "radio co-host"). */
const DESCRIBED_MAX = 6;

/** A person chunk starting within DESCRIBED_MAX tokens of k, behind words, numbers, hyphens and
 *  slashes only (no verb, clause word, comma or quotation mark): "9/11 widow Ana Ruiz", "radio
 *  co-host Ana Ruiz"; a name right at k only when `bare`; null when the chunk ends in an owner's
 *  mark or none is found. */
export function describedPersonAfter(inp: SentenceInput, k: number, bare = false): PersonSpan | null {
  const { tokens, personAt, persons } = inp;
  // (a description opened by a determiner is the speaker itself, and a name after a preposition
  // is its object: "said a longtime adviser to Ana Ruiz", "the former aide of Ruiz")
  const det = tokens[k]?.k === WORD && (DETS.has(tokens[k]!.key) || tokens[k]!.key === "one");
  for (let m = k; m < inp.s.b && m - k <= DESCRIBED_MAX; m++) {
    const pi = personAt[m] ?? -1;
    if (pi >= 0) {
      const p = persons[pi]!;
      return (m > k || bare) && !p.poss ? p : null;
    }
    const t = tokens[m]!;
    if (t.k !== WORD) {
      if (t.t !== "-" && t.t !== "/") return null;
    } else if (!t.cap && (SPEECH_VERBS.has(t.key) || SUBORD.has(t.key) || BE.has(t.key) || OBJECT_PREPS.has(t.key) || (det && t.key === "of"))) return null;
  }
  return null;
}

/** Prepositions whose object a name after an inverted cue would be ("an adviser to …", "close to …"). */
const OBJECT_PREPS = new Set("to for with by at from near about against".split(" "));

/** Token j ends a short phrase of where something was said, right after a verb ("posted on
 *  Twitter", "wrote in a blog post"): a participle after it ("… accusing him of …") reports for
 *  the verb's subject, not for the phrase's noun. */
export function afterMediumPhrase(tokens: Token[], j: number, a: number): boolean {
  for (let k = j; k > a && j - k < 4; k--) {
    const u = tokens[k]!;
    if (u.k !== WORD) return false;
    if (!u.cap && (u.key === "on" || u.key === "in")) {
      const v = tokens[k - 1]!;
      return k < j && v.k === WORD && !v.cap && (v.key.endsWith("ed") || SPEECH_VERBS.has(v.key));
    }
  }
  return false;
}

/** Pieces a source issues ("released a statement confirming …", "sent a letter warning …"). */
const ISSUED_PIECES = new Set("statement letter memo email note release report post tweet video message".split(" "));

/** Token j ends "verb a statement" ("released a statement", "sent a letter"): a participle after it
 *  reports for the verb's subject. */
export function afterIssuedPiece(tokens: Token[], j: number, a: number): boolean {
  const n = tokens[j];
  const d = tokens[j - 1];
  const v = tokens[j - 2];
  return j - 2 > a && !!n && !!d && !!v && n.k === WORD && ISSUED_PIECES.has(n.key) && DETS.has(d.key) && v.k === WORD && !v.cap && v.key.endsWith("ed");
}

/** The words of a source phrase as its label, without an opening article ("recent polling"). */
export function phraseLabel(inp: SentenceInput, a: number, b: number): SpeakerRef {
  const { tokens, text } = inp;
  let k = a;
  if (tokens[k]?.k === WORD && ARTICLES.has(tokens[k]!.key)) k++;
  if (k >= b || tokens[b - 1]!.k !== WORD || b - k > 8) return null;
  return { label: text.slice(tokens[k]!.s, tokens[b - 1]!.e), company: false };
}
const ARTICLES = new Set(["a", "an", "the"]);

/** The longest apposition between commas read after a subject name (as sentenceSubjectPerson reads). */
const APPOSITION_MAX_TOKENS = 14;
/** Dashes that open and close an aside after a name, as a pair of commas does ("Tom Hale – a fan – said"). */
const APPOSITION_DASHES = ["—", "–", "--"];

/** After a name ending at token k, the token past an apposition between commas (or dashes) that
 *  names no one ("Ana Ruiz, who won the prize, spoke …", "Tom Hale – a fan – said"; not a list,
 *  "Ruiz, Hale, and Dias …"), else k. */
export function appositionEnd(inp: SentenceInput, k: number, withThe = false): number {
  const { tokens, s, personAt } = inp;
  // (one opened by "the"/"his"/"her" is read as a reference to the name by the caller's next step,
  // which records the noun: "Tom Hale, the chairman of …, is facing …"; unless `withThe`)
  const open = tokens[k]?.t ?? "";
  const dash = APPOSITION_DASHES.includes(open);
  if ((open !== "," && !dash) || (!withThe && THE_HIS_HER.includes(tokens[k + 1]?.key ?? ""))) return k;
  let lower = false;
  for (let m = k + 1; m < s.b && m - k <= (dash ? APPOSITION_MAX_TOKENS * 2 : APPOSITION_MAX_TOKENS); m++) {
    const t = tokens[m]!;
    if (t.t === open) return lower ? m + 1 : k;
    if (dash && APPOSITION_DASHES.includes(t.t)) return k;
    if (t.k === QUOTE || (personAt[m] ?? -1) >= 0) return k;
    if (t.k === WORD && !t.cap) lower = true;
  }
  return k;
}

/** How far back a participle looks for the speech verb whose phrase it follows. */
const GOVERNED_PHRASE_MAX_TOKENS = 8;
/** Prepositions that take a gerund whose subject is the object before them ("accused X of saying"). */
const GERUND_OBJECT_PREPS = new Set("of for about by after before without since with upon from".split(" "));
/** Words that end an object phrase read back from a participle: a clause, an auxiliary, "with". */
const PHRASE_STOPS = new Set("that who which whom whose has have had will would can could may might should must with".split(" "));

/** A speech verb governing the short phrase that ends at token j (`emailed supporters`, `wrote in
 *  a statement to the Ledger`): its index, else -1. The phrase is an object or a place, with no
 *  verb, pronoun, clause word, comma or "with" of its own; not a gerund after a preposition
 *  ("accused Ruiz of saying", "criticized him for calling": the object is the gerund's subject),
 *  not a person right before the participle ("told Ruiz saying" is read as before), nor a verb of
 *  citing ("cited officials saying"). */
export function speechVerbBefore(inp: SentenceInput, j: number): number {
  const { tokens, s, personAt } = inp;
  const last = tokens[j];
  // (nor a piece someone owns: "Ruiz said Hale's tweet saying …" is Hale's tweet)
  if ((personAt[j] ?? -1) >= 0 || !last || last.k !== WORD || GERUND_OBJECT_PREPS.has(last.key) || tokens[j - 1]?.k === POSS) return -1;
  for (let k = j; k > s.a && j - k < GOVERNED_PHRASE_MAX_TOKENS; k--) {
    const u = tokens[k]!;
    if (u.k !== WORD && u.k !== POSS) return -1;
    if (u.k !== WORD || u.cap) continue;
    const lemma = k < j && !u.key.endsWith("ing") ? SPEECH_VERBS.get(u.key) : undefined;
    if (lemma) return lemma === "cite" || lemma === "report" ? -1 : k;
    if (PHRASE_STOPS.has(u.key) || BE.has(u.key) || PRON_SG.has(u.key) || PRON_OTHER.has(u.key) || /(?:ed|ing|n['’]t)$/.test(u.key)) return -1;
  }
  return -1;
}

/** Words that open an introductory phrase closed by a comma before the main clause ("In a
 *  statement on Monday, …", "After the vote, …", "Speaking to reporters, …", "By the end of the day, …"). */
const INTRO_OPENERS = new Set([
  ...SUBORD_OPENERS,
  "in",
  "on",
  "at",
  "during",
  "following",
  "earlier",
  "later",
  "last",
  "speaking",
  "asked",
  "meanwhile",
  "by",
  "amid",
]);

/** Where the sentence's main clause starts, before token `limit`: after a dateline ("Lisbon (AFP)
 *  –", "PORTO, May 3 —") and after an introductory phrase closed by a comma ("In a statement on
 *  Monday, …"). */
export function mainClauseStart(inp: SentenceInput, limit: number): number {
  const { tokens, s } = inp;
  let a = s.a;
  // a dateline: capitalised words, numbers and an agency in brackets, then a dash (the dash opens
  // the sentence when the dateline ends in an abbreviation: "PORTO, Ore. — …")
  for (let k = a; k < limit && k - a <= 8; k++) {
    const t = tokens[k]!;
    if (t.k === PUNCT && (t.t === "—" || t.t === "–")) {
      a = k + 1;
      break;
    }
    if (t.k === QUOTE || (t.k === WORD && !t.cap && !t.num)) break;
  }
  a = afterTimeOpener(inp, a, limit);
  const f = tokens[a];
  if (f && f.k === WORD && f.cap && (INTRO_OPENERS.has(f.key) || (f.key.endsWith("ing") && f.key.length > 5))) {
    for (let k = a + 1; k < limit && k - a <= 16; k++) {
      const t = tokens[k]!;
      if (t.k === QUOTE) break;
      if (t.t === ",") return k + 1;
    }
  }
  return a;
}

/** Words that close an opening phrase of time ("A month later, …", "Two years ago, …"). */
const TIME_CLOSERS = new Set(["later", "earlier", "ago"]);
/** Connectives that may open a sentence before its pronoun subject ("Yet she …", "Then he …"). */
const CONNECTIVES = new Set(["yet", "but", "and", "then", "so", "still"]);
/** Pronoun subjects an opening phrase of time or a connective may stand before. */
const PRON_SUBJECTS = new Set(["he", "she", "they"]);

/** Past an opening phrase of time of at most five words ("A month later, …", "Two days ago, …",
 *  "This week he …": a time noun or "later"/"earlier"/"ago" closing it, then a comma or a pronoun
 *  subject) or a connective before a pronoun subject ("Yet she …"); else `a`. */
function afterTimeOpener(inp: SentenceInput, a: number, limit: number): number {
  const { tokens } = inp;
  const f = tokens[a];
  if (!f || f.k !== WORD || !f.cap) return a;
  if (CONNECTIVES.has(f.key) && PRON_SUBJECTS.has(tokens[a + 1]?.key ?? "") && !tokens[a + 1]!.cap) return a + 1;
  for (let k = a + 1; k < limit && k - a < 5; k++) {
    const t = tokens[k]!;
    if (t.k !== WORD || (t.cap && !t.num)) return a;
    const key = t.key.endsWith("s") ? t.key.slice(0, -1) : t.key;
    if (!TIME_CLOSERS.has(t.key) && !TIME_NOUNS.has(key)) continue;
    const n = tokens[k + 1];
    if (TIME_NOUNS.has(key) && TIME_CLOSERS.has(n?.key ?? "")) continue;
    if (n?.t === "," && k + 2 < limit) return k + 2;
    if (n && n.k === WORD && !n.cap && PRON_SUBJECTS.has(n.key)) return k + 1;
    return a;
  }
  return a;
}
