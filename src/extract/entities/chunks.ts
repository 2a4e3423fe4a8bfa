/**
 * Proper-noun chunks of a sentence: runs of capitalised words, with name particles ("al", "bin",
 * "van", "de"), initials, a lone digit ("Mamadi 3 Kaba") and, after an office or organisation
 * word, "of (the)" inside them ("Secretary of State John Kerry"). The *name part* of a chunk is its
 * longest tail of name-like words (not titles, offices, organisation words, demonyms, places,
 * months or function words); the head before it is a title or role prefix.
 */
import { isCommonNameWord, isGiven, isPlainWord, isStrongGiven } from "../names.ts";
import {
  COMMON_CAPS,
  MONTHS,
  ORG_ACRONYMS,
  ORG_WORDS,
  PARTY_WORDS,
  PLACE_TO_COUNTRY,
  ROLE_NOUNS,
  TITLES,
  LX_COMMON_CAPS,
  LX_COMPANY,
  LX_COUNTRY,
  LX_MEDIA,
  MEDIA,
  LX_MONTH,
  LX_ORG,
  LX_PARTICLE,
  LX_PLACE,
  LX_ROLE,
  LX_TITLE,
} from "../lexicon/index.ts";
import type { Sentence } from "../sentences.ts";
import { POSS, QUOTE, WORD, type Token } from "../tokens.ts";
import { nicknameEnd } from "./things.ts";
import { isCommonWord } from "../data/common-words-lookup.ts";

export const ARTICLES: readonly string[] = ["a", "an", "the"];
/** What joins an office or a body to what it is of, for or on ("Council on Foreign Relations"). */
const OF_WORDS = new Set(["of", "for", "on"]);
export const OF_THE: readonly string[] = ["of", "the"];
export const HEADED_VERBS: readonly string[] = ["headed", "led", "chaired"];
export const ORG_FOLLOWERS: readonly string[] = ["shares", "stock", "inc", "corp", "ltd", "group", "said"];

export interface Chunk {
  /** token range of the whole capitalised run */
  a: number;
  b: number;
  /** first token of the name part (na === b: no name part) */
  na: number;
  poss: boolean;
}

export const BARE_TITLES = new Set("mr mrs ms miss dr sir dame lord lady mx madam herr mme".split(" "));

/** Words of multi-word titles that are not titles by themselves ("Foreign", "Labour", "State"). */
export const LEADING_PARTICLES = new Set("de van von della dal du da di le la ter den der des dos".split(" "));
const AGENT_ENDS = ["er", "or", "ant", "ist", "ian"];
const TITLE_PARTS = new Set(
  (
    "state foreign interior defence defense finance treasury health justice economy trade home labour labor education energy " +
    "agriculture transport environment culture information communications security affairs development planning principal " +
    "accounting operating financial technology field crown private major former ex acting interim deputy vice managing " +
    "partner head chief executive executives officer director leader chair"
  ).split(" "),
);

/** A capitalised function word opening a chunk ("The", "In"), not a title and not "US". */
export function isLeadingFunctionWord(t: Token): boolean {
  return COMMON_CAPS.has(t.key) && !TITLES.has(t.key) && t.t !== "US";
}

export function isTitleKey(k: string): boolean {
  return TITLES.has(k) && !TITLE_PARTS.has(k);
}

export function isRoleKey(k: string): boolean {
  // a party label before a name says what the person does ("Democrat Walter Mondale")
  if (ROLE_NOUNS.has(k) || isTitleKey(k) || PARTY_WORDS.has(k)) return true;
  // "co-CEO", "ex-minister": the office with its prefix
  return (k.startsWith("co-") || k.startsWith("ex-")) && (ROLE_NOUNS.has(k.slice(3)) || isTitleKey(k.slice(3)));
}

