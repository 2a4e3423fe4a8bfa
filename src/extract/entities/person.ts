/**
 * Is this chunk a person's name? Evidence for and against, each with a named weight (PERSON_WEIGHTS)
 * and summed; a chunk whose sum reaches PERSON_THRESHOLD is a person. For: a title or role phrase
 * around the name (roles.ts), a known given name, two or more name words, a name particle, an age,
 * a speech verb after it, a byline or photo credit, sports rosters. Against: organisation words,
 * places, a determiner ("the Kremlin"), a location preposition, company context ("Acme shares",
 * "Douglas & Lomason", "club Standard Liege"), score lines, all-capitals without a given name.
 */
import {
  AP_STATES,
  COMPANY_NOUNS,
  ORG_WORDS,
  PLACE_TO_COUNTRY,
  PLACES,
  SPEECH_VERBS,
  VERB_FILLERS,
  PARTY_WORDS,
  LX_COUNTRY,
  LX_COUNTRY_FIRST,
  LX_ORG,
  LX_PLACE,
} from "../lexicon/index.ts";
import { isOrgSuffix, isOrgSuffixExact } from "../data/org-words.ts";
import { NW_COMMON, givenGender, isGiven, isPlainWord, isStrongGiven, nameInfo } from "../names.ts";
import { isProseSlash } from "../blocks.ts";
import { US_STATES } from "../represents-words.ts";
import type { Sentence } from "../sentences.ts";
import { QUOTE, WORD, type Token } from "../tokens.ts";
import { HEADED_VERBS, LEADING_PARTICLES, ORG_FOLLOWERS, isGenerational, surnameAfterGiven, isParticle, isRoleKey, tokText, type Chunk } from "./chunks.ts";
import { inRace, leaderOfBody, runsCampaign } from "./leaders.ts";
import { placeOfTwoEndsAt, readRoles, type RoleEvidence } from "./roles.ts";
import { arabicArticleBody, firmNamed, innerCapital, isHashtagName, isPartyTagName, isPricedName, isStreetAddress, itsAfter, nameKeyOf, staffAfter } from "./things.ts";

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
  /** a body is named after them ("the Hale administration"): they lead it */
  leader: boolean;
  /** the article frames the name as a firm, here or before ("a firm called Marlow Keats") */
  firm: boolean;
  /** read in a title-case line, where a capital after the name may be the line's own word */
  titleLine?: boolean;
}

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
  /** the block is written in title case (a table, a menu, a list of names): capitals are no
   *  evidence, so a run of capitalised words counts for nothing by itself */
  titleCase?: boolean;
  /** names the article has framed as a firm so far, by their words' keys (nameKeyOf) */
  firms?: ReadonlySet<string>;
}

/** A chunk whose evidence sums to this much is a person. */
export const PERSON_THRESHOLD = 3;

