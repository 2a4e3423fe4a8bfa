/**
 * What language a text is written in, from the text alone (a page's `lang` is often missing or
 * wrong: a site template says "de" over an English article). Pure: a string in, a guess out.
 *
 * Method. A first look at the text's start settles most English pages (GLANCE_SHARE of its words
 * are the commonest English ones). Otherwise, on at most SAMPLE_CHARS characters (native counts
 * and one pass over the words; the content script runs it cold on every page, so no
 * letter-by-letter loop in the usual case):
 * 1. Letters are counted by script (Unicode blocks). A text mostly in a script that one language (or a family told
 *    apart by a few letters) writes is that language: Hangul → ko, kana → ja, Han alone → zh,
 *    Greek → el, Hebrew → he, Thai → th, Devanagari → hi, Georgian → ka, Armenian → hy; Arabic
 *    script → ar, or fa / ur by the letters only they use; Cyrillic → uk, be, sr, mk by their own
 *    letters, else bg or ru by their commonest short words.
 * 2. A Latin-script text is scored by the share of its words that are one language's commonest
 *    function words (FUNCTION_WORDS: about 30 per language, 20 languages). The best language
 *    wins when enough words were read (MIN_WORDS), its share is high enough (MIN_SHARE) and it is
 *    clearly ahead of the next one (MIN_LEAD): function words make up a third or more of running
 *    text in these languages, while a few borrowed words ("de", "a", "la") are shared. Between
 *    close relatives (Danish and Norwegian, Czech and Slovak) the best one is named as long as
 *    English is clearly behind it: what matters most is whether the text is English.
 * Otherwise the text does not say (code null), and the caller may fall back on what the page
 * declares. The engine reads English (ENGINE_LANGUAGES).
 */

/** Languages the reading engine reads. */
export const ENGINE_LANGUAGES: ReadonlySet<string> = new Set(["en"]);

/** Characters looked at: enough for a stable guess, little time on a long page. */
export const SAMPLE_CHARS = 2000;
/** Fewer words than this (Latin script) say nothing. */
export const MIN_WORDS = 25;
/** The winning language's function words must make up at least this share of the words… */
export const MIN_SHARE = 0.12;
/** …and at least this many times the runner-up's share. */
export const MIN_LEAD = 1.4;
/** A script is the text's when at least this share of its letters are in it. */
const SCRIPT_SHARE = 0.5;

export interface LanguageGuess {
  /** ISO 639-1 code ("en", "fr", "ru"), or null when the text does not say. */
  code: string | null;
  /** How it was decided. */
  by: "script" | "words" | "none";
  /** Words read (Latin script) or letters read (other scripts). */
  sample: number;
}

/** The commonest function words of each language written in the Latin script (lower case). */
const FUNCTION_WORDS: Record<string, string> = {
  en: "the of and to in is that for on was with he it as at by his be from are has have had said not but they this which were an will their who been would its or after we she her there than more about also when could",
  fr: "le la les de des du et est un une en que qui dans pour pas sur au aux il elle ce cette avec par plus ne se sont ont mais ou son sa ses nous vous leur été été",
  de: "der die das und ist nicht ein eine zu den dem des von mit sich auf für im auch es sie er wir wird werden hat bei dass aus nach wie oder noch um sind",
  es: "el la los las de del y que en un una es por con para se no lo su sus al como más pero fue ha este esta son también sobre entre",
  pt: "o a os as de do da dos das e que em no na nos nas um uma é para com não por se mais foi ao à pela pelo seu sua também está",
  it: "il lo la i gli le di del della dei e è che in un una per con non si da al alla sono ha anche più ma come questo nel nella",
  nl: "de het een en van in is dat op te zijn met voor niet die er aan ook als bij maar om door werd wordt naar heeft hij zij",
  cs: "a je v se na že to s z do o ve k by jako ale pro jsou i tak které který která aby už po od jeho však byl bylo také",
  sk: "a je v sa na že to s z do o vo k by ako ale pre sú aj tak ktoré ktorý ktorá aby už po od jeho však bol bolo tiež",
  pl: "i w z na się nie do to że jest o jak po a od za co ale przez dla jego tak czy być już oraz które który była był",
  sv: "och i att det som en på är av för med till den har de inte om ett var jag men så från vid kan också eller efter",
  da: "og i at det som en på er af for med til den har de ikke om et var jeg men så fra ved kan også eller efter",
  no: "og i å det som en på er av for med til den har de ikke om et var jeg men så fra ved kan også eller etter",
  fi: "ja on ei se että oli hän kun mutta myös ovat tai kuin jo sen joka niin ole vain tämä mukaan sekä",
  tr: "ve bir bu da de için ile ne çok daha olarak gibi olan ama sonra kadar ise her değil var",
  ro: "și de la în a cu pe care este din nu un o să că mai au pentru fost sunt ce se",
  hu: "a az és hogy nem is egy van meg de ez már csak még mint volt ki el azt",
  id: "yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke ada adalah oleh karena bisa",
  hr: "i je u da se na su za od s o a koji koja što kao ali iz bi će sam nije",
  ca: "el la els les de del i que en un una és per amb no es al com més però va ha aquest aquesta són",
};