/** "Jr.", "Sr.", "III": ends a name ("Jonah Price Jr."); not one of its keys. */
export function isGenerational(t: Token | undefined): boolean {
  return !!t && t.k === WORD && (t.key === "jr" || t.key === "sr" || t.t === "II" || t.t === "III" || t.t === "IV");
}

/** A capitalised word that is also an everyday English word or a pronoun but a frequent name
 *  ("Theresa May", "Liu He", "Will Moy"): in prose, where a capital mid-sentence means a name, it
 *  is a name part next to another name word. */
export function isNameWord(t: Token): boolean {
  return t.k === WORD && t.cap && !t.allCaps && isCommonNameWord(t.key);
}

/** Organisation words that are also frequent surnames ("Tony Hall", "Ana Law", "Emily Post"); not
 *  "Street", "Day", "Church" nor "House", which follow given names in addresses, holidays and the
 *  names of churches and houses ("George Street", "Grace Church", "Clarence House"). */
export const ORG_SURNAMES = new Set("hall law lake masters post".split(" "));

/** tokens[i] is an ORG_SURNAMES word, the surname after one frequent given name ("Tony Hall of Ohio said"). */
export function surnameAfterGiven(tokens: Token[], ch: Chunk, i: number): boolean {
  const g = tokens[ch.na]!;
  return i === ch.b - 1 && i === ch.na + 1 && ORG_SURNAMES.has(tokens[i]!.key) && !tokens[i]!.allCaps && g.t.length > 2 && isStrongGiven(g.key) && !(g.f & (LX_ORG | LX_PLACE | LX_COUNTRY));
}

/** Could this word be part of a person's name? */
export function nameLike(t: Token, last: boolean, afterFirstName = false, afterStrong = false): boolean {
  if (t.k !== WORD) return false;
  const k = t.key;
  // regnal numbers and title-words used as surnames after a first name ("Henry VIII", "Billie Jean King", "Hun Sen");
  // so is a job's noun that is also a frequent surname ("Scott Farmer", "Ana Driver"), or any
  // job's noun after a frequent given name or a courtesy title ("Barbara Boxer", "Ms. Boxer")
  if (afterFirstName && last && (ROMAN.has(t.t) || ((SURNAME_TITLES.has(k) || (t.cap && t.f & LX_ROLE && (isCommonNameWord(k) || (afterStrong && !(t.f & LX_TITLE))))) && !t.t.endsWith("."))))
    return true;
  if (!t.cap) return false;
  if (t.num) return false;
  // "A350-900", "LCOc1": a model or a ticker, not a name
  if (HAS_DIGIT.test(t.t)) return false;
  // contractions are words ("Don’t", "It’ll"), not names like O'Neil (every ending has an apostrophe)
  if (k.includes("'") && isContraction(k)) return false;
  if (t.t.endsWith(".")) return t.t.length === 2 || (isInitials(t.t) && !PLACE_TO_COUNTRY.has(k) && !ORG_ACRONYMS.has(t.t)); // "J.", "I.K."
  const f = t.f;
  // "Top-seeded", "Israeli-born": a capitalised compound adjective, not a name
  if (isCompoundAdjective(t.t)) return false;
  const h = t.t.lastIndexOf("-");
  if (h > 0) {
    const tail = t.t.slice(h + 1);
    // ("Day-by-day", "Up-to-date": every part after the first a lower-case word)
    const rest = t.t.slice(t.t.indexOf("-") + 1);
    if (rest.length > tail.length && rest === rest.toLowerCase()) return false;
    // "Post-ABC", "CBS-Reuters": a joint name of media or bodies
    if (ORG_ACRONYMS.has(tail) || ORG_ACRONYMS.has(t.t.slice(0, h)) || MEDIA.has(tail.toLowerCase())) return false;
  }
  // a known first name before a surname is a name even if it is also a word ("Bill Clinton", "Jan Kroslak");
  // an organisation's tail word only when it is a frequent given name of four letters or more ("Bill")
  // (not a people's group word: "Latino Decisions" is a firm)
  if (!last && !(f & (LX_TITLE | LX_ROLE)) && (!(f & LX_ORG) || (k.length > 3 && isStrongGiven(k))) && isGiven(k) && (!(f & LX_COMMON_CAPS) || f & LX_MONTH || k === "per") && !isGroupWord(k))
    return true;
  // ("Tony Hall of Ohio said", "Mr. Church": such a word after a frequent given name or a courtesy title)
  if (afterStrong && last && ORG_SURNAMES.has(k) && !t.allCaps) return true;
  if (f & (LX_COMMON_CAPS | LX_TITLE | LX_ROLE | LX_ORG | LX_MONTH)) return false;
  // (a party's word that is a frequent surname too, after a first name: "Jennifer Green")
  if (isDemonymNoun(k) || (PARTY_WORDS.has(k) && !(afterFirstName && last && isCommonNameWord(k)))) return false;
  // "Carmaker", "Drugmaker", "Retailer": a company descriptor, not a name
  if (f & LX_COMPANY || k.endsWith("maker") || k.endsWith("makers")) return false;
  if (ORG_ACRONYMS.has(t.t) || f & LX_MEDIA) return false;
  // a place word is a surname after a first name ("Ana Lima"), a first name before a surname ("Georgia Smith")
  if (f & (LX_COUNTRY | LX_PLACE) && !afterFirstName && (last || !isGiven(k))) return false;
  if (t.allCaps && t.t.length <= 4 && !t.t.includes("-")) return false; // acronyms: NATO, AFP, CEO
  return true;
}