/** How much each piece of evidence says that a chunk names a person (negative: that it does not). */
export const PERSON_WEIGHTS = {
  /** "President Sarah Okonkwo", "Mr Tan": a title or office word in the chunk */
  title: 3,
  /** "spokesperson Majed al-Ansari", "Guinea's president, Alpha Conde," */
  roleBefore: 3,
  /** "Paulo Mendes, Brazil's foreign minister," */
  roleAppositive: 3,
  /** ", who …" after the name */
  whoClause: 1,
  /** ", who is treasurer-general of Umno," */
  whoRole: 2,
  /** "named Ana Ruiz as chief executive" */
  asRole: 2,
  /** "Hege is the CEO of DH" */
  copulaRole: 2,
  /** ", 34," — an age (also ", 45," without a role) */
  age: 2,
  /** "Labour's Tom Hicks": a party's or a body's person (also "Acme's Silver Hawk", hence weak) */
  owner: 1,
  /** "…, headed by Nathan Porter" */
  headedBy: 1,
  /** … with the group named: the head of that group */
  headedByGroup: 2,
  /** "Dar said" (one word); "Ishaq Dar said" (two or more) */
  speechAfterOne: 1,
  speechAfterMany: 2,
  /** `…," said Dr Tedros` */
  speechBefore: 1,
  /** sports tables: "Name (Country)", "Name (50th minute)" */
  roster: 3,
  /** "Club (Country) 2 Club" is a result, not a roster */
  resultLine: -2,
  /** cricket scorecards: "c Cork b Croft" */
  scorecard: 3,
  /** a known given name opening a name of two or more words / standing alone */
  givenNameMany: 3,
  givenNameOne: 2,
  /** a given name that is also a common word or a place ("Will Moy", "Georgia Smith", "Sky Sports") */
  givenAmbiguousMany: 1,
  /** two or more name words */
  manyWords: 3,
  /** an ordinary English word in the name, with no plain given name opening it ("Border Protection",
   *  "Marvel Studios"; "Tim Cook" and "Helen May" are names by their given names) */
  plainWordInName: -2,
  /** one ordinary English word as the whole name, no title or office right before it */
  plainWordAlone: -3,
  /** "Ind.", "Calif.": a US state's abbreviation (AP style) */
  stateAbbreviation: -5,
  /** "Fort Collins", "Lake Tana", "Cape Verde": a word that opens places' names, not people's */
  placeOpener: -4,
  /** "van der Meer", "bin Salman" */
  particle: 3,
  /** "20-year-old Tiger Woods" */
  agedBefore: 2,
  /** "J. Smith" */
  initial: 1,
  /** "By Jonas Meier", a byline block */
  byline: 3,
  /** "Photo: Name/AFP", "(Photo: A, B)" */
  credit: 2,
  /** "Werder Bremen 1 Stuttgart 2" */
  scoreLine: -3,
  /** "in Bremen", "from Oslo" without any role */
  locationPreposition: -2,
  /** "Tom Berg of Nordea Markets": the capitalised name before "of/at" is the person */
  affiliationTail: -3,
  /** "Leeds, England" */
  placeAfterComma: -2,
  /** "Acme shares", "Acme Inc" */
  orgFollower: -2,
  /** all capitals without a given name (a heading or an acronym) */
  allCaps: -2,
  /** one word opening the sentence, no title */
  sentenceInitialOne: -1,
  /** "the Kremlin", "an El Al freighter", "its Silver Hawk rover", "the Philadelphia Eagles" */
  determiner: -5,
  /** the whole of a quotation: a title, column or slogan ("the “Truth Meter” column") */
  quotedTitle: -4,
  /** a house number before, a street word last: an address ("at 12 Linden Drive") */
  streetAddress: -6,
  /** "the Hale administration", "the Ruiz government": the leader the body is named after */
  leaderOfBody: 3,
  /** "Bloomsbury Minerals Economics (BME)" */
  ownAcronym: -3,
  /** "Acme spokesman", "Leeds fans" */
  orgContextAfter: -2,
  /** "Lorne Fairfax analyst Ana Ruiz": a name before a firm's staff word and another name */
  firmBeforeStaff: -5,
  /** "club Standard Liege", "carmaker Volvo" */
  orgContextBefore: -3,
  /** "Douglas & Lomason" */
  ampersand: -4,
  /** "Sri Lanka", "El Salvador" inside the name */
  twoWordPlace: -5,
  /** "Foreign Ministry", "Acme Holdings" inside a name of two or more words */
  orgWord: -5,
  /** "Acme group" */
  orgWordAfter: -2,
  /** a legal form after the name ("Keller Dynamics Ltd", "Nordvik AS", "Marston GmbH"; ISO 20275) */
  legalFormAfter: -5,
  /** a hashtag's word ("#Morgan Tulsa show") / a price before the name ("the $900 Zenta Vista Pro"): things.ts */
  hashtag: -6,
  priced: -5,
  /** a firm's noun after an article frames it: "the law firm Hale Dorsey", "Hale Dorsey, a Texas-based firm," (things.ts) */
  firmNamed: -5,
  /** "Harbor Bank cut its forecast", "Corvane and its suppliers": a name that "its" follows as its own */
  itsAfter: -4,
  /** "Al Qaeda", "Al Shabaab", "Al Jazeera": the Arabic article before a word spelt as Arabic, no surname */
  arabicArticleBody: -6,
  /** "JPMorgan Chase", "BlackRock", "PayPal": a capital inside a word, after no surname prefix */
  innerCapital: -4,
} as const;

