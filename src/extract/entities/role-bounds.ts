/**
 * Where a role phrase around a name begins and ends, for the reading in roles.ts: the modifiers
 * and owner to the left of its office (roleLeft), a lower-case "of" complement ("chief of staff"),
 * an apposition too long for the reading window, and a plural possessive that is no closing
 * quotation mark; the office a predicate gives a subject ("became", "served as", "was named").
 */
import { AP_STATES, COMMON_CAPS, LX_COUNTRY, LX_ORG, LX_PLACE, PLACE_TO_COUNTRY, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from "../lexicon/index.ts";
import { ROLE_SYNONYMS } from "../attribution/words.ts";
import type { Person } from "../types.ts";
import type { Sentence } from "../sentences.ts";
import { POSS, PUNCT, QUOTE, WORD, type Token } from "../tokens.ts";
import { ARTICLES, HEADED_VERBS, isRoleKey, shouted, tokText } from "./chunks.ts";
import type { RoleEvidence } from "./roles.ts";
import { NAME_TAILS } from "../represents-words.ts";
import { isCommonWord } from "../data/common-words-lookup.ts";

/** Nouns of time that end an adverb before a role phrase ("last week", "earlier this year"). */
const TIME_NOUNS = new Set("week weeks weekend month months year years day days night morning afternoon evening time decade".split(" "));

/** Prepositions joining an office to its complement ("director of the agency", "envoy to Peru"). */
const OFFICE_PREPS = new Set("to for of at".split(" "));

/** Words that end an office's complement ("… of the agency on Monday", "… last year"). */
const APPOINT_STOPS = new Set("on in last this next after before since and but at to for with by as when while".split(" "));

/**
 * The end (exclusive) of an office phrase that opens at r0 after its article, or -1 when no office
 * noun comes in it: its modifiers, owner and capitalised words ("interim", "Jordan's", "State
 * Department"), the office ("director") and a short complement ("of the agency", "to Peru";
 * not "in 2019": a time or a place of the clause). "interim director of the agency on Monday" ends
 * after "agency".
 */
export function officeEnd(tokens: Token[], s: Sentence, r0: number): number {
  let j = r0;
  let hasRole = false;
  while (j < s.b && j - r0 < 8 && (tokens[j]!.k === WORD || (!hasRole && tokens[j]!.k === POSS && j > r0))) {
    const u = tokens[j]!;
    if (u.k === POSS) {
      j++;
      continue;
    }
    if (ROLE_NOUNS.has(u.key)) hasRole = true;
    else if (hasRole) {
      // the office's complement: "of the agency", "for Europe"
      if (OFFICE_PREPS.has(u.key)) {
        let c = j + 1;
        if (tokens[c]?.key === "the") c++;
        const c0 = c;
        while (c < s.b && c - c0 < 4 && tokens[c]!.k === WORD && !tokens[c]!.num && !APPOINT_STOPS.has(tokens[c]!.key)) c++;
        if (c > c0) j = c;
      }
      break;
    } else if (!(ROLE_MODIFIERS.has(u.key) || u.cap || u.key.includes("-"))) break;
    j++;
  }
  return hasRole && j > r0 ? j : -1;
}

/** Verbs whose regular endings the walk left cannot see ("met", "names"): they end a role phrase's modifiers. */
export const IRREGULAR_VERBS = new Set(
  (
    "met meets saw sees made makes took takes gave gives went goes came comes left leaves held holds " +
    "led leads won wins lost beat hit put set sent spent brought bought thought sought fought caught taught kept felt meant ran " +
    "began became wrote spoke broke chose drove rose flew knew grew threw drew shook stood sat paid joined joins visits visited " +
    "names calls urges thanks praises hosts welcomes replaces succeeds appoints"
  ).split(" "),
);

/**
 * tokens[i] is a "New" that opens a place's name in a role phrase ("New Jersey Gov.", "New York City
 * mayor"): a capitalised word that is no office or modifier follows it ("New Foreign Minister X"
 * keeps "New" out of the office).
 */
export function opensPlaceName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return !!t && !!n && t.key === "new" && t.cap && n.k === WORD && n.cap && n.s > t.e && !ROLE_NOUNS.has(n.key) && !ROLE_MODIFIERS.has(n.key);
}

