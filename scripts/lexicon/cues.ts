/**
 * Attribution cues learned from PolNeAR's training split → src/extract/data/attribution-cues.gen.ts.
 *
 * Reads the brat annotations (one .ann per article, the first in sorted order, as
 * ../shared/data/benchmarks/SCORING.md does) and the article texts of `train/` only, and keeps
 * word statistics, never text:
 *  - cue words by form: how often the form heads an attribution's Cue span, its lemma and part of
 *    speech (compromise), how often the form occurs in the training texts at all (so cues/occurrences
 *    is a precision proxy), and the kinds of content its attributions take;
 *  - multi-word cue phrases ("according to", "told reporters", "said in a statement"), likewise;
 *  - head nouns of Source spans ("officials", "spokesman", "campaign", "report").
 */
import nlp from "compromise";
import { fold } from "../../src/extract/normalize.ts";

export interface PolnearDoc {
  text: string;
  ann: string;
}

/** Content kinds, in the order of the numbers shipped per cue. */
export const CONTENT_KINDS = ["quote", "clause", "that", "to", "wh", "np"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** A cue word or phrase is shipped when it heads at least this many attributions… */
export const MIN_CUES = 3;
/** …and at least this share of its occurrences in the training texts are cues. */
export const MIN_SHARE = 0.1;
/** Source head nouns shipped: at least this many sources. */
export const MIN_SOURCES = 3;

interface Span {
  label: string;
  parts: Array<[number, number]>;
}

/** Spans and attribution events of one brat .ann file. */
export function parseAnn(ann: string): { spans: Map<string, Span>; events: Array<Record<string, string>> } {
  const spans = new Map<string, Span>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 2) continue;
    const id = cols[0]!;
    if (id.startsWith("T")) {
      const sp = cols[1]!.indexOf(" ");
      const label = cols[1]!.slice(0, sp);
      const parts = cols[1]!
        .slice(sp + 1)
        .split(";")
        .map((p) => p.trim().split(" ").map(Number) as [number, number])
        .filter((p) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]));
      spans.set(id, { label, parts });
    } else if (id.startsWith("E")) {
      const roles: Record<string, string> = {};
      for (const arg of cols[1]!.split(" ")) {
        const [role, ref] = arg.split(":");
        if (role && ref) roles[role.toLowerCase().replace(/\d+$/, "")] = ref;
      }
      events.push(roles);
    }
  }
  return { spans, events };
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Folded words of a text (the tokens the engine would key). */
export function wordsOf(text: string): string[] {
  return (text.match(WORD_RE) ?? []).map((w) => fold(w));
}

/** Auxiliaries and adverbs that may precede the cue's lexical word ("has said", "also told"). */
const LEAD = new Set(
  "has have had having is are was were be been being will would could should may might must can do does did also not never n't s 's 're just once later earlier previously repeatedly reportedly publicly privately now again still already even then first recently".split(
    " ",
  ),
);
const DETERMINERS = new Set("a an the this that these those his her their its our my your some many several other two three top senior".split(" "));
const PRONOUNS = new Set("i you he she it we they me him us them who which that this one someone some and or but as than both all most half none".split(" "));
const CUT = new Set("of who which that for at in from with on to by".split(" "));

function spanText(text: string, s: Span): string {
  return s.parts.map(([a, b]) => text.slice(a, b)).join(" ");
}