/** A US state as AP style abbreviates it with initials ("Columbia, S.C."; and "D.C."): the lexicon's
 *  AP_STATES, written with an inner period. */
const isDottedState = (t: string): boolean => t === "D.C." || (AP_STATES.has(t) && t.indexOf(".") < t.length - 1);

const ORG_CONTEXT = new Set(
  (
    "club side team newspaper magazine daily agency carrier airline brewer insurer maker retailer outfit champions rivals " +
    "hosts visitors leaders stock shares index newsletter fans supporters striker midfielder defender goalkeeper coach " +
    "manager chairman subsidiary unit stake spokesman spokeswoman program programme feed account page website"
  ).split(" "),
);
/** Words that open the names of places, not of people ("Fort Collins", "Mount Kenya", "San Jose"). */
const PLACE_OPENERS = new Set("fort mount mt lake cape port san santa sao puerto".split(" "));
/** Words of ORG_CONTEXT that name a person's job ("Leeds manager"; "manager Ana Ruiz"). */
const ORG_CONTEXT_PEOPLE = new Set("striker midfielder defender goalkeeper coach manager chairman spokesman spokeswoman".split(" "));
const LOC_PREPS = new Set("in at from near to into across outside inside toward towards via around of atop".split(" "));
const FEMALE_TITLES = new Set(
  "mrs ms miss dame lady queen princess madam mme mlle congresswoman chairwoman spokeswoman businesswoman sister".split(" "),
);
const MALE_TITLES = new Set(
  "mr sir lord king prince herr congressman chairman spokesman father businessman sheikh emir".split(" "),
);

