/**
 * One reading of the article: index the text, run the engine in idle-time slices (so a 20,000-
 * word live blog never makes a long task), and hand back the analysis. Pure orchestration;
 * the DOM work is in text-index.ts, the language work in src/extract.
 */
import { createAnalyzer } from "../extract/index.ts";
import type { Analysis } from "../extract/types.ts";
import type { ContentContext } from "./context.ts";
import { buildTextIndex, type TextIndex } from "./text-index.ts";

const IDLE_TIMEOUT_MS = 200;
/** Work per slice; below the 50 ms long-task line with room for the page's own work. */
const SLICE_BUDGET_MS = 12;

export interface Reading {
  index: TextIndex;
  analysis: Analysis;
}

/** Reads `root`; resolves null when the context was aborted midway. */
export async function readArticle(ctx: ContentContext, root: Element, date: string | undefined): Promise<Reading | null> {
  const index = buildTextIndex(root);
  const analyzer = createAnalyzer(date ? { date } : {});
  analyzer.addBlocks(index.snapshot.text, index.snapshot.blocks);
  for (;;) {
    const deadline = await ctx.idle(IDLE_TIMEOUT_MS);
    if (!ctx.isValid) return null;
    const until = performance.now() + Math.min(SLICE_BUDGET_MS, Math.max(4, deadline.timeRemaining()));
    let done = false;
    while (!done && performance.now() < until) done = analyzer.step(4);
    if (done) break;
  }
  return { index, analysis: analyzer.result() };
}
