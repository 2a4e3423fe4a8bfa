/**
 * Whose claim is it? A fact-check's `claimant` is free text ("Lior Ben-Ami", "PM Lior Benami",
 * "Lior J. Ben-Ami, prime minister", "Facebook posts", or nothing at all). The card shows a check
 * only when the claimant names this person: one of their full names (the article's, the knowledge
 * base's and Wikidata's spellings) appears in it, given name before surname. A bare surname never
 * counts: "Noa Ben-Ami" is someone else, and "Ben-Ami" alone could be anyone of that name.
 *
 * Names are compared on the knowledge base's folded tokens (diacritics, case, hyphens and name
 * particles do not matter: "Ben-Ami" = "Ben Ami"), a token matching exactly or, for tokens of
 * five letters or more, by its transliteration skeleton ("Mohammed"/"Muhammad",
 * "Netanyahu"/"Netanyahou"; short given names differ too often by one vowel: "Dan" is not "Don");
 * between two tokens of a name, the claimant may have up to two more (middle names and initials:
 * "Lior J. Ben-Ami").
 */
import { looseKey, nameTokens } from "../../kb/normalize.ts";

/** A full name as folded tokens, each with its transliteration skeleton. */
export interface NameForm {
  tokens: string[];
  loose: string[];
}

/** Tokens of the claimant allowed between two tokens of a name (middle names, initials). */
const MAX_GAP_TOKENS = 2;
/** Shorter tokens must match exactly. */
const MIN_LOOSE_TOKEN_CHARS = 5;

const sameToken = (c: NameForm, j: number, f: NameForm, i: number) =>
  c.tokens[j] === f.tokens[i] || (c.tokens[j]!.length >= MIN_LOOSE_TOKEN_CHARS && f.tokens[i]!.length >= MIN_LOOSE_TOKEN_CHARS && c.loose[j] === f.loose[i]);

/**
 * The full-name forms of a person from every spelling known. A full name is two words or more as
 * written: "Ben-Ami" is one word (a surname), so it never becomes a form, though it folds to two
 * tokens — it would match "Noa Ben-Ami".
 */
export function nameForms(names: readonly string[]): NameForm[] {
  const seen = new Set<string>();
  const out: NameForm[] = [];
  for (const name of names) {
    const tokens = nameTokens(name);
    if (tokens.length < 2 || name.trim().split(/\s+/).length < 2) continue;
    // The full form, and given name + surname without the middle ones.
    for (const form of tokens.length > 2 ? [tokens, [tokens[0]!, tokens[tokens.length - 1]!]] : [tokens]) {
      const key = form.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ tokens: form, loose: form.map((t) => looseKey(t)) });
    }
  }
  return out;
}

function matchesAt(claimant: NameForm, form: NameForm, start: number): boolean {
  let at = start;
  for (let i = 0; i < form.tokens.length; i++) {
    let found = -1;
    const limit = i === 0 ? at : Math.min(claimant.tokens.length - 1, at + MAX_GAP_TOKENS);
    for (let j = at; j <= limit; j++) {
      if (sameToken(claimant, j, form, i)) {
        found = j;
        break;
      }
    }
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/** Whether a claimant names the person of `forms` (see the module header). */
export function isClaimantOf(claimant: string | null, forms: readonly NameForm[]): boolean {
  if (!claimant) return false;
  const tokens = nameTokens(claimant);
  const c: NameForm = { tokens, loose: tokens.map((t) => looseKey(t)) };
  return forms.some((form) => c.tokens.some((_, start) => matchesAt(c, form, start)));
}
