/**
 * Subjects read through a link rather than found before the cue: the antecedent of a relative
 * "who" ("Ana Ruiz, who said …"), the earlier cue a cue after "and" is coordinated with ("called for
 * X and said Y"), and a group named by a common noun in no list ("The rebels said …").
 */
import { isCommonWord } from "../data/common-words-lookup.ts";
import { COMPANY_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, SOURCE_NOUNS, SPEECH_VERBS } from "../lexicon/index.ts";
import { PUNCT, QUOTE, type Token, WORD } from "../tokens.ts";
import { findCues } from "./cues.ts";
import { resolveNP } from "./resolve.ts";
import { isBoundary } from "./subject-phrase.ts";
import { isTitleCase } from "./quote-filters.ts";
import { type PersonSpan, type SentenceInput, type SpeakerRef, type Subject } from "./types.ts";
import { BE, DETS, HAVE, MODALS, PRON_OTHER, PRON_SG, SUBORD } from "./words.ts";

/** Longest relative clause between a name opening the sentence and its cue, in tokens. */
const MAX_RELATIVE = 48;

/** `Ana Ruiz, who has campaigned … since she left … and who …, said …` (the cue at i after a
 *  comma): the name opening the sentence, before a relative clause ("who", "whose") or a role
 *  phrase ("director of the Center for … at … University") too long for the apposition window of
 *  subjectOf, with no quotation between; also a short source phrase opening the sentence before
 *  "which" ("The mayor's campaign, which has been shadowed for months by …, said"). */
export function longRelativeSubject(inp: SentenceInput, i: number): Subject | null {
  const { tokens, s, personAt, persons } = inp;
  const r0 = personAt[s.a] ?? -1;
  const r = r0 >= 0 ? persons[r0]! : null;
  let c = r && r.ca === s.a && !r.poss ? r.b : -1;
  if (c < 0) for (let k = s.a + 1; k < s.b && k - s.a <= 6 && c < 0; k++) if (tokens[k]!.t === ",") c = k;
  if (c < 0 || tokens[c]?.t !== "," || i - c >= MAX_RELATIVE) return null;
  const n = tokens[c + 1]!.key;
  const opens = r && c === r.b ? n === "who" || n === "whose" || roleHeaded(tokens, c + 1, i) : n === "which";
  if (!opens) return null;
  // (an apostrophe glued to a plural is a possessive: "the Officers' Corps")
  for (let k = c; k < i; k++) if (tokens[k]!.k === QUOTE && !(tokens[k]!.t.length === 1 && "'’".includes(tokens[k]!.t) && tokens[k - 1]!.e === tokens[k]!.s && tokens[k - 1]!.key.endsWith("s"))) return null;
  if (r && c === r.b) return { ref: { ent: r.ent }, a: r.ca, b: r.b, inverted: false, according: false };
  const ref = resolveNP(inp, s.a, c);
  return ref ? { ref, a: s.a, b: c, inverted: false, according: false } : null;
}

/** The verb at k follows its subject's last word (over "also" or an adverb in -ly): a name, a
 *  pronoun, a source or role noun, or a quotation's closing mark (`“…,” she said`); not a noun it
 *  modifies as a participle ("a letter posted on Twitter, saying …"). */
export function afterSubject(inp: SentenceInput, k: number): boolean {
  const { tokens, s } = inp;
  let p = k - 1;
  while (p > s.a && tokens[p]!.k === WORD && (tokens[p]!.key === "also" || (tokens[p]!.key.endsWith("ly") && tokens[p]!.key.length > 4))) p--;
  const t = tokens[p];
  if (!t || p < s.a) return false;
  if (t.k === QUOTE) return true;
  if (t.k !== WORD) return false;
  return t.cap || PRON_SG.has(t.key) || PRON_OTHER.has(t.key) || SOURCE_NOUNS.has(t.key) || ROLE_NOUNS.has(t.key) || COMPANY_NOUNS.has(t.key);
}

/** "A news report published Wednesday said …": the source noun before a participle at a that
 *  the subject's reading stopped at (a word of speech is a boundary), with the words before it. */
export function sourceBeforeParticiple(inp: SentenceInput, a: number): Subject | null {
  const { tokens, s } = inp;
  const p = tokens[a];
  const h = tokens[a - 1];
  if (!p || !h || a - 1 < s.a || p.k !== WORD || p.cap || !p.key.endsWith("ed") || h.k !== WORD || h.cap || !SOURCE_NOUNS.has(h.key)) return null;
  let b = a - 1;
  while (b > s.a && a - b < 6 && tokens[b - 1]!.k === WORD && !isBoundary(tokens[b - 1]!)) b--;
  const ref = resolveNP(inp, b, a);
  return ref ? { ref, a: b, b: a, inverted: false, according: false } : null;
}