function contentKind(raw: string): ContentKind {
  const t = raw.replace(/^[\s,.:;—–-]+/, "");
  if (/^["“”‘'«]/.test(t)) return "quote";
  const w = wordsOf(t);
  const first = w[0] ?? "";
  if (first === "that") return "that";
  if (first === "to" && w.length > 1) return "to";
  if (/^(whether|if|how|what|why|when|where|who)$/.test(first)) return "wh";
  if (w.length >= 3 && nlp(w.slice(0, 12).join(" ")).has("#Verb")) return "clause";
  return "np";
}

interface Counter {
  cues: number;
  kinds: number[];
}

export interface CueStats {
  words: Map<string, Counter>;
  phrases: Map<string, Counter>;
  sources: Map<string, number>;
  attributions: number;
  documents: number;
  tokens: number;
  /** occurrences of each word / phrase in the texts */
  occurrences: (key: string) => number;
}

export function countCues(docs: PolnearDoc[]): CueStats {
  const words = new Map<string, Counter>();
  const phrases = new Map<string, Counter>();
  const sources = new Map<string, number>();
  const bump = (m: Map<string, Counter>, k: string, kind: ContentKind | undefined): void => {
    const c = m.get(k) ?? { cues: 0, kinds: CONTENT_KINDS.map(() => 0) };
    c.cues++;
    if (kind) c.kinds[CONTENT_KINDS.indexOf(kind)]!++;
    m.set(k, c);
  };
  let attributions = 0;
  const texts: string[][] = [];
  for (const doc of docs) {
    texts.push(wordsOf(doc.text));
    const { spans, events } = parseAnn(doc.ann);
    for (const ev of events) {
      const cue = ev["cue"] ? spans.get(ev["cue"]) : undefined;
      if (!cue) continue;
      attributions++;
      const content = ev["content"] ? spans.get(ev["content"]) : undefined;
      const kind = content ? contentKind(spanText(doc.text, content)) : undefined;
      const cw = wordsOf(spanText(doc.text, cue));
      let i = 0;
      // skip auxiliaries and adverbs before the lexical word ("has also said", "flatly denied")
      while (i < cw.length - 1 && (LEAD.has(cw[i]!) || /..ly$/.test(cw[i]!))) i++;
      const core = cw.slice(i);
      if (core.length === 0 || core[0]!.length < 2) continue; // punctuation cues (":"), stray letters
      bump(words, core[0]!, kind);
      if (core.length >= 2 && core.length <= 5) bump(phrases, core.join(" "), kind);
      const source = ev["source"] ? spans.get(ev["source"]) : undefined;
      if (source) {
        const head = sourceHead(spanText(doc.text, source));
        if (head) sources.set(head, (sources.get(head) ?? 0) + 1);
      }
    }
  }
  // occurrences of every counted word and phrase in the texts
  const occ = new Map<string, number>();
  const wanted = new Set([...words.keys(), ...phrases.keys()]);
  const firstWords = new Set([...phrases.keys()].map((p) => p.split(" ")[0]!));
  let tokens = 0;
  for (const w of texts) {
    tokens += w.length;
    for (let i = 0; i < w.length; i++) {
      const k = w[i]!;
      if (wanted.has(k)) occ.set(k, (occ.get(k) ?? 0) + 1);
      if (!firstWords.has(k)) continue;
      let p = k;
      for (let n = 1; n < 5 && i + n < w.length; n++) {
        p += " " + w[i + n];
        if (wanted.has(p)) occ.set(p, (occ.get(p) ?? 0) + 1);
      }
    }
  }
  return { words, phrases, sources, attributions, documents: docs.length, tokens, occurrences: (k) => occ.get(k) ?? 0 };
}

/** The common-noun head of a Source span, or undefined (pronouns, names, nothing nominal). */
export function sourceHead(source: string): string | undefined {
  const raw = source.match(WORD_RE) ?? [];
  let cut = raw.length;
  for (let i = 1; i < raw.length; i++)
    if (CUT.has(raw[i]!.toLowerCase())) {
      cut = i;
      break;
    }
  const part = raw.slice(0, cut);
  // the last lower-case word, before a capitalised name if one ends the phrase ("campaign
  // spokesman Brian Fallon" → "spokesman")
  for (let i = part.length - 1; i >= 0; i--) {
    const w = part[i]!;
    if (/^\p{Lu}/u.test(w) || /\d/.test(w)) continue;
    const k = fold(w).replace(/['’]s$/, "");
    if (PRONOUNS.has(k) || DETERMINERS.has(k) || k.length < 3) return undefined;
    return k;
  }
  return undefined;
}

/** Lemma and part of speech of a cue form (compromise; verbs are tried in a frame, "he noted"). */
export function partOfSpeech(form: string): { lemma: string; pos: string } {
  const alone = nlp(form);
  const tags = new Set<string>((alone.json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? []);
  if (tags.has("Noun") && !tags.has("Verb")) return { lemma: alone.nouns().toSingular().text() || form, pos: "n" };
  for (const frame of [`he ${form}`, `he was ${form}`, `they are ${form} it`]) {
    const v = (nlp(frame).verbs().json() as Array<{ verb?: { infinitive?: string } }>).map((x) => x.verb?.infinitive).find(Boolean);
    if (v && v !== "be") return { lemma: v, pos: "v" };
  }
  return { lemma: form, pos: "o" };
}

/** Source heads that compromise reads as nouns in "the <word> said" ("spokesman", not "released"). */
function isNoun(word: string): boolean {
  const terms = (nlp(`the ${word} said`).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms ?? [];
  return terms.length === 3 && (terms[1]?.tags ?? []).includes("Noun");
}

const percents = (c: Counter): number[] => {
  const n = c.kinds.reduce((a, b) => a + b, 0);
  return c.kinds.map((k) => (n ? Math.round((100 * k) / n) : 0));
};

/** A lemma written against its form: how many characters to drop from the form's end, then the
 *  characters to add ("said", "say" → "2y"; "known", "known" → "0"). */
export function lemmaCode(form: string, lemma: string): string {
  let i = 0;
  while (i < form.length && i < lemma.length && form[i] === lemma[i]) i++;
  if (/[\s0-9]/.test(lemma)) throw new Error(`cue lemma "${lemma}" has a digit or space`);
  return `${form.length - i}${lemma.slice(i)}`;
}

export function cuesModule(st: CueStats, header: string): { text: string; words: number; phrases: number; sources: number } {
  const keep = (m: Map<string, Counter>): Array<[string, Counter, number]> =>
    [...m]
      .map(([k, c]) => [k, c, st.occurrences(k)] as [string, Counter, number])
      .filter(([, c, occ]) => c.cues >= MIN_CUES && occ > 0 && c.cues / occ >= MIN_SHARE)
      .sort((a, b) => b[1].cues - a[1].cues || (a[0] < b[0] ? -1 : 1));
  const words = keep(st.words).map(([k, c, occ]) => ({ form: k, ...partOfSpeech(k), cues: c.cues, occ, pct: percents(c) }));
  const column = (f: (w: (typeof words)[number]) => string | number, sep = " "): string => JSON.stringify(words.map(f).join(sep));
  const phrases = keep(st.phrases).map(([k, c, occ]) => `  [${JSON.stringify(k)}, ${c.cues}, ${occ}, [${percents(c).join(", ")}]],`);
  const sources = [...st.sources]
    .filter(([k, n]) => n >= MIN_SOURCES && isNoun(k))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`);
  const text = [
    `// GENERATED by \`npm run lexicon:build\` (scripts/lexicon/cues.ts): do not edit.`,
    `// ${header}`,
    `// Word statistics only (no text): read them through attribution-cues.ts.`,
    `/** content kinds of the per-cent arrays below */`,
    `export const CONTENT_KINDS = ${JSON.stringify(CONTENT_KINDS)} as const;`,
    `// Cue words, one string a column (it gzips better than rows), the same order in each: most`,
    `// attributions first. attribution-cues.ts reads them into CUE_WORDS rows.`,
    `/** forms, space-separated */`,
    `export const CUE_FORMS = ${column((w) => w.form)};`,
    `/** lemma of each form (lemmaCode): characters to drop from the form's end, then the characters to add ("said" 2y → "say") */`,
    `export const CUE_LEMMAS = ${column((w) => lemmaCode(w.form, w.lemma))};`,
    `/** part of speech of each form, one letter: v verb, n noun, o other */`,
    `export const CUE_POS = ${column((w) => w.pos, "")};`,
    `/** attributions each form heads */`,
    `export const CUE_COUNTS = ${column((w) => w.cues)};`,
    `/** occurrences of each form in the texts */`,
    `export const CUE_OCCURRENCES = ${column((w) => w.occ)};`,
    `/** content kinds % of each form, six numbers a form (CONTENT_KINDS) */`,
    `export const CUE_CONTENT = ${column((w) => w.pct.join(" "))};`,
    `/** [phrase (folded words), attributions, occurrences, content kinds %] */`,
    `export const CUE_PHRASES: ReadonlyArray<readonly [string, number, number, readonly number[]]> = [`,
    ...phrases,
    `];`,
    `/** head nouns of Source spans with their counts: "word count word count …" */`,
    `export const SOURCE_HEADS = ${JSON.stringify(sources.join(" "))};`,
    ``,
  ].join("\n");
  return { text, words: words.length, phrases: phrases.length, sources: sources.length };
}
