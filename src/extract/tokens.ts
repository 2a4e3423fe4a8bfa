/**
 * Single-pass tokenizer with offsets. Words keep internal hyphens and apostrophes ("al-Ansari",
 * "can't"), abbreviations and initials keep their period ("Dr.", "U.S.", "J."), numbers keep
 * internal separators ("1,520", "2.5"). A possessive ending becomes its own token ("Trump" "’s").
 * Quotation marks are their own tokens; whether one opens or closes is decided in quotes.ts.
 */
import {
  ABBREVIATIONS,
  AP_STATES,
  NON_FINAL_ABBREVIATIONS,
  lexFlags,
  lexFlagsAt,
  lexFlagsHashed,
  lexHash,
  lexKeyAt,
  lexSlotOfText,
} from "./lexicon/index.ts";
import {
  fold,
  isDigitCode,
  isInvisibleCode,
  isSpaceCode,
  isUpperCode,
  isWordCode,
} from "./normalize.ts";

export const WORD = 1;
export const PUNCT = 2;
export const QUOTE = 3;
export const POSS = 4;

export interface Token {
  s: number;
  e: number;
  /** surface text */
  t: string;
  k: number;
  /** lexicon key: folded lower-case without a trailing period */
  key: string;
  /** starts with an upper-case letter (or is a particle-prefixed capitalised name part) */
  cap: boolean;
  /** all letters upper-case (two or more letters) */
  allCaps: boolean;
  /** starts with a digit */
  num: boolean;
  /** lexicon flags of `key` (LX_* of lexicon.ts): which word lists it belongs to */
  f: number;
}

const POSS_FLAGS = lexFlags("'s");
const QUOTE_CHARS = "\"“”„‟«»'‘’‚‹›";
const HYPHENS = "-‐‑";

function isApos(ch: string): boolean {
  return ch === "'" || ch === "’";
}

function makeWord(text: string, s: number, e: number): Token {
  const c0 = text.charCodeAt(s);
  const cap0 = isUpperCode(c0);
  const digit0 = isDigitCode(c0);
  // One pass over the characters: plain ASCII (the lexicon key is then the lower-cased surface),
  // upper-case letters, periods, the first hyphen, and the all-capitals count (letters up to and
  // including the first lower-case one, for words that start with a capital or a digit).
  let ascii = true;
  let upper = false;
  let dots = 0;
  let hyphen = -1;
  let letters = 0;
  let uppers = 0;
  let counting = cap0 || digit0;
  // lexHash of the lower-cased surface, and of it without its last character (a final period)
  let h = 0;
  let hPrev = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    hPrev = h;
    let lc = c;
    if (c >= 128 || c === 96) ascii = false;
    else if (c >= 65 && c <= 90) {
      upper = true;
      lc = c + 32;
    } else if (c === 46) dots++;
    else if (c === 45 && hyphen < 0) hyphen = i - s;
    h = (Math.imul(h, 31) + lc) | 0;
    if (counting && isWordCode(c) && !isDigitCode(c)) {
      letters++;
      if (isUpperCode(c)) uppers++;
      else counting = false;
    }
  }
  let key: string;
  let t: string;
  let f: number;
  if (ascii) {
    // a single trailing period is not part of the key ("Dr." → "dr"; "U.S." keeps its periods)
    const trail = dots === 1 && text.charCodeAt(e - 1) === 46;
    if (trail) h = hPrev;
    // a word of the lists: its key is the list's own string (no new string for "the", "said", "The")
    const slot = lexSlotOfText(text, s, trail ? e - 1 : e, h);
    if (slot >= 0) {
      key = lexKeyAt(slot);
      f = lexFlagsAt(slot);
      t = upper || trail ? text.slice(s, e) : key;
    } else {
      t = text.slice(s, e);
      key = upper ? t.toLowerCase() : t;
      if (trail) key = key.slice(0, -1);
      f = 0;
    }
  } else {
    t = text.slice(s, e);
    key = fold(t);
    if (key.endsWith(".") && key.indexOf(".") === key.length - 1) key = key.slice(0, -1);
    f = lexFlagsHashed(key, lexHash(key));
    // the non-ASCII path finds the hyphen in the surface as before
    hyphen = t.indexOf("-");
  }
  if (cap0 || digit0) {
    if (uppers < letters) letters = -1;
  } else {
    letters = 0;
    uppers = 0;
  }
  let cap = cap0;
  if (!cap) {
    // "al-Ansari", "el-Sisi", "bin-Salman": a lower-case particle glued to a capitalised part
    const h = hyphen;
    if (h > 0 && h < t.length - 1 && isUpperCode(t.charCodeAt(h + 1))) {
      const p = key.slice(0, h);
      if (
        p === "al" ||
        p === "el" ||
        p === "ad" ||
        p === "as" ||
        p === "ash" ||
        p === "at" ||
        p === "az" ||
        p === "an" ||
        p === "ar" ||
        p === "bin" ||
        p === "ibn" ||
        p === "abu" ||
        p === "ben" ||
        p === "de" ||
        p === "d"
      )
        cap = true;
    }
  }
  return { s, e, t, k: WORD, key, cap, allCaps: letters >= 2 && uppers === letters, num: digit0, f };
}