/** Evaluates one chunk as a person: score, name, roles. Returns null when it has no name part. */
export function assessChunk(ch: Chunk, cx: ChunkContext): PersonCandidate | null {
  const { tokens, text, sentence: s } = cx;
  if (ch.na >= ch.b || isPartyTagName(ch, tokens)) return null;
  const W = PERSON_WEIGHTS;
  // the name part's words, read once: capitalised keys, all-capitals, particles, organisation words
  const first = tokens[ch.na]!;
  const keys: string[] = [];
  let upper = true;
  let hasParticle = false;
  let hasOrgWord = false;
  for (let i = ch.na; i < ch.b; i++) {
    const t = tokens[i]!;
    // keys: the name's capitalised words, without a generational suffix ("Jr.") or a European
    // particle written with a capital ("De Leon" is "de Leon")
    // (an Arabic article glued to a surname is no part of it for matching: "Omar al-Fadil"
    // is "Mr. Fadil" later)
    if (t.cap && !isGenerational(t) && !(i + 1 < ch.b && LEADING_PARTICLES.has(t.key))) keys.push(ARABIC_ARTICLE.test(t.t) ? t.key.slice(t.key.indexOf("-") + 1) : t.key);
    if (!(t.allCaps || !t.cap)) upper = false;
    if (isParticle(t)) hasParticle = true;
    // (not a frequent given name opening a person's name: "Bill Okafor" is no bill; "Bill of
    // Rights" and "Dow Industrials" still are things)
    if (t.f & LX_ORG && !(i === ch.na && i + 1 < ch.b && givenOpensName(t, tokens[i + 1]!)) && !surnameAfterGiven(tokens, ch, i)) hasOrgWord = true;
  }
  // ("King Abdullah II", "Queen Elizabeth II": a regnal number after a single name is part of it)
  const lastT = tokens[ch.b - 1]!;
  if (keys.length === 1 && ch.b - ch.na === 2 && isGenerational(lastT) && lastT.allCaps) keys.push(lastT.key);
  const k = keys.length;
  let score = 0;
  let credit = false;
  let byline = false;

  const r = readRoles(ch, cx);
  const { roles, titled, after } = r;
  for (const role of roles) {
    if (role.kind === "prefix") continue;
    if (role.kind === "pre") score += W.roleBefore;
    else if (role.kind === "appos") score += W.roleAppositive;
    else if (role.kind === "who") score += W.whoRole;
    else if (role.kind === "as") score += W.asRole;
    else if (role.kind === "copula") score += W.copulaRole;
    else if (role.kind === "headed") score += W.headedByGroup;
    else if (role.kind === "owner") score += W.owner;
  }
  if (titled) score += W.title;
  if (r.aged || r.numberAppos) score += W.age;
  if (r.who) score += W.whoClause;
  // speech verb after the name ("Dar said", "Trump also claimed")
  {
    let j = after;
    while (j < s.b && j - after < 3 && tokens[j]!.k === WORD && VERB_FILLERS.has(tokens[j]!.key) && tokens[j]!.key !== "and") j++;
    const v = tokens[j];
    // ("scientists using a telescope atop Mauna Kea have confirmed": a name after a location
    // preposition is not the verb's subject)
    const pb = tokens[ch.a - 1];
    const afterPrep = !!pb && pb.k === WORD && !pb.cap && LOC_PREPS.has(pb.key) && pb.key !== "of" && roles.length === 0 && !titled;
    if (v && v.k === WORD && !v.cap && SPEECH_VERBS.has(v.key) && !afterPrep) score += k >= 2 ? W.speechAfterMany : W.speechAfterOne;
  }
  const before = tokens[ch.a - 1];
  // inverted: `…," said Dr Tedros`
  if (before && before.k === WORD && SPEECH_VERBS.has(before.key)) score += W.speechBefore;
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
      score += W.resultLine;
    else score += W.roster;
  }
  if (tokens[ch.b]?.t === "(" && tokens[ch.b + 1]?.num && /^\d+(st|nd|rd|th)$/.test(tokens[ch.b + 1]!.t)) score += W.roster;
  const cricket = !!before && before.k === WORD && (before.t === "b" || before.t === "c" || before.t === "st") && !before.cap;
  if (cricket) score += W.scorecard;
  // given names (open data: src/extract/names.ts)
  const plainGiven = isStrongGiven(first.key) && !(first.f & (LX_COUNTRY | LX_PLACE));
  if (plainGiven) score += k >= 2 ? W.givenNameMany : W.givenNameOne;
  else if (isGiven(first.key) && k >= 2) score += W.givenAmbiguousMany;
  if (k >= 2 && !cx.titleCase) score += W.manyWords;
  if (k >= 2 && !plainGiven && keys.some((key) => isPlainWord(key))) score += W.plainWordInName;
  // "… for Global Design and Architecture", "the mayor of South Bend": an ordinary word alone,
  // without a title or office word right before it, is no surname ("Vice President Pence" keeps it)
  const prevWord = tokens[ch.na - 1];
  // (a party's word is an adjective there: "Republican Presidential candidate", "Conservative Principles")
  if (k === 1 && isPlainWord(first.key) && !(prevWord && prevWord.k === WORD && isRoleKey(prevWord.key) && !PARTY_WORDS.has(prevWord.key))) score += W.plainWordAlone;
  // ("liberal Hispanics", "conservative Cuban-Americans": a lower-case party word before a plural is a group)
  else if (k === 1 && prevWord?.k === WORD && !prevWord.cap && PARTY_WORDS.has(prevWord.key) && first.key.endsWith("s")) score += W.plainWordAlone;
  // "South Bend, Ind.", "Salem, Ore.": a US state's abbreviation
  // ("Salem, Ore.": a state as AP style abbreviates it after a city, its period a token of its own)
  if (k === 1 && tokens[ch.na + 1]?.t === "." && !first.t.includes(".") && AP_STATES.has(`${first.t}.`)) score += W.stateAbbreviation;
  if (k >= 2 && PLACE_OPENERS.has(first.key) && !titled && roles.length === 0) score += W.placeOpener;
  // name particles ("van der Meer", "bin Salman") only occur in people's names
  if (hasParticle) score += W.particle;
  if (before && before.k === WORD && before.num && before.key.endsWith("-old")) score += W.agedBefore;
  if (k >= 2 && first.t.length === 2 && first.t.endsWith(".")) score += W.initial;
  if (before?.key === "by" && HEADED_VERBS.includes(tokens[ch.a - 2]?.key ?? "")) score += W.headedBy;
  // bylines: a block that starts "By Name"
  if (
    // (not a possessive: "By Ruiz's own argument, …")
    (before?.key === "by" && ch.a - 1 === cx.blockFirst && before.cap && !ch.poss) ||
    (ch.a === cx.blockFirst && ch.na === ch.a + 1 && tokens[ch.a]!.key === "by" && !ch.poss) ||
    (cx.bylineBlock && k >= 2)
  ) {
    score += W.byline;
    byline = true;
  }
  // photo credits: "Photo: Name/AFP", "AGENCY/Name", "(Photo: A, B)"
  const prevT = tokens[ch.a - 1];
  const nextT = tokens[ch.b];
  const creditList =
    cx.creditBlock &&
    (prevT?.t === ":" || prevT?.t === "," || prevT?.t === "(") &&
    (nextT === undefined || nextT.t === "/" || nextT.t === "," || nextT.t === ")");
  // (not a slash between two names in prose: "the Walker/Cruz ticket")
  const slashAt = prevT?.t === "/" ? ch.a - 1 : nextT?.t === "/" ? ch.b : -1;
  if ((slashAt >= 0 && !isProseSlash(tokens, slashAt)) || creditList) {
    credit = true;
    score += W.credit;
  }
  // ("a firm called Marlow Keats", and its later mentions: the article's firm, not a person)
  const firm = !titled && roles.length === 0 && (firmNamed(ch, tokens, s.a, s.b) || !!cx.firms?.has(nameKeyOf(tokens, ch)));
  score += evidenceAgainst(ch, cx, { first, k, upper, hasOrgWord, titled, roles: roles.length, credit, cricket, firm });

  const name = tokText(text, tokens, ch.na, ch.b);
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
    gender: genderOf(ch, tokens, first, k),
    private: r.aged && roles.length === 0,
    leader: leaderOfBody(ch, tokens) || runsCampaign(ch, tokens) || inRace(ch, tokens),
    firm,
  };
}