/** Capitalised words of a rank that open an office's title ("First Minister", "Top aide"). */
const OFFICE_RANKS = new Set(["first", "second", "third", "top"]);

/** Modals and auxiliaries before a verb's bare form ("will face", "did meet"). */
const MODALS = new Set("will would could should can may might must shall do does did".split(" "));

/** Quantifiers that open a plural phrase, no part of an office ("Several leading candidates"). */
const QUANTIFIERS = new Set("several many some most few all both other various numerous".split(" "));

/** Prepositions that end a role phrase's modifiers on the left ("Standing alongside labor leader X"). */
const LEFT_STOPS = new Set("alongside with by from including like against about after before over under between among beside besides behind toward towards without during despite via except".split(" "));

/** Lower-case owners that are kinds of place ("the state's governor"): the place is named elsewhere. */
const PLACE_OWNERS = new Set("state states city town county district province region".split(" "));

/** Walk left from token `head` (a role noun) over the modifiers of a role phrase. */
export function roleLeft(tokens: Token[], s: Sentence, head: number): number {
  let a = head;
  let n = 0;
  while (a - 1 >= s.a && n < 8) {
    const u = tokens[a - 1]!;
    if (u.k === POSS) {
      // "Tengku Adnan's lawyer", "Guinea's president": take the owner too
      let c = a - 2;
      // (not over the sentence's capitalised opening word: "And Zenda's attorney general", "As CNN's
      // correspondent", "The Journal's editor"; "New York's" is a place)
      while (c >= s.a && tokens[c]!.k === WORD && tokens[c]!.cap && !(c === s.a && COMMON_CAPS.has(tokens[c]!.key) && tokens[c]!.t !== "US" && !opensPlaceName(tokens, c))) c--;
      // "the premier's chief of staff": a lower-case office as the owner
      if (c === a - 2 && c >= s.a && tokens[c]!.k === WORD && ROLE_NOUNS.has(tokens[c]!.key)) c--;
      // "the country's president", "the Indonesian embassy's spokesman": a lower-case owner after "the"
      // (not a state's or a city's, which the article names as a place; nor before a plural office:
      // "one of the university's top executives")
      else if (c === a - 2 && c >= s.a && tokens[c]!.k === WORD && !tokens[c]!.cap && !PLACE_OWNERS.has(tokens[c]!.key) && !tokens[head]!.key.endsWith("s")) {
        let d = c - 1;
        while (d >= s.a && d > c - 3 && tokens[d]!.k === WORD && tokens[d]!.cap && tokens[d]!.key !== "the") d--;
        if (d >= s.a && tokens[d]!.key === "the") c = d;
      }
      if (c === a - 2) break;
      a = c + 1;
      n += 2;
      continue;
    }
    if (u.k !== WORD) break;
    const k = u.key;
    // ("Last week State Department official X": a time word ends the clause's adverb, not a modifier)
    if (TIME_NOUNS.has(k)) break;
    // "State Department of Forestry spokesman": an organisation's name runs on through "of"
    const before = tokens[a - 2];
    if (k === "of" && tokens[a]!.cap && before?.k === WORD && before.cap && (before.f & LX_ORG) !== 0 && a - 2 >= s.a) {
      a--;
      n++;
      continue;
    }
    // ("KILLED IN DEADLY BLAST Zenta President X": a headline in capitals before the office's words)
    if (!tokens[a]!.allCaps && shouted(u)) break;
    if (u.cap) {
      // ("Famed fight doctor X", "Trailing contender X": a participle or an adverb opening the
      // sentence before a lower-case word is no modifier; not "Associated Press", "Family spokesman")
      const opener = a - 1 === s.a && !tokens[a]!.cap && isCommonWord(k) && !ROLE_MODIFIERS.has(k) && !isRoleKey(k) && (u.f & (LX_ORG | LX_PLACE | LX_COUNTRY)) === 0;
      if (opener && (k.endsWith("ed") || k.endsWith("ing") || (k.endsWith("ly") && isCommonWord(k.slice(0, -2))))) break;
      // ("Several leading Republican candidates, including X": a quantifier opening the sentence)
      if (a - 1 === s.a && QUANTIFIERS.has(k)) break;
      // (a common word ending a body's name stays in it: "Judicial Watch President X", "Fox News chairman X")
      const tail = NAME_TAILS.has(k) && tokens[a - 2]?.k === WORD && tokens[a - 2]!.cap && a - 2 >= s.a;
      // ("Fla. Gov. X": AP style's abbreviation of a state, which "Fla" alone is not)
      // ("Police spokeswoman X", "Metropolitan Police spokesman X", "First Minister X": a body's word
      // or a rank's capitalised is the office's, though a sentence may open with it)
      const office = (u.f & LX_ORG) !== 0 || OFFICE_RANKS.has(k);
      if (COMMON_CAPS.has(k) && k !== "former" && u.t !== "US" && !opensPlaceName(tokens, a - 1) && !tail && !AP_STATES.has(u.t) && !office) break;
      a--;
      n++;
      continue;
    }
    if (u.num) {
      if (u.t.includes("-")) {
        a--;
        n++;
        continue;
      }
      break;
    }
    if (ROLE_MODIFIERS.has(k) || ROLE_NOUNS.has(k)) {
      a--;
      n++;
      continue;
    }
    // "founder and co-CEO": coordinated offices
    if ((k === "and" || k === "&") && a - 2 >= s.a && tokens[a - 2]!.k === WORD && isRoleKey(tokens[a - 2]!.key)) {
      a--;
      n++;
      continue;
    }
    // "recently elected president", "newly appointed envoy": an adverb of the modifier after it
    const adverbOfModifier = k.endsWith("ly") && tokens[a]!.k === WORD && tokens[a]!.key.endsWith("ed") && ROLE_MODIFIERS.has(tokens[a]!.key);
    if (adverbOfModifier) {
      a--;
      n++;
      continue;
    }
    if (
      COMMON_CAPS.has(k) ||
      LEFT_STOPS.has(k) ||
      k.endsWith("ed") ||
      // ("Clinton's running mate Tim Kaine": the office is "running mate")
      (k.endsWith("ing") && !(k === "running" && tokens[a]!.key === "mate")) ||
      k.endsWith("ly") ||
      SPEECH_VERBS.has(k) ||
      IRREGULAR_VERBS.has(k)
    )
      break;
    // "threatening to kill Rep. Ana Ruiz", "took the stage Acme founder X": a verb after "to" or a
    // noun after a determiner belongs to the clause before the role
    const pk = tokens[a - 2]?.key;
    // (and a verb after a modal or an auxiliary: "will face challenger X", "did promote conservative Senator X")
    if (pk === "to" || pk === "the" || pk === "a" || pk === "an" || (pk !== undefined && MODALS.has(pk))) break;
    // ("will meet Serbian President X", "in case President X", "he'd support Democrat X": a
    // lower-case word of no known kind does not modify a title-cased word after it, unless an owner
    // or a modifier comes before it ("Labour's star Chancellor"); it may modify an office written
    // as an acronym: "legendary CEO")
    const right = tokens[a]!;
    const left = tokens[a - 2];
    const owned = !!left && a - 2 >= s.a && (left.k === POSS || (left.k === WORD && (left.cap || ROLE_MODIFIERS.has(left.key))));
    if (right.cap && right.t !== right.t.toUpperCase() && !k.includes("-") && !owned) break;
    // ("Clinton ties former Gov. X": "former" opens the phrase; a word of no known kind before it is the clause's)
    if (right.key === "former" && !k.includes("-")) break;
    // ("Clinton ties N.J. Gov. X": an everyday word in -s after a capitalised one and before the
    // phrase's capitalised opening, of no kind the lexicon knows, is the verb of that subject; not
    // "EU affairs chief", "Business Insider politics editor")
    if (right.cap && k.endsWith("s") && !k.endsWith("ss") && left?.k === WORD && left.cap && a - 2 >= s.a && u.f === 0 && isCommonWord(k)) break;
    if (k.includes("-") || /* "federal territories" */ true) {
      a--;
      n++;
      continue;
    }
  }
  return a;
}