/** Tokens a..b open with a role noun, over an article and the role's modifiers ("executive
 *  director of …", "a former staff member for …"). */
export function roleHeaded(tokens: Token[], a: number, b: number): boolean {
  let k = a;
  if (tokens[k]?.key === "a" || tokens[k]?.key === "an" || tokens[k]?.key === "the") k++;
  while (k < b && tokens[k]!.k === WORD && (ROLE_MODIFIERS.has(tokens[k]!.key) || tokens[k]!.cap) && !ROLE_NOUNS.has(tokens[k]!.key)) k++;
  return k < b && tokens[k]!.k === WORD && !tokens[k]!.cap && ROLE_NOUNS.has(tokens[k]!.key);
}

/** Token k is a hyphen standing for a dash, with white space on both sides. */
export function isSpacedHyphen(inp: SentenceInput, k: number): boolean {
  const t = inp.tokens[k];
  // (k may be past the last token: a subject that ends the text, "…, said Ana Ruiz" with no stop)
  if (!t) return false;
  return t.k === PUNCT && t.t === "-" && /\s/u.test(inp.text[t.s - 1] ?? "") && /\s/u.test(inp.text[t.e] ?? "");
}

/** Token k is a dash: an em or en dash, or a hyphen standing for one. */
export function isDashAt(inp: SentenceInput, k: number): boolean {
  const t = inp.tokens[k]?.t;
  return t === "—" || t === "–" || isSpacedHyphen(inp, k);
}

/** The person a relative "who" at token w stands for: the name right before its comma ("Ana Ruiz,
 *  who …"), or the name before a short apposition that ends in the relative ("Ana Ruiz, a senator
 *  from Ohio who …"). Null when none (then "who" names no source). */
export function relativeAntecedent(inp: SentenceInput, w: number): Subject | null {
  const { tokens, s, personAt, persons } = inp;
  // (a dash opens it as a comma does: "Ana Ruiz — who said …", "Ana Ruiz - who said …")
  const opens = (k: number): boolean => tokens[k]?.t === "," || (k >= 0 && isDashAt(inp, k));
  let c = w - 1;
  if (!opens(c)) {
    // back over the apposition to its opening comma
    while (c > s.a && w - c < 10 && tokens[c]!.k === WORD && (personAt[c] ?? -1) < 0) c--;
    if (!opens(c)) return null;
  }
  const pi = personAt[c - 1] ?? -1;
  if (pi < 0) return null;
  const p = persons[pi]!;
  if (p.poss || p.b !== c) return null;
  return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false, relative: true };
}

/** The cue verb nearest before the "and" at `and` in its sentence, outside quotations, with no
 *  sentence-level boundary (a semicolon, a colon, a quotation) between: the verb the cue after
 *  "and" is coordinated with. -1 when there is none within 40 tokens. */
export function coordinatedCue(inp: SentenceInput, and: number): number {
  const { tokens, s, inside } = inp;
  // (a phrase quoted inside the clause is part of it: `described it as the “worst deal” and accused …`)
  let phrase = false;
  for (let k = and - 1; k >= s.a && and - k <= 40; k--) {
    const t = tokens[k]!;
    if (inside[k]) continue;
    if (t.k === QUOTE && !phrase && k - 1 >= s.a && inside[k - 1] && tokens[k - 1]!.k === WORD) {
      phrase = true;
      continue;
    }
    if (t.k === QUOTE && phrase && inside[k + 1]) {
      phrase = false;
      continue;
    }
    if (t.k === QUOTE || (t.k === PUNCT && (t.t === ";" || t.t === ":"))) return -1;
    if (t.k === WORD && !t.cap && SPEECH_VERBS.has(t.key)) return findCues(inp).includes(k) ? k : -1;
  }
  return -1;
}

/** Determiners and numerals that open a group or body named by a common noun. */
const GROUP_DETS = new Set("the both two three four several many some its their".split(" "));

/**
 * "The rebels said …", "The two governments said …", "the organisers told …": a phrase of at most
 * four lower-case words, opened by a determiner and ending in a noun right before the cue, names a
 * source even when its head is in no list. The noun must be a common word that is no pronoun,
 * adverb, auxiliary or subordinator, so "the year before said" or "the same as said" read nothing.
 */
export function groupSubject(inp: SentenceInput, a: number, b: number): SpeakerRef {
  const { tokens, text } = inp;
  if (b - a < 2 || b - a > 5) return null;
  const d = tokens[a]!;
  if (d.k !== WORD || !GROUP_DETS.has(d.key)) return null;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    if (t.k !== WORD || t.cap || BE.has(t.key) || SUBORD.has(t.key) || SPEECH_VERBS.has(t.key) || DETS.has(t.key)) return null;
  }
  const h = tokens[b - 1]!;
  if (
    PRON_SG.has(h.key) ||
    PRON_OTHER.has(h.key) ||
    h.key.endsWith("ly") ||
    h.key.endsWith("ed") ||
    h.key.endsWith("ing") ||
    HAVE.has(h.key) ||
    MODALS.includes(h.key) ||
    GROUP_DETS.has(h.key) ||
    !isCommonWord(h.key)
  )
    return null;
  return { label: text.slice(tokens[a + 1]!.s, h.e), company: false };
}

