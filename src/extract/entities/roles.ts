/**
 * Role phrases around a name, read in one pass over a bounded window: a title inside the name's
 * chunk ("Prime Minister Sarah Okonkwo"), a role noun right before it ("spokesperson Majed
 * al-Ansari"), a role in apposition before ("Guinea's president, Alpha Conde,") or after it
 * ("Paulo Mendes, Brazil's foreign minister,") or in parentheses, "who is/was ROLE", "who as ROLE",
 * "named X as ROLE", an office a predicate gives the name ("became", "served as", "won a second
 * term as", "was named"), a copula at
 * the head of the sentence ("Hege is the CEO of DH") and "a delegation …, headed by X". The phrase
 * is kept as the article words it; whether it makes an official is standing.ts's business, how
 * much it says that the name is a person's is person.ts's.
 */
import { COMMON_CAPS, LX_COUNTRY, LX_ORG, LX_PLACE, ORG_ACRONYMS, PARTY_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS } from "../lexicon/index.ts";
import { isCommonNameWord, isStrongGiven } from "../names.ts";
import type { Sentence } from "../sentences.ts";
import { POSS, PUNCT, QUOTE, WORD, type Token } from "../tokens.ts";
import { ARTICLES, BARE_TITLES, OF_THE, isLeadingFunctionWord, isRoleKey, tokText, type Chunk } from "./chunks.ts";
import {
  APPOS_CLOSERS,
  APPOS_STOP,
  CLAUSE_OPENERS,
  COMPLEMENT_PREPS,
  FINITE,
  HEADS_VERBS,
  isPluralOffice,
  isPrepWord,
  opensListedName,
  othersOffice,
  PARTY_NOUNS,
  PARTICIPLE_NEXT,
  PRONOUNS_OWNING,
  placeOfTwoEndsAt,
  WHO_ADVERBS,
} from "./role-words.ts";
import { bareOffice, joinedOffice, tailRoles } from "./role-tail.ts";
import { US_STATES } from "../represents-words.ts";
import { DETERMINERS, IRREGULAR_VERBS, isDash, isPluralPossessive, longApposEnd, lowerComplement, officeAt, officeEnd, opensPlaceName, predicateOffice, quotedTitle, candidateFor, titlesNextName, roleLeft, headedBy } from "./role-bounds.ts";

/** Where a role phrase stood: in the name's chunk (prefix), right before it (pre), in
 *  apposition, after "as", shared with a coordinated name (coord), in "who is …" (who), after a
 *  copula (copula), or as the head of a group ("headed by X"). */
/** Nouns of a share of a group ("a majority of voters", "half of them"): no office heads them. */
const PARTITIVES = new Set("majority minority plurality third quarter half most many some number share fraction".split(" "));

/** Ordinals that open a title ("First Minister", "First Lady", "Second Lady"). */
const ORDINAL_TITLES = new Set(["first", "second"]);

export type RoleKind = "prefix" | "pre" | "appos" | "as" | "coord" | "who" | "copula" | "headed" | "owner" | "tag" | "seat";

export interface RoleEvidence {
  text: string;
  start: number;
  end: number;
  kind: RoleKind;
}

export { placeOfTwoEndsAt } from "./role-words.ts";

/** What the window around a chunk says about roles. */
export interface RoleReading {
  roles: RoleEvidence[];
  /** a title or office word stood in the chunk before the name ("Mr", "President", "Sen.") */
  titled: boolean;
  /** introduced with an age ("Maria Lopez, 34,") */
  aged: boolean;
  /** followed by ", who …" */
  who: boolean;
  /** followed by a bare number in commas (", 45,") */
  numberAppos: boolean;
  /** the first token after the name and its appositions */
  after: number;
}

export interface RoleWindow {
  text: string;
  tokens: Token[];
  sentence: Sentence;
}