/** Prepositions that make a role phrase their object ("a letter to the head of the union, X"). */
const OBJECT_PREPS = new Set("to with from by for on in at about against of into".split(" "));

/**
 * The role noun before "of" (or "for" with one word: "nominee for governor") and up to three
 * lower-case words that end at token `h` ("chief of staff", "director of public prosecutions",
 * "leader of the opposition"), or -1. A phrase of more than one word after "of" must open its
 * clause, not be a preposition's object.
 */
export function lowerComplement(tokens: Token[], s: Sentence, h: number): number {
  for (let c = h; c >= h - 2 && c - 2 >= s.a; c--) {
    const u = tokens[c]!;
    if (u.k !== WORD || u.cap || u.key === "of") return -1;
    const prep = tokens[c - 1]!.key;
    if (prep !== "of" && prep !== "for") continue;
    const head = tokens[c - 2]!;
    // ("their nominee for governor, X": "for" after a determined office only; not "said Ana Ruiz,
    // senior vice president for sales, Acme wants …")
    if (c === h && prep === "of") return c - 2;
    if (c === h && head.k === WORD && ROLE_NOUNS.has(head.key)) {
      // (past one lower-case modifier: "the endorsed Republican candidate for governor")
      const ra = roleLeft(tokens, s, c - 2);
      const determined = (t: Token | undefined) => !!t && (DETERMINERS.has(t.key) || t.k === POSS);
      const d = tokens[ra - 1];
      return determined(d) || (d?.k === WORD && !d.cap && determined(tokens[ra - 2])) ? c - 2 : -1;
    }
    if (prep === "for") return -1;
    if (head.k !== WORD || !ROLE_NOUNS.has(head.key)) return -1;
    const before = tokens[roleLeft(tokens, s, c - 2) - 1];
    return before && before.k === WORD && (OBJECT_PREPS.has(before.key) || ARTICLES.includes(before.key)) ? -1 : c - 2;
  }
  return -1;
}