const CODES = Object.keys(FUNCTION_WORDS);
/** Each function word → the indexes (in CODES) of the languages it belongs to: one look-up per
 *  word. Built on first use: most pages are English at a glance and never need it. */
let languagesOf: Map<string, number[]> | null = null;
function languagesOfWords(): Map<string, number[]> {
  if (languagesOf) return languagesOf;
  const map = new Map<string, number[]>();
  CODES.forEach((code, i) => {
    for (const w of new Set(FUNCTION_WORDS[code]!.split(" "))) map.set(w, [...(map.get(w) ?? []), i]);
  });
  return (languagesOf = map);
}

/** Letters only some languages of a script use. */
const LETTER_HINTS: [RegExp, string][] = [
  [/ў/u, "be"],
  [/[іїєґ]/u, "uk"],
  [/[ђћџљњ]/u, "sr"],
  [/[ѓќѕ]/u, "mk"],
  [/[پچژگ]/u, "fa"],
  [/[ٹڈڑںے]/u, "ur"],
];

/** Unicode blocks of the scripts told apart, as [first, last, script] (code points). */
const SCRIPT_RANGES: [number, number, string][] = [
  [0x41, 0x5a, "latin"], [0x61, 0x7a, "latin"], [0xc0, 0x24f, "latin"], [0x1e00, 0x1eff, "latin"],
  [0x370, 0x3ff, "greek"], [0x1f00, 0x1fff, "greek"],
  [0x400, 0x52f, "cyrillic"],
  [0x530, 0x58f, "armenian"],
  [0x5d0, 0x5ea, "hebrew"],
  [0x620, 0x64a, "arabic"], [0x671, 0x6ff, "arabic"], [0x750, 0x77f, "arabic"], [0xfb50, 0xfdff, "arabic"], [0xfe70, 0xfeff, "arabic"],
  [0x900, 0x97f, "devanagari"],
  [0xe01, 0xe4e, "thai"],
  [0x10a0, 0x10ff, "georgian"],
  [0x1100, 0x11ff, "hangul"], [0x3130, 0x318f, "hangul"], [0xac00, 0xd7af, "hangul"],
  [0x3040, 0x30ff, "kana"],
  [0x3400, 0x4dbf, "han"], [0x4e00, 0x9fff, "han"],
];

const ONE_LANGUAGE_SCRIPTS: Record<string, string> = { greek: "el", hebrew: "he", hangul: "ko", thai: "th", devanagari: "hi", georgian: "ka", armenian: "hy" };

/** Short words that tell Bulgarian from Russian (both write no letter of their own often enough). */
const BULGARIAN = new Set("е са от за че се да ще към това които като".split(" "));
const RUSSIAN = new Set("и в не что он это как по его но из у к же который было она так".split(" "));

function scriptOf(c: number): string | null {
  for (const [first, last, script] of SCRIPT_RANGES) if (c >= first && c <= last) return script;
  return null;
}

/** Latin letters (ASCII and the Latin-1 and Extended blocks), counted natively. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/g;
/** Every letter of any script. */
const ANY_LETTER = /\p{L}/gu;

/** Letters by script. Most pages are in the Latin script: two native counts decide that, and
 *  the letter-by-letter count runs only for text in other scripts. */
