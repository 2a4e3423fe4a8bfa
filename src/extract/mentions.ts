/**
 * Proper-noun chunking and the person/not-person decision for one sentence.
 *
 * A chunk is a run of capitalised words, with name particles ("al", "bin", "van", "de"), initials,
 * a lone digit ("Mamadi 3 Kaba") and, after an office or organisation word, "of (the)" inside it
 * ("Secretary of State John Kerry"). The name part is the longest tail of name-like words (not
 * titles, offices, organisation words, demonyms, places, months or function words); the head of
 * the chunk before it is a title/role prefix. The decision adds evidence from the context:
 * titles and role nouns around the chunk, appositions, a first-name lexicon, speech verbs,
 * bylines and photo credits, and evidence against it (a location preposition, organisation
 * context). Role phrases are read in the same pass.
 */
import {
  COMMON_CAPS,
  COMPANY_NOUNS,
  FEMALE_NAMES,
  FIRST_NAMES,
  UNISEX_NAMES,
  HYPHEN_PARTICLES,
  MEDIA,
  MONTHS,
  NON_OFFICIAL_ROLES,
  ORG_ACRONYMS,
  ORG_WORDS,
  PLACE_TO_COUNTRY,
  PLACES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  VERB_FILLERS,
  LX_COMMON_CAPS,
  LX_COMPANY,
  LX_COUNTRY,
  LX_COUNTRY_FIRST,
  LX_FIRST_NAME,
  LX_MEDIA,
  LX_MONTH,
  LX_ORG,
  LX_PARTICLE,
  LX_PLACE,
  LX_ROLE,
  LX_TITLE,
} from "./lexicon.ts";
import type { Sentence } from "./sentences.ts";
import { POSS, PUNCT, QUOTE, WORD, type Token } from "./tokens.ts";


// Word lists of the tests below, built once (an array literal in a test is a new array per call).
const ARTICLES: readonly string[] = ["a", "an", "the"];
const OF_THE: readonly string[] = ["of", "the"];
const HEADED_VERBS: readonly string[] = ["headed", "led", "chaired"];
const ORG_FOLLOWERS: readonly string[] = ["shares", "stock", "inc", "corp", "ltd", "group", "said"];

export interface Chunk {
  /** token range of the whole capitalised run */
  a: number;
  b: number;
  /** first token of the name part (na === b: no name part) */
  na: number;
  poss: boolean;
}

export interface RoleEvidence {
  text: string;
  start: number;
  end: number;
  kind: "prefix" | "pre" | "appos" | "as" | "coord";
}

export interface PersonCandidate {
  chunk: Chunk;
  start: number;
  end: number;
  name: string;
  keys: string[];
  score: number;
  roles: RoleEvidence[];
  credit: boolean;
  byline: boolean;
  /** a bare title such as "Mr", "Dr", "President" stood before the name */
  titled: boolean;
  /** the chunk's words are all upper-case (heading or credit) */
  upper: boolean;
  /** "f", "m" or "" from an honorific or the first name */
  gender: "f" | "m" | "";
  /** introduced with an age and no office ("Maria Lopez, 34,"): a private individual */
  private: boolean;
}

