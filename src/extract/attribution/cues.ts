/**
 * Cue verbs of a sentence, outside quotations: communication verbs (lexicon/cues.ts, learned from
 * PolNeAR), "according to", with passives, nouns and modal forms left out ("was asked", "a report",
 * "expected to say", "mixed signals"), and the verbs that report only with a clause.
 */
import { cueWord } from "../data/attribution-cues.ts";
import {
  COMPANY_NOUNS,
  LX_SPEECH,
  QUOTE_CUE_VERBS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  THAT_CUE_VERBS,
  VERB_FILLERS,
} from "../lexicon/index.ts";
import { POSS, QUOTE, type Token, WORD } from "../tokens.ts";
import { FINITE } from "./content.ts";
import { isLearnedSourceHead } from "./resolve.ts";
import { type SentenceInput } from "./types.ts";
import {
  AMBIGUOUS,
  TIME_NOUNS,
  BE,
  BELIEF_NOUNS,
  BELIEF_VERBS,
  SUBORD,
  CALL_PREPS,
  DETS,
  FINDING_NOUNS,
  HAVE,
  MODALS,
  PRON_OTHER,
  PRON_SG,
  THAT_THIS,
  carryOn,
  isLyAdverb,
  isWordKey,
  labelAfterCall,
  pastFormsOf,
} from "./words.ts";

/** A noun cue reports a that-clause in at least this share (per cent) of its attributions in
 *  PolNeAR's training split ("claim", "warning", "vow", "promise", "assertion"). */
const THAT_NOUN_PERCENT = 25;

/**
 * "Ruiz's claim that …", "his vow that …": a noun whose attributions mostly report a that-clause,
 * owned by a possessive name or "his"/"her", right before "that"; or a view's noun before "is that".
 */
export function isOwnedThatNoun(tokens: Token[], i: number, a: number): boolean {
  const t = tokens[i]!;
  const owner = tokens[i - 1];
  // (also "Ruiz's view is that …", "her position was that …": a view's noun, "is"/"was", "that")
  const be = (tokens[i + 1]?.key === "is" || tokens[i + 1]?.key === "was") && tokens[i + 2]?.key === "that";
  if (i - 1 < a || !owner || !(tokens[i + 1]?.key === "that" || be) || t.cap) return false;
  if (owner.k !== POSS && !(owner.k === WORD && (owner.key === "his" || owner.key === "her"))) return false;
  const cue = cueWord(t.key);
  return (be && BELIEF_NOUNS.includes(t.key)) || (cue !== undefined && cue.count >= 3 && cue.content.that >= THAT_NOUN_PERCENT);
}

/** Token i follows a form of "be" or a determiner or possessive ("was found that", "the findings
 *  that"): a passive or a noun, not a reporting verb. */
function isPassiveOrNoun(tokens: Token[], i: number, a: number): boolean {
  const pt = i - 1 >= a ? tokens[i - 1] : undefined;
  return !!pt && (pt.k === POSS || isWordKey(pt, BE) || isWordKey(pt, DETS));
}

