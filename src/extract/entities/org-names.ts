/**
 * What a capitalised chunk that is no person's name says about organisations: a body's name with
 * an organisation word ("Harbor Port Authority"), or a bare name of one or two words that may be a
 * company's ("Chemours", "Home Depot"), counted to find the organisation the article is about.
 */
import { COMMON_CAPS, COMPANY_TAILS, MEDIA, ORG_WORDS, PLACE_TO_COUNTRY, PLACES, ROLE_NOUNS, TITLES } from "../lexicon/index.ts";
import { isOrgSuffix } from "../data/org-words.ts";
import { WORD, type Token } from "../tokens.ts";

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
