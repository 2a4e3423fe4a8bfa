/**
 * The word lists and small tests of role phrases (roles.ts): what ends an apposition, the
 * adverbs and verbs around an office, legislators' titles, party tags.
 */
import { COMMON_CAPS, KIN_NOUNS, LX_COUNTRY_FIRST, PLACE_TO_COUNTRY, ROLE_NOUNS, TITLES } from "../lexicon/index.ts";
import type { Sentence } from "../sentences.ts";
import { POSS, WORD, type Token } from "../tokens.ts";

/** Conjunctions that open a subordinate clause after an office ("governor of Ohio before he was elected"). */
export const CLAUSE_OPENERS = new Set("before after while because although though when whereas until unless".split(" "));

/** Words that cannot open an apposition after a name: relatives, verbs, conjunctions, prepositions, pronouns. */
export const APPOS_STOP = new Set([
  ...["who", "whom", "which", "that", "whose", "where", "when", "said", "says", "told", "and", "but", "is", "was", "are", "were", "have", "has", "had", "will", "would"],
  // (and the openers of an adverbial clause: ", after clashes erupted between the leader's supporters")
  ...["after", "before", "while", "as", "because", "since", "although", "though", "if", "until", "unless", "once", "amid"],
  // (and a prepositional phrase: ", over his ties to Russian President X,")
  ...["over", "with", "without", "during", "despite", "against", "about", "under", "through", "into", "like", "from", "by"],
  // (", on a conference call with reporters", ", in a statement", ", at a rally")
  ...["on", "in", "at"],
  // (", along with a member of the shelter": company, not an apposition)
  ...["along", "alongside", "together", "including", "plus"],
  // (and a new clause: ", so that they can …", ", or that X would …", ", they have mixed feelings …")
  ...["so", "or", "nor", "yet", "they", "he", "she", "it", "we", "i", "you", "there", "could", "should", "can", "may", "might", "must", "especially", "even"],
]);

/** Words after a participle that make it a clause's verb ("arrested and charged", "challenged by"). */
export const PARTICIPLE_NEXT = new Set("by and in with for as on at to from this last".split(" "));

/** Possessive pronouns that open an apposition ("X, his aide,"). */
export const PRONOUNS_OWNING = new Set(["his", "her", "their", "its"]);

/** Finite forms of "be" and "have": inside an apposition they make it a clause. */
export const FINITE = new Set("is are was were has have had".split(" "));

/** Adverbs between "who was" and the role ("who was then the premier's chief of staff"). */
export const WHO_ADVERBS = new Set("then also previously formerly once still now currently until".split(" "));

/** Titles of legislators. */
export const LEGISLATORS = new Set(
  "sen senator sens senators rep reps representative representatives congressman congresswoman congressmember mp mps mep lawmaker legislator assemblyman assemblywoman delegate".split(" "),
);
// a role's text → whether a word of it is a legislator's title; bounded (cleared when full), as
// the same few role texts recur on every page
const LEGISLATOR_TEXTS = new Map<string, boolean>();
export function namesLegislator(text: string): boolean {
  let v = LEGISLATOR_TEXTS.get(text);
  if (v === undefined) {
    v = text.split(/\s+/).some((w) => LEGISLATORS.has(w.toLowerCase().replace(/\.$/, "")));
    if (LEGISLATOR_TEXTS.size >= 512) LEGISLATOR_TEXTS.clear();
    LEGISLATOR_TEXTS.set(text, v);
  }
  return v;
}

/** tokens[h - 1], tokens[h] name a place of two words ("New Zealand", "Costa Rica"). */
export function placeOfTwoEndsAt(tokens: Token[], h: number): boolean {
  const p = tokens[h - 1];
  return !!p && p.cap && (p.f & LX_COUNTRY_FIRST) !== 0 && PLACE_TO_COUNTRY.has(`${p.key} ${tokens[h]!.key}`);
}

/** "who heads / leads / chairs X": the office over a body, as a role noun. */
export const HEADS_VERBS = new Map([
  ...["heads", "headed", "runs", "ran", "helms", "helmed"].map((v) => [v, "head"] as const),
  ...["leads", "led"].map((v) => [v, "leader"] as const),
  ...["chairs", "chaired"].map((v) => [v, "chair"] as const),
  ...["directs", "directed"].map((v) => [v, "director"] as const),
]);