/** Cue verbs in a sentence, outside quotations. */
export function findCues(inp: SentenceInput): number[] {
  const { tokens, s, inside } = inp;
  // (a word is next to a quotation only in a sentence with a quotation mark)
  let quoted = false;
  for (let k = s.a; k < s.b && !quoted; k++) quoted = tokens[k]!.k === QUOTE;
  const out: number[] = [];
  for (let i = s.a; i < s.b; i++) {
    const t = tokens[i]!;
    if (t.k !== WORD || inside[i]) continue;
    if ((t.key === "according" && tokens[i + 1]?.key === "to") || isAsReportedBy(tokens, i)) {
      out.push(i);
      continue;
    }
    // (a headline in title case reports with a capitalised cue: "Ruiz Says Port Will Reopen")
    if (t.cap && i !== s.a && !(HEADLINE_CUES.has(t.key) && titleCase(inp))) continue;
    if (isOwnedThatNoun(tokens, i, s.a)) {
      out.push(i);
      continue;
    }
    // "As Ruiz puts it, …", "as her aide put it": the way someone phrased the clause
    if (isAsPutIt(tokens, i, s.a)) {
      out.push(i);
      continue;
    }
    // "The audit found that …": a verb that reports with "that" right after it (after a study or a
    // document, also with a bare clause: "That audit found the funds were missing")
    const prev = i > s.a ? tokens[i - 1]! : undefined;
    const finding = !!prev && prev.k === WORD && !prev.cap && FINDING_NOUNS.has(prev.key) && tokens[i + 2]?.key !== "that" && beliefClauseAt(tokens, i + 1, s.b);
    if (!(t.f & LX_SPEECH) && (tokens[i + 1]?.key === "that" || finding) && THAT_CUE_VERBS.has(t.key) && !isPassiveOrNoun(tokens, i, s.a)) {
      out.push(i);
      continue;
    }
    // "Ruiz thought voters would …", "scientists believe that …": a belief reported with its clause
    if (!(t.f & LX_SPEECH) && BELIEF_VERBS.has(t.key) && !isPassiveOrNoun(tokens, i, s.a) && beliefClauseAt(tokens, i + 1, s.b)) {
      out.push(i);
      continue;
    }
    // a verb that mostly attributes a quotation, right next to one ("…,” Ruiz continued"); also
    // in the present tense of a learned cue verb ("…!” a guard shouts", "…,” comments Ana Ruiz")
    // (the quotation first: the present-tense look-up builds word forms, and most words stand by none)
    if (!(t.f & LX_SPEECH) && quoted && nextToQuotation(inp, i) && (QUOTE_CUE_VERBS.has(t.key) || isPresentOfCue(t.key))) {
      out.push(i);
      continue;
    }
    if (!(t.f & LX_SPEECH)) continue;
    const lemma = SPEECH_VERBS.get(t.key);
    if (!lemma) continue;
    if (t.cap && !(tokens[i + 1]?.k === WORD)) continue;
    // a plural noun before a verb of its own ("the Russian claims are false", "his reports were")
    // (after a pronoun it is a verb: "the resolve she argues is needed")
    // (also a singular one after a modifier: "the AP report is misleading", "the last claim was";
    // not a relative's verb after its subject: "something aides argue is possible", "would claim was")
    const pv = tokens[i - 1];
    const nounAfter = !!pv && i > s.a && (pv.k === POSS || pv.cap || (pv.k === WORD && !pv.key.endsWith("s") && !MODALS.includes(pv.key)));
    if ((t.key.endsWith("s") || (t.key === lemma && nounAfter)) && lemma !== "say" && isWordKey(tokens[i + 1], BE) && !tokens[i + 1]!.cap && !(i > s.a && isWordKey(pv, PRON_SG)))
      continue;
    // "could have requested a recount", "should have said so": a counterfactual, no claim made
    if (t.key.endsWith("ed") && tokens[i - 1]?.key === "have" && (tokens[i - 2]?.key === "could" || tokens[i - 2]?.key === "should" || tokens[i - 2]?.key === "might")) continue;
    // "added 25 points", "the index added 0.4%": an amount added, not words
    if (lemma === "add" && addsAmount(tokens, i, s.b)) continue;
    // "added to her lead", "adding to the confusion": to add to something is to increase it
    if (lemma === "add" && tokens[i + 1]?.key === "to" && isWordKey(tokens[i + 2], DETS) && !nextToQuotation(inp, i) && !quoteSoon(tokens, i, s.b)) continue;
    // "added a goal and an assist", "wrote handbooks for the game": a thing added or written,
    // not words ("added the plan was dead" keeps its cue)
    // ("added" only with a count in its object, "his seventh", "three assists", or a place it was
    // added to, "added two rooms to the school")
    if ((lemma === "write" || (lemma === "add" && (countInObject(tokens, i, s.b) || addedTo(tokens, i, s.b)))) && objectOnly(tokens, i, s.b) && !nextToQuotation(inp, i)) continue;
    if (lemma === "call" && !CALL_PREPS.includes(tokens[i + 1]?.key ?? "") && !quoteSoon(tokens, i, s.b) && labelAfterCall(tokens, i, s.b) < 0) continue;
    // a passive with its agent ("a strike called by the unions", "a plan described by critics")
    if (t.key.endsWith("ed") && tokens[i + 1]?.key === "by") continue;
    // … also over a time or place before the agent ("the move announced on Monday by the minister")
    if (t.key.endsWith("ed") && reducedPassive(tokens, i, s.a, s.b)) continue;
    // passives ("are said to", "was asked") and nouns ("a report", "Adnan's claims")
    let p = i - 1;
    while (
      p >= s.a &&
      tokens[p]!.k === WORD &&
      (tokens[p]!.key === "also" || tokens[p]!.key === "again" || tokens[p]!.key === "not" || isLyAdverb(tokens, p, s.a))
    )
      p--;
    const pt = tokens[p];
    if (
      pt &&
      p >= s.a &&
      ((isWordKey(pt, BE) && !t.key.endsWith("ing")) || pt.k === POSS || (isWordKey(pt, DETS) && !THAT_THIS.includes(pt.key)))
    )
      continue;
    // (so does one in -ed between a number or a preposition and a noun: "271 pledged delegates",
    // "of pledged delegates"; not "a study from 2011 noted the …")
    const nx = tokens[i + 1];
    if (t.key.endsWith("ed") && pt && p >= s.a && pt.k === WORD && (pt.num || ADJ_PREPS.has(pt.key)) && nx?.k === WORD && !nx.cap && !DETS.has(nx.key) && !PRON_SG.has(nx.key) && !PRON_OTHER.has(nx.key) && !CLAUSE_OPENERS.has(nx.key))
      continue;
    // ("states" is the noun unless a clause follows: "Some states remained …", "member states")
    if (t.key === "states" && !clauseFollows(tokens, i, s.b)) continue;
    // a participle in -en reports only after "have" ("has written that"); else it is an adjective
    // ("received written comments", "spoken promises")
    if (t.key.endsWith("en") && !(pt && pt.k === WORD && HAVE.has(pt.key))) continue;
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
      // ("continues to insist" carries the cue on)
      if (pt.key === "to" && carryOn(tokens, s.a, p) === p) continue;
    }
    // a cue that only reports with a clause after it ("maintained he was innocent", not "maintains
    // an office"; "expressed hope that", not "expressed outrage")
    if (CLAUSE_ONLY.has(lemma) && !clauseFollows(tokens, i, s.b)) continue;
    if (
      (AMBIGUOUS.has(t.key) ||
        (t.key.endsWith("s") && lemma !== "say" && !t.key.endsWith("ss") && tokens[p]?.k === WORD) ||
        // a base form after a lower-case noun and before a prepositional phrase is the head of a
        // compound ("an extradition request to the one from X", "the budget request for $22bn")
        // (not an owner's: "Ruiz's initial request for …")
        (t.key === lemma && tokens[p]?.k === WORD && !MODALS.includes(tokens[p]!.key) && tokens[p - 1]?.k !== POSS && prepositionalPhraseAt(tokens, i + 1))) &&
      pt &&
      p >= s.a &&
      !(
        pt.k === WORD &&
        ((pt.cap && !capitalisedModifier(tokens, p, s.a)) ||
          ((pt.key === "who" || pt.key === "which") && ",—–-".includes(tokens[p - 1]?.t ?? "x")) ||
          PRON_SG.has(pt.key) ||
          PRON_OTHER.has(pt.key) ||
          SOURCE_NOUNS.has(pt.key) ||
          ROLE_NOUNS.has(pt.key) ||
          COMPANY_NOUNS.has(pt.key) ||
          isLearnedSourceHead(pt.key) ||
          VERB_FILLERS.has(pt.key))
      )
    )
      continue;
    out.push(i);
  }
  // ("…,” Ruiz noted, as reported by the Ledger.": a credit for words another cue attributes, or a
  // quotation, is no claim of the outlet's)
  if ((quoted || out.length > 1) && out.some((i) => tokens[i]!.key === "as")) return out.filter((i) => tokens[i]!.key !== "as");
  return out;
}

