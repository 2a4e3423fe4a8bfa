/**
 * Error listings for the engine's author (used with --errors N on the dev/train splits): counts
 * per error class and up to N short examples each. They print to the terminal only; nothing from
 * the benchmark texts is written into the repository.
 */
import type { ConllDoc, ConllDocResult, TokenSpan } from "./conll.ts";
import type { ArticleOutcome, PolnearArticle, PredictedQuote } from "./polnear.ts";

function tokensText(doc: ConllDoc, s: TokenSpan): string {
  return doc.tokens
    .slice(s.first, s.last + 1)
    .map((t) => t.text)
    .join(" ");
}

function context(doc: ConllDoc, s: TokenSpan, width = 5): string {
  const a = Math.max(0, s.first - width);
  const b = Math.min(doc.tokens.length - 1, s.last + width);
  const sent = doc.tokens[s.first]?.sentence;
  const parts: string[] = [];
  for (let i = a; i <= b; i++) {
    const t = doc.tokens[i];
    if (!t || t.sentence !== sent) continue;
    const w = i === s.first ? `[${t.text}` : t.text;
    parts.push(i === s.last ? `${w}]` : w);
  }
  return parts.join(" ");
}

/** Coarse description of the sentence a span sits in: sports/results tables and all-caps
 *  headlines dominate CoNLL's errors and matter little for political news. */
function sentenceShape(doc: ConllDoc, s: TokenSpan): string {
  const sent = doc.tokens[s.first]?.sentence;
  const toks = doc.tokens.filter((t) => t.sentence === sent);
  const words = toks.filter((t) => /\p{L}/u.test(t.text));
  const numeric = toks.filter((t) => /^\d/.test(t.text)).length;
  if (words.length > 0 && words.every((t) => t.text === t.text.toUpperCase())) return "all-caps line";
  if (numeric / Math.max(1, toks.length) >= 0.25) return "table/score line";
  if (toks.length <= 6) return "short line (list/byline)";
  return "prose";
}

function majorityType(doc: ConllDoc, s: TokenSpan): string {
  const count = new Map<string, number>();
  for (let i = s.first; i <= s.last; i++) {
    const tag = doc.tokens[i]?.tag ?? "O";
    const t = tag === "O" ? "untagged" : tag.slice(2);
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "untagged";
}

class Buckets {
  private readonly m = new Map<string, string[]>();
  add(cls: string, example: string): void {
    const l = this.m.get(cls) ?? [];
    l.push(example);
    this.m.set(cls, l);
  }
  print(title: string, n: number): void {
    console.log(`\n### ${title}`);
    for (const [cls, ex] of [...this.m.entries()].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`- ${cls}: ${ex.length}`);
      // Spread the examples over the whole list rather than the first documents only.
      const step = Math.max(1, Math.floor(ex.length / n));
      for (let i = 0; i < ex.length && i / step < n; i += step) console.log(`    ${ex[i]}`);
    }
  }
}

export function conllErrors(docs: ConllDoc[], results: ConllDocResult[], n: number): void {
  const fn = new Buckets();
  const fp = new Buckets();
  docs.forEach((doc, d) => {
    const r = results[d];
    if (!r) return;
    const predKeys = new Set(r.predicted.map((p) => `${p.first}:${p.last}`));
    const goldKeys = new Set(doc.gold.map((g) => `${g.first}:${g.last}`));
    for (const g of doc.gold) {
      if (predKeys.has(`${g.first}:${g.last}`)) continue;
      const over = r.predicted.filter((p) => p.first <= g.last && g.first <= p.last);
      const len = g.last - g.first + 1;
      let cls: string;
      if (over.length === 0) cls = `missed (${len === 1 ? "one token" : "multi-token"}, ${sentenceShape(doc, g)})`;
      else {
        const p = over[0] as TokenSpan;
        cls = p.first <= g.first && p.last >= g.last ? "boundary: prediction too long" : "boundary: prediction too short/shifted";
      }
      fn.add(cls, `${tokensText(doc, g)}  ::  ${context(doc, g)}`);
    }
    for (const p of r.predicted) {
      if (goldKeys.has(`${p.first}:${p.last}`)) continue;
      const overlapsGold = doc.gold.some((g) => p.first <= g.last && g.first <= p.last);
      const cls = overlapsGold ? "boundary (overlaps a gold PER)" : `not a person: ${majorityType(doc, p)} (${sentenceShape(doc, p)})`;
      fp.add(cls, `${tokensText(doc, p)}  ::  ${context(doc, p)}`);
    }
  });
  fn.print("CoNLL false negatives (gold PER not matched exactly)", n);
  fp.print("CoNLL false positives (predictions not matching a gold PER exactly)", n);
}

const clip = (s: string, n = 60): string => {
  const one = s.replace(/\s+/g, " ");
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

export function polnearErrors(
  arts: PolnearArticle[],
  outcomes: Array<ArticleOutcome & { pred: PredictedQuote[] }>,
  n: number,
): void {
  const b = new Buckets();
  arts.forEach((a, i) => {
    const o = outcomes[i];
    if (!o) return;
    const matchedGold = new Set(o.pairs.filter((j) => j >= 0));
    a.gold.forEach((g, j) => {
      if (!matchedGold.has(j)) b.add(`gold quote not found (source ${g.kind})`, `${a.name}: ${clip(a.text.slice(g.start, g.end))}`);
    });
    o.pred.forEach((p, k) => {
      const j = o.pairs[k] ?? -1;
      const quote = clip(a.text.slice(p.start, p.end), 50);
      if (j < 0) {
        b.add("predicted quote is not a gold direct quote", `${a.name}: ${quote}`);
        return;
      }
      if (o.correct[k]) return;
      const g = a.gold[j];
      if (!g) return;
      const goldSrc = g.sources.map((s) => s.text).join(" + ") || "(none)";
      const resolved = g.resolved.length ? ` → ${g.resolved.map((s) => s.text).join(" + ")}` : "";
      const cls = p.speaker === null ? `no speaker given (gold ${g.kind})` : `wrong speaker (gold ${g.kind})`;
      b.add(cls, `${a.name}: ${quote}  ::  predicted ${p.speaker?.label ?? "-"}; gold ${clip(goldSrc, 40)}${resolved}`);
    });
  });
  b.print("PolNeAR errors", n);
}
