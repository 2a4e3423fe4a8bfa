/**
 * PolNeAR direct-quote → speaker scoring, reproducing SCORING.md §2b of the shared benchmarks:
 *
 *  Gold: one .ann per article (the first in sorted file-name order). A gold direct quote is any
 *  quoted string (“…”, "…" or «…», marks included, within one line) lying at least 50% inside one
 *  Content span (fragment) of some attribution; its gold speaker is that attribution's Source span(s). Quoted strings that are
 *  not attributed (scare quotes, titles) are not gold, so finding them costs precision.
 *
 *  Matching: predicted and gold quotes pair one to one by character overlap (largest overlap
 *  first). A true positive needs the pair AND a correct speaker, under three criteria:
 *    span       the predicted speaker span overlaps a gold Source fragment;
 *    name       span-correct, or the predicted surname appears (as a word) in the gold Source text;
 *    name+pron  as name, but a pronoun gold Source is also resolved to the nearest preceding
 *               named gold Source of the article (approximates gold coreference).
 *
 *  A predicted speaker is a set of character spans (for compromise: the one chosen mention; for
 *  our engine: every mention of the speaker Person, since the engine already resolves the
 *  person's mentions, pronouns included) plus a surname (last word of the name).
 */

export interface Frag {
  start: number;
  end: number;
}

export interface GoldSource {
  frags: Frag[];
  text: string;
  kind: SourceKind;
}

export type SourceKind = "named" | "pronoun" | "common" | "none";

export interface GoldQuote {
  start: number;
  end: number;
  /** Sources of the attribution whose Content holds the quote (empty: no source). */
  sources: GoldSource[];
  /** For pronoun sources: the nearest preceding named Source of the article, if any. */
  resolved: GoldSource[];
  kind: SourceKind;
  attribution: string;
}

export interface PolnearArticle {
  name: string;
  text: string;
  gold: GoldQuote[];
}

interface TEntry {
  label: string;
  frags: Frag[];
  text: string;
}

/** Parses brat standoff: T lines (possibly discontinuous) and E lines (role:id pairs). */
export function parseAnn(ann: string): { t: Map<string, TEntry>; e: Array<{ id: string; roles: Array<[string, string]> }> } {
  const t = new Map<string, TEntry>();
  const e: Array<{ id: string; roles: Array<[string, string]> }> = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    if (id.startsWith("T") && cols.length >= 2) {
      const head = cols[1] ?? "";
      const sp = head.indexOf(" ");
      const label = head.slice(0, sp);
      const frags = head
        .slice(sp + 1)
        .split(";")
        .map((f) => f.trim().split(" ").map(Number))
        .filter((f) => f.length === 2 && Number.isFinite(f[0]) && Number.isFinite(f[1]))
        .map((f) => ({ start: f[0] ?? 0, end: f[1] ?? 0 }));
      t.set(id, { label, frags, text: cols[2] ?? "" });
    } else if (id.startsWith("E") && cols.length >= 2) {
      const roles = (cols[1] ?? "")
        .trim()
        .split(/\s+/)
        .map((r) => r.split(":"))
        .filter((r) => r.length === 2)
        .map((r) => [r[0] ?? "", r[1] ?? ""] as [string, string]);
      e.push({ id, roles });
    }
  }
  return { t, e };
}

const PRONOUNS = new Set(
  "i we you he she it they me us him her them one who this that these those his hers its their theirs our ours my mine your yours himself herself themselves itself myself ourselves".split(
    " ",
  ),
);
// Capitalised words that do not make a source "named" when they open a sentence.
const FUNCTION_WORDS = new Set(
  "the a an this that these those his her its their our my your some many most several other others both all any each one two three four five six seven eight nine ten few more several another such".split(
    " ",
  ),
);

export function sourceKind(text: string): SourceKind {
  const t = text.trim();
  if (t === "") return "none";
  const words = t.split(/\s+/);
  if (words.every((w) => PRONOUNS.has(w.toLowerCase().replace(/[^a-z]/g, "")))) return "pronoun";
  if (words.some((w) => /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()))) return "named";
  return "common";
}

/** Every quoted string with its marks; no newline inside (a quote does not cross paragraphs). */
export const QUOTE_RE = /“[^“”\n]*”|"[^"\n]*"|«[^«»\n]*»/g;