/** Token i is "as" of "as reported by" ("As reported by the Harbor Ledger, …", "…, as first
 *  reported by Reuters."): a cue read as "according to", its source after "by". */
export function isAsReportedBy(tokens: Token[], i: number): boolean {
  if (tokens[i]!.key !== "as") return false;
  const r = tokens[i + 1]?.key === "first" || tokens[i + 1]?.key === "previously" ? i + 2 : i + 1;
  return tokens[r]?.key === "reported" && tokens[r + 1]?.key === "by";
}

/** Words between "as" and "put it" in "as Ruiz puts it" (the subject's phrase), at most. */
const MAX_AS_SUBJECT = 6;

/** Token i is "put"/"puts" in "as X put(s) it" ("As Ruiz puts it, …", "…, as one aide put it."). */
export function isAsPutIt(tokens: Token[], i: number, a: number): boolean {
  const t = tokens[i]!;
  if ((t.key !== "put" && t.key !== "puts") || t.cap || tokens[i + 1]?.key !== "it") return false;
  for (let k = i - 2; k >= a && i - k <= MAX_AS_SUBJECT + 1; k--) {
    const u = tokens[k]!;
    if (u.k !== WORD && u.k !== POSS) return false;
    if (u.key === "as") return k === a || tokens[k - 1]!.t === "," || tokens[k - 1]!.k === WORD;
  }
  return false;
}

