/**
 * CoNLL-2003 / CoNLL++ person-name (PER) scoring, reproducing the method of the shared
 * benchmarks' SCORING.md §2a so that our figures compare with the compromise baseline there:
 *
 *  1. Each document's tokens are joined back into text: one space between tokens, except none
 *     before `, . : ; ! ? ) 's n't %` and none after `( $`; sentences are joined with "\n".
 *     Every token keeps its character offsets.
 *  2. A system returns character spans of person names over the whole document.
 *  3. Each predicted span maps to the tokens it overlaps; punctuation and possessive 's tokens at
 *     either edge are trimmed (optionally also leading titles, the "title-stripped" variant).
 *  4. Gold PER spans are decoded per sentence from IOB1 or IOB2 (one decoder handles both: an
 *     entity starts at B-X, or at I-X that does not continue an X run).
 *  5. Exact: a prediction is right when its token span equals a gold PER span (one to one).
 *     Token overlap: P = share of predictions overlapping any gold PER span, R = share of gold
 *     PER spans overlapped by some prediction.
 */

export interface ConllToken {
  text: string;
  tag: string;
  /** Character offsets in the rebuilt document text. */
  start: number;
  end: number;
  sentence: number;
}

export interface ConllDoc {
  text: string;
  tokens: ConllToken[];
  /** Gold PER spans as [firstToken, lastToken] inclusive, document-wide token indices. */
  gold: TokenSpan[];
}

export interface TokenSpan {
  first: number;
  last: number;
}

export interface CharSpan {
  start: number;
  end: number;
}

const NO_SPACE_BEFORE = new Set([",", ".", ":", ";", "!", "?", ")", "'s", "n't", "%"]);
const NO_SPACE_AFTER = new Set(["(", "$"]);

/**
 * Splits a CoNLL file into documents of sentences of [token, tag]. -DOCSTART- lines separate
 * documents wherever they appear (CoNLL++ puts them at the start of a document, the original
 * eng.testb at the end), and empty documents are dropped.
 */
export function parseConll(source: string): Array<Array<Array<[string, string]>>> {
  const docs: Array<Array<Array<[string, string]>>> = [];
  let doc: Array<Array<[string, string]>> = [];
  let sentence: Array<[string, string]> = [];
  const endSentence = (): void => {
    if (sentence.length > 0) doc.push(sentence);
    sentence = [];
  };
  const endDoc = (): void => {
    endSentence();
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endDoc();
      continue;
    }
    const token = cols[0] ?? "";
    const tag = cols[cols.length - 1] ?? "O";
    sentence.push([token, tag]);
  }
  endDoc();
  return docs;
}

/** Decodes IOB1 or IOB2 tags of one sentence into spans of the given type (sentence-local). */
export function decodeIob(tags: readonly string[], type: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  let prevType = "O";
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? "O";
    const prefix = tag === "O" ? "O" : tag.slice(0, 1);
    const t = tag === "O" ? "O" : tag.slice(2);
    const begins = t !== "O" && (prefix === "B" || t !== prevType);
    if (open && (t !== type || begins)) {
      spans.push(open);
      open = null;
    }
    if (t === type && begins) open = { first: i, last: i };
    else if (t === type && open) open.last = i;
    prevType = t;
  }
  if (open) spans.push(open);
  return spans;
}

/** Rebuilds a document's text with the spacing rules above and decodes its gold PER spans. */
export function buildDoc(sentences: Array<Array<[string, string]>>): ConllDoc {
  let text = "";
  const tokens: ConllToken[] = [];
  const gold: TokenSpan[] = [];
  sentences.forEach((sentence, s) => {
    if (s > 0) text += "\n";
    const base = tokens.length;
    let prev: string | null = null;
    for (const [tok, tag] of sentence) {
      if (prev !== null && !NO_SPACE_BEFORE.has(tok) && !NO_SPACE_AFTER.has(prev)) text += " ";
      const start = text.length;
      text += tok;
      tokens.push({ text: tok, tag, start, end: text.length, sentence: s });
      prev = tok;
    }
    for (const sp of decodeIob(
      sentence.map(([, tag]) => tag),
      "PER",
    )) {
      gold.push({ first: base + sp.first, last: base + sp.last });
    }
  });
  return { text, tokens, gold };
}