/**
 * "Officials who spoke on condition of anonymity said …", "Residents who lost their homes said …":
 * when the phrase read back from the cue starts right after a relative "who" (token a - 1), the
 * subject is the noun phrase before "who" — a named person, or a source with a head — not the
 * relative's object (`end`: the token after the relative). Null when there is none.
 */
/** A phrase tokens[a..j] opening with "with" or "compared with" ("…, with 50 percent saying …",
 *  "compared with 23 percent who said …"): its start past the preposition. */
export function pastWith(tokens: Token[], a: number, j: number): number {
  const k = tokens[a]?.key === "compared" && !tokens[a]!.cap ? a + 1 : a;
  return tokens[k]?.key === "with" && !tokens[k]!.cap && k < j ? k + 1 : a;
}

/** tokens[a..j] opening the sentence with an everyday word in -ing ("Holding signs calling him
 *  “a fraud,” the protesters chanted"): a participle's object, whose cue in -ing has the main
 *  clause's subject ("Polling of voters shows …", a finite cue, keeps its gerund subject). */
export function participleOpener(inp: SentenceInput, a: number, j: number): boolean {
  const f = inp.tokens[a]!;
  return a === inp.s.a && a < j && f.k === WORD && f.cap && f.key.length > 5 && f.key.endsWith("ing") && isCommonWord(f.key) && (inp.personAt[a] ?? -1) < 0;
}

export function subjectBeforeRelative(inp: SentenceInput, a: number, end: number): Subject | null {
  const { tokens, s, personAt, persons } = inp;
  const who = a - 1;
  const w = tokens[who];
  if (!w || w.k !== WORD || w.key !== "who" || w.cap || who - 1 < s.a) return null;
  const e = who; // the phrase ends before "who"
  if (tokens[e - 1]!.k !== WORD) return null;
  const pi = personAt[e - 1] ?? -1;
  if (pi >= 0) {
    const p = persons[pi]!;
    if (p.poss || p.b !== e) return null;
    return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
  }
  let b0 = e - 1;
  // (back to a comma, a subordinator, a cue or a person: "Washington-based analysts", "Current and
  // former officials")
  while (
    b0 > s.a &&
    e - b0 < 8 &&
    tokens[b0 - 1]!.k === WORD &&
    (personAt[b0 - 1] ?? -1) < 0 &&
    !SUBORD.has(tokens[b0 - 1]!.key) &&
    !SPEECH_VERBS.has(tokens[b0 - 1]!.key)
  )
    b0--;
  b0 = pastWith(tokens, b0, e - 1);
  const ref = resolveNP(inp, b0, e) ?? groupSubject(inp, b0, e);
  if (!ref) return null;
  // a source that is no named person is labelled with its relative, which tells who they are
  // ("consumers who sought help on launch day"), when the relative is short
  if ("label" in ref && end - who <= 8) {
    const head = inp.text.slice(tokens[b0]!.s, tokens[e - 1]!.e);
    const label = ref.label === head || head.endsWith(ref.label) ? inp.text.slice(tokens[b0]!.s, tokens[end - 1]!.e) : ref.label;
    return { ref: { label, company: ref.company }, a: b0, b: end, inverted: false, according: false };
  }
  return { ref, a: b0, b: e, inverted: false, according: false };
}

/**
 * "…, the United States, which accuses him of …", "a statement, which says …": the source a
 * relative "which" after a comma (token w) stands for — a capitalised name right before the comma
 * (over a leading "the"), or a noun phrase whose head is a source noun ("a report by the board":
 * the phrase from its determiner). Null when neither.
 */
/** Prepositions inside a phrase that make its head ambiguous ("an investigation by a panel"). */
const ISSUER_WORDS = new Set("by of from for with in on".split(" "));