/** Reads every role phrase around the chunk `ch` (with a name part). */
export function readRoles(ch: Chunk, cx: RoleWindow): RoleReading {
  const { tokens, text, sentence: s } = cx;
  const roles: RoleEvidence[] = [];
  let titled = false;
  // title/role prefix inside the chunk
  if (ch.na > ch.a) {
    let startRole = ch.a;
    // (an ordinal before its title is the title's: "First Minister X", "First Lady Y")
    const ordinal = (i: number): boolean => ORDINAL_TITLES.has(tokens[i]!.key) && i + 1 < ch.na && isRoleKey(tokens[i + 1]!.key);
    while (startRole < ch.na && isLeadingFunctionWord(tokens[startRole]!) && !opensPlaceName(tokens, startRole) && !ordinal(startRole)) startRole++;
    let hasTitle = false;
    for (let i = startRole; i < ch.na; i++) if (isRoleKey(tokens[i]!.key)) hasTitle = true;
    if (hasTitle) {
      titled = true;
      // a role phrase may continue to the left of the chunk ("Former Malaysian federal territories minister")
      // (a common word opening the chunk that is an organisation's belongs to the office: "Metro Police Chief X")
      const orgOpen = startRole > ch.a && tokens.slice(ch.a, startRole).every((t) => t.f & LX_ORG && t.cap);
      const ra = startRole === ch.a || orgOpen ? roleLeft(tokens, s, ch.a) : startRole;
      const onlyBare = tokens.slice(startRole, ch.na).every((t) => BARE_TITLES.has(t.key));
      // (a title in a nickname between quotation marks is no office: the "Queen Ann" of the press)
      const nickname = tokens[ch.a - 1]?.k === QUOTE && tokens[ch.b]?.k === QUOTE;
      // (nor an office whose complement the name is: "as CEO of Ana Ruiz's campaign")
      const ofName = OF_THE.includes(tokens[ch.na - 1]!.key) || isPrepWord(tokens[ch.na - 1]!);
      if (!onlyBare && !nickname && !ofName)
        roles.push({ text: tokText(text, tokens, ra, ch.na), start: tokens[ra]!.s, end: tokens[ch.na - 1]!.e, kind: "prefix" });
    }
  }
  // "Minister of Foreign Affairs and Trade Ana Ruiz": an office whose "of" complement goes on over
  // "and" into the chunk's opening words
  const joined = ch.na > ch.a ? joinedOffice(tokens, s, ch.a) : -1;
  if (joined >= 0) {
    for (let i = roles.length - 1; i >= 0; i--) if (roles[i]!.kind === "prefix") roles.splice(i, 1);
    titled = true;
    roles.push({ text: tokText(text, tokens, joined, ch.na), start: tokens[joined]!.s, end: tokens[ch.na - 1]!.e, kind: "prefix" });
  }
  // a role with its complement before the name: "former special envoy to Peru Mark Ellison",
  // "ambassador to the European Union Ana Ruiz" (with an article before the body's name)
  const before = tokens[ch.a - 1];
  const prep = before?.key === "the" ? ch.a - 2 : ch.a - 1;
  if (
    roles.length === 0 &&
    ch.na > ch.a &&
    tokens[ch.a]!.f & (LX_COUNTRY | LX_PLACE | LX_ORG) &&
    COMPLEMENT_PREPS.has(tokens[prep]?.key ?? "") &&
    prep - 1 >= s.a &&
    tokens[prep - 1]!.k === WORD &&
    isRoleKey(tokens[prep - 1]!.key)
  ) {
    const ra = roleLeft(tokens, s, prep - 1);
    roles.push({ text: tokText(text, tokens, ra, ch.na), start: tokens[ra]!.s, end: tokens[ch.na - 1]!.e, kind: "pre" });
  }
  // a role noun right before the chunk ("spokesperson Majed al-Ansari", "lawyer Tan Hock Chuan")
  // (a lower-case party word is an adjective: "conservative Ana Ruiz", "liberal Hispanic groups")
  // ("fellow Kentuckian Rand Paul": "fellow" modifies the word after it)
  if (ch.a - 1 >= s.a && before && before.k === WORD && isRoleKey(before.key) && (before.cap || !PARTY_WORDS.has(before.key)) && (ch.na === ch.a || roles.length === 0) && !(before.key === "fellow" && ch.na > ch.a)) {
    const ra = roleLeft(tokens, s, ch.a - 1);
    roles.push({ text: tokText(text, tokens, ra, ch.a), start: tokens[ra]!.s, end: before.e, kind: "pre" });
  }
  // "Former Ford chief of staff Dan Regis", "the director general of the air traffic service Ana
  // Ruiz": an office with a lower-case "of" complement of up to three words right before the name
  // (not a name after a preposition: "Ministers of the government of West Bengal")
  // (a lower-case word of the complement, not the body's article, nor a verb: "Members of the press accused X")
  const verbLike = !!before && (SPEECH_VERBS.has(before.key) || before.key.endsWith("ed") || IRREGULAR_VERBS.has(before.key));
  if (roles.length === 0 && before?.k === WORD && !before.cap && !isRoleKey(before.key) && !COMPLEMENT_PREPS.has(before.key) && !APPOS_STOP.has(before.key) && !ARTICLES.includes(before.key) && !verbLike) {
    let of = ch.a - 1;
    while (of - 1 > s.a && ch.a - of < 3 && tokens[of - 1]!.k === WORD && !tokens[of - 1]!.cap && tokens[of - 1]!.key !== "of" && !ARTICLES.includes(tokens[of - 1]!.key)) of--;
    of -= tokens[of - 1]?.key === "the" ? 2 : 1;
    const head = of - 1 >= s.a && tokens[of]?.key === "of" ? tokens[of - 1]! : null;
    const ra = head?.k === WORD && ROLE_NOUNS.has(head.key) ? roleLeft(tokens, s, of - 1) : -1;
    // (the phrase opens its clause, after an article at most: not "spoke to the leader of the band Tom Wyatt")
    const d = ra - 1 >= s.a && ARTICLES.includes(tokens[ra - 1]!.key) ? ra - 1 : ra;
    if (ra >= 0 && (d === s.a || tokens[d - 1]!.t === "," || tokens[d - 1]!.t === ";" || tokens[d - 1]!.t === ":"))
      roles.push({ text: tokText(text, tokens, ra, ch.a), start: tokens[ra]!.s, end: before.e, kind: "pre" });
  }
  // "Vice-president elect Mark Fenner", "president elect Ana Ruiz": an office and "elect" written apart
  if (roles.length === 0 && before?.key === "elect" && !before.cap && ch.a - 2 >= s.a && tokens[ch.a - 2]!.k === WORD && isRoleKey(tokens[ch.a - 2]!.key)) {
    const ra = roleLeft(tokens, s, ch.a - 2);
    roles.push({ text: tokText(text, tokens, ra, ch.a), start: tokens[ra]!.s, end: before.e, kind: "pre" });
  }
  // "candidates including Ana Ruiz, …", "leaders, such as Tom Hicks", "three hopefuls: Ana Ruiz, …":
  // the first of a list after a plural office (the others share it by coordination, analyzer.ts)
  let listAt = before?.key === "including" || before?.key === "like" || before?.t === ":" ? ch.a - 2 : before?.key === "as" && tokens[ch.a - 2]?.key === "such" ? ch.a - 3 : -1;
  // ("candidates, including Ana Ruiz": over the comma)
  if (listAt > s.a && tokens[listAt]!.t === ",") listAt--;
  const plural = listAt >= s.a ? tokens[listAt]! : null;
  if (roles.length === 0 && plural?.k === WORD && !plural.cap && plural.key.endsWith("s") && ROLE_NOUNS.has(plural.key)) {
    const ra = roleLeft(tokens, s, listAt);
    roles.push({ text: tokText(text, tokens, ra, listAt + 1), start: tokens[ra]!.s, end: plural.e, kind: "pre" });
  }
  // "Labour's Tom Hicks", "NATO's Ana Ruiz": a party's or a body's person
  if (roles.length === 0 && before?.k === POSS && ch.a - 2 >= s.a) {
    const owner = tokens[ch.a - 2]!;
    if (owner.k === WORD && owner.cap && (PARTY_WORDS.has(owner.key) || owner.f & LX_ORG || ORG_ACRONYMS.has(owner.t))) {
      let oa = ch.a - 2;
      while (oa - 1 >= s.a && tokens[oa - 1]!.k === WORD && tokens[oa - 1]!.cap && !isLeadingFunctionWord(tokens[oa - 1]!)) oa--;
      roles.push({ text: tokText(text, tokens, oa, ch.a), start: tokens[oa]!.s, end: before.e, kind: "owner" });
    }
  }
  // "president, Alpha Conde," / "Orbán's chief of staff, Gergely Gulyás,": the name in apposition to
  // a role phrase before it
  // (not a possessive name that opens an apposition of its own: "the CEO of Acme, Zenta's parent,")
  if (ch.a - 2 >= s.a && before && before.t === "," && !ch.poss) {
    let h = ch.a - 2;
    // "chief of staff", "minister of state", "deputy director of public prosecutions": step back over
    // "of" and up to three lower-case words after the role noun
    const ofAt = lowerComplement(tokens, s, h);
    if (ofAt >= 0) h = ofAt;
    // "the US envoy to New Zealand, Mark Ellison,": over a capitalised complement
    // (or a place of two words: "to New Zealand")
    else if (tokens[h]!.k === WORD && tokens[h]!.cap) {
      const placeOrBody = tokens[h]!.f & (LX_COUNTRY | LX_PLACE | LX_ORG) || placeOfTwoEndsAt(tokens, h);
      let c = h;
      while (c - 1 > s.a && h - c < 3 && tokens[c - 1]!.k === WORD && tokens[c - 1]!.cap) c--;
      // (after an article: "envoy to the United Nations, Omar Siddig,")
      if (tokens[c - 1]?.key === "the" && c - 3 >= s.a) c--;
      if (c - 2 >= s.a && COMPLEMENT_PREPS.has(tokens[c - 1]!.key) && tokens[c - 2]!.k === WORD && ROLE_NOUNS.has(tokens[c - 2]!.key)) {
        // (any other capitalised complement when the phrase opens its sentence: "A senior adviser to
        // President Ana Ruiz, Tom Haber,"; not "In a letter to the president in May, Ana Ruiz")
        const ra = roleLeft(tokens, s, c - 2);
        // (never a plural office: "she spoke to reporters in New Delhi, Ana Ruiz said")
        if (!isPluralOffice(tokens[c - 2]!.key) && (placeOrBody || ra === s.a || (ra - 1 === s.a && ARTICLES.includes(tokens[s.a]!.key)))) h = c - 2;
      }
    }
    // "the head of the response team in Kivu, Amani Lusaka,": over a longer complement, back to a
    // lower-case role noun with its preposition right after it, opened by a determiner
    if (!(tokens[h]!.k === WORD && ROLE_NOUNS.has(tokens[h]!.key))) {
      for (let c = h - 1; c - 1 >= s.a && h - c <= 10; c--) {
        const u = tokens[c]!;
        if (u.k !== WORD) break;
        // (the phrase opens its clause: "In a letter to the president in May, Zippy Duvall" is no role)
        // (or a wire dateline's dash: "LIMA (Reuters) - The head of …")
        const opens = c - 2 < s.a || tokens[c - 2]!.t === "," || tokens[c - 2]!.t === ";" || isDash(tokens, c - 2);
        if (!u.cap && ROLE_NOUNS.has(u.key) && COMPLEMENT_PREPS.has(tokens[c + 1]!.key) && ARTICLES.includes(tokens[c - 1]!.key) && opens) {
          h = c;
          break;
        }
      }
    }
    const hn = tokens[h]!;
    // (a capitalised office after other words of its phrase too: "the then UK Home Secretary, Sajid Javid,")
    // (not a job's noun that is a surname after a given name: "Scott Farmer, Ana Ruiz and …")
    const capOffice =
      hn.cap && h - 1 >= s.a && tokens[h - 1]!.k === WORD && tokens[h - 1]!.cap && !COMMON_CAPS.has(tokens[h - 1]!.key) && !(isCommonNameWord(hn.key) && isStrongGiven(tokens[h - 1]!.key));
    // (a plural office only before a list: "two senators, Ana Ruiz and Tom Hicks,"; not "a poll of
    // Ohio voters, Ruiz led")
    const pluralAlone = isPluralOffice(hn.key) && tokens[ch.b]?.key !== "and" && tokens[ch.b]?.t !== ",";
    // (an office written as an acronym is capitalised anywhere: "The CEO, Sam Ortiz,", "the bank's CFO, Ana Ruiz,")
    const acronym = hn.t.length >= 2 && hn.t.length <= 4 && hn.t === hn.t.toUpperCase();
    if (hn.k === WORD && ROLE_NOUNS.has(hn.key) && (!hn.cap || capOffice || acronym) && !pluralAlone) {
      const ra = roleLeft(tokens, s, h);
      // (an office that is a preposition's object is the name's only when a comma closes the
      // apposition: "According to the chairman, Tom Hale, …"; not "the idea of a female running
      // mate, Ruiz remarked")
      let d = ra - 1; // (back over an article and up to two modifiers: "of a female running mate", "unlike their Republican counterparts")
      while (d >= s.a && ra - d <= 3 && tokens[d]!.k === WORD && (!tokens[d]!.cap || PARTY_WORDS.has(tokens[d]!.key)) && !isPrepWord(tokens[d]!)) d--;
      const objectOf = d >= s.a && isPrepWord(tokens[d]!);
      // (over the name's own "of" body: "the prospects of the island's president, Ana Ruiz of the
      // Green party, rose")
      let close = ch.b;
      if (tokens[close]?.key === "of") {
        close += tokens[close + 1]?.key === "the" ? 2 : 1;
        const c0 = close;
        while (close < s.b && close - c0 < 5 && tokens[close]!.k === WORD && (tokens[close]!.cap || tokens[close]!.f & LX_ORG)) close++;
        if (close === c0) close = ch.b;
      }
      const closes = close >= s.b || APPOS_CLOSERS.has(tokens[close]!.t) || isDash(tokens, close);
      // (a plural object's list may not be closed by its first name's comma: "unlike their Republican
      // counterparts, A, B and C all have")
      // (nor a bare office a race is run for: "the PAC backing Ana Ruiz for president, Tom Hale,")
      const raceFor = objectOf && ra === h && tokens[d]!.key === "for" && d === ra - 1;
      // (nor an office another subject takes: "at the prospect of Hale becoming president, Ruiz
      // said"; but "After becoming president, Ruiz …" is Ruiz's)
      if (!raceFor && !othersOffice(tokens, s, ra) && (!objectOf || (closes && !hn.key.endsWith("s"))))
        roles.push({ text: tokText(text, tokens, ra, ch.a - 1), start: tokens[ra]!.s, end: tokens[ch.a - 2]!.e, kind: "pre" });
    }
  }
  const legislator = tailRoles(ch, cx, roles);
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
    after += 2;
  }
  let who = false;
  let numberAppos = false;
  // (an apposition between dashes too: "Ana Ruiz — the agency's director — said")
  const dashed = isDash(tokens, after);
  if (!ch.poss && after < s.b && (tokens[after]!.t === "," || dashed)) {
    // (over both hyphens of a "--")
    let j = after + (dashed && tokens[after + 1]?.t === "-" ? 2 : 1);
    const a0 = j;
    let hasRole = false;
    let relative = false;
    let partAt = -1;
    while (j < s.b && j - a0 < 14) {
      const u = tokens[j]!;
      if (u.k === PUNCT && (u.t === "," || u.t === "." || u.t === ";" || u.t === ":" || isDash(tokens, j))) break;
      // (", a former Fed governor who argued …,": a relative clause after the office ends the apposition)
      if (hasRole && j > a0 && u.k === WORD && (u.key === "who" || u.key === "whose" || u.key === "whom")) {
        relative = true;
        break;
      }
      // (", Ana Ruiz and Mia Dorn (who married the production chief …": an office after a relative
      // word met before any office is the relative clause's, not this name's)
      if (!hasRole && j > a0 && u.k === WORD && (u.key === "who" || u.key === "which" || u.key === "whom" || u.key === "whose")) break;
      // (", a drug company executive arrested and charged with …", ", the former governor challenged
      // by X …": a participle after the office opens a clause of its own)
      // (", the Ohio governor earned 51 percent": a past tense with its object right after the office
      // is the clause's verb; not ", an aide during her failed 2008 run")
      const pastVerb = hasRole && ROLE_NOUNS.has(tokens[j - 1]!.key) && u.k === WORD && !u.cap && u.key.length > 4 && u.key.endsWith("ed") && !ROLE_MODIFIERS.has(u.key) && !ROLE_NOUNS.has(u.key);
      if (pastVerb && (tokens[j + 1]?.num || DETERMINERS.has(tokens[j + 1]?.key ?? ""))) break;
      if (partAt < 0 && pastVerb && PARTICIPLE_NEXT.has(tokens[j + 1]?.key ?? "")) partAt = j;
      // "the prison workers' union": an apostrophe on a plural is a possessive, not a quotation
      if (u.k === QUOTE && !isPluralPossessive(tokens, j)) break;
      // (", Ms. Epstein and Mr. Amar": another person's name goes on a list, no apposition)
      // (not the owner of an office: ", Mr. Obama's deputy adviser,")
      if (j === a0 && opensListedName(tokens, s, j)) break;
      // (", tells The Hollywood Reporter": a speech verb opens a clause, not an apposition)
      if (j === a0 && u.k === WORD && (APPOS_STOP.has(u.key) || (!u.cap && SPEECH_VERBS.has(u.key) && !ROLE_NOUNS.has(u.key)))) break;
      // ", hitting him in the head": a participle opens a clause, not an apposition
      // (or a past tense: "Her husband, Tom Vale, served as governor …"; not "retired", "elected")
      if (j === a0 && u.k === WORD && !u.cap && u.key.length > 4 && (u.key.endsWith("ing") || u.key.endsWith("ed")) && !ROLE_NOUNS.has(u.key) && !ROLE_MODIFIERS.has(u.key)) break;
      if (u.k === WORD && !u.cap && SPEECH_VERBS.has(u.key) && j > a0) break;
      if (aged && u.k === WORD && u.key === "who" && j > a0) break;
      // (a finite verb makes it a clause: ", delegate math is daunting for anyone other than X")
      if (j > a0 && u.k === WORD && FINITE.has(u.key) && !APPOS_STOP.has(tokens[j - 1]!.key)) break;
      if (u.k === WORD && ROLE_NOUNS.has(u.key)) hasRole = true;
      // ", the top Republican on the Senate Finance Committee,": a party's member in a named
      // legislative body ("a Democrat from Ohio" may be a voter)
      if (u.k === WORD && u.cap && PARTY_NOUNS.has(u.key) && (tokens[j + 1]?.key === "on" || tokens[j + 1]?.key === "in")) {
        let c = j + 2;
        if (tokens[c]?.key === "the") c++;
        while (c < s.b && tokens[c]!.k === WORD && tokens[c]!.cap && !(tokens[c]!.f & LX_ORG)) c++;
        if (tokens[c]?.k === WORD && tokens[c]!.cap && tokens[c]!.f & LX_ORG) hasRole = true;
      }
      j++;
    }
    const closed =
      j >= s.b ||
      tokens[j]!.t === "," ||
      tokens[j]!.t === "." ||
      tokens[j]!.k === QUOTE ||
      (aged && tokens[j]!.key === "who") ||
      // (or by a dash that closes the parenthetical the name stands in: "— as argued by Ana Ruiz,
      // the former chair of the council — were")
      (isDash(tokens, j) && (dashed || ARTICLES.includes(tokens[a0]!.key))) ||
      relative ||
      // (", spokesman for the Movement of Democrats (MD) said": a comma left out before the verb;
      // not a new subject after an opening phrase: "In an interview with X, the candidate stated")
      (hasRole && tokens[j]!.k === WORD && SPEECH_VERBS.has(tokens[j]!.key) && !ROLE_NOUNS.has(tokens[j]!.key) && officeAt(tokens, a0, j) >= 0 && tokens[a0]!.key !== "the");
    // "Sen. Pia Long, a Republican," / "Rep. Jon Pratt, a Democrat from Ohio,": a titled
    // legislator's party, as a US party tag says it
    // ("Tom Reed, a Democrat from Ohio,": a whole state, untitled, is the seat a legislator holds; a
    // voter is from a town or an area: "a Republican from the Concord area")
    if (!hasRole && closed && !roles.some((r) => r.kind === "tag")) {
      let p = a0;
      while (p < j && ARTICLES.includes(tokens[p]!.key)) p++;
      const pn = tokens[p];
      const rest = tokens.slice(p + 1, j);
      const from = rest.length === 0 || ((rest[0]!.key === "from" || rest[0]!.key === "of") && rest.slice(1).every((t) => t.cap || t.t === "."));
      const state = rest[0]?.key === "from" && rest.length > 1 && rest.length <= 3 && US_STATES.has(rest.slice(1).map((t) => t.key).join(" "));
      if (pn?.k === WORD && pn.cap && (pn.key === "democrat" || pn.key === "republican") && ((legislator && from) || state))
        roles.push({ text: pn.key === "democrat" ? "D" : "R", start: pn.s, end: pn.e, kind: "tag" });
    }
    // ", the acting associate administrator for operations at the agency and the other witness at
    // the hearing.": an apposition too long to close, opened by its office, ends where a new phrase
    // begins
    const cut = hasRole && !closed && j - a0 >= 14 ? longApposEnd(tokens, a0, j) : -1;
    // (between dashes, only a phrase that opens with its office: "X — the agency's director —")
    // (nor a new clause whose subject is a name: ", Marco Rubio still believes that the presumptive
    // GOP nominee is unfit"; not ", Fox News host")
    const t2 = tokens[a0 + 2];
    const newSubject = !!t2 && tokens[a0]!.cap && tokens[a0 + 1]!.k === WORD && tokens[a0 + 1]!.cap && !isRoleKey(tokens[a0 + 1]!.key) && t2.k === WORD && !t2.cap && !ROLE_NOUNS.has(t2.key) && !ROLE_MODIFIERS.has(t2.key) && !COMPLEMENT_PREPS.has(t2.key) && t2.key !== "and";
    // (a dash's apposition that the sentence's end closes is no clause: "X - the candidate began trying …")
    const dashClause = dashed && !isDash(tokens, j) && !relative && officeEnd(tokens, s, Math.max(a0, officeAt(tokens, a0, j))) !== j;
    // (", his family members and advisers": a pronoun's plural is a list's next item)
    const office = PRONOUNS_OWNING.has(tokens[a0]?.key ?? "") ? officeAt(tokens, a0 + 1, j) : -1;
    const listed = office > a0 && isPluralOffice(tokens[office]!.key);
    // (", a majority of likely voters, …": a share of a group is no one's office)
    let q = a0;
    while (q < j && ARTICLES.includes(tokens[q]!.key)) q++;
    const share = PARTITIVES.has(tokens[q]?.key ?? "") && tokens[q + 1]?.key === "of";
    if (hasRole && !share && !newSubject && !dashClause && !listed && (closed || cut > 0) && !(dashed && officeAt(tokens, a0, j) < 0) && !titlesNextName(tokens, a0, closed ? j : cut)) {
      let e = closed ? (partAt > 0 ? partAt : j) : cut;
      // (", an adviser with whom X corresponded": not the relative's preposition)
      while (relative && e - 1 > a0 && isPrepWord(tokens[e - 1]!)) e--;
      let ra = a0;
      // (", then the party's chairman,", ", now a federal judge,": the time word is no part of the office)
      if (WHO_ADVERBS.has(tokens[ra]!.key) && tokens[ra]!.key !== "until" && ra + 1 < e) ra++;
      while (ra < e && ARTICLES.includes(tokens[ra]!.key)) ra++;
      // (", the author of “Long Roads,”": the title in quotation marks completes the office)
      const title = closed && tokens[j]?.k === QUOTE && (tokens[e - 1]!.key === "of" || tokens[e - 1]!.key === "for") ? quotedTitle(tokens, text, j) : "";
      if (ra < e && (title || tokens[e - 1]!.key !== "of"))
        roles.push({ text: title ? `${tokText(text, tokens, ra, e)} “${title}”` : tokText(text, tokens, ra, e), start: tokens[ra]!.s, end: tokens[e - 1]!.e, kind: "appos" });
    } else if (a0 < s.b && tokens[a0]!.key === "who") {
      who = true;
      // ", who is treasurer-general of Umno," / ", who was the party's leader,"
      const v = tokens[a0 + 1];
      // (", who served as …", ", who has been …", ", who works as …")
      const perfect = (v?.key === "has" || v?.key === "had") && tokens[a0 + 2]?.key === "been";
      const asVerb = !!v && (v.key === "serves" || v.key === "served" || v.key === "works" || v.key === "worked") && tokens[a0 + 2]?.key === "as";
      // (not a progressive: ", who is vying to be the next president,")
      const progressive = !!v && (v.key === "is" || v.key === "was") && tokens[a0 + 2]?.key.endsWith("ing") === true && !ROLE_NOUNS.has(tokens[a0 + 2]!.key);
      const race = candidateFor(text, tokens, s, a0 + 1);
      if (race) roles.push(race);
      else if (v && (v.key === "is" || v.key === "was" || asVerb || perfect) && !progressive) {
        let j2 = a0 + 2;
        if (asVerb || perfect) j2++;
        // ", who was then the premier's chief of staff,"
        while (j2 < s.b && WHO_ADVERBS.has(tokens[j2]!.key)) j2++;
        while (j2 < s.b && ARTICLES.includes(tokens[j2]!.key)) j2++;
        const r0 = j2;
        let hasRole2 = false;
        while (j2 < s.b && j2 - r0 < 10 && (tokens[j2]!.k === WORD || tokens[j2]!.k === POSS)) {
          if (ROLE_NOUNS.has(tokens[j2]!.key)) hasRole2 = true;
          // (a subordinate clause after the office goes on past it: "governor of Ohio before he was elected")
          else if (hasRole2 && CLAUSE_OPENERS.has(tokens[j2]!.key)) break;
          j2++;
        }
        if (hasRole2 && j2 > r0 && (j2 >= s.b || tokens[j2]!.t === "," || tokens[j2]!.t === "."))
          roles.push({ text: tokText(text, tokens, r0, j2), start: tokens[r0]!.s, end: tokens[j2 - 1]!.e, kind: "who" });
        else {
          // ", who was his chief of staff at the time and …": the office and its complement, cut
          // where the clause goes on
          let o = r0;
          while (o < s.b && DETERMINERS.has(tokens[o]!.key)) o++;
          const j3 = officeEnd(tokens, s, o);
          if (j3 > 0) roles.push({ text: tokText(text, tokens, o, j3), start: tokens[o]!.s, end: tokens[j3 - 1]!.e, kind: "who" });
        }
      } else if (v && (v.key === "as" || predicateOffice(tokens, a0 + 1) >= 0)) {
        // ", who as Jordan's ambassador negotiated …", ", who became foreign minister in 2019,"
        let r0 = v.key === "as" ? a0 + 2 : predicateOffice(tokens, a0 + 1);
        while (r0 < s.b && ARTICLES.includes(tokens[r0]!.key)) r0++;
        const j2 = officeEnd(tokens, s, r0);
        if (j2 > 0) roles.push({ text: tokText(text, tokens, r0, j2), start: tokens[r0]!.s, end: tokens[j2 - 1]!.e, kind: "who" });
      } else if (v && HEADS_VERBS.has(v.key)) {
        // ", who heads the Central Bank of Chile," → "head of the Central Bank of Chile": a body, named
        // or definite ("who heads the country's central bank"; not "who runs a bakery")
        const r0 = a0 + 2;
        let j2 = r0;
        let named = false;
        const definite = tokens[r0]?.key === "the" || tokens[r0 + 1]?.k === POSS;
        let end = -1; // (the body's name ends before a span of years: "who helmed the DNC from 1995 to 1997")
        while (j2 < s.b && j2 - r0 < 10 && (tokens[j2]!.k === WORD || tokens[j2]!.k === POSS)) {
          const u = tokens[j2]!;
          // (an acronym after "the" names a body too: "who helmed the DNC")
          const acronym = definite && u.t.length >= 2 && u.t.length <= 6 && !u.num && u.t === u.t.toUpperCase();
          if (u.cap ? u.f & LX_ORG || ORG_ACRONYMS.has(u.t) || PARTY_WORDS.has(u.key) || acronym : definite && u.f & LX_ORG) named = true;
          if (end < 0 && j2 > r0 && !u.cap && tokens[j2 + 1]?.num) end = j2;
          j2++;
        }
        const e2 = end > 0 ? end : j2;
        if (named && (j2 >= s.b || tokens[j2]!.t === "," || tokens[j2]!.t === "."))
          roles.push({ text: `${HEADS_VERBS.get(v.key)} of ${tokText(text, tokens, r0, e2)}`, start: tokens[r0]!.s, end: tokens[e2 - 1]!.e, kind: "who" });
      }
    } else if (a0 < s.b && tokens[a0]!.num && tokens[a0 + 1]?.t === ",") numberAppos = true; // ", 45,"
  }
  // an office the clause gives the name as its subject: "Dale Rusk was appointed interim director of
  // the agency", "Rusk has been named acting secretary", "Rusk became foreign minister in 2019",
  // "Rusk served as interior minister", "Rusk won a second term as mayor"
  if (!ch.poss) {
    // (a name in apposition shares its clause's predicate: "Her husband, Tom Vale, served as mayor")
    const r0 = predicateOffice(tokens, tokens[after]?.t === "," && tokens[ch.a - 1]?.t === "," ? after + 1 : after);
    let ra = r0;
    while (ra >= 0 && ra < s.b && ARTICLES.includes(tokens[ra]!.key)) ra++;
    const j = ra >= 0 ? officeEnd(tokens, s, ra) : -1;
    if (j > 0) roles.push({ text: tokText(text, tokens, ra, j), start: tokens[ra]!.s, end: tokens[j - 1]!.e, kind: "as" });
    // "Rusk is running for the Senate", "Rusk ran for governor": a candidate for that office
    const race = tokens[ch.a - 1]?.t === "," ? null : candidateFor(text, tokens, s, after);
    if (race) roles.push(race);
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
    // (not the complement's opening words alone: "as CEO of Hale's campaign" is "CEO")
    while (j > after + 2 && OF_THE.includes(tokens[j - 1]!.key)) j--;
    roles.push({ text: tokText(text, tokens, after + 1, j), start: tokens[after + 1]!.s, end: tokens[j - 1]!.e, kind: "as" });
  }
  // a copula at the head of the sentence: "Hege is the CEO of DH", "Ruiz was a senior aide", or
  // with a bare office: "Stone is chief executive of Zenta"
  if (!ch.poss && ch.a === s.a && (tokens[after]?.key === "is" || tokens[after]?.key === "was")) {
    let j = after + 1;
    if (ARTICLES.includes(tokens[j]?.key ?? "")) j++;
    const r0 = j;
    let hasRole = false;
    while (j < s.b && j - r0 < 10 && (tokens[j]!.k === WORD || (tokens[j]!.k === POSS && j > r0))) {
      // (a courtesy title is another's name: "Ruiz is a closer fit with the city than Mr. Hale")
      if (isRoleKey(tokens[j]!.key) && !BARE_TITLES.has(tokens[j]!.key)) hasRole = true;
      j++;
    }
    const stop = tokens[j];
    // (the office opens the phrase, after its modifiers only; or a party's member: "the original New Democrat")
    const partyMember = tokens.slice(r0, j).some((t) => t.cap && PARTY_NOUNS.has(t.key));
    if (hasRole && j > r0 && (r0 > after + 1 || bareOffice(tokens, r0)) && (officeAt(tokens, r0, j) >= 0 || partyMember) && (!stop || stop.t === "," || stop.t === "." || stop.t === ";"))
      roles.push({ text: tokText(text, tokens, r0, j), start: tokens[r0]!.s, end: tokens[j - 1]!.e, kind: "copula" });
  }
  // "A delegation of the IMF, headed by Nathan Porter": the head of that group
  const headed = headedBy(text, tokens, s, ch.a);
  if (headed) roles.push(headed);
  return { roles, titled, aged, who, numberAppos, after };
}
