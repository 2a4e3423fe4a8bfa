/**
 * Front coding of a sorted word list, the packed form of the word data in this folder: the words,
 * sorted and unique, each written as one character giving how many leading letters it shares with
 * the word before it (0-9, then A-Z for 10-35), followed by the rest of its letters (a-z).
 * "act acted acting acts" → "0act3ed3ing3s". White space is ignored, so a generated module may
 * wrap the text. PackedWords searches such a list without unpacking it into strings.
 */

const MAX_SHARED = 35;

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Front-codes `words` (sorted, unique, each of letters a-z only); throws on anything else. */
export function frontCode(words: readonly string[]): string {
  let out = "";
  let prev = "";
  for (const w of words) {
    if (!/^[a-z]+$/.test(w))
      throw new Error(
        `frontCode: not a word of letters a-z: ${JSON.stringify(w)}`,
      );
    if (w <= prev)
      throw new Error(
        `frontCode: words not sorted and unique at ${JSON.stringify(w)}`,
      );
    let n = 0;
    const max = Math.min(w.length - 1, prev.length, MAX_SHARED);
    while (n < max && w.charCodeAt(n) === prev.charCodeAt(n)) n++;
    out += n.toString(36).toUpperCase() + w.slice(n);
    prev = w;
  }
  return out;
}

/** The shared length written at `i` of a packed list without white space, or -1. */
function sharedAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/** Inverse of frontCode. Throws on a malformed list (a shared length longer than the word before). */
export function unpackWords(packed: string): string[] {
  const s = packed.replace(/\s+/g, "");
  const words: string[] = [];
  let prev = "";
  let i = 0;
  while (i < s.length) {
    const n = sharedAt(s, i);
    if (n < 0)
      throw new Error(
        `unpackWords: expected a shared length (0-9, A-Z) at ${i}, found ${JSON.stringify(s[i])}`,
      );
    if (n > prev.length)
      throw new Error(
        `unpackWords: shared length ${n} longer than the word before at ${i}`,
      );
    let j = i + 1;
    while (j < s.length && isLetter(s.charCodeAt(j))) j++;
    if (j === i + 1 && n === prev.length)
      throw new Error(`unpackWords: empty or repeated word at ${i}`);
    prev = prev.slice(0, n) + s.slice(i + 1, j);
    words.push(prev);
    i = j;
  }
  return words;
}

/** Words per block of PackedWords: a look-up decodes at most this many. */
const BLOCK = 16;

/** The longest word PackedWords reads. */
const MAX_WORD = 255;

/**
 * A front-coded list searched in place. Building it walks the text once, letters into a small
 * byte buffer, and keeps only every BLOCK-th word as a string with its offset; a look-up
 * binary-searches those and decodes at most BLOCK words. Memory is the packed text plus one
 * short string per block, instead of one string per word.
 */
export class PackedWords {
  private readonly s: string;
  /** the first word of every block, ascending */
  private readonly heads: string[] = [];
  /** offset in s just past the letters of each block's first word */
  private readonly next: number[] = [];
  readonly size: number;

  constructor(packed: string) {
    const s = (this.s = packed.replace(/\s+/g, ""));
    const buf = new Uint8Array(MAX_WORD);
    let len = 0;
    let count = 0;
    let i = 0;
    const end = s.length;
    while (i < end) {
      const n = sharedAt(s, i);
      if (n < 0 || n > len || (count === 0 && n !== 0))
        throw new Error(`PackedWords: malformed list at ${i}`);
      len = n;
      let c = ++i < end ? s.charCodeAt(i) : 0;
      while (c >= 97 && c <= 122) {
        if (len === MAX_WORD)
          throw new Error(
            `PackedWords: a word longer than ${MAX_WORD} letters at ${i}`,
          );
        buf[len++] = c;
        c = ++i < end ? s.charCodeAt(i) : 0;
      }
      if (len === n && count > 0)
        throw new Error(`PackedWords: empty or repeated word before ${i}`);
      if (count % BLOCK === 0) {
        this.heads.push(
          String.fromCharCode.apply(
            null,
            buf.subarray(0, len) as unknown as number[],
          ),
        );
        this.next.push(i);
      }
      count++;
    }
    this.size = count;
  }

  has(key: string): boolean {
    const heads = this.heads;
    // the last block whose first word is ≤ key
    let lo = 0;
    let hi = heads.length - 1;
    let b = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = heads[mid]!;
      if (h === key) return true;
      if (h < key) {
        b = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (b < 0) return false;
    // Walk the block without building its words: m is how many leading letters the current word
    // shares with key, and every word walked so far is < key.
    const s = this.s;
    const head = heads[b]!;
    let m = 0;
    while (
      m < head.length &&
      m < key.length &&
      head.charCodeAt(m) === key.charCodeAt(m)
    )
      m++;
    let i = this.next[b]!;
    for (let k = 1; k < BLOCK && i < s.length; k++) {
      const n = sharedAt(s, i);
      i++;
      if (n > m) {
        // agrees with the word before where that one left key, so it is < key too
        while (i < s.length && isLetter(s.charCodeAt(i))) i++;
        continue;
      }
      m = n;
      while (
        i < s.length &&
        isLetter(s.charCodeAt(i)) &&
        m < key.length &&
        s.charCodeAt(i) === key.charCodeAt(m)
      ) {
        i++;
        m++;
      }
      const wordGoesOn = i < s.length && isLetter(s.charCodeAt(i));
      if (!wordGoesOn && m === key.length) return true;
      // key is a prefix of the word, or the word has a greater letter where they part: past key
      if (
        wordGoesOn &&
        (m === key.length || s.charCodeAt(i) > key.charCodeAt(m))
      )
        return false;
      while (i < s.length && isLetter(s.charCodeAt(i))) i++;
    }
    return false;
  }
}
