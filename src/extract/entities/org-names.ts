/**
 * What a capitalised chunk that is no person's name says about organisations: a body's name with
 * an organisation word ("Harbor Port Authority"), or a bare name of one or two words that may be a
 * company's ("Chemours", "Home Depot"), counted to find the organisation the article is about.
 */
import { COMMON_CAPS, COMPANY_TAILS, MEDIA, ORG_WORDS, PLACE_TO_COUNTRY, PLACES, ROLE_NOUNS, TITLES } from "../lexicon/index.ts";
import type { Chunk } from "./chunks.ts";
import { isOrgSuffix } from "../data/org-words.ts";
import { POSS, QUOTE, WORD, type Token } from "../tokens.ts";
import { isGiven, isStrongGiven } from "../names.ts";

export interface OrgName {
  /** the name as written */
  name: string;
  start: number;
  /** "body": it has an organisation word; "bare": one or two capitalised words of no other kind */
  kind: "body" | "bare";
  /** it may be a company's name (a bare name, or a body ending in a company word or legal form) */
  company: boolean;
}

/** The organisation a non-person chunk tokens[a, b) names, or null. */
export function orgNameOf(text: string, tokens: readonly Token[], a: number, b: number): OrgName | null {
  while (a < b && COMMON_CAPS.has(tokens[a]!.key)) a++;
  if (a >= b) return null;
  const name = (): string => text.slice(tokens[a]!.s, tokens[b - 1]!.e);
  let hasOrgWord = false;
  for (let i = a; i < b && !hasOrgWord; i++) hasOrgWord = ORG_WORDS.has(tokens[i]!.key);
  if (hasOrgWord && b - a >= 2) {
    const last = tokens[b - 1]!.key;
    return { name: name(), start: tokens[a]!.s, kind: "body", company: COMPANY_TAILS.has(last) || isOrgSuffix(last) };
  }
  // a name of one word ("Chemours") or of two capitalised words none of which says place, office
  // or outlet ("Home Depot", "Blue Origin")
  if (b - a > 2) return null;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (
      (b - a > 1 && (t.k !== WORD || !t.cap || COMMON_CAPS.has(t.key))) ||
      PLACE_TO_COUNTRY.has(t.key) ||
      PLACES.has(t.key) ||
      MEDIA.has(t.key) ||
      // (a title word may open a company's name: "Home Depot"; not end it)
      (TITLES.has(t.key) && (b - a === 1 || i === b - 1)) ||
      ROLE_NOUNS.has(t.key) ||
      ORG_WORDS.has(t.key) ||
      t.t.endsWith(".") ||
      t.num
    )
      return null;
  }
  return { name: name(), start: tokens[a]!.s, kind: "bare", company: true };
}

/** Plural nouns that head a list of organisations ("five firms, A, B and C"). */
const ORG_LIST_HEADS = new Set(
  (
    "firms companies groups brands banks lenders insurers carriers airlines parties outlets newspapers broadcasters " +
    "networks agencies unions teams clubs sides universities charities organisations organizations makers retailers " +
    "manufacturers publishers studios labels"
  ).split(" "),
);

/**
 * The first tokens of chunks that stand in a list right after a plural organisation noun ("five
 * firms, A, B and C", "companies such as A and B", "brands including A, B"): a list is chunks
 * separated by commas or "and"/"or", and a member with a title before it stays out.
 */
export function orgListMembers(tokens: Token[], s: { a: number; b: number }, chunks: Chunk[]): Set<number> {
  const out = new Set<number>();
  for (let c = 0; c < chunks.length; c++) {
    const ch = chunks[c]!;
    let k = ch.a - 1;
    // "the nine firms picked last year: A, B and C": a colon ends the phrase that names the list
    if (tokens[k]?.t === ":") {
      let h = k - 1;
      // (not past a comma, a quotation mark, a possessive or a role: "the firms' chief executives: A and B")
      const stop = (t: Token): boolean => t.t === "," || t.k === QUOTE || t.k === POSS || ROLE_NOUNS.has(t.key) || TITLES.has(t.key);
      while (h >= s.a && k - h <= 12 && !stop(tokens[h]!) && !ORG_LIST_HEADS.has(tokens[h]!.key)) h--;
      if (h >= s.a && ORG_LIST_HEADS.has(tokens[h]!.key)) k = h;
    }
    if (k === ch.a - 1) {
      if (tokens[k]?.t === "," || tokens[k]?.t === ":" || tokens[k]?.t === "—") k--;
      if (tokens[k]?.key === "as" && tokens[k - 1]?.key === "such") k -= 2;
      else if (tokens[k]?.key === "including" || tokens[k]?.key === "like") k--;
    }
    const head = tokens[k];
    const headed = !!head && k >= s.a && head.k === WORD && !head.cap && ORG_LIST_HEADS.has(head.key);
    // ("… includes Draper, Lockheed Martin and Northrop Grumman. The companies have not said …": a
    // list that closes its sentence, named by the next one's opening plural)
    const named = !headed && !LIST_JOINS.has(tokens[ch.a - 1]?.key ?? "") && namedAfter(tokens, s, chunks, c);
    if (!headed && !named) continue;
    // the list itself
    let m = c;
    for (;;) {
      const cur = chunks[m]!;
      if (cur.na === cur.a) out.add(cur.a);
      const nx = chunks[m + 1];
      if (!nx || (nx.a !== cur.b && listJoin(tokens, cur, nx) === null)) break;
      m++;
    }
    c = m;
  }
  return out;
}