export function whichAntecedent(inp: SentenceInput, w: number, sourceHead: (key: string) => boolean): Subject | null {
  const { tokens, s, personAt, persons } = inp;
  const e = w - 1; // the comma
  if (tokens[e]?.t !== "," || e - 1 < s.a) return null;
  const last = tokens[e - 1]!;
  if (last.k !== WORD) return null;
  const pi = personAt[e - 1] ?? -1;
  if (pi >= 0) {
    const p = persons[pi]!;
    return p.poss || p.b !== e ? null : { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false, relative: true };
  }
  let a = e - 1;
  if (last.cap) {
    while (a - 1 >= s.a && e - a < 5 && tokens[a - 1]!.k === WORD && tokens[a - 1]!.cap) a--;
    if (a === s.a) return null; // a sentence-initial word is no sure name
    if (tokens[a - 1]?.key === "the") a--;
  } else {
    // the phrase from its determiner to the comma, its head a source or company noun ("a
    // statement", "the company"); not "an investigation by a panel" (the head is read last)
    while (a - 1 >= s.a && e - a < 5 && tokens[a - 1]!.k === WORD && !DETS.has(tokens[a - 1]!.key)) a--;
    if (!DETS.has(tokens[a - 1]?.key ?? "") || tokens.slice(a, e).some((u) => u.k === WORD && !u.cap && ISSUER_WORDS.has(u.key))) return null;
    a--;
    if (!sourceHead(last.key)) return null;
  }
  const ref = resolveNP(inp, a, e);
  return ref ? { ref, a, b: e, inverted: false, according: false, relative: true } : null;
}

/** Token k ends a dash (an em or en dash, a spaced hyphen, or "--"): the dash's first token, else -1. */
export function dashFirst(inp: SentenceInput, k: number): number {
  const t = inp.tokens[k];
  if (!t || k < inp.s.a) return -1;
  if (isDashAt(inp, k)) return k;
  const p = inp.tokens[k - 1];
  return t.t === "-" && p && p.t === "-" && p.e === t.s ? k - 1 : -1;
}

/** Token `j` closes a quotation whose last token is a comma (`address “that person,” telling …`),
 *  not a short title (`on “Morning Joe,” calling …`). */
export function closedByComma(inp: SentenceInput, j: number): boolean {
  const { tokens, s, inside, text } = inp;
  if (tokens[j]?.k !== QUOTE || j - 1 <= s.a || tokens[j - 1]!.t !== "," || inside[j - 1] !== 1) return false;
  let o = j - 1;
  while (o > s.a && inside[o] === 1) o--;
  return !isTitleCase(text, tokens[o]!.e, tokens[j]!.s);
}

/** The quotation closing at token `close` opens after a comma or a colon: the subject (`read`) of
 *  a speech verb at most six words before that ("Ruiz said of the plan, “…”"), else the person
 *  heading the clause the mark ends ("Ruiz fired back: “…”"); null when neither. */
export function quoteLeadSubject(inp: SentenceInput, close: number, read: (k: number) => Subject | null): Subject | null {
  const { tokens, s, inside } = inp;
  let o = close - 1;
  while (o > s.a && inside[o] === 1) o--;
  const c = o - 1;
  if (tokens[o]?.k !== QUOTE || c <= s.a || (tokens[c]!.t !== "," && tokens[c]!.t !== ":")) return null;
  for (let k = c - 1; k > s.a && c - k <= 6; k--) {
    const u = tokens[k]!;
    if (u.k === QUOTE || u.t === "," || u.t === ";") break;
    if (u.k === WORD && !u.cap && SPEECH_VERBS.has(u.key) && !u.key.endsWith("ing")) {
      const sub = read(k);
      return sub?.ref ? sub : null;
    }
  }
  const p = colonClauseSubject(inp, c);
  return p ? { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false } : null;
}

/** The person heading the clause that ends at the colon token `colon` (`Name verb [words]:`): the
 *  clause starts at the sentence start or after a comma or semicolon, at most 8 tokens back; its
 *  first chunk is a person followed by a lower-case word. */
export function colonClauseSubject(inp: SentenceInput, colon: number): PersonSpan | null {
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

/** The cue at i stands a few words after ", which"/", who" in a relative clause that a comma closes
 *  before the main clause resumes with its verb (", which some have argued was a ploy, was …",
 *  "Podesta, who said …, said …"): that comma's index, else -1. */
export function relativeCloseAt(inp: SentenceInput, i: number): number {
  const { tokens, s, inside } = inp;
  let k = i - 1;
  while (k > s.a && i - k <= 8 && tokens[k]!.t !== ",") k--;
  const w = tokens[k + 1]?.key;
  if (tokens[k]?.t !== "," || (w !== "which" && w !== "who")) return -1;
  for (let m = i + 1; m < s.b; m++) {
    const t = tokens[m]!;
    if (t.t === ";") return -1;
    if (t.t !== "," || inside[m]) continue;
    let v = tokens[m + 1];
    if (v && v.k === WORD && v.key.endsWith("ly")) v = tokens[m + 2];
    if (v && v.k === WORD && !v.cap && (FINITE_WORDS.has(v.key) || SPEECH_VERBS.has(v.key) || v.key.endsWith("ed"))) return m;
  }
  return -1;
}

/** Auxiliaries and forms of "be" that resume a main clause after a relative. */
const FINITE_WORDS = new Set("is are was were has have had will would could can should may might must did does do".split(" "));
