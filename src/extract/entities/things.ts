/**
 * Evidence in a name's surroundings that it names a thing, not a person: a hashtag ("#Morgan
 * Tulsa show") or a price right before it ("the $900 Zenta Vista Pro"), a party tag ("R-Utah"),
 * a firm's staff after it ("X Y chief economist Ana Ruiz"), "its" after its verb ("X Y cut its forecast"),
 * a firm's noun framing it ("the law firm X Y", "X Y, a Texas-based firm,"). Weights in person.ts's
 * PERSON_WEIGHTS. And one thing a name holds: a nickname in quotes (Walter "Big Walt" Henley).
 */
import { COMPANY_NOUNS, ORG_WORDS, SPEECH_VERBS } from "../lexicon/index.ts";
import { PUNCT, QUOTE, WORD, type Token } from "../tokens.ts";
import type { Chunk } from "./chunks.ts";
import { NW_COMMON, isGiven, nameInfo } from "../names.ts";

/** Currency signs that open a price ("$900", "€30", "£1,200"). */
const CURRENCY_SIGNS = new Set("$ € £ ¥ ₹ ₩".split(" "));

/** The name's first word is a hashtag's ("#Morgan"): a topic tag, and the capitals after it no surname. */
export function isHashtagName(ch: Chunk, tokens: Token[]): boolean {
  const hash = tokens[ch.na - 1];
  return !!hash && hash.k === PUNCT && hash.t === "#" && hash.e === tokens[ch.na]!.s;
}

/** A price stands right before the name ("the $900 Zenta Vista Pro", "a €30 Brisa kettle"): a product's. */
export function isPricedName(ch: Chunk, tokens: Token[]): boolean {
  const n = tokens[ch.a - 1];
  const sign = tokens[ch.a - 2];
  return !!n && n.k === WORD && n.num && /^\d[\d,.]*$/.test(n.t) && !!sign && sign.k === PUNCT && CURRENCY_SIGNS.has(sign.t) && sign.e === n.s;
}

/** A US legislator's party tag ("R-Utah", "D-N.Y."): one word, a party's letter, a hyphen, a state. */
const PARTY_TAG_WORD = /^[DRI]-[A-Z][A-Za-z.]*$/;

/** The name is a party tag standing alone ("Rep. Ann Dale, R-Utah, chair of …"): no person's name. */
export function isPartyTagName(ch: Chunk, tokens: Token[]): boolean {
  return ch.b - ch.na === 1 && PARTY_TAG_WORD.test(tokens[ch.na]!.t);
}

/** Staff a firm is named before ("Harbor Bank analyst Ana Ruiz"); before a name they are its role. */
const ORG_STAFF_AFTER = new Set("analyst analysts economist economists strategist strategists".split(" "));
/** Words that may rank such staff ("chief economist", "senior market analyst"). */
const STAFF_RANKS = new Set("chief senior lead head principal global market markets equity credit research".split(" "));

/** "its" right after the name and one verb or "and" ("cut its", "and its"), not after a speech verb
 *  ("said its profit rose" may be anyone's words about a firm). */
export function itsAfter(tokens: Token[], at: number): boolean {
  const v = tokens[at];
  return !!v && v.k === WORD && !v.cap && !SPEECH_VERBS.has(v.key) && tokens[at + 1]?.key === "its" && (v.key === "and" || /(?:ed|s)$/.test(v.key) || IRREGULAR_PAST.has(v.key));
}
/** Past forms without "-ed" that a firm's news uses before "its" ("cut its forecast", "set its price"). */
const IRREGULAR_PAST = new Set("cut set put kept held made took gave sold bought won lost shut hit left led sent spent".split(" "));

/** Where a firm's staff word stands right after `at`, past up to two ranks ("chief economist"), or -1. */
export function staffAfter(tokens: Token[], at: number): number {
  for (let i = at; i < at + 3; i++) {
    const t = tokens[i];
    if (!t || t.k !== WORD || t.cap) return -1;
    if (ORG_STAFF_AFTER.has(t.key)) return i;
    if (!STAFF_RANKS.has(t.key)) return -1;
  }
  return -1;
}

/** After an opening quote at q: one to three capitalised words, the closing quote and a
 *  capitalised name word; the index of that name word, else -1. */
export function nicknameEnd(tokens: Token[], q: number, end: number, nameWord: (t: Token) => boolean): number {
  let k = q + 1;
  while (k < end && k - q <= 3 && tokens[k]!.k === WORD && tokens[k]!.cap && !tokens[k]!.num) k++;
  const after = tokens[k + 1];
  if (k === q + 1 || tokens[k]?.k !== QUOTE || k + 1 >= end || !after || after.k !== WORD || !after.cap || !nameWord(after)) return -1;
  return k + 1;
}

/** How many words may stand between an article and a firm's noun ("the Ohio-based law firm"). */
const FIRM_NOUN_REACH = 3;
const ARTICLES = new Set(["the", "a", "an"]);

/** From the firm's noun at i back to an article, over a few words ("the Ohio-based law firm");
 *  `indefinite`: "a" or "an" only. */
function articleBefore(tokens: Token[], i: number, from: number, indefinite = false): boolean {
  for (let j = i - 1; j >= Math.max(from, i - FIRM_NOUN_REACH); j--) {
    const t = tokens[j]!;
    if (t.k !== WORD || t.num) return false;
    if (ARTICLES.has(t.key)) return !indefinite || t.key !== "the";
  }
  return false;
}

