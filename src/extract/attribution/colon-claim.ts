/**
 * A statement after a source and a colon, opening a line ("Ana Ruiz: Port will reopen in May").
 */
import { COMPANY_NOUNS, ORG_WORDS, SOURCE_NOUNS } from "../lexicon/index.ts";
import { CITIES, PLACE_TO_COUNTRY, PLACES } from "../lexicon/places.ts";
import { isCommonWord } from "../data/common-words-lookup.ts";
import { POSS, WORD } from "../tokens.ts";
import { charEnd, FINITE, isMediaName } from "./content.ts";
import { contentEnd } from "./content-end.ts";
import { resolveNP } from "./resolve.ts";
import type { ClaimOut, SentenceInput, SpeakerRef } from "./types.ts";

/** Subject pronouns that open a statement ("Ruiz: I support the plan"). */
export const PRON_SUBJECTS = new Set("i we he she they it you".split(" "));

/**
 * "Ana Ruiz: Port will reopen in May" (a headline or a summary line): a name, or a source of a few
 * capitalised words, opening the sentence, a colon, then words of the source's own (at least three,
 * not a quotation: the direct entry stands for one). Not a transcript's speaker in capitals
 * ("TAPPER: …") nor a label ("Update:", "Photo:"), which name no source.
 */
export function colonClaim(inp: SentenceInput, cues: number[]): ClaimOut | null {
  const { tokens, s, personAt, persons, text } = inp;
  let c = -1;
  for (let k = s.a; k < s.b && k - s.a <= 6; k++) {
    const t = tokens[k]!;
    if (t.t === ":") {
      c = k;
      break;
    }
    if (t.k === POSS) continue;
    if (t.k !== WORD || !t.cap || t.allCaps) return null;
  }
  if (c <= s.a || tokens[c + 1]?.k !== WORD) return null;
  const pi = personAt[c - 1] ?? -1;
  const p = pi >= 0 ? persons[pi]! : null;
  // (a source other than a person is named by its head: "Poll:", "Harbor Times report:")
  const h = tokens[c - 1]!.key;
  if (!p && datelinePlace(inp, c, cues)) return null;
  const source = SOURCE_NOUNS.has(h) || ORG_WORDS.has(h) || COMPANY_NOUNS.has(h) || isMediaName(tokens, s.a, c);
  const ref: SpeakerRef = p
    ? p.ca === s.a && p.b === c && !p.poss ? { ent: p.ent } : null
    : c - s.a <= 3 && source
      ? resolveNP(inp, s.a, c)
      : nameLabel(inp, c);
  if (!ref) return null;
  const ce = contentEnd(inp, c + 1, cues);
  // (a statement: a verb in it, or a subject pronoun opening it — not "Now or never", "A closing surge")
  let words = 0;
  let verb = PRON_SUBJECTS.has(tokens[c + 1]!.key);
  for (let k = c + 1; k < ce; k++) {
    const u = tokens[k]!;
    if (u.k !== WORD) continue;
    words++;
    verb ||= FINITE.has(u.key) || u.key.endsWith("n't") || (u.key.endsWith("ed") && u.key.length > 4);
  }
  if (words < 3 || !verb || inp.inside[c + 1]) return null;
  const cs = tokens[s.a]!.s;
  return { start: tokens[c + 1]!.s, end: charEnd(inp, c + 1, ce), kind: "indirect", speaker: ref, cue: text.slice(cs, tokens[c]!.e), cueStart: cs, cueEnd: tokens[c]!.e };
}

/** "Sanders: …" before the body names him: one or two capitalised words, none an everyday word
 *  ("Update:", "Watch:") nor a letter ("Q:", "A:" of an interview), as a label the person of that
 *  name takes once known (result.ts). */
function nameLabel(inp: SentenceInput, c: number): SpeakerRef {
  const { tokens, s, text } = inp;
  if (c - s.a > 2) return null;
  for (let k = s.a; k < c; k++) if (tokens[k]!.k !== WORD || tokens[k]!.key.length < 2 || isCommonWord(tokens[k]!.key)) return null;
  return { label: text.slice(tokens[s.a]!.s, tokens[c - 1]!.e), company: false };
}

/** "Lima: Peru's envoy said …": a place before the colon is a dateline, not a source — a city or
 *  region always; a country when the words after the colon carry their own cue ("Peru: The envoy
 *  said …"; "Peru: We will not yield" stays the country's). */
function datelinePlace(inp: SentenceInput, c: number, cues: number[]): boolean {
  const { tokens, s } = inp;
  const words: string[] = [];
  for (let k = s.a; k < c; k++) if (tokens[k]!.k === WORD) words.push(tokens[k]!.key);
  const joined = words.join(" ");
  if (!PLACE_TO_COUNTRY.has(joined)) return PLACES.has(joined) || CITIES.has(joined);
  return CITIES.has(joined) || cues.some((i) => i > c);
}