export function loadConll(source: string): ConllDoc[] {
  return parseConll(source).map(buildDoc);
}

// Punctuation-only tokens (CoNLL tokens such as "," "(" "--" "\"") and possessive 's are trimmed
// from the edges of predicted spans, as in SCORING.md.
const PUNCT_TOKEN = /^[\p{P}\p{S}]+$/u;

function isTrimmable(tok: string): boolean {
  return PUNCT_TOKEN.test(tok) || tok === "'s";
}

/**
 * Maps a character span to the token span it overlaps, trimming punctuation / possessive tokens
 * at the edges and, when `isTitle` is given, leading title tokens. Returns null when nothing is left.
 */
export function charSpanToTokens(
  doc: ConllDoc,
  span: CharSpan,
  isTitle?: (token: string, index: number) => boolean,
): TokenSpan | null {
  let first = -1;
  let last = -1;
  // Binary search would do; documents are small and this runs a few thousand times.
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!t) continue;
    if (t.end > span.start && t.start < span.end) {
      if (first < 0) first = i;
      last = i;
    } else if (t.start >= span.end) break;
  }
  if (first < 0) return null;
  const tok = (i: number): string => doc.tokens[i]?.text ?? "";
  while (first <= last && isTrimmable(tok(first))) first++;
  while (last >= first && isTrimmable(tok(last))) last--;
  if (isTitle) {
    while (first <= last && isTitle(tok(first), first)) first++;
    while (first <= last && isTrimmable(tok(first))) first++;
  }
  return first <= last ? { first, last } : null;
}

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

export function prf(tpP: number, predicted: number, tpR: number, gold: number): Prf {
  const p = predicted === 0 ? 0 : tpP / predicted;
  const r = gold === 0 ? 0 : tpR / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp: tpP, predicted, gold, p, r, f1 };
}

export interface ConllDocResult {
  /** Predicted token spans after mapping and trimming, de-duplicated. */
  predicted: TokenSpan[];
  exactHits: number;
  /** Predictions that overlap some gold PER span. */
  overlapPredHits: number;
  /** Gold spans overlapped by some prediction. */
  overlapGoldHits: number;
}

const key = (s: TokenSpan): string => `${s.first}:${s.last}`;

/** Scores one document's predicted token spans against its gold PER spans. */
export function scoreDoc(doc: ConllDoc, predictedRaw: Array<TokenSpan | null>): ConllDocResult {
  const seen = new Set<string>();
  const predicted: TokenSpan[] = [];
  for (const p of predictedRaw) {
    if (!p || seen.has(key(p))) continue;
    seen.add(key(p));
    predicted.push(p);
  }
  const goldKeys = new Set(doc.gold.map(key));
  let exactHits = 0;
  let overlapPredHits = 0;
  for (const p of predicted) {
    if (goldKeys.has(key(p))) exactHits++;
    if (doc.gold.some((g) => g.first <= p.last && p.first <= g.last)) overlapPredHits++;
  }
  let overlapGoldHits = 0;
  for (const g of doc.gold) {
    if (predicted.some((p) => g.first <= p.last && p.first <= g.last)) overlapGoldHits++;
  }
  return { predicted, exactHits, overlapPredHits, overlapGoldHits };
}

export interface ConllTotals {
  exact: Prf;
  overlap: Prf;
  docs: number;
}

export function totals(docs: ConllDoc[], results: ConllDocResult[]): ConllTotals {
  let pred = 0;
  let gold = 0;
  let exact = 0;
  let oP = 0;
  let oG = 0;
  results.forEach((r, i) => {
    pred += r.predicted.length;
    gold += docs[i]?.gold.length ?? 0;
    exact += r.exactHits;
    oP += r.overlapPredHits;
    oG += r.overlapGoldHits;
  });
  return { exact: prf(exact, pred, exact, gold), overlap: prf(oP, pred, oG, gold), docs: docs.length };
}