/** Words that open a new phrase after an office and its complement. */
const PHRASE_OPENERS = new Set("on with during after before when while who which that since amid".split(" "));

/**
 * The end of an apposition that runs past the reading window (tokens a0..j): its office must come
 * within its first five words, after its modifiers only (officeAt), and it ends before the first word that opens a new phrase after
 * that office ("on the call", "and the other witness"), or -1.
 */
export function longApposEnd(tokens: Token[], a0: number, j: number): number {
  const r = officeAt(tokens, a0, j);
  if (r < 0) return -1;
  for (let k = r + 1; k < j; k++) {
    const u = tokens[k]!;
    if (u.k !== WORD && u.k !== POSS) return -1;
    if (PHRASE_OPENERS.has(u.key) || (u.key === "and" && ARTICLES.includes(tokens[k + 1]?.key ?? ""))) return k;
  }
  return -1;
}

/**
 * The office that opens an apposition at a0 (before j), within its first five words and after an
 * article and the office's modifiers only ("the acting associate administrator", "NASA's chief"; not
 * "a multimedia facility enabling expert teams"), or -1.
 */
export function officeAt(tokens: Token[], a0: number, j: number): number {
  let r = a0;
  if (ARTICLES.includes(tokens[r]?.key ?? "")) r++;
  for (; r < a0 + 7 && r < j; r++) {
    const u = tokens[r]!;
    if (u.k === WORD && ROLE_NOUNS.has(u.key)) return r;
    // (an owner in lower case too: "the agency's director", "the campaign's national political director")
    if (!(u.k === POSS || (u.k === WORD && (u.cap || ROLE_MODIFIERS.has(u.key) || tokens[r + 1]?.k === POSS)))) return -1;
  }
  return -1;
}

/** tokens[j] is an apostrophe glued to a plural ("workers'") and followed by a word. */
export function isPluralPossessive(tokens: Token[], j: number): boolean {
  const p = tokens[j - 1];
  const t = tokens[j]!;
  const n = tokens[j + 1];
  return (t.t === "'" || t.t === "’") && !!p && p.k === WORD && p.e === t.s && p.key.endsWith("s") && !!n && n.k === WORD && n.s > t.e;
}