const HAS_DIGIT = /\d/;

/** Prepositions before a place ("to Peru", "in Georgia"). */
const PLACE_PREPS = new Set("to in from of at for across near".split(" "));

const ROMAN = new Set("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split(" "));
/** Titles that stand only before a person's surname (not "Mr. President": that is an office). */
const COURTESY_TITLES = new Set("mr mrs ms mx miss dr".split(" "));
const SURNAME_TITLES = new Set("king prince bishop major sen knight marshal cardinal judge sheriff chancellor shah sheikh sultan doctor".split(" "));
const CONTRACTION_ENDS = ["n't", "'ll", "'re", "'ve", "'m", "'d"];

function isContraction(k: string): boolean {
  for (const c of CONTRACTION_ENDS) if (k.endsWith(c)) return true;
  return false;
}
const COMPOUND_TAILS = new Set("born based run owned year old style like wide free made led winning era language blown".split(" "));

/** A hyphenated adjective: its last part lower-case, a participle or a word of COMPOUND_TAILS
 *  ("Top-seeded", "Israeli-born", "Bush-era", "Spanish-language"; not "Fact-checkers"). */
export function isCompoundAdjective(w: string): boolean {
  const h = w.lastIndexOf("-");
  if (h <= 0) return false;
  const tail = w.slice(h + 1);
  return tail !== "" && tail === tail.toLowerCase() && (tail.endsWith("ed") || COMPOUND_TAILS.has(tail));
}
const DEMONYM_NOUNS = new Set(
  (
    "frenchman frenchwoman englishman englishwoman dutchman irishman scotsman welshman spaniard yugoslav yugoslavs spaniards " +
    "frenchmen briton britons kiwi aussie"
  ).split(" "),
);

/** Nouns and adjectives of people's groups — a US state's demonym, an ethnicity, a faith, a
 *  movement — written with a capital but no part of a name ("Ohioan John Boehner", "the Latino
 *  vote", "a French Islamist"); each also in the plural. */
const GROUP_WORDS = new Set(
  (
    "alabamian alaskan arizonan arkansan californian coloradan floridian hawaiian idahoan illinoisan hoosier iowan kansan " +
    "kentuckian louisianan marylander michigander minnesotan mississippian missourian montanan nebraskan nevadan ohioan " +
    "oklahoman oregonian pennsylvanian tennessean texan utahn vermonter virginian washingtonian wisconsinite wyomingite " +
    "yorker jerseyan hampshirite carolinian dakotan latino latina latinx hispanic chicano chicana islamist jihadist salafist " +
    "zionist marxist maoist stalinist nazi evangelical mormon muslim sunni shiite sikh hindu catholic protestant baptist " +
    "methodist lutheran presbyterian quaker millennial"
  )
    .split(" ")
    .flatMap((w) => [w, w + "s"]),
);

/** A people's group word: a state's demonym, an ethnicity, a faith, a movement ("Latino", "Ohioan"). */
export function isGroupWord(k: string): boolean {
  return GROUP_WORDS.has(k);
}

function isDemonymNoun(k: string): boolean {
  if (DEMONYM_NOUNS.has(k) || GROUP_WORDS.has(k)) return true;
  // plural demonyms: "Americans", "Israelis"
  return (
    k.length > 4 &&
    k.endsWith("s") &&
    PLACE_TO_COUNTRY.has(k.slice(0, -1)) &&
    PLACE_TO_COUNTRY.get(k.slice(0, -1))!.toLowerCase() !== k.slice(0, -1)
  );
}

/** "I.K.", "H.D.": single capitals with periods. */
function isInitials(w: string): boolean {
  if (w.length < 4 || w.length > 8 || w.length % 2 !== 0) return false;
  for (let i = 0; i < w.length; i += 2) if (!isUpperAscii(w.charCodeAt(i)) || w[i + 1] !== ".") return false;
  return true;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isParticle(t: Token | undefined): boolean {
  return !!t && t.k === WORD && !t.cap && (t.f & LX_PARTICLE) !== 0;
}

/** Rulers' titles that are also given names ("Shah Mahmood", "Sultan Ahmed"); rulers' titles and
 *  the words that open them (after one of those, they are titles). */
const GIVEN_TITLES = new Set(["shah", "sultan"]);
const RULER_TITLES = new Set("king queen prince princess crown emir sheikh sultan shah monarch ruler".split(" "));

/** A common word of four letters or more in capitals ("KILLED", "STAGE"): a headline's shouting,
 *  no acronym ("NATO", "WHO") and no office or body's word ("CEO", "COUNCIL"). */
export function shouted(t: Token): boolean {
  return t.allCaps && t.t.length >= 4 && (t.f & (LX_ORG | LX_TITLE | LX_ROLE)) === 0 && !ORG_ACRONYMS.has(t.t) && isCommonWord(t.key);
}

/** Capitalised runs in a sentence. `prose`: the sentence is written in sentence case, so a capital
 *  after its first word means a name (false for title-case headlines and menus, where capitals
 *  carry no evidence). */
export function findChunks(tokens: Token[], s: Sentence, prose = true): Chunk[] {
  const out: Chunk[] = [];
  let i = s.a;
  while (i < s.b) {
    const t = tokens[i]!;
    let particleStart = false;
    // (every leading particle is a NAME_PARTICLES word: the flag test first)
    if (t.k === WORD && !t.cap && t.f & LX_PARTICLE && t.key.length <= 5 && LEADING_PARTICLES.has(t.key)) {
      // "lobbed van der Sar", "de Klerk's party": a surname written with a lower-case particle
      let k2 = i + 1;
      while (k2 < s.b && isParticle(tokens[k2]) && k2 - i < 3) k2++;
      const nx0 = tokens[k2];
      const pv0 = tokens[i - 1];
      if (nx0 && nx0.k === WORD && nx0.cap && !nx0.num && !(pv0 && pv0.k === WORD && pv0.cap) && nameLike(nx0, true))
        particleStart = true;
    }
    if (!(t.k === WORD && t.cap && !t.num) && !particleStart) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasOrgOrTitle = (t.f & (LX_ORG | LX_TITLE | LX_ROLE)) !== 0;
    let nickAfter = -1;
    while (j < s.b) {
      const u = tokens[j]!;
      if (u.s - tokens[j - 1]!.e > 2) break; // a line break or a gap ends a name
      if (u.k === WORD && u.cap && !u.num) {
        // ("AT LEAST 10 KILLED IN BLAST Zenta President Ana Ruiz": a headline in capitals run into
        // the text ends where the words' casing changes back)
        if (prose && !u.allCaps && shouted(tokens[j - 1]!)) break;
        // title-case headlines: a capitalised function word or headline verb ends the name
        // ("Hillary Clinton Goes After Donald Trump")
        // (in prose an all-capitals function word may be part of a name's acronym; in a title-case
        // line it is the headline's: "SHEARER NAMED AS CAPTAIN")
        if (
          u.f & LX_COMMON_CAPS &&
          u.t !== "US" &&
          (!u.allCaps || !prose) &&
          !(prose && proseNameWord(tokens, j, s, i)) &&
          !(prose && isMiddleInitial(tokens, j))
        )
          break;
        if (u.f & (LX_ORG | LX_TITLE | LX_ROLE)) hasOrgOrTitle = true;
        j++;
        continue;
      }
      // a nickname in quotes between a given name and a surname: Walter "Big Walt" Henley
      const nick = prose && j - i === 1 && u.k === QUOTE && isGiven(t.key) ? nicknameEnd(tokens, j, s.b, (w) => nameLike(w, true)) : -1;
      if (nick > 0) {
        j = nickAfter = nick;
        continue;
      }
      const nx = tokens[j + 1];
      if (isParticle(u) && nx && nx.k === WORD && (nx.cap || (isParticle(nx) && tokens[j + 2]?.cap))) {
        j++;
        continue;
      }
      if (
        u.k === WORD &&
        u.num &&
        u.t.length <= 2 &&
        nx &&
        j + 1 < s.b &&
        nx.s - u.e === 1 &&
        nx.k === WORD &&
        nx.cap &&
        !nx.num &&
        !MONTHS.has(tokens[j - 1]!.key) &&
        !tokens[j - 1]!.allCaps
      ) {
        j++;
        continue;
      }
      const pv = tokens[j - 1]!;
      if (
        u.k === WORD &&
        OF_WORDS.has(u.key) &&
        hasOrgOrTitle &&
        nx &&
        nx.k === WORD &&
        (ORG_WORDS.has(pv.key) || TITLES.has(pv.key) || ROLE_NOUNS.has(pv.key)) &&
        // (not a job's noun that is a surname after a given name: "Senator Barbara Boxer of California")
        // (but "Clinton Chief of Staff X": a title after a surname-like name opens an office)
        !(j - 2 >= i && tokens[j - 2]!.cap && !isRoleKey(tokens[j - 2]!.key) && (!ORG_WORDS.has(pv.key) || ORG_SURNAMES.has(pv.key)) && (isCommonNameWord(pv.key) || (isStrongGiven(tokens[j - 2]!.key) && !(pv.f & LX_TITLE))))
      ) {
        // "National Institute on Drug Abuse", "High Commissioner for Human Rights": "for" and "on"
        // join what follows when it is no day, month or function word ("the Council on Monday")
        if (nx.cap && !nx.num && (u.key === "of" || !(nx.f & (LX_COMMON_CAPS | LX_MONTH)))) {
          j++;
          continue;
        }
        const nx2 = tokens[j + 2];
        if (nx.key === "the" && nx2 && nx2.k === WORD && nx2.cap) {
          j += 2;
          continue;
        }
      }
      break;
    }
    // name part: the tail of name-like words
    let na = j;
    while (na > i) {
      const u = tokens[na - 1]!;
      const pu = tokens[na - 2];
      // a place word is a surname after a first name ("Ana Lima"), or after a courtesy title
      // ("Mr. English", "Mrs. French", "Mr. Prince")
      const afterName = na - 2 >= i && !!pu && pu.cap && (isGiven(pu.key) || COURTESY_TITLES.has(pu.key));
      const afterStrong = afterName && (isStrongGiven(pu.key) || COURTESY_TITLES.has(pu.key));
      if (nameLike(u, na === j, afterName, afterStrong) || (prose && proseNameWord(tokens, na - 1, s, i))) {
        na--;
        continue;
      }
      // "Jonah Price Jr.": a generational suffix after a name word
      if (na === j && isGenerational(u) && na - 2 >= i && nameLike(tokens[na - 2]!, true)) {
        na--;
        continue;
      }
      // "Foreign Minister Shah Mahmood Qureshi": a ruler's title that is also a given name, after an
      // office and before two name words, is the given name (a minister is no shah)
      const pw = tokens[na - 2];
      // "Michael Bloomberg": a news outlet's name after a frequent given name is a surname
      const pf = pw ? pw.f & (LX_PLACE | LX_COUNTRY | LX_ORG | LX_MEDIA | LX_TITLE | LX_ROLE | LX_COMMON_CAPS) : 1;
      if (na === j && u.f & LX_MEDIA && !u.allCaps && pw?.cap && !pw.allCaps && !pf && isStrongGiven(pw.key)) {
        na--;
        continue;
      }
      const office = !!pw?.cap && ROLE_NOUNS.has(pw.key) && !RULER_TITLES.has(pw.key);
      if (GIVEN_TITLES.has(u.key) && u.cap && j - na >= 2 && office) {
        na--;
        continue;
      }
      // "Martin Luther King Jr.": a title word before the suffix is a surname when a name word
      // stands before it (no office takes "Jr.")
      if (na === j && isGenerational(u) && pw?.cap && pw.f & (LX_TITLE | LX_ROLE) && na - 3 >= i && nameLike(tokens[na - 3]!, false)) {
        na -= 2;
        continue;
      }
      if (na < j && (isParticle(u) || (u.k === WORD && u.num && u.t.length <= 2))) {
        // "van der", "bin", "3": kept when a name word stands before them
        let m = na - 1;
        while (m > i && isParticle(tokens[m - 1])) m--;
        if (m - 1 >= i && nameLike(tokens[m - 1]!, false)) {
          na = m;
          continue;
        }
      }
      break;
    }
    if (na === nickAfter) na = i;
    // a particle or digit cannot start a name (unless the surname is written that way: "de Klerk")
    if (!(particleStart && na <= i + 3)) while (na < j && !tokens[na]!.cap) na++;
    else na = i;
    // "Reliever Mark Acre", "Bumping Agassi": a capitalised word before a first name is not part of the name
    if (j - na >= 3 && na === s.a && !isGiven(tokens[na]!.key) && isGiven(tokens[na + 1]!.key)) na++;
    else if (
      j - na >= 3 &&
      na === s.a &&
      /* "Trainer Berti Vogts", "Teenager Yuuichi Takeda" */ AGENT_ENDS.some((e) => tokens[na]!.key.endsWith(e)) &&
      !isGiven(tokens[na]!.key)
    )
      na++;
    else if (j - na === 2 && na === s.a && tokens[na]!.key.endsWith("ing") && !isGiven(tokens[na]!.key)) na++;
    // "the Coastal Chiefs of Staff", "the Alliance of Free Farmers": what follows an office's or a
    // body's "of (the)" is what it is of, not a person — unless a given name opens it
    if (na > i && na < j) {
      let p = na - 1;
      if (tokens[p]!.key === "the" && p > i) p--;
      // (a place there is what the office is for, even when it is also a given name, when a given
      // name and a surname follow it: "Minister for Europe Chris Hopson")
      const placeFirst = j - na >= 3 && !!(tokens[na]!.f & (LX_COUNTRY | LX_PLACE)) && isGiven(tokens[na + 1]!.key);
      // (not when it opens the chunk with no office nor body before it: "For Varga, the result
      // …", a headline's "Calls On Obama"; but "Chief Of Staff Dana Ruiz")
      const officeBefore = p > i || (i > s.a && (tokens[i - 1]!.f & (LX_TITLE | LX_ROLE | LX_ORG)) !== 0 && tokens[i - 1]!.cap);
      if (officeBefore && OF_WORDS.has(tokens[p]!.key) && !(j - na >= 2 && isGiven(tokens[na]!.key) && !placeFirst)) {
        // "Director of Public Prosecution Eva-Marie Persson": the name starts at a given name
        // further on, followed by one or two name words
        let g = na + 1;
        while (g < j - 1 && !(isGiven(tokens[g]!.key) && j - g <= 3)) g++;
        na = g < j - 1 ? g : j;
      }
    }
    // "Director of National Intelligence Dan Coats", "… for Design and Architecture Andreas
    // Thurner": a word that is no given name before one that is ends the office or the list before
    // the name — after an office's "of …", or when it is an ordinary English word
    if (j - na >= 3 && !isGiven(tokens[na]!.key) && isGiven(tokens[na + 1]!.key)) {
      if (isPlainWord(tokens[na]!.key)) na++;
      else
        for (let p = na - 1; p > i; p--)
          if (OF_WORDS.has(tokens[p]!.key)) {
            na++;
            break;
          }
    }
    // "envoy to Peru Mark Ellison", "born in Georgia Ana Ruiz": a country after a preposition is
    // the place, not a first name, when a given name follows it
    if (j - na >= 3 && na === i && i > s.a && tokens[na]!.f & LX_COUNTRY && isGiven(tokens[na + 1]!.key)) {
      const before = tokens[i - 1]!;
      if (before.k === WORD && !before.cap && PLACE_PREPS.has(before.key)) na++;
    }
    const poss = j < s.b && tokens[j]!.k === POSS;
    out.push({ a: i, b: j, na, poss });
    i = j;
  }
  return out;
}

/** Token k is a middle initial that is also a function word ("Elizabeth A. Burton", "Ana I.
 *  Ruiz"): a single capital with its period between a capitalised name word and another. */
function isMiddleInitial(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const pv = tokens[k - 1];
  const nx = tokens[k + 1];
  return (
    t.t.length === 2 &&
    t.t.endsWith(".") &&
    !!pv &&
    pv.k === WORD &&
    pv.cap &&
    !pv.num &&
    isGiven(pv.key) &&
    !!nx &&
    nx.k === WORD &&
    nx.cap &&
    !nx.num &&
    !(nx.f & LX_COMMON_CAPS)
  );
}

/** Token k, a capitalised common word, is a name part in prose: not the sentence's first word, a
 *  known name word, and next to a capitalised name-like word of the same chunk (from `from`). */
function proseNameWord(tokens: Token[], k: number, s: Sentence, from: number): boolean {
  const t = tokens[k]!;
  if (k <= s.a || !(t.f & LX_COMMON_CAPS) || !isNameWord(t)) return false;
  const pv = tokens[k - 1];
  const nx = tokens[k + 1];
  // the word before must be a capital of this chunk (not the sentence start's), the word after a capital
  const NOT_NAME = LX_COMMON_CAPS | LX_TITLE | LX_ROLE | LX_ORG | LX_COUNTRY | LX_PLACE | LX_MONTH;
  const before = k - 1 >= from && !!pv && pv.k === WORD && pv.cap && !pv.num && !(pv.f & NOT_NAME);
  const after = !!nx && nx.k === WORD && nx.cap && !nx.num && !(nx.f & NOT_NAME) && nx.s - t.e <= 2;
  return before || after;
}

export function tokText(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.s, tokens[b - 1]!.e);
}

export function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.k === WORD && !t.cap && !t.num;
}

/** Walk left from token `head` (a role noun) over the modifiers of a role phrase. */