/** Firms' nouns that also name a person or a people by their trade or a voters' group ("the
 *  developer Ana Ruiz", "the retailing giant Ana Ruiz", "a group Ana Ruiz won"): not the frame. */
const PERSON_TOO = new Set("group maker producer manufacturer carrier developer supplier operator business broker giant startup utility".split(" "));
const firmNoun = (t: Token | undefined): boolean => !!t && t.k === WORD && !t.cap && COMPANY_NOUNS.has(t.key) && !PERSON_TOO.has(t.key);
/** What may follow the firm's noun closing an apposition: its end, or a clause about the firm. */
const APPOSITION_END = new Set([",", ".", ";", ":", ")", "that", "which"]);

/**
 * A firm's noun after an article frames the name as that firm: before it ("the law firm Hale
 * Dorsey", "a company called Hale Dorsey"; after a naming verb any body's noun, "a group known as
 * Hale Front") or as its apposition ("Hale Dorsey, the Panamanian law
 * firm,"); a person's apposition ends in their job ("Ana Ruiz, the firm's founder"), not the noun.
 */
export function firmNamed(ch: Chunk, tokens: Token[], from: number, to: number): boolean {
  let i = ch.a - 1;
  // ("a group known as X", "a program called X": after a naming verb any body's noun frames it,
  // with "a", not "the party named X its leader", a verb's)
  let named = false;
  if (tokens[i]?.k === WORD && (tokens[i]!.key === "called" || tokens[i]!.key === "named")) [i, named] = [i - 1, true];
  else if (tokens[i]?.key === "as" && tokens[i - 1]?.key === "known") [i, named] = [i - 2, true];
  const body = (t: Token | undefined): boolean => !!t && t.k === WORD && !t.cap && (ORG_WORDS.has(t.key) || COMPANY_NOUNS.has(t.key));
  if (i > from && firmNoun(tokens[i]) && articleBefore(tokens, i, from, named)) return true;
  if (i > from && named && body(tokens[i]) && articleBefore(tokens, i, from, true)) return true;
  if (tokens[ch.b]?.t !== "," || !ARTICLES.has(tokens[ch.b + 1]?.key ?? "")) return false;
  for (let j = ch.b + 2; j < Math.min(to, ch.b + 2 + FIRM_NOUN_REACH); j++) {
    const t = tokens[j]!;
    if (firmNoun(t)) {
      // (not "the firm's founder": the possessive's head is the person's job)
      const n = tokens[j + 1];
      return !n || APPOSITION_END.has(n.k === WORD ? n.key : n.t);
    }
    if (t.k !== WORD) return false;
  }
  return false;
}

/** The keys of a chunk's name words, joined ("marlow keats"). */
export function nameKeyOf(tokens: Token[], ch: Chunk): string {
  let k = tokens[ch.na]!.key;
  for (let i = ch.na + 1; i < ch.b; i++) k += ` ${tokens[i]!.key}`;
  return k;
}

/** The last word of a street's name ("Linden Drive", "Elm St."), after a house number. */
const STREET_WORDS = new Set(
  "street st avenue ave road rd drive dr lane ln boulevard blvd place pl court ct way terrace parkway pkwy highway hwy circle cir trail square".split(" "),
);

/** A house number before the name and a street's word ending it ("12 Linden Drive"): an address. */
export function isStreetAddress(ch: Chunk, tokens: Token[]): boolean {
  const before = tokens[ch.a - 1];
  return !!before && before.k === WORD && before.num && /^\d{1,6}$/.test(before.t) && STREET_WORDS.has(tokens[ch.b - 1]!.key);
}

/** "Al Qaeda", "Al Shabaab", "El Watan": the Arabic article, written apart, before a word that is no
 *  given name nor English word and is spelt as Arabic is transliterated (a doubled "a", a "q" with no
 *  "u", a final "a"), a body's or a paper's name; not "Al Gore", "Al Sharpton", "Al Pacino". */
export function arabicArticleBody(t: Token, w: Token): boolean {
  if ((t.t !== "Al" && t.t !== "El") || w.k !== WORD || !w.cap || w.allCaps || isGiven(w.key) || (nameInfo(w.key) & NW_COMMON) !== 0) return false;
  const k = w.key;
  const q = k.indexOf("q");
  return k.includes("aa") || (q >= 0 && k[q + 1] !== "u") || k.endsWith("a");
}

/** Surname prefixes written with a capital after them ("McCain", "MacArthur", "DeSantis", "LaHood",
 *  "DiCaprio", "VanHollen"; and given names such as "LaToya", "DeShawn", "JaVale"). */
const INNER_CAP_PREFIXES = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St", "Ja", "Ke", "Ty", "Sha", "Ra"];

const lower = (c: string): boolean => c >= "a" && c <= "z";
const upper = (c: string): boolean => c >= "A" && c <= "Z";

/** A word with a capital after a lower-case letter, or two capitals before lower-case letters, that
 *  no surname prefix explains: a brand's spelling ("JPMorgan", "BlackRock", "PayPal"), no name's. */
export function innerCapital(w: string): boolean {
  if (w.length < 4) return false;
  for (let i = 1; i + 1 < w.length; i++) {
    // "JPMorgan": capitals, then one opening a lower-case run; "BlackRock": lower, then a capital
    const camel = upper(w[i]!) && lower(w[i + 1]!) && (lower(w[i - 1]!) || (i >= 2 && upper(w[i - 1]!) && upper(w[i - 2]!)));
    if (camel) return !INNER_CAP_PREFIXES.some((p) => w.startsWith(p) && p.length === i);
  }
  return false;
}