/** Military ranks as written before a name ("Col.", "Lt. Gen.", "Brigadier General"). */
const RANK_WORDS = new Set(
  ("gen general lt lieutenant col colonel maj major capt captain cmdr commander adm admiral brig brigadier sgt sergeant cpl corporal pvt private vice rear staff first chief warrant officer ret retired " +
    "dr prof professor sheikh sheik shah ayatollah imam sultan prince princess crown grand").split(" "),
);
const RANK_HEADS = new Set(
  ("gen general lt lieutenant col colonel maj major capt captain cmdr adm admiral brig brigadier sgt sergeant cpl corporal pvt " +
    // (a courtesy, religious or princely title says as little of the office: "Sheikh X, the foreign minister")
    "dr prof professor sheikh sheik shah ayatollah imam sultan prince princess").split(" "),
);

/** A role that is only a military rank ("Col.", "Maj. Gen.", "Rear Adm.") or a courtesy, religious or
 *  princely title ("Dr.", "Sheikh", "Crown Prince"), nothing of the office. */
export function isBareRank(text: string): boolean {
  let v = BARE_RANKS.get(text);
  if (v !== undefined) return v;
  const ws = text.toLowerCase().replace(/\./g, "").split(/\s+/).filter(Boolean);
  v = ws.length > 0 && ws.length <= 3 && ws.every((w) => RANK_WORDS.has(w)) && ws.some((w) => RANK_HEADS.has(w));
  if (BARE_RANKS.size >= 512) BARE_RANKS.clear();
  BARE_RANKS.set(text, v);
  return v;
}
// role texts already tested (bounded: cleared when full; the same few recur on every page)
const BARE_RANKS = new Map<string, boolean>();

const HAVE = new Set(["has", "have", "had"]);

/** Passive verbs of appointment after a name ("was appointed interim director"). */
const APPOINTED = new Set("appointed named elected re-elected reelected promoted confirmed sworn nominated installed made reappointed re-appointed".split(" "));

/** Dashes that open and close an apposition. */
const DASHES = new Set(["—", "–"]);

/** tokens[i] is a dash: an em or en dash, or a hyphen typed for one, with a space on each side ("X - a governor -"). */
export function isDash(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (DASHES.has(t.t)) return true;
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  if (t.t !== "-" || !p || !n) return false;
  // ("Mr. Amar -- agreed": two hyphens written for a dash, read at the first)
  if (n.t === "-" && n.s === t.e) return p.e < t.s && !!tokens[i + 2] && n.e < tokens[i + 2]!.s;
  return p.e < t.s && t.e < n.s;
}

/** Words that open an office after "who was" besides an article ("who was his chief of staff"). */
export const DETERMINERS = new Set("a an the his her their its".split(" "));

/** Verbs that take an office after "as" ("served as", "works as"). */
const AS_VERBS = new Set("serves served works worked acts acted sits sat remains remained stays stayed".split(" "));

/**
 * Where the office of a predicate after a subject name begins (tokens[v] is the word after the
 * name), or -1: after a passive of appointment ("was named", "has been elected", "is appointed
 * as"), "became", a verb with "as" ("served as", "won a second term as", "won re-election as").
 */
export function predicateOffice(tokens: Token[], v: number): number {
  const t = tokens[v];
  if (!t || t.k !== WORD) return -1;
  if (t.key === "became" || t.key === "becomes") return v + 1;
  if (AS_VERBS.has(t.key)) return tokens[v + 1]?.key === "as" ? v + 2 : -1;
  if (t.key === "won" || t.key === "wins") {
    // ("won a second term as", "won re-election as"; the words between lower-case)
    for (let k = v + 1; k <= v + 5; k++) {
      const u = tokens[k];
      if (!u || u.k !== WORD || u.cap) return -1;
      if (u.key === "as") return k > v + 1 ? k + 1 : -1;
    }
    return -1;
  }
  const been = HAVE.has(t.key) && tokens[v + 1]?.key === "been" ? 1 : 0;
  if (been === 0 && t.key !== "was" && t.key !== "is") return -1;
  if (!APPOINTED.has(tokens[v + 1 + been]?.key ?? "")) return -1;
  const r0 = v + 2 + been;
  return tokens[r0]?.key === "as" || tokens[r0]?.key === "to" ? r0 + 1 : r0;
}

