/**
 * Small closed word classes the attribution steps read (determiners, subordinators, pronouns,
 * nominal cues, document nouns, role synonyms), built once.
 */
import { ORG_ACRONYMS } from "../lexicon/index.ts";
import { POSS, type Token, WORD } from "../tokens.ts";

export const CALL_PREPS: readonly string[] = ["on", "for", "upon"];
export const THAT_THIS: readonly string[] = ["that", "this"];
export const MODALS: readonly string[] = ["to", "will", "would", "could", "should", "may", "might", "must", "can"];
export const DEFINITE_DETS: readonly string[] = ["the", "his", "her", "their", "its"];
export const OFFICIAL_WORDS: readonly string[] = ["official", "officials"];
export const ISSUER_PREPS: readonly string[] = ["from", "by", "of"];
export const NOT_INVERTED_AFTER: readonly string[] = "that on in at after before during last this earlier".split(" ");
export const THIS_WHICH: readonly string[] = ["this", "which"];
/** Verbs of belief and worry ("think", "believe", "fear", "worry"): cues when a clause follows. */
export const BELIEF_VERBS: ReadonlySet<string> = new Set(
  (
    "think thinks thought believe believes believed fear fears feared worry worries worried suspect suspects suspected"
  ).split(" "),
);
export const BELIEF_NOUNS: readonly string[] = "belief view hope position concern opinion conviction assessment claim".split(" ");
export const CUE_OBJECT_WORDS: readonly string[] =
  "reporters journalists media conference court team parliament lawmakers supporters cheering crowd audience delegates negotiating us him her them me with of about for to".split(
    " ",
  );
export const TIME_LEADS: readonly string[] = ["on", "last", "late", "earlier", "this", "today", "yesterday"];
/** Nouns of time ("wrote this week": an object opening with one is an adjunct; "A month later, …"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set("week weekend month year day night morning afternoon evening".split(" "));

export const WEEKDAYS: readonly string[] = "monday tuesday wednesday thursday friday saturday sunday".split(" ");
export const BE_FORMS: readonly string[] = ["was", "is", "were", "are"];
export const OBJECT_PREPS: readonly string[] = ["of", "for", "about", "against"];
export const THE_HIS_HER: readonly string[] = ["the", "his", "her"];
export const SUBORD_OPENERS: readonly string[] =
  "while although though if when as because since whereas unless after before until once".split(" ");

export const ORG_ACRONYMS_SET = new Set(ORG_ACRONYMS.keys());
export const NOMINAL_CUES = new Set(
  (
    "claim claims statement statements remarks remark comment comments assertion words description promise pledge warning " +
    "tweet tweets speech call accusation charge insistence"
  ).split(" "),
);
export const DOCUMENT_NOUNS = new Set("statement report letter document memo filing release communique notice".split(" "));
/** Studies and documents that report what they found ("the audit found the funds were missing"). */
export const FINDING_NOUNS = new Set("audit study survey review inquiry investigation probe analysis report poll memo filing".split(" ").flatMap((w) => [w, `${w}s`]));
export const DETS = new Set("a an the this that these those his her its their our my your".split(" "));
export const SUBORD = new Set(
  (
    "after when while as because although though since before if that who which where whereas unless until once than whether"
  ).split(" "),
);
export const HAVE = new Set("has have had having".split(" "));
export const BE = new Set("is are was were be been being am 's".split(" "));
export const PRON_SG = new Set("he she him her".split(" "));
export const PRON_OTHER = new Set(["they", "it", "we"]);
export const GOV_ROLE_HEADS = new Set(
  (
    "president secretary senator governor mayor minister premier chancellor nominee candidate congressman congresswoman " +
    "lawmaker speaker leader chairman chairwoman"
  ).split(" "),
);
export const ROLE_SYNONYMS: Record<string, string[]> = {
  chief: ["chief", "director-general", "director", "head", "leader", "secretary-general", "president"],
  head: ["head", "chief", "director", "leader"],
  judge: ["judge", "justice", "magistrate"],
  justice: ["justice", "judge"],
  finmin: ["finance", "minister"],
  spokesman: ["spokesman", "spokesperson", "spokeswoman"],
  spokeswoman: ["spokesman", "spokesperson", "spokeswoman"],
  spokesperson: ["spokesman", "spokesperson", "spokeswoman"],
  premier: ["premier", "prime"],
  lawyer: ["lawyer", "attorney", "counsel"],
  attorney: ["lawyer", "attorney", "counsel"],
  // a title abbreviated before the name ("Gov. Ana Ruiz" is "the governor", "Sen. Ana Ruiz" "the
  // senator", "Rep. Tom Hale" "the congressman")
  governor: ["governor", "gov"],
  senator: ["senator", "sen"],
  congressman: ["congressman", "congresswoman", "representative", "rep"],
  congresswoman: ["congressman", "congresswoman", "representative", "rep"],
};

