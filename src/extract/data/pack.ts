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
 * the common words from 56.3 to 47.3 KB gzip against 16 words a block, for a scan of 64 words on
 * average.
 */

/** Words of a block unless the caller chooses another size. */
export const BLOCK = 128;

/** Encode words (sorted by code unit, distinct, no digits, capitals or spaces) into one
 *  front-coded string. */
export function frontCode(sorted: readonly string[], block = BLOCK): string {
  let out = "";
  let prev = "";
  let n = 0;
  for (const w of sorted) {
    if (/[\s0-Z]/.test(w)) throw new Error(`front coding: "${w}" has a digit, capital or space`);
    let p = 0;
    const max = Math.min(prev.length, w.length);
    while (p < max && prev.charCodeAt(p) === w.charCodeAt(p)) p++;
    if (n === block || prev.length - p > 35) {
      out += " ";
      prev = "";
      p = n = 0;
    }
    const drop = prev.length - p;
    out += (drop < 10 ? String(drop) : String.fromCharCode(55 + drop)) + w.slice(p);
    prev = w;
    n++;
  }
  return out;
}

/** A word's code: "0"–"9" or "A"–"Z" (the characters between them are in no word either). */
function isCode(c: number): boolean {
  return c >= 48 && c <= 90;
}

/** The number of characters to drop that a code stands for. */
function drops(c: number): number {
  return c <= 57 ? c - 48 : c - 55;
}

/** End of the word text that starts at i (the next code or the end of the string). */
function wordEnd(s: string, i: number): number {
  while (i < s.length && !isCode(s.charCodeAt(i))) i++;
  return i;
}

/** Decode a front-coded string, calling `each` with every word in order. */
export function frontDecode(packed: string, each: (word: string) => void): void {
  if (packed === "") return;
  for (const b of packed.split(" ")) {
    let prev = "";
    for (let i = 0; i < b.length; ) {
      const c = b.charCodeAt(i);
      if (!isCode(c)) throw new Error(`front-coded list: expected a code at ${i} of "${b.slice(0, 20)}…"`);
      const j = wordEnd(b, i + 1);
      prev = prev.slice(0, prev.length - drops(c)) + b.slice(i + 1, j);
      each(prev);
      i = j;
    }
  }
}

/** Sign of (first word of block b) compared with key, by code unit, without slicing. */
function cmpHead(b: string, key: string): number {
  for (let j = 0, i = 1; ; j++, i++) {
    const c = i < b.length ? b.charCodeAt(i) : 48;
    const end = isCode(c);
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
    const blocks = this.blocks;
    // the last block whose first word is <= key
    let lo = 0;
    let hi = blocks.length - 1;
    if (hi < 0) return false;
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
          if (isCode(c) || k === key.length || c !== key.charCodeAt(k)) break;
        }
        if (isCode(c)) {
          // the word ended: it is key, or a prefix of key
          if (k === key.length) return true;
        } else if (k === key.length || c > key.charCodeAt(k)) return false;
        m = k;
      }
      i = wordEnd(b, i);
      len = p + i - start;
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
