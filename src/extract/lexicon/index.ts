/**
 * The engine's word lists, by topic (roles, organisations, places, function words, cues), and the
 * flag table the tokenizer reads them through: every key of the lists gets one bit per list it
 * belongs to (Token.f). Names come from open data instead (src/extract/names.ts).
 */
import { COMMON_CAPS, MONTHS, NAME_PARTICLES } from "./words.ts";
import { COMPANY_NOUNS, MEDIA, ORG_WORDS } from "./orgs.ts";
import { PLACE_TO_COUNTRY, PLACES } from "./places.ts";
import { ROLE_NOUNS, TITLES } from "./roles.ts";
import { SPEECH_VERBS } from "./cues.ts";

export * from "./words.ts";
export * from "./orgs.ts";
export * from "./places.ts";
export * from "./roles.ts";
export * from "./cues.ts";

/*
 * Lexicon flags: for every key of the lists above, one bit per list it belongs to. The tokenizer
 * looks a word's key up here once (Token.f), so the per-token tests of the chunker, the name test
 * and the cue finder are bit tests on the token rather than one set look-up per list.
 * `(t.f & LX_TITLE) !== 0` is exactly `TITLES.has(t.key)`.
 */
export const LX_COMMON_CAPS = 1;
export const LX_TITLE = 1 << 1;
export const LX_ROLE = 1 << 2;
export const LX_ORG = 1 << 3;
export const LX_MONTH = 1 << 4;
/** (bit 5 is free: given names come from open data, src/extract/names.ts) */
/** a key of PLACE_TO_COUNTRY (country, demonym or capital) */
export const LX_COUNTRY = 1 << 6;
export const LX_PLACE = 1 << 7;
export const LX_MEDIA = 1 << 8;
export const LX_COMPANY = 1 << 9;
/** a key of SPEECH_VERBS */
export const LX_SPEECH = 1 << 10;
export const LX_PARTICLE = 1 << 11;
/** the first word of a PLACE_TO_COUNTRY key of several words ("new" of "new york") */
export const LX_COUNTRY_FIRST = 1 << 12;

// The flags live in an open-addressing table keyed by a string hash the tokenizer computes while
// it scans a word (lexHash below, one multiply-add per character): a look-up then costs a few array
// reads and one string comparison on a hit, where a Map look-up with a freshly sliced key first has
// to hash that string in the runtime.
const LEX_SIZE = 1 << 14;
const LEX_MASK = LEX_SIZE - 1;
const lexKeys: string[] = new Array<string>(LEX_SIZE).fill("");
const lexHashes = new Int32Array(LEX_SIZE);
const lexVals = new Int32Array(LEX_SIZE);

/** The hash the flag table is keyed by: h = h·31 + code over the UTF-16 code units, in 32 bits. */
export function lexHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function slotOf(key: string, h: number): number {
  let i = (h ^ (h >>> 14)) & LEX_MASK;
  while (lexVals[i] !== 0 && !(lexHashes[i] === h && lexKeys[i] === key)) i = (i + 1) & LEX_MASK;
  return i;
}

function markLex(keys: Iterable<string>, bit: number): void {
  for (const k of keys) {
    const h = lexHash(k);
    const i = slotOf(k, h);
    lexKeys[i] = k;
    lexHashes[i] = h;
    lexVals[i] = lexVals[i]! | bit;
  }
}
markLex(COMMON_CAPS, LX_COMMON_CAPS);
markLex(TITLES, LX_TITLE);
markLex(ROLE_NOUNS, LX_ROLE);
markLex(ORG_WORDS, LX_ORG);
markLex(MONTHS, LX_MONTH);
markLex(PLACE_TO_COUNTRY.keys(), LX_COUNTRY);
markLex(PLACES, LX_PLACE);
markLex(MEDIA, LX_MEDIA);
markLex(COMPANY_NOUNS, LX_COMPANY);
markLex(SPEECH_VERBS.keys(), LX_SPEECH);
markLex(NAME_PARTICLES, LX_PARTICLE);
for (const k of PLACE_TO_COUNTRY.keys()) {
  const sp = k.indexOf(" ");
  if (sp > 0) markLex([k.slice(0, sp)], LX_COUNTRY_FIRST);
}

/** The lexicon flags (LX_*) of a key whose lexHash is h; 0 for a word in none of the lists. */
export function lexFlagsHashed(key: string, h: number): number {
  let i = (h ^ (h >>> 14)) & LEX_MASK;
  for (;;) {
    const v = lexVals[i]!;
    if (v === 0) return 0;
    if (lexHashes[i] === h && lexKeys[i] === key) return v;
    i = (i + 1) & LEX_MASK;
  }
}

/**
 * The table slot of the word text[s, e) read in lower case (ASCII letters only; the caller has
 * checked the stretch is ASCII), whose lexHash (of the lower-cased word) is h; -1 when the word is in
 * no list. The tokenizer then takes the key string (lexKeyAt) and flags (lexFlagsAt) from the table
 * instead of slicing and lower-casing a new string for the most frequent words.
 */
export function lexSlotOfText(text: string, s: number, e: number, h: number): number {
  const len = e - s;
  let i = (h ^ (h >>> 14)) & LEX_MASK;
  for (;;) {
    if (lexVals[i] === 0) return -1;
    if (lexHashes[i] === h) {
      const k = lexKeys[i]!;
      if (k.length === len) {
        let j = 0;
        for (; j < len; j++) {
          let c = text.charCodeAt(s + j);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== k.charCodeAt(j)) break;
        }
        if (j === len) return i;
      }
    }
    i = (i + 1) & LEX_MASK;
  }
}

export function lexKeyAt(slot: number): string {
  return lexKeys[slot]!;
}

export function lexFlagsAt(slot: number): number {
  return lexVals[slot]!;
}

/** The lexicon flags (LX_*) of a key; 0 for a word in none of the lists. */
export function lexFlags(key: string): number {
  return lexFlagsHashed(key, lexHash(key));
}