export function isWordKey(t: Token | undefined, keys: Set<string>): boolean {
  return !!t && t.k === WORD && keys.has(t.key);
}

/** Forms that are as often nouns as verbs ("a cautious note", "problematic demands"). */
export const AMBIGUOUS = new Set(
  (
    "note notes report reports claim claims demand demands warning question post posts comment answer states promise promises " +
    "pledge pledges tweets vows stress call calls estimated forecast suggests indicates"
  ).split(" "),
);
export const TELL_OBJECTS = new Set(
  (
    "reporters journalists media conference news agency broadcaster newspaper parliament lawmakers supporters crowd audience " +
    "delegates us him her them me with of for to by via phone email telephone reuters briefing radio television tv interview " +
    "channel"
  ).split(" "),
);
export const INVERT_FORMS = new Set(
  (
    "said says added adds asked wrote writes replied continued explained noted insisted argued warned stressed recalled " +
    "concluded tweeted told"
  ).split(" "),
);

/**
 * The past forms a present-tense form in -s may stand for ("explains" → "explained", "notes" →
 * "noted", "replies" → "replied", "stresses" → "stressed"): a verb is a cue in every tense, while
 * the lists learned from PolNeAR hold the forms its news used (mostly the past). Empty for a word
 * not in -s (or in -ss).
 */
export function pastFormsOf(key: string): string[] {
  if (!key.endsWith("s") || key.endsWith("ss") || key.length < 4) return [];
  const stem = key.slice(0, -1);
  const out = [`${stem}ed`, `${stem}d`];
  if (key.endsWith("ies")) out.push(`${key.slice(0, -3)}ied`);
  if (key.endsWith("es")) out.push(`${key.slice(0, -2)}ed`);
  return out;
}

/** An inverted cue form (`,” said Ana Ruiz`), or its present tense (`,” explains Ana Ruiz`). */
export function isInvertForm(key: string): boolean {
  return INVERT_FORMS.has(key) || pastFormsOf(key).some((f) => INVERT_FORMS.has(f));
}

export function isDay(k: string): boolean {
  return WEEKDAYS.includes(k);
}

/** "went on to say", "goes on to say". */
const GO_FORMS = new Set("went goes go going gone".split(" "));
/** Verbs that carry a cue on before "to" ("continues to insist"). */
const CARRY_ON = new Set("continue continues continued continuing".split(" "));

/** "continues to insist", "went on to say": step back over a verb that carries the cue on. */
export function carryOn(tokens: Token[], a: number, j: number): number {
  if (tokens[j]?.key !== "to" || j - 1 < a) return j;
  if (CARRY_ON.has(tokens[j - 1]!.key)) return j - 2;
  if (j - 2 >= a && tokens[j - 1]!.key === "on" && GO_FORMS.has(tokens[j - 2]!.key)) return j - 3;
  return j;
}

/** Token k is an adverb in -ly ("repeatedly said"), not a noun in -ly after a determiner or a
 *  possessive ("the family said", "his ally said"). */
export function isLyAdverb(tokens: Token[], k: number, a: number): boolean {
  const t = tokens[k];
  if (!t || t.k !== WORD || !t.key.endsWith("ly")) return false;
  const p = k - 1 >= a ? tokens[k - 1] : undefined;
  return !(p && (p.k === POSS || (p.k === WORD && DETS.has(p.key))));
}

/** Object pronouns a label verb names ("called him a liar"). */
const LABEL_OBJECTS = new Set("him her them it himself herself themselves".split(" "));
/** Words that open the label after the object ("the most reckless man", "a liar"). */
const LABEL_OPENERS = new Set("a an the his her their its one another".split(" "));

/** Determiners that open a noun-phrase object of "call" ("called the plan …", "called his remarks …"). */
const OBJECT_OPENERS = new Set("the this that these those his her their its our my".split(" "));
/** Prepositions that end the object of "call" ("called the vote on Tuesday"). */
const CALL_OBJECT_ENDS = new Set("on in at to for of with by from about over into after before during off up back out".split(" "));
/** Words after a label opener that make it a time ("called the police a second time", "the next day"). */
const TIME_AFTER_OPENER = new Set(
  (
    "day days week weeks month months year years time times hour hours minute minutes second third few couple next following " +
    "same morning night evening"
  ).split(" "),
);
/** Adjectives of judgement that stand as a label without an article ("called the plan reckless"). */
const JUDGEMENT_ADJECTIVES = new Set(
  ("reckless irresponsible unacceptable ridiculous absurd outrageous disgraceful shameful dangerous racist sexist " +
    "unconstitutional illegal unlawful unfair unjust wrong false misleading inaccurate baseless unfounded offensive " +
    "appalling disgusting despicable deplorable troubling disturbing alarming unprecedented historic hypocritical " +
    "dishonest corrupt incompetent unqualified unfit divisive pathetic stupid crazy insane ludicrous laughable silly " +
    "naive unrealistic irrational extreme radical unpatriotic cowardly heroic courageous important critical essential " +
    "necessary vital crucial constructive productive encouraging excellent terrible horrible awful tragic regrettable " +
    "unfortunate inappropriate irrelevant premature unnecessary untrue arbitrary cruel inhumane immoral unethical " +
    "illegitimate flawed fair reasonable lawful legitimate credible positive sad counterproductive meaningless " +
    "worthless pointless hateful xenophobic bigoted antisemitic fraudulent rigged fake phony bogus senseless " +
    "shocking embarrassing insulting disrespectful invalid wasteful unsafe unsustainable unworkable impossible " +
    "misguided shortsighted").split(" "),
);
/** Adverbs of degree before such an adjective ("deeply flawed", "totally unacceptable"). */
const DEGREE_WORDS = new Set("very so too totally completely utterly deeply entirely highly extremely politically morally simply".split(" "));

