/**
 * Role evidence right after a name (roles.ts reads the rest): a US party tag ("Rep. Ana Ruiz
 * (D-Minn.)"), a legislator's seat ("Sen. Ann Dale of Ohio"), the place or body a titled name's
 * "of"/"from" complement names ("Gov. Sam Hale of California", "chief inspector X from the Kent
 * police"), and an office in parentheses ("Kurt Ames (Acme Media chairman and CEO)"); and two office
 * shapes roles.ts asks about (a copula's bare office, an "of" complement coordinated over "and").
 */
import { LX_COUNTRY, LX_ORG, LX_PLACE, ORG_ACRONYMS, ROLE_MODIFIERS, ROLE_NOUNS } from "../lexicon/index.ts";
import { isGiven } from "../names.ts";
import type { Sentence } from "../sentences.ts";
import { LOCAL_OFFICES, US_STATES } from "../represents-words.ts";
import { POSS, WORD, type Token } from "../tokens.ts";
import { tokText, type Chunk } from "./chunks.ts";
import { officeAt } from "./role-bounds.ts";
import { namesLegislator, PARTY_TAG } from "./role-words.ts";
import type { RoleEvidence, RoleWindow } from "./roles.ts";

/** Adds the roles right after the name to `roles`; returns whether a role names a legislator. */
export function tailRoles(ch: Chunk, cx: RoleWindow, roles: RoleEvidence[]): boolean {
  const { tokens, text, sentence: s } = cx;
  // a US party tag after the name: "Rep. Ana Ruiz (D-Minn.)", "Sen. Tom Hicks, R-Texas,"
  if (!ch.poss) {
    const tag = PARTY_TAG.exec(text.slice(tokens[ch.b - 1]!.e, tokens[ch.b - 1]!.e + 24));
    if (tag) {
      const start = tokens[ch.b - 1]!.e + tag.index + tag[0].indexOf(tag[1]!);
      roles.push({ text: tag[1]!, start, end: start + tag[1]!.length, kind: "tag" });
    }
  }
  // "Gov. Sam Hale of California", "Commissioner Anna Ley of the European Commission": a titled
  // name's "of" complement is whom they act for, when it names a place or a body
  // (not a legislator's: "Sen. X of Ohio" names the constituency; the chamber is whom they act for)
  const legislator = roles.some((r) => namesLegislator(r.text));
  // "Sen. Ann Dale of Ohio": a US state after a legislator's name is the seat, not whom they act for
  if (!ch.poss && legislator && tokens[ch.b]?.key === "of" && tokens[ch.b + 1]?.cap) {
    const one = tokens[ch.b + 1]!;
    const two = tokens[ch.b + 2];
    const state = two?.cap && US_STATES.has(`${one.key} ${two.key}`) ? two : US_STATES.has(one.key) && one.key !== "washington" ? one : null;
    if (state) roles.push({ text: tokText(text, tokens, ch.b + 1, tokens.indexOf(state) + 1), start: one.s, end: state.e, kind: "seat" });
  }
  // ("chief inspector X from the Kent police": "from" a body, not a place; a lower-case body word ends it)
  const from = tokens[ch.b]?.key === "from";
  if (!ch.poss && roles.length > 0 && !legislator && (tokens[ch.b]?.key === "of" || from)) {
    let c = ch.b + 1;
    if (tokens[c]?.key === "the") c++;
    const c0 = c;
    // ("Mayor Ana Ruiz of Zenda": a city's or a region's office names its place, known or not)
    let named = !from && c === ch.b + 1 && roles.some((r) => r.kind === "prefix" && r.text.split(" ").some((w) => LOCAL_OFFICES.has(w.toLowerCase().replace(/\.$/, ""))));
    while (c < s.b && c - c0 < 6 && tokens[c]!.k === WORD && (tokens[c]!.cap || (tokens[c]!.key === "of" && tokens[c + 1]?.cap))) {
      const u = tokens[c]!;
      if (u.cap && (u.f & (from ? LX_ORG : LX_COUNTRY | LX_PLACE | LX_ORG) || ORG_ACRONYMS.has(u.t))) named = true;
      c++;
    }
    // (the body's name as a name: "the West Mercia police" acts for West Mercia Police)
    const tail = tokens[c];
    let body = "";
    if (c > c0 && tail?.k === WORD && !tail.cap && tail.f & LX_ORG && tokens[c - 1]!.cap) {
      named = true;
      body = `${tokText(text, tokens, c0, c)} ${tail.t[0]!.toUpperCase()}${tail.t.slice(1)}`;
      c++;
    }
    if (named && tokens[c - 1]!.key !== "of")
      roles.push({ text: body || tokText(text, tokens, c0, c), start: tokens[c0]!.s, end: tokens[c - 1]!.e, kind: "owner" });
  }
  // "Kurt Ames (Acme Media chairman and CEO)": an office in parentheses right after the name
  if (!ch.poss && tokens[ch.b]?.t === "(" && !roles.some((r) => r.kind === "tag")) {
    let j = ch.b + 1;
    let hasRole = false;
    while (j < s.b && j - ch.b <= 10 && (tokens[j]!.k === WORD || tokens[j]!.k === POSS)) {
      if (ROLE_NOUNS.has(tokens[j]!.key)) hasRole = true;
      j++;
    }
    if (hasRole && tokens[j]?.t === ")" && officeAt(tokens, ch.b + 1, j) >= 0)
      roles.push({ text: tokText(text, tokens, ch.b + 1, j), start: tokens[ch.b + 1]!.s, end: tokens[j - 1]!.e, kind: "appos" });
  }
  return legislator;
}

/** An office named without an article after a copula opens with a lower-case office or its
 *  modifier ("is chief executive of", "was deputy mayor"); not a name or an adjective. */
export function bareOffice(tokens: Token[], r0: number): boolean {
  const t = tokens[r0]!;
  return !t.cap && (ROLE_NOUNS.has(t.key) || ROLE_MODIFIERS.has(t.key));
}

/** The start of an office whose capitalised "of" complement runs on over an "and" right before
 *  tokens[a] ("Minister of Foreign Affairs and | Trade"), or -1. */
export function joinedOffice(tokens: Token[], s: Sentence, a: number): number {
  if (tokens[a - 1]?.key !== "and" || !tokens[a]!.cap) return -1;
  // (a field, not an office of its own or a title: not "Secretary of State Ana Ruiz and Sen. Tom Hale")
  for (let i = a; tokens[i]?.cap && i < a + 4; i++) if (ROLE_NOUNS.has(tokens[i]!.key) || tokens[i]!.t.endsWith(".")) return -1;
  for (let j = a - 2; j >= s.a && a - j <= 8; j--) {
    const t = tokens[j]!;
    // (nor over a person's name: "Secretary of State Ana Ruiz and …")
    if (t.k !== WORD || isGiven(t.key)) return -1;
    if (t.key === "of") {
      const h = tokens[j - 1];
      return j - 1 >= s.a && h!.k === WORD && h!.cap && ROLE_NOUNS.has(h!.key) && j + 1 < a - 1 ? j - 1 : -1;
    }
    if (!t.cap) return -1;
  }
  return -1;
}