/** Words before a capitalised modifier of a plural noun ("of Republican claims", "many Democratic reports"). */
const MODIFIER_LEADS = new Set("many some most all several few other such both two three four five".split(" "));
/** Words before "of" that count what follows ("32% of", "half of", "most of"). */
const COUNT_BEFORE_OF = new Set("percent half most all some many number share majority dozens".split(" "));

/** The capitalised word at p modifies the noun after it: a quantifier, a number, a per cent sign
 *  or a count and "of" stands right before it ("32% of Republican claims", "many Democratic
 *  reports"), so the plural after it is no verb of a subject named p ("The Kremlin claims" keeps it). */
function capitalisedModifier(tokens: Token[], p: number, a: number): boolean {
  const q = p - 1 >= a ? tokens[p - 1] : undefined;
  if (!q) return false;
  if (q.t === "%" || q.num) return true;
  // ("32% of Republican claims", not "the city of Dunmore claims")
  if (q.key === "of") {
    const c = p - 2 >= a ? tokens[p - 2] : undefined;
    return !!c && (c.t === "%" || c.num || COUNT_BEFORE_OF.has(c.key));
  }
  return q.k === WORD && !q.cap && MODIFIER_LEADS.has(q.key);
}

/** Cues a headline in title case reports with. */
const HEADLINE_CUES = new Set("says said warns claims insists admits vows urges tells predicts denies".split(" "));

/** At least four words, and all but a few of them capitalised ("Ruiz Says Port Will Reopen In May"). */
function titleCase(inp: SentenceInput): boolean {
  const { tokens, s } = inp;
  let words = 0;
  let caps = 0;
  for (let k = s.a; k < s.b; k++) {
    const u = tokens[k]!;
    if (u.k !== WORD) continue;
    words++;
    if (u.cap) caps++;
  }
  return words >= 4 && caps >= words * 0.8;
}

/** Prepositions that open a noun's complement ("a request for …", "a warning to the …"). */
const NOUN_PREPS = new Set("to for from of on over about".split(" "));

