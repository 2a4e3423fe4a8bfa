/**
 * One reading of the article, in idle-time slices so that even a 20,000-word live blog never
 * makes a long task: walk the text (TextIndexer), run the engine block by block (createAnalyzer),
 * and let the painter wrap names a batch of text nodes at a time. Pure orchestration; the DOM
 * work is in text-index.ts and highlighter.ts, the language work in src/extract.
 */
import { createAnalyzer } from "../extract/index.ts";
import type { Analysis } from "../extract/types.ts";
import type { ContentContext } from "./context.ts";
import { TextIndexer, type TextIndex } from "./text-index.ts";

const IDLE_TIMEOUT_MS = 100;
/** Work per slice: well under the 50 ms long-task line, with room for the page's own work. */
export const SLICE_BUDGET_MS = 10;
/** Units of work between clock checks (text nodes walked, blocks analysed, nodes painted). */
const NODES_PER_CHECK = 64;
const BLOCKS_PER_CHECK = 4;

export interface Reading {
  index: TextIndex;
  analysis: Analysis;
}

/**
 * Runs `work(deadline)` in idle slices until it returns true. The first slice runs at once when
 * `startNow` (the page is already idle: we were scheduled there), so small articles finish in one
 * task. Resolves false when the context was aborted.
 */
export async function inSlices(ctx: ContentContext, work: (until: number) => boolean, startNow = false): Promise<boolean> {
  let first = startNow;
  for (;;) {
    if (!first) {
      await ctx.idle(IDLE_TIMEOUT_MS);
      if (!ctx.isValid) return false;
    }
    first = false;
    if (work(performance.now() + SLICE_BUDGET_MS)) return true;
  }
}

/** Reads `root`; resolves null when the context was aborted midway. */
export async function readArticle(ctx: ContentContext, root: Element, date: string | undefined): Promise<Reading | null> {
  const indexer = new TextIndexer(root);
  const indexed = await inSlices(
    ctx,
    (until) => {
      while (performance.now() < until) if (indexer.step(NODES_PER_CHECK)) return true;
      return false;
    },
    true,
  );
  if (!indexed) return null;
  const index = indexer.result();
  const analyzer = createAnalyzer(date ? { date } : {});
  analyzer.addBlocks(index.snapshot.text, index.snapshot.blocks);
  const analysed = await inSlices(
    ctx,
    (until) => {
      while (performance.now() < until) if (analyzer.step(BLOCKS_PER_CHECK)) return true;
      return false;
    },
    true,
  );
  if (!analysed || !ctx.isValid) return null;
  return { index, analysis: analyzer.result() };
}