/** "D-Minn", "R-W", "I-Vt": a party letter, a hyphen and (the start of) a state abbreviation. */
function isPartyTag(w: string): boolean {
  return w.length >= 3 && w.length <= 7 && w[1] === "-" && "DRI".includes(w[0]!) && /^[A-Z][a-z]{0,4}$/.test(w.slice(2));
}

/** Tokens of text[start, end). Linear in the length; never reads outside the range. */
/** How far back an opening single mark makes a mark after a word its closing instead. */
const OPEN_MARK_WINDOW = 300;

/**
 * The apostrophe after the capitalised word text[i..j) ending in "s" is a possessive: a space and
 * a lower-case word follow ("Weeks’ family"), and no single quotation mark was opened shortly
 * before (then it would close it: "‘… the Beatles’ he said").
 */
function isPluralPossessive(text: string, i: number, j: number, end: number): boolean {
  const cq = j < end ? text.charCodeAt(j) : 32;
  if ((cq !== 39 && cq !== 0x2019) || text[j - 1] !== "s" || j + 2 >= end || text[j + 1] !== " ") return false;
  const first = text[i]!;
  const next = text[j + 2]!;
  if (first === first.toLowerCase() || next === next.toUpperCase()) return false;
  const from = Math.max(0, i - OPEN_MARK_WINDOW);
  const before = text.slice(from, i);
  return !before.includes("‘") && !/(?:^|[\s(])'/.test(before);
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      for (;;) {
        while (j < end && isWordCode(text.charCodeAt(j))) j++;
        if (j >= end) break;
        const cj = text.charCodeAt(j);
        // fast exit: a word followed by a space or plain punctuation (the common case)
        if (cj === 32 || cj === 10 || cj === 58 || cj === 59 || cj === 41 || cj === 63 || cj === 33 || cj === 34) break;
        const ch = text[j]!;
        const nextIsWord = j + 1 < end && isWordCode(text.charCodeAt(j + 1));
        if (HYPHENS.includes(ch) && nextIsWord) {
          j++;
          continue;
        }
        // a soft hyphen, a zero-width joiner or a direction mark inside a word is invisible: the
        // word goes on ("Vla\u00addimir Putin" is one name); its key drops it (normalize.ts fold)
        if (isInvisibleCode(cj) && nextIsWord) {
          j++;
          continue;
        }
        if (isApos(ch) && nextIsWord && !isDigitCode(text.charCodeAt(j - 1))) {
          const n1 = text[j + 1];
          const afterS = j + 2 < end ? text.charCodeAt(j + 2) : 32;
          if ((n1 === "s" || n1 === "S") && !isWordCode(afterS)) break; // possessive
          j++;
          continue;
        }
        if (ch === ".") {
          const w = text.slice(i, j);
          const lw = w.toLowerCase();
          const digitsBefore = isDigitCode(text.charCodeAt(j - 1));
          if (digitsBefore && j + 1 < end && isDigitCode(text.charCodeAt(j + 1)) && isDigitCode(text.charCodeAt(i))) {
            j++;
            continue;
          }
          const single = w.length === 1 && !digitsBefore;
          const dotted = w.includes(".");
          // "D-Minn.", "R-W.Va.", "D-N.Y.": a US party tag keeps its abbreviated state whole
          const tag = isPartyTag(w);
          if (tag) {
            j++;
            while (j + 1 < end && isUpperCode(text.charCodeAt(j)) && /^[A-Za-z]{0,3}\./.test(text.slice(j + 1, j + 5))) {
              const dot = text.indexOf(".", j);
              j = dot + 1;
            }
            break;
          }
          // ("Fla. Gov.", "Calif. Sen.": AP style's abbreviation of a state before an office's title)
          if (single || dotted || ABBREVIATIONS.has(lw) || (AP_STATES.has(`${w}.`) && titleAfter(text, j + 1))) {
            j++; // keep the period
            // "U.S.", "U.N.": letter-period runs continue
            if (j + 1 < end && isWordCode(text.charCodeAt(j)) && text[j + 1] === "." && (single || dotted)) {
              j++;
              continue;
            }
            break;
          }
          break;
        }
        if (
          ch === "," &&
          isDigitCode(text.charCodeAt(j - 1)) &&
          isDigitCode(text.charCodeAt(i)) &&
          j + 3 < end + 1 &&
          isDigitCode(text.charCodeAt(j + 1)) &&
          isDigitCode(text.charCodeAt(j + 2)) &&
          isDigitCode(text.charCodeAt(j + 3)) &&
          !(j + 4 < end && isDigitCode(text.charCodeAt(j + 4)))
        ) {
          j++;
          continue;
        }
        break;
      }
      out.push(makeWord(text, i, j));
      const cq = j < end ? text.charCodeAt(j) : 32;
      if (
        (cq === 39 || cq === 0x2019) &&
        j + 1 < end &&
        (text[j + 1] === "s" || text[j + 1] === "S") &&
        !(j + 2 < end && isWordCode(text.charCodeAt(j + 2)))
      ) {
        out.push({ s: j, e: j + 2, t: text.slice(j, j + 2), k: POSS, key: "'s", cap: false, allCaps: false, num: false, f: POSS_FLAGS });
        j += 2;
      } else if (isPluralPossessive(text, i, j, end)) {
        // "Weeks’ family", "the Joneses' lawyer": a name's possessive written with the mark alone
        out.push({ s: j, e: j + 1, t: text[j]!, k: POSS, key: "'s", cap: false, allCaps: false, num: false, f: POSS_FLAGS });
        j += 1;
      }
      i = j;
      continue;
    }
    const ch = text[i]!;
    // surrogate pairs (emoji, astral letters) stay one token
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < end) j++;
    // two single marks written for a double one ("’’", "‘‘", "''", "``"): one quotation mark
    else if ((ch === "’" || ch === "‘" || ch === "'" || ch === "`") && text[j] === ch && j < end) j++;
    out.push({
      s: i,
      e: j,
      t: text.slice(i, j),
      k: QUOTE_CHARS.includes(ch) ? QUOTE : PUNCT,
      key: ch,
      cap: false,
      allCaps: false,
      num: false,
      f: lexFlags(ch),
    });
    i = j;
  }
  return out;
}

export function isCapWord(t: Token | undefined): boolean {
  return !!t && t.k === WORD && t.cap;
}

/** A title's abbreviation ("Gov.", "Sen.") follows after one space at `at`. */
function titleAfter(text: string, at: number): boolean {
  if (text[at] !== " ") return false;
  let e = at + 1;
  while (e < text.length && e - at < 8 && isWordCode(text.charCodeAt(e))) e++;
  return text[e] === "." && NON_FINAL_ABBREVIATIONS.has(text.slice(at + 1, e).toLowerCase());
}