/** A preposition at k opens a noun phrase (a determiner, a number or a currency sign after it),
 *  not an infinitive ("request to be heard"). */
function prepositionalPhraseAt(tokens: Token[], k: number): boolean {
  const p = tokens[k];
  const n = tokens[k + 1];
  if (!p || p.k !== WORD || p.cap || !NOUN_PREPS.has(p.key) || !n) return false;
  return n.num || "$€£".includes(n.t) || (n.k === WORD && DETS.has(n.key));
}

/** Words before a participle that make it a verb of its own clause, not a noun's modifier. */
const NOT_NOUN_BEFORE = new Set("and or but who which that also not never just then once again first".split(" "));

/**
 * "the unilateral move announced on Monday by the minister": a participle right after a lower-case
 * noun, with its agent ("by …") within a few words and nothing but words between, modifies the
 * noun; it reports nothing.
 */
function reducedPassive(tokens: Token[], i: number, a: number, end: number): boolean {
  const p = tokens[i - 1];
  if (i - 1 < a || !p || p.k !== WORD || p.cap || p.key.endsWith("ly") || NOT_NOUN_BEFORE.has(p.key)) return false;
  if (PRON_SG.has(p.key) || PRON_OTHER.has(p.key) || HAVE.has(p.key) || BE.has(p.key) || MODALS.includes(p.key) || SUBORD.has(p.key)) return false;
  for (let k = i + 1; k < end && k - i <= 5; k++) {
    const u = tokens[k]!;
    if (u.k !== WORD || u.key === "that") return false;
    if (u.key === "by") return k > i + 1;
  }
  return false;
}

/** Words that may stand between a verb and its amount ("added more than 2%"). */
const AMOUNT_LEADS = new Set("more than less about nearly almost roughly some another a an further additional over just around".split(" "));

/**
 * The verb at i is followed by an amount ("25 points", "$1.2 billion", "0.4%", "a further 3%") with
 * no verb of a clause in the next words: arithmetic, not speech ("added 30 people had died" keeps
 * its cue).
 */
function addsAmount(tokens: Token[], i: number, end: number): boolean {
  let k = i + 1;
  while (k < end && k - i <= 3 && tokens[k]!.k === WORD && !tokens[k]!.num && AMOUNT_LEADS.has(tokens[k]!.key)) k++;
  if (k < end && "$€£¥".includes(tokens[k]!.t)) k++;
  if (!(k < end && tokens[k]!.num)) return false;
  for (let m = k + 1; m < end && m - k <= 4; m++) {
    const u = tokens[m]!;
    if (u.k === WORD && !u.cap && (FINITE.has(u.key) || (u.key.endsWith("ed") && m > k + 1))) return false;
  }
  return true;
}

/** Number words and ordinals. */
const COUNT_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" "),
);

/** A number or a count word within the first words after the verb ("his seventh", "three assists"). */
function countInObject(tokens: Token[], i: number, end: number): boolean {
  for (let m = i + 1; m < end && m - i <= 3; m++) {
    const u = tokens[m]!;
    if (u.k !== WORD) return false;
    if (u.num || COUNT_WORDS.has(u.key) || /^\d+(st|nd|rd|th)$/.test(u.key)) return true;
  }
  return false;
}

/** "added smaller landers to the contract": a noun phrase of a few words after the verb, then
 *  "to" and a determiner, a possessive or a name (not "added the plan to cut jobs would fail"). */
function addedTo(tokens: Token[], i: number, end: number): boolean {
  for (let m = i + 2; m < end && m - i <= 5; m++) {
    const u = tokens[m]!;
    if (u.k !== WORD || u.key === "that") return false;
    if (u.key !== "to") continue;
    const n = tokens[m + 1];
    return !!n && n.k === WORD && (DETS.has(n.key) || n.cap);
  }
  return false;
}

/** Words that cannot open the object noun phrase of "added"/"wrote" (time and manner words,
 *  question words) — after them the verb may still report. */
