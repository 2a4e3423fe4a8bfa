/**
 * Front coding for sorted word lists shipped as strings. Each word is written as the number of
 * leading characters it shares with the previous word (one digit, 0–9) followed by the rest of the
 * word: "anna annabel anne" → "0anna4bel3e". The words contain no digits or spaces (folded letters,
 * hyphen, apostrophe), so the digits separate words. Every `block`-th word starts a new block,
 * written in full after a space, so a look-up binary-searches the blocks' first words and decodes
 * one block: nothing is unpacked at start-up; the only loading cost is one native `split(" ")`.
 * Sorted name lists shrink by about half before gzip and by a quarter after it.
 */

/** Encode words (sorted by code unit, distinct, no digits or spaces) into one front-coded string. */
export function frontCode(sorted: readonly string[], block = 16): string {
  let out = "";
  let prev = "";
  for (let i = 0; i < sorted.length; i++) {
    const w = sorted[i]!;
    let p = 0;
    if (i % block !== 0) {
      const max = Math.min(prev.length, w.length, 9);
      while (p < max && prev.charCodeAt(p) === w.charCodeAt(p)) p++;
    } else if (i > 0) out += " ";
    out += String(p) + w.slice(p);
    prev = w;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the word text that starts at i (the next digit or the end of the string). */
function wordEnd(s: string, i: number): number {
  while (i < s.length && !isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** Decode one block, calling `each` with every word until it returns true; returns that result. */
function scanBlock(b: string, each: (word: string) => boolean): boolean {
  let prev = "";
  let i = 0;
  while (i < b.length) {
    const p = b.charCodeAt(i) - 48;
    if (p < 0 || p > 9) throw new Error(`front-coded list: expected a digit at ${i} of "${b.slice(0, 20)}…"`);
    const j = wordEnd(b, i + 1);
    const w = prev.slice(0, p) + b.slice(i + 1, j);
    if (each(w)) return true;
    prev = w;
    i = j;
  }
  return false;
}

/** Decode a front-coded string, calling `each` with every word in order. */
export function frontDecode(packed: string, each: (word: string) => void): void {
  if (packed === "") return;
  for (const b of packed.split(" "))
    scanBlock(b, (w) => {
      each(w);
      return false;
    });
}

/** Sign of (first word of block b) compared with key, by code unit, without slicing. */
function cmpHead(b: string, key: string): number {
  for (let j = 0, i = 1; ; j++, i++) {
    const c = i < b.length ? b.charCodeAt(i) : 48;
    const end = isDigit(c);
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
    const b = blocks[lo]!;
    const c0 = cmpHead(b, key);
    if (c0 === 0) return true;
    if (c0 > 0) return false;
    // decode the block's words after its head until one reaches the key
    let prev = b.slice(1, wordEnd(b, 1));
    let i = prev.length + 1;
    while (i < b.length) {
      const p = b.charCodeAt(i) - 48;
      const j = wordEnd(b, i + 1);
      const w = prev.slice(0, p) + b.slice(i + 1, j);
      if (w >= key) return w === key;
      prev = w;
      i = j;
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
