/**
 * Character classes and folding. Classification of non-ASCII characters goes through one cached
 * table so the tokenizer stays a single pass with O(1) work per character.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;
// 0 = unknown, 1 = word char, 2 = not, bit 4 = upper-case letter
const cache = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let v = WORD_RE.test(ch) ? 1 : 2;
  if (v === 1 && UPPER_RE.test(ch)) v |= 4;
  cache[c] = v;
  return v;
}

/** Letter, combining mark or digit (one UTF-16 unit; astral characters count as non-word). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const v = cache[c] || classify(c);
  return (v & 1) === 1;
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const v = cache[c] || classify(c);
  return (v & 4) === 4;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 13 ||
    c === 9 ||
    c === 160 ||
    c === 0x2009 ||
    c === 0x200a ||
    c === 0x202f ||
    c === 0x2007 ||
    c === 0x2002 ||
    c === 0x2003 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    c === 12 ||
    c === 11
  );
}

/** Soft hyphen, zero-width non-joiner and joiner, word joiner, direction marks and embeddings:
 *  characters that show nothing and may sit inside a word. */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

const FOLD_MAP: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d", ß: "ss", æ: "ae", œ: "oe" };

/** Lower-case, strip diacritics ("Erdoğan" → "erdogan"), unify apostrophes. */
export function fold(s: string): string {
  // fast path: plain ASCII needs only lower-casing (most words of English news)
  let ascii = true;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || c === 96) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii) return upper ? s.toLowerCase() : s;
  let out = "";
  const n = s.normalize("NFKD");
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if ((c >= 0x300 && c <= 0x36f) || isInvisibleCode(c)) continue;
    const ch = n[i]!;
    if (ch === "’" || ch === "‘" || ch === "`") {
      out += "'";
      continue;
    }
    out += FOLD_MAP[ch] ?? ch;
  }
  return out.toLowerCase();
}
