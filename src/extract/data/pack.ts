/**
 * Front coding for sorted word lists shipped as strings. Each word is written as the number of
 * characters to drop from the end of the previous word, followed by the characters to add:
 * "anna annabel anne" → "0anna0bel4e". Counting from the end (not the number of characters kept)
 * makes an ending's pattern the same whatever the stem's length ("…0ed2ing3s"), which gzip finds
 * again: the 40,000 common words take 47.3 KB gzip instead of 52.2. The number is one character:
 * a digit for 0–9, a capital letter for 10–35 ("A" = 10). The words contain no digits, capitals or
 * spaces (folded lower-case letters, hyphen, apostrophe), so those characters separate words.
 * Every `block`-th word starts a new block (also a word that would drop more than 35 characters),
 * written in full after a space and a "0" (the previous word is empty), so a look-up
 * binary-searches the blocks' first words and then scans one block without building its words:
 * nothing is unpacked at start-up; the only loading cost is one native `split(" ")`. Long blocks
 * gzip better (a block's first word is written in full and breaks the pattern): 128 words take
 * the common words from 56.0 to 47.3 KB gzip against 16 words a block, for a scan of 64 words on
 * average. A word may carry a one-character tag; endingCode uses it to write a stem once for the
 * words made of it with "s", "ed" or "ing".
 */

/** Words of a block unless the caller chooses another size. */
export const BLOCK = 128;

/** A character of a listed word: a lower-case letter, an apostrophe or a hyphen. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39 || c === 45;
}

/** A word's code: "0"–"9" or "A"–"Z" (the characters between them are in no word either). */
function isCode(c: number): boolean {
  return c >= 48 && c <= 90;
}

/** The number of characters to drop that a code stands for. */
function drops(c: number): number {
  return c <= 57 ? c - 48 : c - 55;
}

/** End of the word text that starts at i (its tag, the next code or the end of the string). */
function wordEnd(s: string, i: number): number {
  while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
  return i;
}

/** Encode words (sorted by code unit, distinct, of lower-case letters, apostrophes and hyphens)
 *  into one front-coded string. A word may carry a tag, one character that is neither a word's nor
 *  a code's nor a space ("!", "#", "[", …), written after it; FrontCodedSet.tag reads it. */
export function frontCode(sorted: readonly string[], block = BLOCK, tags?: readonly string[]): string {
  let out = "";
  let prev = "";
  let n = 0;
  sorted.forEach((w, i) => {
    if (!/^[a-z'-]+$/.test(w)) throw new Error(`front coding: "${w}" is not lower-case letters, apostrophes and hyphens`);
    const tag = tags?.[i] ?? "";
    if (tag !== "" && (tag.length !== 1 || isWordChar(tag.charCodeAt(0)) || isCode(tag.charCodeAt(0)) || tag === " "))
      throw new Error(`front coding: "${tag}" is no tag`);
    let p = 0;
    const max = Math.min(prev.length, w.length);
    while (p < max && prev.charCodeAt(p) === w.charCodeAt(p)) p++;
    if (n === block || prev.length - p > 35) {
      out += " ";
      prev = "";
      p = n = 0;
    }
    const drop = prev.length - p;
    out += (drop < 10 ? String(drop) : String.fromCharCode(55 + drop)) + w.slice(p) + tag;
    prev = w;
    n++;
  });
  return out;
}

/** Decode a front-coded string, calling `each` with every word in order (and its tag, or ""). */
export function frontDecode(packed: string, each: (word: string, tag: string) => void): void {
  if (packed === "") return;
  for (const b of packed.split(" ")) {
    let prev = "";
    for (let i = 0; i < b.length; ) {
      const c = b.charCodeAt(i);
      if (!isCode(c)) throw new Error(`front-coded list: expected a code at ${i} of "${b.slice(0, 20)}…"`);
      const j = wordEnd(b, i + 1);
      prev = prev.slice(0, prev.length - drops(c)) + b.slice(i + 1, j);
      const tagged = j < b.length && !isCode(b.charCodeAt(j));
      each(prev, tagged ? b[j]! : "");
      i = tagged ? j + 1 : j;
    }
  }
}

/** Sign of (first word of block b) compared with key, by code unit, without slicing. */
function cmpHead(b: string, key: string): number {
  for (let j = 0, i = 1; ; j++, i++) {
    const c = i < b.length ? b.charCodeAt(i) : 48;
    const end = !isWordChar(c);
    if (j === key.length) return end ? 0 : 1;
    if (end) return -1;
    const d = c - key.charCodeAt(j);
    if (d !== 0) return d;
  }
}

/** Membership test on a front-coded list without unpacking it. */
export class FrontCodedSet {
  private readonly blocks: string[];

  constructor(packed: string) {
    this.blocks = packed === "" ? [] : packed.split(" ");
  }

  has(key: string): boolean {
    return this.tag(key) >= 0;
  }

  /** -1 when key is not listed; else the code of its tag character, 0 for none. */
  tag(key: string): number {
    const blocks = this.blocks;
    // the last block whose first word is <= key
    let lo = 0;
    let hi = blocks.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cmpHead(blocks[mid]!, key) <= 0) lo = mid;
      else hi = mid - 1;
    }
    // Scan the block's words in order without building them. m: how many characters the
    // previous word (len characters long) shares with key, which it follows. A word that keeps
    // more than m characters of the previous word differs from key where the previous word did,
    // in the same direction: it precedes key too. Otherwise its first p characters are key's;
    // compare its own text.
    const b = blocks[lo]!;
    let m = 0;
    let len = 0;
    for (let i = 0; i < b.length; ) {
      const p = len - drops(b.charCodeAt(i++));
      const start = i;
      if (p <= m) {
        let k = p;
        let c = 0;
        for (; ; i++, k++) {
          c = i < b.length ? b.charCodeAt(i) : 48;
          if (!isWordChar(c) || k === key.length || c !== key.charCodeAt(k)) break;
        }
        if (!isWordChar(c)) {
          // the word ended: it is key, or a prefix of key
          if (k === key.length) return isCode(c) ? 0 : c;
        } else if (k === key.length || c > key.charCodeAt(k)) return -1;
        m = k;
      }
      i = wordEnd(b, i);
      len = p + i - start;
      if (i < b.length && !isCode(b.charCodeAt(i))) i++;
    }
    return -1;
  }
}