/** "senior Trump advisers" → "senior Trump adviser" (a coordinated role names one person each). */
export function singularHead(role: string): string {
  const words = role.split(" ");
  const last = words[words.length - 1]!;
  // (not a name's last word: "chairman of the Council of Economic Advisers")
  const inName = /\p{Lu}/u.test(last[0]!) && words.includes("of");
  if (last.length > 3 && last.endsWith("s") && !last.endsWith("ss") && !inName) {
    const sing = last.slice(0, -1);
    if (ROLE_NOUNS.has(sing.toLowerCase()) && ROLE_NOUNS.has(last.toLowerCase())) {
      words[words.length - 1] = sing;
      return words.join(" ");
    }
  }
  // an abbreviated plural title shared by names ("Sens. Ana Ruiz and Tom Hicks"): each holds "Sen."
  const abbr = /^(\p{Lu}\p{Ll}+)s\.$/u.exec(last);
  if (abbr && TITLES.has(abbr[1]!.toLowerCase()) && TITLES.has(`${abbr[1]!.toLowerCase()}s`)) {
    words[words.length - 1] = `${abbr[1]}.`;
    return words.join(" ");
  }
  return role;
}

/** Characters between a role's source label and the mention of the one person with that role. */
const NEAR_ROLE_CHARS = 800;
/** …but none of their mentions this close before it. */
const NEAR_BEFORE_CHARS = 120;

/** "Austria's interior minister said … ¶ Interior Minister Ana Ruiz …": the id of the one person
 *  with the role a source label ends in (a singular role noun) named near `at`; not for another's
 *  ("Vale's lawyer"), nor when they represent another country than the label names. */