const NOT_OBJECT_START = new Set(
  "today yesterday tonight later earlier again also too then now further how what why whether if so not never last next".split(" "),
);
/** Written pieces that carry words ("wrote a letter to X asking …", "has written a book in which
 *  he …"): an object headed by one keeps the cue. */
const WRITTEN_PIECES = new Set(
  "letter letters book books memoir op-ed column essay article articles memo email emails post posts blog note statement report tweet message editorial piece".split(" "),
);
/** Prepositions and markers that end the object noun phrase of "added"/"wrote". */
const OBJECT_END = new Set(
  (
    "for to of in on at with from by into over under about during against as where which who while when after before because " +
    "since than"
  ).split(" "),
);

/**
 * The verb at i ("added", "wrote") takes a noun phrase object ("his seventh", "three assists",
 * "handbooks", "the letter himself") with no verb of a clause before the phrase ends (a comma, a
 * preposition, a subordinator or the sentence end): a thing added or written, not words. A
 * quotation, "that" or a colon in the phrase keeps the cue, and so does a finite verb ("added the
 * plan was dead"); an object that opens with a preposition, a capitalised word or a time word
 * ("wrote on Twitter", "added Tuesday") is not read.
 */
function objectOnly(tokens: Token[], i: number, end: number): boolean {
  // (a participle reports for its clause: "…, adding his voice", "writing a series of posts")
  if (tokens[i]!.key.endsWith("ing") || quoteSoon(tokens, i, end)) return false;
  // (the piece then reports, "wrote a letter to X asking …", "a book in which he …"; a piece alone,
  // "wrote a children's book", is a thing written)
  // (not a piece the words were written in: "“…,” his wife wrote in a letter to the court")
  const medium = tokens[i + 1]?.key === "in";
  for (let m = i + 1; !medium && m < end && m - i <= 6; m++) if (tokens[m]!.k === WORD && WRITTEN_PIECES.has(tokens[m]!.key)) return !pieceReports(tokens, m, end);
  const f = tokens[i + 1];
  if (!f || i + 1 >= end || f.k !== WORD || f.key === "that" || NOT_OBJECT_START.has(f.key) || OBJECT_END.has(f.key)) return false;
  if (f.cap && !DETS.has(f.key) && !f.num) return false;
  if (FINITE.has(f.key) || isLyAdverb(tokens, i + 1, i + 1)) return false;
  for (let m = i + 1; m < end && m - i <= 14; m++) {
    const u = tokens[m]!;
    if (u.k === QUOTE || u.t === ":") return false;
    if (u.k === WORD && m - i <= 3 && TIME_NOUNS.has(u.key)) return false;
    if (u.k === POSS) continue;
    // (an apposition, then the clause: "wrote the local paper, The Daily Star, that …")
    if (u.t === ",") return !thatAfterAside(tokens, m, end);
    if (u.k !== WORD) return true;
    if (u.key === "that") return false;
    if (!u.cap && (FINITE.has(u.key) || u.key.endsWith("n't") || (u.key.endsWith("ed") && m > i + 1))) return false;
    if (m > i + 1 && OBJECT_END.has(u.key)) return true;
  }
  return true;
}

/** After the written piece at m, the sentence goes on with what it says: "that", a colon or a
 *  quotation, a relative ("in which", "which"), or a participle ("asking", "calling for"). */
function pieceReports(tokens: Token[], m: number, end: number): boolean {
  for (let k = m + 1; k < end; k++) {
    const u = tokens[k]!;
    if (u.k === QUOTE || u.t === ":") return true;
    if (u.k === WORD && !u.cap && (u.key === "that" || u.key === "which" || u.key === "saying" || (u.key.endsWith("ing") && SPEECH_VERBS.has(u.key)))) return true;
  }
  return false;
}