/** Endings that a word list coded by endingCode shares out among its stems. */
const ENDINGS = ["", "s", "ed", "ing"];
/** A stem's tag by the set of ENDINGS its words take (bit i: ENDINGS[i]); a stem that is just a
 *  word (bit 0 alone) has none. */
const ENDING_TAGS = "!#$%&()*+,./[]^_";

const bitCount = (m: number): number => (m & 1) + ((m >> 1) & 1) + ((m >> 2) & 1) + ((m >> 3) & 1);

/**
 * Front coding of stems, each tagged with the endings its words take (ENDINGS: "", "s", "ed",
 * "ing"): "walk walked walking walks" is one stem "walk" with all four. Stems that take the most
 * endings are chosen first; every word belongs to one stem; a word left over is its own stem.
 * The 40,000 common words take 42.4 KB gzip instead of 47.3 as plain front coding.
 */
export function endingCode(sorted: readonly string[], block = BLOCK): string {
  const all = new Set(sorted);
  const claimed = new Set<string>();
  const endings = (stem: string): number =>
    ENDINGS.reduce((m, e, i) => (all.has(stem + e) && !claimed.has(stem + e) ? m | (1 << i) : m), 0);
  const candidates = new Map<string, number>();
  for (const w of sorted)
    for (const e of ENDINGS) if (e !== "" && w.endsWith(e) && w.length >= e.length + 2) candidates.set(w.slice(0, -e.length), 0);
  for (const stem of candidates.keys()) candidates.set(stem, bitCount(endings(stem)));
  const order = [...candidates].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const stems = new Map<string, number>();
  for (const [stem] of order) {
    const m = endings(stem);
    if (bitCount(m) < 2) continue;
    ENDINGS.forEach((e, i) => {
      if (m & (1 << i)) claimed.add(stem + e);
    });
    stems.set(stem, m);
  }
  for (const w of sorted) if (!claimed.has(w)) stems.set(w, 1);
  const keys = [...stems.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return frontCode(keys, block, keys.map((k) => (stems.get(k) === 1 ? "" : ENDING_TAGS[stems.get(k)!]!)));
}

/** The endings bits of a stem's tag (FrontCodedSet.tag); 0 for no stem. */
function endingBits(tag: number): number {
  return tag < 0 ? 0 : tag === 0 ? 1 : ENDING_TAGS.indexOf(String.fromCharCode(tag));
}

/** Decode an endingCode string, calling `each` with every word (sorted by stem, not by word). */
export function endingDecode(packed: string, each: (word: string) => void): void {
  frontDecode(packed, (stem, tag) => {
    const m = endingBits(tag === "" ? 0 : tag.charCodeAt(0));
    ENDINGS.forEach((e, i) => {
      if (m & (1 << i)) each(stem + e);
    });
  });
}

/** Membership test on an endingCode list: a key is listed when, for one of the ENDINGS it ends
 *  with, what precedes the ending is a stem that takes it. */
export class EndingCodedSet {
  private readonly stems: FrontCodedSet;

  constructor(packed: string) {
    this.stems = new FrontCodedSet(packed);
  }

  has(key: string): boolean {
    for (let i = 0; i < ENDINGS.length; i++) {
      const e = ENDINGS[i]!;
      if (key.endsWith(e) && (endingBits(this.stems.tag(key.slice(0, key.length - e.length))) >> i) & 1) return true;
    }
    return false;
  }
}

/** Split a space-separated list into its words (empty string → no words). */
export function words(s: string): string[] {
  return s.split(" ").filter((w) => w.length > 0);
}

/** Parse "word count word count …" into a map. */
export function countedWords(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const w = words(s);
  for (let i = 0; i + 1 < w.length; i += 2) out.set(w[i]!, Number(w[i + 1]));
  return out;
}

/** Group phrases (words joined by single spaces) by their first or last word, each group as word
 *  arrays, longest first. */
export function phraseIndex(phrases: Iterable<string>, by: "first" | "last"): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const parts = p.split(" ");
    const k = by === "first" ? parts[0]! : parts[parts.length - 1]!;
    const list = out.get(k) ?? [];
    list.push(parts);
    out.set(k, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}