export function holderOfRole(people: readonly Person[], label: string, at: number): string | undefined {
  const words = label.split(" ");
  const head = words[words.length - 1]!.toLowerCase();
  if (!ROLE_NOUNS.has(head) || head.endsWith("s") || /^(?:an|one)$/iu.test(words[0]!)) return undefined;
  if (words.some((w) => /['’]s$/u.test(w) && !PLACE_TO_COUNTRY.has(w.slice(0, -2).toLowerCase()))) return undefined;
  const heads = ROLE_SYNONYMS[head] ?? [head];
  const places = words.map((w) => PLACE_TO_COUNTRY.get(w.replace(/['’]s$/u, "").toLowerCase())).filter((x) => x);
  const found = people.filter(
    (p) =>
      // (a co-founder is a founder: "the Wikileaks founder argued" after "Wikileaks co-founder X")
      heads.includes((p.role?.split(" ").pop()?.toLowerCase() ?? "").replace(/^co-/u, "")) &&
      p.mentions.some((m) => Math.abs(m.start - at) <= NEAR_ROLE_CHARS) &&
      // (not one named right before it: "Ruiz, a top aide said, “…”" gave Ruiz that role by mistake)
      !p.mentions.some((m) => m.start < at && at - m.start < NEAR_BEFORE_CHARS) &&
      places.every((c) => (PLACE_TO_COUNTRY.get(p.represents?.toLowerCase() ?? "") ?? c) === c),
  );
  return found.length === 1 ? found[0]!.id : undefined;
}

/** Bodies one runs for a seat in ("running for the Senate", "ran for Congress"). */
const RACE_BODIES = new Set("senate house congress parliament assembly legislature council presidency".split(" "));

/**
 * "is running for the Senate", "ran for governor", "runs for mayor of Zenda": where the office or
 * body of a race a subject runs in begins and ends ([r0, end)), after the verb at tokens[v]; or null.
 * The office is a role noun with its complement ("governor", "mayor of Zenda"), or a chamber
 * ("the Senate", "the state Senate"); not "running for cover", "ran for the exits".
 */
export function raceOffice(tokens: Token[], s: Sentence, v: number): [number, number] | null {
  const t = tokens[v];
  if (!t || t.k !== WORD) return null;
  let f = v + 1;
  if ((t.key === "is" || t.key === "was") && tokens[v + 1]?.key === "running") f = v + 2;
  else if (t.key !== "runs" && t.key !== "ran") return null;
  if (tokens[f]?.key !== "for") return null;
  let r0 = f + 1;
  if (tokens[r0]?.key === "the") r0++;
  const e = officeEnd(tokens, s, r0);
  if (e > 0) return [r0, e];
  // (a chamber, after a capitalised place or "state" at most: "the Ohio Senate", "the state House")
  let c = r0;
  while (c < s.b && c - r0 < 3 && tokens[c]!.k === WORD && !RACE_BODIES.has(tokens[c]!.key) && (tokens[c]!.cap || tokens[c]!.key === "state")) c++;
  const body = tokens[c];
  return body?.k === WORD && RACE_BODIES.has(body.key) && (body.cap || body.key === "presidency") ? [f + 1, c + 1] : null;
}

/** The words between the quotation marks that open at tokens[q] (up to eight), without the
 *  comma or full stop inside the closing mark; "" when no mark closes them. */
export function quotedTitle(tokens: Token[], text: string, q: number): string {
  let a = q;
  while (tokens[a]?.k === QUOTE) a++;
  for (let k = a; k < a + 9 && k < tokens.length; k++) {
    if (tokens[k]!.k !== QUOTE) continue;
    let e = k;
    while (e > a && tokens[e - 1]!.k === PUNCT) e--;
    return e > a ? tokText(text, tokens, a, e) : "";
  }
  return "";
}

/**
 * The apposition a0..e is a list's next item, an office written as the title of another name
 * ("meets President Tom Rask, Foreign Minister Ana Vell and …"): a capitalised office (or a body's
 * lower-case one: "Fox News host Sam Dale"), without an article, followed by a capitalised word that is no office, modifier, title, body or place (not
 * an office owned by that name: ", Russian President Ivan Sokol's spokesman,").
 */
export function titlesNextName(tokens: Token[], a0: number, e: number): boolean {
  for (let r = a0; r < e; r++) if (tokens[r]!.k === POSS) return false;
  for (let r = a0; r + 1 < e; r++) {
    const u = tokens[r]!;
    // (or a lower-case office after a capitalised body: ", Fox News host Sam Dale indicated …")
    if (u.k !== WORD || (!u.cap && !(r > a0 && ROLE_NOUNS.has(u.key)))) return false;
    if (!ROLE_NOUNS.has(u.key)) continue;
    const n = tokens[r + 1]!;
    return (
      n.k === WORD &&
      n.cap &&
      !ROLE_NOUNS.has(n.key) &&
      !ROLE_MODIFIERS.has(n.key) &&
      !isRoleKey(n.key) &&
      !COMMON_CAPS.has(n.key) &&
      (n.f & (LX_ORG | LX_COUNTRY | LX_PLACE)) === 0
    );
  }
  return false;
}

/** The role of one who runs for the office or body raceOffice reads after tokens[v] ("candidate for the Senate"). */
export function candidateFor(text: string, tokens: Token[], s: Sentence, v: number): RoleEvidence | null {
  const race = raceOffice(tokens, s, v);
  if (!race) return null;
  const [r0, e] = race;
  return { text: `candidate for ${tokText(text, tokens, r0, e)}`, start: tokens[r0]!.s, end: tokens[e - 1]!.e, kind: "who" };
}

/** "A delegation of the IMF, headed by Nathan Porter": the head of the group before ", headed by"
 *  a name opening at tokens[a], or null. */
export function headedBy(text: string, tokens: Token[], s: Sentence, a: number): RoleEvidence | null {
  if (tokens[a - 1]?.key !== "by" || !HEADED_VERBS.includes(tokens[a - 2]?.key ?? "") || tokens[a - 3]?.t !== "," || a - 4 < s.a) return null;
  let st = a - 4;
  while (st > s.a && a - 4 - st < 10 && tokens[st - 1]!.k === WORD) st--;
  while (st < a - 3 && ARTICLES.includes(tokens[st]!.key)) st++;
  return st < a - 3 ? { text: `head of ${tokText(text, tokens, st, a - 3)}`, start: tokens[st]!.s, end: tokens[a - 4]!.e, kind: "headed" } : null;
}