/** The comma at c opens an aside closed by a comma and "that" within a few words. */
function thatAfterAside(tokens: Token[], c: number, end: number): boolean {
  for (let k = c + 1; k < end && k - c <= 8; k++) if (tokens[k]!.t === ",") return tokens[k + 1]?.key === "that";
  return false;
}


/**
 * A clause opens at k: "that", or a subject (a pronoun, or a noun phrase of up to four words
 * opened by a determiner, a number, a capitalised word or a bare lower-case noun) followed by a
 * finite verb ("voters would reject", "the ice is melting", "Ruiz had won"). Not a preposition
 * ("believe in"), an object pronoun ("believe him") or a to-infinitive.
 */
function beliefClauseAt(tokens: Token[], k: number, end: number): boolean {
  const f = tokens[k];
  if (!f || k >= end || f.k !== WORD) return false;
  if (f.key === "that" && !f.cap) return true;
  if (OBJECT_END.has(f.key) || NOT_OBJECT_START.has(f.key) || FINITE.has(f.key) || f.key === "him" || f.key === "them" || f.key === "me" || f.key === "us") return false;
  for (let m = k + 1; m < end && m - k <= 4; m++) {
    const u = tokens[m]!;
    if (u.k === POSS) continue;
    if (u.k !== WORD) return false;
    if (!u.cap && (FINITE.has(u.key) || u.key.endsWith("n't"))) return true;
    if (OBJECT_END.has(u.key)) return false;
  }
  return false;
}

/** A present-tense form in -s of a learned cue verb that the lists hold only in the past
 *  ("shouts" of "shouted", "comments" of "commented"). */
function isPresentOfCue(key: string): boolean {
  return pastFormsOf(key).some((f) => SPEECH_VERBS.has(f) || QUOTE_CUE_VERBS.has(f) || THAT_CUE_VERBS.has(f));
}

/** Token i attributes a quotation next to it: a closing mark a short subject before it (`…,” the
 *  man shouted`), or an opening mark right after it or after a colon or comma (`reads: “…”`). */
function nextToQuotation(inp: SentenceInput, i: number): boolean {
  const { tokens, inside, s } = inp;
  for (let m = i - 1; m >= s.a && i - m <= 6; m--) {
    const t = tokens[m]!;
    if (t.k === QUOTE) return m > s.a && inside[m - 1] === 1 && ",?!".includes(tokens[m - 1]!.t);
    if (t.k !== WORD && t.k !== POSS) break;
  }
  let k = i + 1;
  if (tokens[k]?.t === ":" || tokens[k]?.t === ",") k++;
  return k + 1 < s.b && tokens[k]!.k === QUOTE && inside[k + 1] === 1;
}

/** A quotation opens within the next few tokens ("called him a “loser”"). */
export function quoteSoon(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 8; k++) {
    const t = tokens[k]!;
    // (an apostrophe glued to a plural is a possessive: "the dockworkers' unions")
    if (t.k === QUOTE && !(t.t.length === 1 && "'’".includes(t.t) && tokens[k - 1]!.e === t.s && tokens[k - 1]!.key.endsWith("s"))) return true;
  }
  return false;
}


/** Prepositions before an -ed word that make it an adjective ("of pledged delegates"). */
const ADJ_PREPS = new Set("of in on with for from among".split(" "));
/** Words that open a cue's clause or object ("questioned whether …", "argued to …"). */
const CLAUSE_OPENERS = new Set("that whether if how what why who when where to about against".split(" "));

/** Cues that only report when a clause follows. */
const CLAUSE_ONLY = new Set("maintain express signal show find".split(" "));

/** "that", or a subject pronoun, within the next few words (over "the belief", "hope", adverbs). */
function clauseFollows(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 4; k++) {
    const u = tokens[k]!;
    if (u.k !== WORD) return false;
    if (u.key === "that" || u.key === "he" || u.key === "she" || u.key === "they" || u.key === "it" || u.key === "we" || u.key === "i")
      return true;
  }
  return false;
}