const IRREGULAR_VERBS = new Set(
  (
    "met meets saw sees made makes took takes gave gives went goes came comes left leaves held holds " +
    "led leads won wins lost beat hit put set sent spent brought bought thought sought fought caught taught kept felt meant ran " +
    "began became wrote spoke broke chose drove rose flew knew grew threw drew shook stood sat paid joined joins visits visited " +
    "names calls urges thanks praises hosts welcomes replaces succeeds appoints"
  ).split(" "),
);
const ORG_CONTEXT = new Set([
  "club",
  "side",
  "team",
  "newspaper",
  "magazine",
  "daily",
  "agency",
  "carrier",
  "airline",
  "brewer",
  "insurer",
  "maker",
  "retailer",
  "outfit",
  "champions",
  "rivals",
  "hosts",
  "visitors",
  "leaders",
  "stock",
  "shares",
  "index",
  "newsletter",
  "fans",
  "supporters",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "coach",
  "manager",
  "chairman",
  "subsidiary",
  "unit",
  "stake",
  "spokesman",
  "spokeswoman",
]);
const LOC_PREPS = new Set([
  "in",
  "at",
  "from",
  "near",
  "to",
  "into",
  "across",
  "outside",
  "inside",
  "toward",
  "towards",
  "via",
  "around",
  "of",
]);
const FEMALE_TITLES = new Set([
  "mrs",
  "ms",
  "miss",
  "dame",
  "lady",
  "queen",
  "princess",
  "madam",
  "mme",
  "mlle",
  "congresswoman",
  "chairwoman",
  "spokeswoman",
  "businesswoman",
  "sister",
]);
const MALE_TITLES = new Set([
  "mr",
  "sir",
  "lord",
  "king",
  "prince",
  "herr",
  "congressman",
  "chairman",
  "spokesman",
  "father",
  "businessman",
  "sheikh",
  "emir",
]);
const BARE_TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mx", "madam", "herr", "mme"]);

/** Words of multi-word titles that are not titles by themselves ("Foreign", "Labour", "State"). */
const LEADING_PARTICLES = new Set([
  "de",
  "van",
  "von",
  "della",
  "dal",
  "du",
  "da",
  "di",
  "le",
  "la",
  "ter",
  "den",
  "der",
  "des",
  "dos",
]);
const AGENT_ENDS = ["er", "or", "ant", "ist", "ian"];
const TITLE_PARTS = new Set([
  "state",
  "foreign",
  "interior",
  "defence",
  "defense",
  "finance",
  "treasury",
  "health",
  "justice",
  "economy",
  "trade",
  "home",
  "labour",
  "labor",
  "education",
  "energy",
  "agriculture",
  "transport",
  "environment",
  "culture",
  "information",
  "communications",
  "security",
  "affairs",
  "development",
  "planning",
  "principal",
  "accounting",
  "operating",
  "financial",
  "technology",
  "field",
  "crown",
  "private",
  "major",
  "former",
  "ex",
  "acting",
  "interim",
  "deputy",
  "vice",
  "managing",
  "partner",
  "head",
  "chief",
  "executive",
  "executives",
  "officer",
  "director",
  "leader",
  "chair",
]);

export function isTitleKey(k: string): boolean {
  return TITLES.has(k) && !TITLE_PARTS.has(k);
}

function isRoleKey(k: string): boolean {
  if (ROLE_NOUNS.has(k) || isTitleKey(k)) return true;
  // "co-CEO", "ex-minister": the office with its prefix
  return (k.startsWith("co-") || k.startsWith("ex-")) && (ROLE_NOUNS.has(k.slice(3)) || isTitleKey(k.slice(3)));
}

/** Could this word be part of a person's name? */
export function nameLike(t: Token, last: boolean, afterFirstName = false): boolean {
  if (t.k !== WORD) return false;
  const k = t.key;
  // regnal numbers and title-words used as surnames after a first name ("Henry VIII", "Billie Jean King", "Hun Sen")
  if (afterFirstName && last && (ROMAN.has(t.t) || (SURNAME_TITLES.has(k) && !t.t.endsWith(".")))) return true;
  if (!t.cap) return false;
  if (t.num) return false;
  // contractions are words ("Don’t", "It’ll"), not names like O'Neil (every ending has an apostrophe)
  if (k.includes("'") && isContraction(k)) return false;
  if (t.t.endsWith(".")) return t.t.length === 2 || (isInitials(t.t) && !PLACE_TO_COUNTRY.has(k) && !ORG_ACRONYMS.has(t.t)); // "J.", "I.K."
  const f = t.f;
  // "Top-seeded", "Israeli-born": a capitalised compound adjective, not a name
  const h = t.t.lastIndexOf("-");
  if (h > 0) {
    const tail = t.t.slice(h + 1);
    if (tail && tail === tail.toLowerCase() && (tail.endsWith("ed") || COMPOUND_TAILS.has(tail))) return false;
  }
  // a known first name before a surname is a name even if it is also a word ("Bill Clinton", "Jan Kroslak")
  if (!last && f & LX_FIRST_NAME && (!(f & LX_COMMON_CAPS) || f & LX_MONTH || k === "per")) return true;
  if (f & (LX_COMMON_CAPS | LX_TITLE | LX_ROLE | LX_ORG | LX_MONTH)) return false;
  if (isDemonymNoun(k)) return false;
  // "Carmaker", "Drugmaker", "Retailer": a company descriptor, not a name
  if (f & LX_COMPANY || k.endsWith("maker") || k.endsWith("makers")) return false;
  if (ORG_ACRONYMS.has(t.t) || f & LX_MEDIA) return false;
  // a place word is a surname after a first name ("Ana Lima"), a first name before a surname ("Georgia Smith")
  if (f & (LX_COUNTRY | LX_PLACE) && !afterFirstName && (last || !(f & LX_FIRST_NAME))) return false;
  if (t.allCaps && t.t.length <= 4 && !t.t.includes("-")) return false; // acronyms: NATO, AFP, CEO
  return true;
}