/** Party words that name a member when they stand as the noun ("a Democrat", "the top Tory"). */
export const PARTY_NOUNS = new Set("democrat democrats republican republicans tory tories".split(" "));

/** Prepositions joining a role to its complement ("envoy to Peru", "minister for Europe"). */
export const COMPLEMENT_PREPS = new Set("to for of in at".split(" "));

/** "(D-Minn.)", ", R-Texas,", " (I-Vt.)": a party letter and a state right after a name. */
export const PARTY_TAG = /^\s*[(,]\s*([DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]/;

/** Punctuation that closes an apposition after a name. */
export const APPOS_CLOSERS = new Set([",", ")", ".", ";"]);

/** A plural of an office ("reporters", "senators"): it names no one person. */
export function isPluralOffice(key: string): boolean {
  return key.endsWith("s") && ROLE_NOUNS.has(key.slice(0, -1));
}

/** A lower-case preposition or clause word before an office makes the office its object ("the idea
 *  of a running mate", "unlike their counterparts"). */
export function isPrepWord(t: Token): boolean {
  return t.k === WORD && !t.cap && (COMPLEMENT_PREPS.has(t.key) || APPOS_STOP.has(t.key) || t.key === "unlike");
}

/** text[a..b) is only a party tag in parentheses (" (D-Ill.)"), as between names of a list. */
export function tagBetween(text: string, a: number, b: number): boolean {
  const s = text.slice(a, b);
  const m = s.length <= 24 ? PARTY_TAG.exec(s) : null;
  return !!m && m[0].length === s.trimEnd().length && s.trimStart().startsWith("(");
}

/** "Sens.", "Foreign Ministers": a title phrase whose last word is the plural of a title. */
export function isPluralTitle(role: string): boolean {
  const w = role.split(" ").pop()!.toLowerCase().replace(/\.$/, "");
  return w.length > 3 && w.endsWith("s") && (TITLES.has(w.slice(0, -1)) || ROLE_NOUNS.has(w.slice(0, -1)));
}

/** Words of a title between a kinship noun and the name ("her husband, former President …"). */
const TITLE_LEAD = new Set("former late then retired".split(" "));

/** The name at token `a` follows a kinship noun, with or without a comma and a title between
 *  ("his son Hunter …", "her husband, former Governor Luc …"). */
export function introducedAsKin(tokens: readonly Token[], a: number): boolean {
  let i = a - 1;
  for (let n = 0; n < 4 && i > 0; n++, i--) {
    const t = tokens[i]!;
    if (t.k !== WORD || !(t.cap || TITLE_LEAD.has(t.key))) break;
  }
  if (tokens[i]?.t === ",") i--;
  const t = tokens[i];
  return !!t && t.k === WORD && !t.cap && KIN_NOUNS.has(t.key);
}

/** Courtesy titles that open another person's name: after a name's comma, a list goes on. */
const LIST_TITLES = new Set("mr mrs ms miss".split(" "));

/** tokens[j] opens another titled name, no owner of an office (", Ms. Dorn and Mr. Amar"; not ",
 *  Mr. Obama's deputy adviser,"). */
export function opensListedName(tokens: Token[], s: Sentence, j: number): boolean {
  const u = tokens[j]!;
  if (!(u.k === WORD && u.cap && LIST_TITLES.has(u.key))) return false;
  let k = j + 1;
  while (k < s.b && tokens[k]!.k === WORD && tokens[k]!.cap) k++;
  return tokens[k]?.k !== POSS;
}

/** Verbs that give their subject an office ("Hale becoming president", "him named chairman"). */
const BECOMING = new Set("becoming become becomes became being named elected appointed".split(" "));
/** Object pronouns that are such a verb's subject ("the prospect of him becoming president"). */
const OBJECT_PRONOUNS = new Set("him her them it".split(" "));

/** The office opening at tokens[ra] is what another subject becomes ("the prospect of Hale becoming
 *  president, Ruiz said"; not "After becoming president, Ruiz …"). */
export function othersOffice(tokens: Token[], s: Sentence, ra: number): boolean {
  const v = ra - 1;
  const w = tokens[v - 1];
  return v - 1 >= s.a && BECOMING.has(tokens[v]!.key) && !!w && w.k === WORD && ((w.cap && !COMMON_CAPS.has(w.key)) || OBJECT_PRONOUNS.has(w.key));
}