/** Token k opens a label of judgement that ends the clause: an adjective (over an adverb of degree)
 *  followed by punctuation, the sentence end or "and"/"or"/"but". */
function judgementAt(tokens: Token[], k: number, end: number): boolean {
  let m = k;
  if (tokens[m]?.k === WORD && DEGREE_WORDS.has(tokens[m]!.key)) m++;
  const t = tokens[m];
  if (!t || m >= end || t.k !== WORD || t.cap || !JUDGEMENT_ADJECTIVES.has(t.key)) return false;
  const n = tokens[m + 1];
  return m + 1 >= end || !n || n.k !== WORD || n.key === "and" || n.key === "or" || n.key === "but";
}

/**
 * "called him the most reckless man", "called Ruiz a liar", "called the new budget a betrayal",
 * "called the plan reckless": a call-verb at i naming an object (a pronoun, a name, or a noun phrase
 * opened by a determiner) and a label (opened by an article or a possessive, or an adjective of
 * judgement ending the clause); returns the label's first token, or -1.
 */
export function labelAfterCall(tokens: Token[], i: number, end: number): number {
  let k = i + 1;
  const o = tokens[k];
  if (!o || o.k !== WORD) return -1;
  if (LABEL_OBJECTS.has(o.key) && !o.cap) k++;
  else if (OBJECT_OPENERS.has(o.key) && !o.cap) {
    const h = ++k;
    while (k < end && k - h < 3) {
      const u = tokens[k]!;
      if (u.k !== WORD || u.cap || LABEL_OPENERS.has(u.key) || CALL_OBJECT_ENDS.has(u.key) || judgementAt(tokens, k, end)) break;
      k++;
    }
    if (k === h) return -1;
  } else {
    while (k < end && k - i <= 4 && tokens[k]!.k === WORD && tokens[k]!.cap) k++;
    if (k === i + 1) return -1;
  }
  const l = tokens[k];
  if (l && l.k === WORD && !l.cap && LABEL_OPENERS.has(l.key) && k + 1 < end && !TIME_AFTER_OPENER.has(tokens[k + 1]!.key)) return k;
  return judgementAt(tokens, k, end) ? k : -1;
}

/** "that" opens a clause at k or after the one told ("told POLITICO that …", "told the Ledger
 *  that …"): over at most four capitalised words or words of an addressee. */
export function thatAfterObject(tokens: Token[], k: number, end: number): boolean {
  for (let m = k; m < end && m - k < 5; m++) {
    const u = tokens[m]!;
    if (u.key === "that" && !u.cap) return true;
    if (u.k !== WORD || !(u.cap || TELL_OBJECTS.has(u.key) || u.key === "the")) return false;
  }
  return false;
}

/** "F.B.I.", "U.N.": two or more capital letters, each followed by a period. */
export function dottedAcronym(w: string): boolean {
  if (w.length < 4 || w.length % 2 !== 0) return false;
  for (let i = 0; i < w.length; i += 2) if (w[i + 1] !== "." || w[i]!.toLowerCase() === w[i]) return false;
  return true;
}

/** Prepositions after a participle that make a phrase a verb's ("Courted by …", "yelling at …"). */
const VERB_PHRASE_PREPS = new Set("by at on in for from".split(" "));

/** Words (lower-case keys) opening with a participle and its object or phrase: a verb phrase, no
 *  source ("Adopting the recommendations …", "Boasting 108,000 residents …", "Courted by …"). */
export function verbOpened(words: string[]): boolean {
  const [w0, w1] = words;
  if (!w0 || !w1 || w0.length < 5 || w0.endsWith("thing") || !(w0.endsWith("ing") || w0.endsWith("ed"))) return false;
  return DETS.has(w1) || VERB_PHRASE_PREPS.has(w1) || (w1.charCodeAt(0) >= 48 && w1.charCodeAt(0) <= 57);
}