const ROMAN = new Set(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]);
const SURNAME_TITLES = new Set([
  "king",
  "prince",
  "bishop",
  "major",
  "sen",
  "knight",
  "marshal",
  "cardinal",
  "judge",
  "sheriff",
  "chancellor",
]);
const CONTRACTION_ENDS = ["n't", "'ll", "'re", "'ve", "'m", "'d"];

function isContraction(k: string): boolean {
  for (const c of CONTRACTION_ENDS) if (k.endsWith(c)) return true;
  return false;
}
const COMPOUND_TAILS = new Set(["born", "based", "run", "owned", "year", "old", "style", "like", "wide", "free", "made", "led"]);
const DEMONYM_NOUNS = new Set([
  "frenchman",
  "frenchwoman",
  "englishman",
  "englishwoman",
  "dutchman",
  "irishman",
  "scotsman",
  "welshman",
  "spaniard",
  "yugoslav",
  "yugoslavs",
  "spaniards",
  "frenchmen",
  "briton",
  "britons",
  "kiwi",
  "aussie",
]);

function isDemonymNoun(k: string): boolean {
  if (DEMONYM_NOUNS.has(k)) return true;
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

function isParticle(t: Token | undefined): boolean {
  return !!t && t.k === WORD && !t.cap && (t.f & LX_PARTICLE) !== 0;
}

/** Capitalised runs in a sentence. */
export function findChunks(tokens: Token[], s: Sentence): Chunk[] {
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
    while (j < s.b) {
      const u = tokens[j]!;
      if (u.s - tokens[j - 1]!.e > 2) break; // a line break or a gap ends a name
      if (u.k === WORD && u.cap && !u.num) {
        // title-case headlines: a capitalised function word or headline verb ends the name
        // ("Hillary Clinton Goes After Donald Trump")
        if (u.f & LX_COMMON_CAPS && u.t !== "US" && !u.allCaps) break;
        if (u.f & (LX_ORG | LX_TITLE | LX_ROLE)) hasOrgOrTitle = true;
        j++;
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
        u.key === "of" &&
        hasOrgOrTitle &&
        nx &&
        nx.k === WORD &&
        (ORG_WORDS.has(pv.key) || TITLES.has(pv.key) || ROLE_NOUNS.has(pv.key))
      ) {
        if (nx.cap && !nx.num) {
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
      // a place word is a surname after a first name ("Ana Lima")
      const afterName = na - 2 >= i && !!pu && pu.cap && (pu.f & LX_FIRST_NAME) !== 0;
      if (nameLike(u, na === j, afterName)) {
        na--;
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
    // a particle or digit cannot start a name (unless the surname is written that way: "de Klerk")
    if (!(particleStart && na <= i + 3)) while (na < j && !tokens[na]!.cap) na++;
    else na = i;
    // "Reliever Mark Acre", "Bumping Agassi": a capitalised word before a first name is not part of the name
    if (j - na >= 3 && na === s.a && !FIRST_NAMES.has(tokens[na]!.key) && FIRST_NAMES.has(tokens[na + 1]!.key)) na++;
    else if (
      j - na >= 3 &&
      na === s.a &&
      /* "Trainer Berti Vogts", "Teenager Yuuichi Takeda" */ AGENT_ENDS.some((e) => tokens[na]!.key.endsWith(e)) &&
      !FIRST_NAMES.has(tokens[na]!.key)
    )
      na++;
    else if (j - na === 2 && na === s.a && tokens[na]!.key.endsWith("ing") && !FIRST_NAMES.has(tokens[na]!.key)) na++;
    const poss = j < s.b && tokens[j]!.k === POSS;
    out.push({ a: i, b: j, na, poss });
    i = j;
  }
  return out;
}

function tokText(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.s, tokens[b - 1]!.e);
}

function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.k === WORD && !t.cap && !t.num;
}

/** Walk left from token `head` (a role noun) over the modifiers of a role phrase. */
function roleLeft(tokens: Token[], s: Sentence, head: number): number {
  let a = head;
  let n = 0;
  while (a - 1 >= s.a && n < 8) {
    const u = tokens[a - 1]!;
    if (u.k === POSS) {
      // "Tengku Adnan's lawyer", "Guinea's president": take the owner too
      let c = a - 2;
      while (c >= s.a && tokens[c]!.k === WORD && tokens[c]!.cap) c--;
      // "the premier's chief of staff": a lower-case office as the owner
      if (c === a - 2 && c >= s.a && tokens[c]!.k === WORD && ROLE_NOUNS.has(tokens[c]!.key)) c--;
      if (c === a - 2) break;
      a = c + 1;
      n += 2;
      continue;
    }
    if (u.k !== WORD) break;
    const k = u.key;
    if (u.cap) {
      if (COMMON_CAPS.has(k) && k !== "former") break;
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
    if (
      COMMON_CAPS.has(k) ||
      k.endsWith("ed") ||
      k.endsWith("ing") ||
      k.endsWith("ly") ||
      SPEECH_VERBS.has(k) ||
      IRREGULAR_VERBS.has(k)
    )
      break;
    if (k.includes("-") || /* "federal territories" */ true) {
      a--;
      n++;
      continue;
    }
  }
  return a;
}

const APPOS_STOP = new Set(["who", "which", "that", "whose", "where", "when", "said", "says", "told", "and", "but", "is", "was"]);

export interface ChunkContext {
  text: string;
  tokens: Token[];
  sentence: Sentence;
  /** index of the first token of the block */
  blockFirst: number;
  /** the block looks like a photo credit or caption line */
  creditBlock: boolean;
  /** the block is a byline ("By A and B") */
  bylineBlock?: boolean;
}

/** Evaluates one chunk as a person: score, name, roles. Returns null when it has no name part. */
export function assessChunk(ch: Chunk, cx: ChunkContext): PersonCandidate | null {
  const { tokens, text, sentence: s } = cx;
  if (ch.na >= ch.b) return null;
  // the name part's words, read once: capitalised keys, all-capitals, particles, organisation words
  const first = tokens[ch.na]!;
  const keys: string[] = [];
  let upper = true;
  let hasParticle = false;
  let hasOrgWord = false;
  for (let i = ch.na; i < ch.b; i++) {
    const t = tokens[i]!;
    if (t.cap) keys.push(t.key);
    if (!(t.allCaps || !t.cap)) upper = false;
    if (isParticle(t)) hasParticle = true;
    if (t.f & LX_ORG) hasOrgWord = true;
  }
  const k = keys.length;
  let score = 0;
  const roles: RoleEvidence[] = [];
  let titled = false;
  let credit = false;
  let byline = false;

  // title/role prefix inside the chunk
  if (ch.na > ch.a) {
    let hasTitle = false;
    let startRole = ch.a;
    while (
      startRole < ch.na &&
      COMMON_CAPS.has(tokens[startRole]!.key) &&
      !TITLES.has(tokens[startRole]!.key) &&
      tokens[startRole]!.t !== "US"
    )
      startRole++;
    for (let i = startRole; i < ch.na; i++) if (isRoleKey(tokens[i]!.key)) hasTitle = true;
    if (hasTitle) {
      score += 3;
      titled = true;
      // a role phrase may continue to the left of the chunk ("Former Malaysian federal territories minister")
      let ra = startRole;
      if (startRole === ch.a) ra = roleLeft(tokens, s, ch.a);
      const onlyBare = tokens.slice(startRole, ch.na).every((t) => BARE_TITLES.has(t.key));
      if (!onlyBare) {
        roles.push({ text: tokText(text, tokens, ra, ch.na), start: tokens[ra]!.s, end: tokens[ch.na - 1]!.e, kind: "prefix" });
      }
    }
  }
  // a role noun right before the chunk ("spokesperson Majed al-Ansari", "lawyer Tan Hock Chuan")
  const before = tokens[ch.a - 1];
  if (ch.a - 1 >= s.a && before && before.k === WORD && isRoleKey(before.key) && (ch.na === ch.a || roles.length === 0)) {
    score += 3;
    const ra = roleLeft(tokens, s, ch.a - 1);
    roles.push({ text: tokText(text, tokens, ra, ch.a), start: tokens[ra]!.s, end: before.e, kind: "pre" });
  }
  // "president, Alpha Conde," / "Orbán's chief of staff, Gergely Gulyás," – the name is in apposition
  // to a role phrase before it
  if (ch.a - 2 >= s.a && before && before.t === ",") {
    let h = ch.a - 2;
    // "chief of staff", "minister of state": step back over "of X" after the role noun
    if (h - 2 >= s.a && tokens[h - 1]!.key === "of" && tokens[h]!.k === WORD && !tokens[h]!.cap) h -= 2;
    const hn = tokens[h]!;
    if (hn.k === WORD && ROLE_NOUNS.has(hn.key) && !hn.cap) {
      score += 3;
      const ra = roleLeft(tokens, s, h);
      roles.push({ text: tokText(text, tokens, ra, ch.a - 1), start: tokens[ra]!.s, end: tokens[ch.a - 2]!.e, kind: "pre" });
    }
  }
  // apposition after: ", director-general of the WHO," / ", a spokesman for the commission,"
  let after = ch.b + (ch.poss ? 1 : 0);
  // "Maria Lopez, 34, a teacher": an age apposition marks a private person and may precede a role
  let aged = false;
  if (
    !ch.poss &&
    tokens[after]?.t === "," &&
    tokens[after + 1]?.num &&
    tokens[after + 1]!.t.length <= 3 &&
    tokens[after + 2]?.t === ","
  ) {
    aged = true;
    score += 2;
    after += 2;
  }
  if (!ch.poss && after < s.b && tokens[after]!.t === ",") {
    let j = after + 1;
    const a0 = j;
    let hasRole = false;
    let roleEnd = -1;
    while (j < s.b && j - a0 < 14) {
      const u = tokens[j]!;
      if (u.k === PUNCT && (u.t === "," || u.t === "." || u.t === ";" || u.t === ":")) break;
      if (u.k === QUOTE) break;
      if (j === a0 && u.k === WORD && APPOS_STOP.has(u.key)) break;
      if (u.k === WORD && SPEECH_VERBS.has(u.key) && j > a0) break;
      if (aged && u.k === WORD && u.key === "who" && j > a0) break;
      if (u.k === WORD && ROLE_NOUNS.has(u.key)) {
        hasRole = true;
        roleEnd = j;
      }
      j++;
    }
    const closed =
      j >= s.b || tokens[j]!.t === "," || tokens[j]!.t === "." || tokens[j]!.k === QUOTE || (aged && tokens[j]!.key === "who");
    if (hasRole && closed) {
      let ra = a0;
      while (ra < j && ARTICLES.includes(tokens[ra]!.key)) ra++;
      if (ra < j) {
        score += 3;
        roles.push({ text: tokText(text, tokens, ra, j), start: tokens[ra]!.s, end: tokens[j - 1]!.e, kind: "appos" });
      }
      void roleEnd;
    } else if (a0 < s.b && tokens[a0]!.key === "who") {
      score += 1;
      // ", who is treasurer-general of Umno," / ", who was the party's leader,"
      const v = tokens[a0 + 1];
      if (v && (v.key === "is" || v.key === "was" || v.key === "serves")) {
        let j2 = a0 + 2;
        if (v.key === "serves" && tokens[j2]?.key === "as") j2++;
        while (j2 < s.b && ARTICLES.includes(tokens[j2]!.key)) j2++;
        const r0 = j2;
        let hasRole = false;
        while (j2 < s.b && j2 - r0 < 10 && tokens[j2]!.k === WORD) {
          if (ROLE_NOUNS.has(tokens[j2]!.key)) hasRole = true;
          j2++;
        }
        if (hasRole && j2 > r0 && (j2 >= s.b || tokens[j2]!.t === "," || tokens[j2]!.t === ".")) {
          score += 2;
          roles.push({ text: tokText(text, tokens, r0, j2), start: tokens[r0]!.s, end: tokens[j2 - 1]!.e, kind: "appos" });
        }
      }
    } else if (a0 < s.b && tokens[a0]!.num && tokens[a0 + 1]?.t === ",") score += 2; // ", 45,"
  }
  // "named X as CEO"
  if (after < s.b && tokens[after]!.key === "as" && tokens[after + 1] && isRoleKey(tokens[after + 1]!.key)) {
    let j = after + 1;
    while (
      j < s.b &&
      j - after < 5 &&
      tokens[j]!.k === WORD &&
      (isRoleKey(tokens[j]!.key) || ROLE_MODIFIERS.has(tokens[j]!.key) || OF_THE.includes(tokens[j]!.key))
    )
      j++;
    score += 2;
    roles.push({ text: tokText(text, tokens, after + 1, j), start: tokens[after + 1]!.s, end: tokens[j - 1]!.e, kind: "as" });
  }
  // a copula at the head of the sentence: "Hege is the CEO of DH", "Ruiz was a senior aide"
  if (!ch.poss && ch.a === s.a && (tokens[after]?.key === "is" || tokens[after]?.key === "was")) {
    let j = after + 1;
    if (ARTICLES.includes(tokens[j]?.key ?? "")) j++;
    const r0 = j;
    let hasRole = false;
    while (j < s.b && j - r0 < 10 && tokens[j]!.k === WORD) {
      if (isRoleKey(tokens[j]!.key)) hasRole = true;
      j++;
    }
    const stop = tokens[j];
    if (hasRole && j > r0 && r0 > after + 1 && (!stop || stop.t === "," || stop.t === "." || stop.t === ";")) {
      score += 2;
      roles.push({ text: tokText(text, tokens, r0, j), start: tokens[r0]!.s, end: tokens[j - 1]!.e, kind: "appos" });
    }
  }
  // speech verb after the name ("Dar said", "Trump also claimed")
  {
    let j = after;
    while (j < s.b && j - after < 3 && tokens[j]!.k === WORD && VERB_FILLERS.has(tokens[j]!.key) && tokens[j]!.key !== "and") j++;
    const v = tokens[j];
    if (v && v.k === WORD && !v.cap && SPEECH_VERBS.has(v.key)) score += k >= 2 ? 2 : 1;
  }
  // inverted: `…," said Dr Tedros`
  if (before && before.k === WORD && SPEECH_VERBS.has(before.key)) score += 1;
  // sports tables and rosters: "Name (Country)", "Name (50th minute)"; but "Club (Country) 2 Club" is a result
  if (
    tokens[ch.b]?.t === "(" &&
    tokens[ch.b + 1] &&
    (PLACE_TO_COUNTRY.has(tokens[ch.b + 1]!.key) || (tokens[ch.b + 1]!.allCaps && tokens[ch.b + 1]!.t.length <= 4)) &&
    tokens[ch.b + 2]?.t === ")"
  ) {
    const x = tokens[ch.b + 3];
    const y = tokens[ch.b + 4];
    if (x && x.k === WORD && x.num && !x.t.includes(".") && x.t.length <= 2 && (!y || (y.k === WORD && y.cap) || y.t === "("))
      score -= 2;
    else score += 3;
  }
  if (tokens[ch.b]?.t === "(" && tokens[ch.b + 1]?.num && /^\d+(st|nd|rd|th)$/.test(tokens[ch.b + 1]!.t)) score += 3;
  // cricket scorecards: "c Cork b Croft", "lbw b Gough"
  if (before && before.k === WORD && (before.t === "b" || before.t === "c" || before.t === "st") && !before.cap) score += 3;
  // first names
  if (FIRST_NAMES.has(first.key) && !PLACE_TO_COUNTRY.has(first.key)) score += k >= 2 ? 3 : 2;
  else if (FIRST_NAMES.has(first.key)) score += k >= 2 ? 2 : 0;
  if (k >= 2) score += 3;
  // name particles ("van der Meer", "bin Salman") only occur in people's names
  if (hasParticle) score += 3;
  // "20-year-old Tiger Woods"
  if (before && before.k === WORD && before.num && before.key.endsWith("-old")) score += 2;
  if (k >= 2 && first.t.length === 2 && first.t.endsWith(".")) score += 1;
  // "A delegation of the IMF, headed by Nathan Porter": the head of that group
  if (before?.key === "by" && HEADED_VERBS.includes(tokens[ch.a - 2]?.key ?? "")) {
    score += 1;
    if (tokens[ch.a - 3]?.t === "," && ch.a - 4 >= s.a) {
      let st = ch.a - 4;
      while (st > s.a && ch.a - 4 - st < 10 && tokens[st - 1]!.k === WORD) st--;
      while (st < ch.a - 3 && ARTICLES.includes(tokens[st]!.key)) st++;
      if (st < ch.a - 3) {
        roles.push({
          text: `head of ${tokText(text, tokens, st, ch.a - 3)}`,
          start: tokens[st]!.s,
          end: tokens[ch.a - 4]!.e,
          kind: "appos",
        });
        score += 2;
      }
    }
  }
  // bylines: a block that starts "By Name"
  if (
    (before?.key === "by" && ch.a - 1 === cx.blockFirst && before.cap) ||
    (ch.a === cx.blockFirst && ch.na === ch.a + 1 && tokens[ch.a]!.key === "by") ||
    (cx.bylineBlock && k >= 2)
  ) {
    score += 3;
    byline = true;
  }
  // photo credits: "Photo: Name/AFP", "AGENCY/Name", "(Photo: A, B)"
  const prevT = tokens[ch.a - 1];
  const nextT = tokens[ch.b];
  const creditList =
    cx.creditBlock &&
    (prevT?.t === ":" || prevT?.t === "," || prevT?.t === "(") &&
    (nextT === undefined || nextT.t === "/" || nextT.t === "," || nextT.t === ")");
  if (prevT?.t === "/" || nextT?.t === "/" || creditList) {
    credit = true;
    score += 2;
  }
  // score lines: "Werder Bremen 1 Stuttgart 2", "Le Havre 3 0 1 1 1" are teams
  const n1 = tokens[ch.b];
  const n2 = tokens[ch.b + 1];
  const cricket = !!before && before.k === WORD && (before.t === "b" || before.t === "c" || before.t === "st") && !before.cap;
  if (
    !cricket &&
    n1 &&
    n1.k === WORD &&
    n1.num &&
    /* integer */ !n1.t.includes(".") &&
    n1.t.length <= 2 &&
    n2 &&
    ((n2.k === WORD && n2.cap && !n2.num) || (n2.k === WORD && n2.num && n2.t.length <= 2)) &&
    !FIRST_NAMES.has(first.key)
  )
    score -= 3;
  // against: location prepositions, place follow-ups, organisation follow-ups
  if (before && before.k === WORD && !before.cap && LOC_PREPS.has(before.key) && roles.length === 0 && !titled) score -= 2;
  // "Tom Berg of Nordea Markets", "an analyst at Fitch Ratings": the affiliation after a name
  if (
    before &&
    (before.key === "of" || before.key === "at") &&
    ch.a - 2 >= s.a &&
    tokens[ch.a - 2]!.k === WORD &&
    tokens[ch.a - 2]!.cap &&
    !titled &&
    roles.length === 0
  )
    score -= 3;
  if (
    nextT?.t === "," &&
    tokens[ch.b + 1] &&
    (PLACE_TO_COUNTRY.has(tokens[ch.b + 1]!.key) || PLACES.has(tokens[ch.b + 1]!.key)) &&
    roles.length === 0
  )
    score -= 2;
  if (
    nextT &&
    nextT.k === WORD &&
    ORG_FOLLOWERS.includes(nextT.key) &&
    k === 1 &&
    nextT.key !== "said"
  )
    score -= 2;
  if (upper && !FIRST_NAMES.has(first.key) && !credit) score -= 2;
  if (ch.na === s.a && k === 1 && !titled) score -= 1;
  // a name right after a determiner is a thing ("the Kremlin", "an El Al freighter")
  const detBefore =
    (before && before.k === WORD && (before.key === "the" || before.key === "a" || before.key === "an")) ||
    (ch.na > ch.a && (tokens[ch.na - 1]!.key === "the" || tokens[ch.na - 1]!.key === "a"));
  if (detBefore && !titled && roles.length === 0) score -= 3;
  // "Bloomsbury Minerals Economics (BME)": a name with its own acronym is an organisation
  if (
    nextT?.t === "(" &&
    tokens[ch.b + 1]?.allCaps &&
    tokens[ch.b + 2]?.t === ")" &&
    !PLACE_TO_COUNTRY.has(tokens[ch.b + 1]!.key) &&
    k >= 2
  )
    score -= 3;
  if (nextT && nextT.k === WORD && !nextT.cap && ORG_CONTEXT.has(nextT.key)) score -= 2;
  // organisation context: "club Standard Liege", "Douglas & Lomason"
  if (
    before &&
    before.k === WORD &&
    !before.cap &&
    (COMPANY_NOUNS.has(before.key) || ORG_WORDS.has(before.key) || ORG_CONTEXT.has(before.key))
  )
    score -= 3;
  if (nextT?.t === "&" || prevT?.t === "&") score -= 4;
  // a place written in two words ("Sri Lanka", "El Salvador")
  if (k >= 2) {
    for (let i = ch.na; i + 1 < ch.b; i++) {
      // only the first word of a several-word place can start one (a flag test before the string)
      if (!(tokens[i]!.f & LX_COUNTRY_FIRST)) continue;
      const bi = `${tokens[i]!.key} ${tokens[i + 1]!.key}`;
      if (PLACE_TO_COUNTRY.has(bi) || (bi.endsWith("s") && PLACE_TO_COUNTRY.has(bi.slice(0, -1)))) score -= 5;
    }
    if (hasOrgWord) score -= 5;
  }
  if (tokens[ch.b]?.k === WORD && ORG_WORDS.has(tokens[ch.b]!.key) && !tokens[ch.b]!.cap) score -= 2;

  const name = tokText(text, tokens, ch.na, ch.b);
  let gender: "f" | "m" | "" = "";
  for (let i = ch.a; i < ch.na; i++) {
    const tk = tokens[i]!.key;
    if (FEMALE_TITLES.has(tk)) gender = "f";
    else if (MALE_TITLES.has(tk)) gender = "m";
  }
  if (!gender && (before?.key === "mr" || before?.key === "sir")) gender = "m";
  if (!gender && k >= 2 && FIRST_NAMES.has(first.key) && !UNISEX_NAMES.has(first.key))
    gender = FEMALE_NAMES.has(first.key) ? "f" : "m";
  return {
    chunk: ch,
    start: first.s,
    end: tokens[ch.b - 1]!.e,
    name,
    keys,
    score,
    roles,
    credit,
    byline,
    titled,
    upper,
    gender,
    private: aged && roles.length === 0,
  };
}

/** A role phrase marks a private person or a journalist. */
export function nonOfficialRole(role: string): boolean {
  const words = role.toLowerCase().split(/[^a-z-]+/);
  let non = false;
  let off = false;
  for (const w of words) {
    if (NON_OFFICIAL_ROLES.has(w)) non = true;
    else if (w && ((isTitleKey(w) && !BARE_TITLES.has(w)) || ROLE_NOUNS.has(w))) off = true;
  }
  return non && !off;
}

export { HYPHEN_PARTICLES };