/** A frequent given name before a capitalised word that is no organisation's: a name opens there. */
function givenOpensName(t: Token, next: Token): boolean {
  return t.t.length > 2 && !t.allCaps && isStrongGiven(t.key) && next.cap && !(next.f & LX_ORG);
}

interface Seen {
  first: Token;
  k: number;
  upper: boolean;
  hasOrgWord: boolean;
  titled: boolean;
  roles: number;
  credit: boolean;
  cricket: boolean;
  firm: boolean;
}

/** The evidence against a person reading (a sum of negative weights). */
function evidenceAgainst(ch: Chunk, cx: ChunkContext, v: Seen): number {
  const { tokens, sentence: s } = cx;
  const W = PERSON_WEIGHTS;
  const before = tokens[ch.a - 1];
  const nextT = tokens[ch.b];
  let score = 0;
  // score lines: "Werder Bremen 1 Stuttgart 2", "Le Havre 3 0 1 1 1" are teams
  const n1 = tokens[ch.b];
  const n2 = tokens[ch.b + 1];
  if (
    !v.cricket &&
    n1 &&
    n1.k === WORD &&
    n1.num &&
    !n1.t.includes(".") &&
    n1.t.length <= 2 &&
    n2 &&
    ((n2.k === WORD && n2.cap && !n2.num) || (n2.k === WORD && n2.num && n2.t.length <= 2)) &&
    !isGiven(v.first.key)
  )
    score += W.scoreLine;
  // (not a given name and a surname that are no place's words nor an everyday word: "lost it to
  // Mitt Romney"; but "to Little Rock", "in Hilton Head")
  const last = tokens[ch.b - 1]!;
  const givenAndSurname = v.k >= 2 && isGiven(v.first.key) && !(v.first.f & (LX_COUNTRY | LX_PLACE)) && !(last.f & (LX_COUNTRY | LX_PLACE | LX_ORG)) && (nameInfo(last.key) & NW_COMMON) === 0;
  if (before && before.k === WORD && !before.cap && LOC_PREPS.has(before.key) && v.roles === 0 && !v.titled && !givenAndSurname)
    score += W.locationPreposition;
  // "Tom Berg of Nordea Markets", "an analyst at Fitch Ratings": the affiliation after a name
  if (
    before &&
    (before.key === "of" || before.key === "at") &&
    ch.a - 2 >= s.a &&
    tokens[ch.a - 2]!.k === WORD &&
    tokens[ch.a - 2]!.cap &&
    !v.titled &&
    v.roles === 0
  )
    score += W.affiliationTail;
  if (
    nextT?.t === "," &&
    tokens[ch.b + 1] &&
    (PLACE_TO_COUNTRY.has(tokens[ch.b + 1]!.key) || PLACES.has(tokens[ch.b + 1]!.key) || isDottedState(tokens[ch.b + 1]!.t)) &&
    v.roles === 0
  )
    score += W.placeAfterComma;
  if (nextT && nextT.k === WORD && ORG_FOLLOWERS.includes(nextT.key) && v.k === 1 && nextT.key !== "said") score += W.orgFollower;
  if (v.upper && !isGiven(v.first.key) && !v.credit) score += W.allCaps;
  if (ch.na === s.a && v.k === 1 && !v.titled) score += W.sentenceInitialOne;
  // a name right after a determiner is a thing ("the Kremlin", "an El Al freighter")
  const detBefore =
    (before && before.k === WORD && DETERMINERS.has(before.key)) ||
    (ch.na > ch.a && DETERMINERS.has(tokens[ch.na - 1]!.key));
  const leader = leaderOfBody(ch, tokens);
  if (leader) score += W.leaderOfBody;
  else if (detBefore && !v.titled && v.roles === 0) score += W.determiner;
  // (a comma or period may stand inside the closing mark: “Black Water,” “Blue Sky.”)
  const closing = nextT && (nextT.t === "," || nextT.t === ".") && nextT.e === tokens[ch.b + 1]?.s ? tokens[ch.b + 1] : nextT;
  if (before?.k === QUOTE && closing?.k === QUOTE) score += W.quotedTitle;
  if (isStreetAddress(ch, tokens)) score += W.streetAddress;
  if (
    nextT?.t === "(" &&
    tokens[ch.b + 1]?.allCaps &&
    tokens[ch.b + 2]?.t === ")" &&
    !PLACE_TO_COUNTRY.has(tokens[ch.b + 1]!.key) &&
    v.k >= 2
  )
    score += W.ownAcronym;
  // (a frequent given name first outweighs it: "Ana Ruiz leads its board")
  if (itsAfter(tokens, ch.b) && !isStrongGiven(tokens[ch.na]!.key)) score += W.itsAfter;
  if (nextT && nextT.k === WORD && !nextT.cap && ORG_CONTEXT.has(nextT.key)) score += W.orgContextAfter;
  // "Harbor Bank analyst Ana Ruiz", "Harbor Bank chief economist Ana Ruiz": a firm's name before its
  // staff member's
  else {
    const staff = staffAfter(tokens, ch.b);
    if (staff >= 0) score += tokens[staff + 1]?.cap ? W.firmBeforeStaff : W.orgContextAfter;
  }
  if (
    before &&
    before.k === WORD &&
    !before.cap &&
    (COMPANY_NOUNS.has(before.key) || ORG_WORDS.has(before.key) || ORG_CONTEXT.has(before.key)) &&
    // "talent manager Scooter Braun", "striker Ana Ruiz": a person's job before a name is their role
    !(ORG_CONTEXT_PEOPLE.has(before.key) && v.roles > 0)
  )
    score += W.orgContextBefore;
  const prevT = tokens[ch.a - 1];
  if (nextT?.t === "&" || prevT?.t === "&") score += W.ampersand;
  // ("to New Zealand": a place's first word left out of the name as a common capital)
  if (placeOfTwoEndsAt(tokens, ch.na)) score += W.twoWordPlace;
  if (v.k >= 2) {
    // a place written in two words ("Sri Lanka", "El Salvador")
    for (let i = ch.na; i + 1 < ch.b; i++) {
      // only the first word of a several-word place can start one (a flag test before the string)
      if (!(tokens[i]!.f & LX_COUNTRY_FIRST)) continue;
      const bi = `${tokens[i]!.key} ${tokens[i + 1]!.key}`;
      if (PLACE_TO_COUNTRY.has(bi) || (bi.endsWith("s") && PLACE_TO_COUNTRY.has(bi.slice(0, -1)))) score += W.twoWordPlace;
    }
    // a US state of two words ("West Virginia", "New Hampshire": "West" is also a given name)
    if (v.k === 2 && US_STATES.has(`${tokens[ch.na]!.key} ${tokens[ch.na + 1]!.key}`)) score += W.twoWordPlace;
    if (v.hasOrgWord) score += W.orgWord;
    // "Nazi Germany", "Weimar Germany": a country's name last, unless it is a name too ("Michael Jordan")
    const lk = tokens[ch.b - 1]!.key;
    if (tokens[ch.b - 1]!.f & LX_COUNTRY && PLACE_TO_COUNTRY.get(lk)?.toLowerCase() === lk && !isGiven(lk)) score += W.twoWordPlace;
  }
  if (tokens[ch.b]?.k === WORD && ORG_WORDS.has(tokens[ch.b]!.key) && !tokens[ch.b]!.cap && !leader) score += W.orgWordAfter;
  // (", Inc." too: a comma may stand between a name and its legal form)
  // (or as the name's own last word: "Tomas Brand Pty")
  const lf = tokens[ch.b]?.t === "," ? tokens[ch.b + 1] : tokens[ch.b];
  const isLegal = (t: Token | undefined): boolean => !!t && t.k === WORD && t.cap && (isOrgSuffix(t.key) || isOrgSuffixExact(t.t));
  if (isLegal(lf) || (ch.b - ch.na >= 2 && isLegal(tokens[ch.b - 1]))) score += W.legalFormAfter;
  if (isHashtagName(ch, tokens)) score += W.hashtag;
  if (isPricedName(ch, tokens)) score += W.priced;
  if (v.firm) score += W.firmNamed;
  if (v.k === 2 && !v.titled && v.roles === 0 && arabicArticleBody(tokens[ch.na]!, tokens[ch.na + 1]!)) score += W.arabicArticleBody;
  // (after a frequent given name, a surname's or a second given name's spelling: "Jim VandeHei", "Chris RuiWen Kuo")
  if (!v.titled && v.roles === 0 && !isStrongGiven(tokens[ch.na]!.key)) for (let i = ch.na; i < ch.b; i++) if (innerCapital(tokens[i]!.t)) score += W.innerCapital;
  return score;
}

/** An Arabic article glued to a capitalised word ("al-Fadil", "Al-Fadil" opening a sentence, "el-Sisi"). */
const ARABIC_ARTICLE = /^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]t|[Aa]z|[Aa]n|[Aa]r)-\p{Lu}/u;

/** Determiners before a name that make it a thing ("the Kremlin", "its Silver Hawk rover"). */
const DETERMINERS = new Set("the a an its their our his her my your".split(" "));
function genderOf(ch: Chunk, tokens: Token[], first: Token, k: number): "f" | "m" | "" {
  let gender: "f" | "m" | "" = "";
  for (let i = ch.a; i < ch.na; i++) {
    const tk = tokens[i]!.key;
    if (FEMALE_TITLES.has(tk)) gender = "f";
    else if (MALE_TITLES.has(tk)) gender = "m";
  }
  const before = tokens[ch.a - 1];
  if (!gender && (before?.key === "mr" || before?.key === "sir")) gender = "m";
  if (!gender && k >= 2) gender = givenGender(first.key);
  return gender;
}