/** The list of two or more chunks from chunks[c] closes its sentence, some member opens with no
 *  given name, and the next sentence opens with "The"/"These"/"Both"/"All" and a plural
 *  organisation noun ("The companies …"). */
function namedAfter(tokens: Token[], s: { a: number; b: number }, chunks: Chunk[], c: number): boolean {
  let m = c;
  while (chunks[m + 1] && listJoin(tokens, chunks[m]!, chunks[m + 1]!) !== null) m++;
  const end = chunks[m]!.b;
  if (m === c || tokens[end]?.t !== "." || end + 1 !== s.b) return false;
  // (some member opens with no given name: "The panel includes Ana Ruiz and Tom Hale. The groups …" names people)
  if (chunks.slice(c, m + 1).every((x) => isGiven(tokens[x.na]!.key))) return false;
  const d = tokens[s.b];
  const n = tokens[s.b + 1];
  return !!d && !!n && LIST_ANAPHORS.has(d.key) && n.k === WORD && ORG_LIST_HEADS.has(n.key);
}
const LIST_ANAPHORS = new Set("the these both all".split(" "));

/** What joins chunk `nx` to chunk `cur` in a list: a comma (with or without "and"/"or" after it),
 *  "and"/"or" alone, or null when nothing does. */
function listJoin(tokens: readonly Token[], cur: Chunk, nx: Chunk): "," | "and" | null {
  let gap = cur.b;
  const comma = tokens[gap]?.t === ",";
  if (comma) gap++;
  if (tokens[gap]?.key === "and" || tokens[gap]?.key === "or") gap++;
  return gap !== nx.a || gap === cur.b ? null : comma ? "," : "and";
}
const LIST_JOINS = new Set([",", "and", "or"]);

/**
 * The first tokens of the name-shaped members of a list most of whose members are organisations
 * ("Boeing, Airbus, Vela Dynamics and Lockwood Martin"): three members or more joined by commas
 * (and a last "and"/"or"), at least two and at least half of them not people (`isOrgLike`); a
 * member stays a person when a title stands before it or it opens with a frequent given name
 * ("Apple, Google and Tim Cook").
 */
export function orgMajorityListMembers(tokens: Token[], chunks: Chunk[], isOrgLike: (ch: Chunk) => boolean): Set<number> {
  const out = new Set<number>();
  for (let c = 0; c < chunks.length; c++) {
    let m = c;
    let commas = 0;
    let members = 1;
    for (;;) {
      const cur = chunks[m]!;
      const nx = chunks[m + 1];
      if (!nx) break;
      // (one name read as two chunks, "New York Daily" "News": one member)
      if (nx.a === cur.b) {
        m++;
        continue;
      }
      const join = listJoin(tokens, cur, nx);
      if (join === null) break;
      if (join === ",") commas++;
      m++;
      members++;
    }
    const first = c;
    c = m;
    if (members < 3 || commas === 0) continue;
    const list = chunks.slice(first, m + 1);
    // (a chunk with no name part at all, "Chicago Tribune" read as a body's words, is no person's;
    // one with a title before a name is: "President X")
    const orgLike = list.map((ch) => (ch.na === ch.a || ch.na === ch.b) && isOrgLike(ch));
    const n = orgLike.filter(Boolean).length;
    if (n < 2 || n * 2 < list.length) continue;
    list.forEach((ch, k) => {
      if (!orgLike[k] && ch.na === ch.a && !isStrongGiven(tokens[ch.na]!.key)) out.add(ch.a);
    });
  }
  return out;
}
