/**
 * Name normalisation for KB keys and lookups.
 *
 * Two levels of key, both computed the same way on the KB side (at load) and on the article side
 * (at lookup), so they only ever compare like with like:
 *  - `foldName`: Unicode-decomposed, marks removed (diacritics, Hebrew niqqud, Arabic harakat),
 *    case-folded, apostrophes/geresh removed, hyphens/maqaf/dots turned into spaces, and name
 *    particles dropped ("el-Sisi", "al Sisi", "Sisi", "א-סיסי" all fold to one key).
 *  - `looseKey`: a transliteration skeleton over the folded tokens (j→y, ou→u, ph→f, q→k, kh→h,
 *    doubled letters collapsed, inner vowels dropped) so "Netanyahou"/"Netanyahu" and
 *    "Benyamin"/"Benjamin" meet. It is only ever used together with the context rules in link.ts.
 */
import { stripInvisible } from "./names.ts";

/** Letters that NFKD does not decompose into base + mark. */
const SPECIAL: Record<string, string> = {
  ı: "i", ø: "o", ł: "l", đ: "d", ð: "d", ß: "ss", æ: "ae", œ: "oe", þ: "th", ħ: "h",
  // Hebrew final forms → regular forms, so a surname key is stable under inflection-free spelling.
  ך: "כ", ם: "מ", ן: "נ", ף: "פ", ץ: "צ",
  // Arabic letter variants commonly interchanged in names.
  أ: "ا", إ: "ا", آ: "ا", ة: "ه", ى: "ي",
};

/** Name particles that carry no identity on their own: Arabic articles in Latin, Hebrew and Arabic
 *  script, and the usual European particles. Dropped from keys (never from display names). */
const PARTICLES = new Set([
  "al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ul", "ud",
  "de", "da", "di", "du", "des", "del", "della", "dos", "das", "do", "van", "von", "der", "den", "ter", "la", "le",
  "א", "אל", "ال",
  // Generational suffixes: "Robert F. Kennedy Jr." is keyed as "robert f kennedy".
  "jr", "sr",
]);