export function findQuotedStrings(text: string): Frag[] {
  const out: Frag[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    if (m.index === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const overlapLen = (a: Frag, b: Frag): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function buildArticle(name: string, text: string, ann: string): PolnearArticle {
  const { t, e } = parseAnn(ann);
  const toSource = (id: string): GoldSource | null => {
    const s = t.get(id);
    if (!s) return null;
    const stext = s.frags.map((f) => text.slice(f.start, f.end)).join(" ");
    return { frags: s.frags, text: stext, kind: sourceKind(stext) };
  };
  const attributions = e
    .map((ev) => {
      const contents: Frag[] = [];
      const sources: GoldSource[] = [];
      for (const [role, id] of ev.roles) {
        const r = role.toLowerCase().replace(/\d+$/, "");
        if (r === "content") contents.push(...(t.get(id)?.frags ?? []));
        else if (r === "source") {
          const s = toSource(id);
          if (s) sources.push(s);
        }
      }
      return { id: ev.id, contents, sources };
    })
    .filter((a) => a.contents.length > 0);
  // Named gold sources of the whole article, for resolving pronoun sources.
  const named: GoldSource[] = [];
  for (const a of attributions) for (const s of a.sources) if (s.kind === "named") named.push(s);
  named.sort((x, y) => (x.frags[0]?.start ?? 0) - (y.frags[0]?.start ?? 0));
  const resolve = (s: GoldSource): GoldSource | null => {
    const at = s.frags[0]?.start ?? 0;
    let best: GoldSource | null = null;
    for (const n of named) if ((n.frags[0]?.start ?? 0) < at) best = n;
    return best;
  };

  const gold: GoldQuote[] = [];
  for (const q of findQuotedStrings(text)) {
    const len = q.end - q.start;
    let best: (typeof attributions)[number] | null = null;
    let bestIn = 0;
    for (const a of attributions) {
      // Measured against each Content fragment separately (a discontinuous Content is several
      // spans); this reproduces the published gold counts (test 822 quotes / 647 attributions).
      const inside = a.contents.reduce((n, c) => Math.max(n, overlapLen(q, c)), 0);
      if (inside > bestIn) {
        bestIn = inside;
        best = a;
      }
    }
    if (!best || bestIn * 2 < len) continue;
    const kind: SourceKind = best.sources.length === 0 ? "none" : (best.sources[0]?.kind ?? "none");
    const resolved: GoldSource[] = [];
    if (kind === "pronoun") {
      for (const s of best.sources) {
        const r = resolve(s);
        if (r) resolved.push(r);
      }
    }
    gold.push({ start: q.start, end: q.end, sources: best.sources, resolved, kind, attribution: best.id });
  }
  return { name, text, gold };
}

export interface PredictedSpeaker {
  spans: Frag[];
  /** Last word of the name, or of a non-person source label. */
  surname: string | null;
  /** What to print in error listings. */
  label: string;
}

export interface PredictedQuote {
  start: number;
  end: number;
  speaker: PredictedSpeaker | null;
}

export type Criterion = "span" | "name" | "name+pron";
export const CRITERIA: Criterion[] = ["span", "name", "name+pron"];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function speakerMatches(sp: PredictedSpeaker, sources: GoldSource[], byName: boolean): boolean {
  for (const s of sources) {
    if (sp.spans.some((p) => s.frags.some((f) => overlapLen(p, f) > 0))) return true;
    if (byName && sp.surname && sp.surname.length > 1) {
      const re = new RegExp(`(^|[^\\p{L}])${escapeRe(sp.surname)}($|[^\\p{L}])`, "iu");
      if (re.test(s.text)) return true;
    }
  }
  return false;
}

export function speakerCorrect(sp: PredictedSpeaker | null, g: GoldQuote, c: Criterion): boolean {
  if (!sp) return false;
  if (speakerMatches(sp, g.sources, c !== "span")) return true;
  return c === "name+pron" && speakerMatches(sp, g.resolved, true);
}

export interface ArticleMatch {
  /** pairs[i] = index of the gold quote paired with prediction i, or -1. */
  pairs: number[];
}

/** One-to-one pairing of predicted and gold quotes by character overlap, largest first. */
export function matchQuotes(pred: Frag[], gold: Frag[]): number[] {
  const cand: Array<[number, number, number]> = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const o = overlapLen(p, g);
      if (o > 0) cand.push([o, i, j]);
    }),
  );
  cand.sort((a, b) => b[0] - a[0]);
  const pairs = pred.map(() => -1);
  const used = new Set<number>();
  for (const [, i, j] of cand) {
    if (pairs[i] !== -1 || used.has(j)) continue;
    pairs[i] = j;
    used.add(j);
  }
  return pairs;
}

export interface PolnearCounts {
  predicted: number;
  gold: number;
  detected: number;
  correct: Record<Criterion, number>;
  /** Detected gold quotes whose source is named, and how many of those got the right speaker (name). */
  namedDetected: number;
  namedCorrect: number;
  goldByKind: Record<SourceKind, number>;
  correctByKind: Record<SourceKind, number>;
}

export function emptyCounts(): PolnearCounts {
  return {
    predicted: 0,
    gold: 0,
    detected: 0,
    correct: { span: 0, name: 0, "name+pron": 0 },
    namedDetected: 0,
    namedCorrect: 0,
    goldByKind: { named: 0, pronoun: 0, common: 0, none: 0 },
    correctByKind: { named: 0, pronoun: 0, common: 0, none: 0 },
  };
}

export interface ArticleOutcome {
  pairs: number[];
  /** Per prediction: correctness under name+pron (false when unpaired). */
  correct: boolean[];
}

export function scoreArticle(art: PolnearArticle, pred: PredictedQuote[], into: PolnearCounts): ArticleOutcome {
  const pairs = matchQuotes(pred, art.gold);
  into.predicted += pred.length;
  into.gold += art.gold.length;
  for (const g of art.gold) into.goldByKind[g.kind]++;
  const correct: boolean[] = [];
  pairs.forEach((j, i) => {
    const g = j >= 0 ? art.gold[j] : undefined;
    const p = pred[i];
    if (!g || !p) {
      correct.push(false);
      return;
    }
    into.detected++;
    for (const c of CRITERIA) if (speakerCorrect(p.speaker, g, c)) into.correct[c]++;
    const ok = speakerCorrect(p.speaker, g, "name+pron");
    correct.push(ok);
    if (ok) into.correctByKind[g.kind]++;
    if (g.kind === "named") {
      into.namedDetected++;
      if (speakerCorrect(p.speaker, g, "name")) into.namedCorrect++;
    }
  });
  return { pairs, correct };
}