function scriptCounts(sample: string): Map<string, number> {
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  if (latin >= SCRIPT_SHARE * letters) return new Map([["latin", latin], ["other", letters - latin]]);
  const counts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const script = scriptOf(sample.charCodeAt(i));
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

function byLetters(sample: string, script: string): string | null {
  for (const [re, code] of LETTER_HINTS) {
    if ((code === "fa" || code === "ur") !== (script === "arabic")) continue;
    if ((sample.match(new RegExp(re.source, "gu"))?.length ?? 0) >= 3) return code;
  }
  return null;
}

function cyrillic(sample: string): string {
  const byLetter = byLetters(sample, "cyrillic");
  if (byLetter) return byLetter;
  let bg = 0;
  let ru = 0;
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (BULGARIAN.has(w)) bg++;
    if (RUSSIAN.has(w)) ru++;
  }
  return bg > ru * 1.2 ? "bg" : "ru";
}

function byWords(sample: string): LanguageGuess {
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return { code: null, by: "none", sample: words.length };
  const hits = new Array<number>(CODES.length).fill(0);
  const of = languagesOfWords();
  for (const w of words) {
    const langs = of.get(w);
    if (langs) for (const i of langs) hits[i]!++;
  }
  const scores = CODES.map((code, i): [string, number] => [code, hits[i]! / words.length]).sort((a, b) => b[1] - a[1]);
  const [best, second] = [scores[0]!, scores[1]!];
  const english = scores.find(([code]) => code === "en")![1];
  if (best[1] < MIN_SHARE) return { code: null, by: "none", sample: words.length };
  // Close relatives (Danish and Norwegian, Czech and Slovak) may not be told apart; that the text
  // is not English is still clear when English is well behind the best.
  const isClear = best[1] >= MIN_LEAD * second[1] || (best[0] !== "en" && best[1] >= MIN_LEAD * english);
  return isClear ? { code: best[0], by: "words", sample: words.length } : { code: null, by: "none", sample: words.length };
}

/** The commonest English words, for a first look: running English text is about a fifth these. */
const ENGLISH_GLANCE = /\b(?:the|of|and|to|that|was|with|said|is|for|his|her|has|have|been)\b/gi;
const WORD = /[\p{L}']+/gu;
/** At a glance, English when at least this share of the words are ENGLISH_GLANCE's (other Latin-
 *  script languages stay under a twentieth: "to", "is", "for" are words elsewhere too). */
const GLANCE_SHARE = 0.15;
const GLANCE_CHARS = 800;

/** A look at the text's start that settles most English pages without the full count. */
function isEnglishAtAGlance(text: string): boolean {
  const head = text.length > GLANCE_CHARS ? text.slice(0, GLANCE_CHARS) : text;
  const words = head.match(WORD)?.length ?? 0;
  return words >= MIN_WORDS && (head.match(ENGLISH_GLANCE)?.length ?? 0) >= GLANCE_SHARE * words;
}

export function detectLanguage(text: string): LanguageGuess {
  if (isEnglishAtAGlance(text)) return { code: "en", by: "words", sample: Math.min(text.length, GLANCE_CHARS) };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = scriptCounts(sample);
  let letters = 0;
  for (const n of counts.values()) letters += n;
  if (letters === 0) return { code: null, by: "none", sample: 0 };
  const share = (name: string) => (counts.get(name) ?? 0) / letters;
  // Japanese mixes kana with Han; Chinese is Han alone.
  const cjk = share("kana") + share("han");
  if (share("hangul") >= SCRIPT_SHARE) return { code: "ko", by: "script", sample: letters };
  if (cjk >= SCRIPT_SHARE) return { code: share("kana") >= 0.1 * cjk ? "ja" : "zh", by: "script", sample: letters };
  for (const [script, code] of Object.entries(ONE_LANGUAGE_SCRIPTS)) if (share(script) >= SCRIPT_SHARE) return { code, by: "script", sample: letters };
  if (share("arabic") >= SCRIPT_SHARE) return { code: byLetters(sample, "arabic") ?? "ar", by: "script", sample: letters };
  if (share("cyrillic") >= SCRIPT_SHARE) return { code: cyrillic(sample), by: "script", sample: letters };
  if (share("latin") >= SCRIPT_SHARE) return byWords(sample);
  return { code: null, by: "none", sample: letters };
}

/** The primary language subtag of a BCP 47 tag or a locale ("en-GB", "fr_FR" → "en", "fr"), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec((tag ?? "").trim());
  return m ? m[1]!.toLowerCase() : null;
}