const APOSTROPHES = /['’‘`´ʼʻʿʾ׳״"]/g;
const SEPARATORS = /[\-‐‑‒–—־.,;:()[\]{}/\\_·]+/g;

/** English possessive "'s" ("Britain's", "Egypt's"): dropped so the word itself is found. */
const POSSESSIVE = /(?<=\p{L})['’]s\b/gu;

function foldChars(s: string): string {
  // Fast path: plain ASCII needs no decomposition (most names and most English text).
  if (/^[\x20-\x7E]*$/.test(s)) return s.toLowerCase().replace(POSSESSIVE, "").replace(APOSTROPHES, "").replace(SEPARATORS, " ");
  let out = stripInvisible(s).normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(POSSESSIVE, "");
  out = out.replace(/[ıøłđðßæœþħךםןףץأإآةى]/g, (c) => SPECIAL[c] ?? c);
  return out.replace(APOSTROPHES, "").replace(SEPARATORS, " ");
}

/** Folded tokens with particles removed. Arabic-script tokens lose an attached "ال" article, and
 *  runs of single Latin letters are initials written together ("J. D. Vance", "J.D. Vance" and
 *  "JD Vance" all give "jd vance"). */
export function nameTokens(s: string): string[] {
  const out: string[] = [];
  let initials = "";
  const flush = (): void => {
    if (initials) out.push(initials);
    initials = "";
  };
  for (let t of foldChars(s).split(/\s+/)) {
    if (!t) continue;
    if (t.length > 4 && t.startsWith("ال")) t = t.slice(2);
    if (PARTICLES.has(t)) continue;
    if (t.length === 1 && t >= "a" && t <= "z") {
      initials += t;
      continue;
    }
    flush();
    out.push(t);
  }
  flush();
  return out;
}

/**
 * The given name a name opens with when its first word is a particle that is also an English given
 * name, written as a word of its own and capitalised ("Al Franken" → "al", "Ash Carter"; not
 * "al-Sisi", nor "al Thani"). The caller decides whether it is a given name or an article ("Al
 * Thani" is a surname), and that other words follow: nameTokens() always drops it.
 */
export function leadingGiven(s: string): string | null {
  const m = /^\s*(Al|Ash|AL|ASH)\s+\S/.exec(s);
  return m ? m[1]!.toLowerCase() : null;
}

/** An entry's full name as tokens, its opening given-name particle kept ("Al Franken"). */
export function fullTokens(s: string): string[] {
  const t = nameTokens(s);
  const lead = t.length > 0 ? leadingGiven(s) : null;
  return lead ? [lead, ...t] : t;
}

export function foldName(s: string): string {
  return nameTokens(s).join(" ");
}

/** Folded text for substring search in article context (keeps particles and word order). */
export function foldText(s: string): string {
  return foldChars(s).replace(/\s+/g, " ");
}

/** Tokens repeat a lot across names ("john", "al", "mohammed"); memoise (bounded). */
const looseMemo = new Map<string, string>();

function looseToken(t: string): string {
  const hit = looseMemo.get(t);
  if (hit !== undefined) return hit;
  const out = computeLooseToken(t);
  if (looseMemo.size < 50_000) looseMemo.set(t, out);
  return out;
}

function computeLooseToken(t: string): string {
  if (!/^[a-z]+$/.test(t)) return t; // non-Latin scripts: the folded form is already the key
  let s = t
    .replace(/j/g, "y")
    .replace(/ou/g, "u")
    .replace(/ph/g, "f")
    .replace(/kh/g, "h")
    .replace(/q/g, "k")
    .replace(/ck/g, "k")
    .replace(/w/g, "v")
    .replace(/(.)\1+/g, "$1");
  // Keep the first letter, drop later vowels: Mohammed/Muhammad → mhmd, Erdoğan/Erdogan → erdgn.
  s = s[0] + s.slice(1).replace(/[aeiouy]/g, "");
  return s;
}

export function looseKey(s: string): string {
  return nameTokens(s).map(looseToken).join(" ");
}

/** Same as looseKey but over already-folded tokens. */
export function looseOfTokens(tokens: readonly string[]): string {
  return tokens.map(looseToken).join(" ");
}

/** Hebrew one-letter proclitics (and, the, in, to, from, that, as) and Arabic ones (and, so, with,
 *  to, as) that attach to the next word: "והנשיא" = "and the president", "والرئيس" likewise. */
const HE_PREFIX = /^[והבלמשכ]{1,3}(?=[\u05D0-\u05EA]{2,})/;
const AR_PREFIX = /^(?:[وفبلك]{1,2})?(?:ال)?(?=[\u0621-\u064A]{2,})/;

/**
 * Folded text padded with spaces for whole-word `includes` checks, plus — after a separator — the
 * Hebrew/Arabic words of the text with their proclitics removed, so role and country words match
 * "והנשיא המצרי" as well as "הנשיא". The stripped forms are extra words, never replacements: a
 * name that happens to begin with such a letter (ויטקוף) is still found as written.
 */
export function evidenceText(s: string | null | undefined): string {
  if (!s) return " ";
  const folded = foldText(s);
  const extra: string[] = [];
  for (const t of folded.split(" ")) {
    if (/[\u05D0-\u05EA]/.test(t)) {
      const m = HE_PREFIX.exec(t);
      if (m) for (let i = 1; i <= m[0].length; i++) extra.push(t.slice(i));
    } else if (/[\u0621-\u064A]/.test(t)) {
      const m = AR_PREFIX.exec(t);
      if (m && m[0].length > 0) extra.push(t.slice(m[0].length), `ال${t.slice(m[0].length)}`);
    }
  }
  return extra.length > 0 ? ` ${folded} | ${extra.join(" ")} ` : ` ${folded} `;
}
