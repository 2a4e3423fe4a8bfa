/**
 * Reading the article in short slices, so that even a 20,000-word live blog never makes a long
 * task: the text is walked a batch of nodes at a time (TextIndexer), and the painter wraps names a
 * batch of text nodes at a time (inSlices). Between two slices the page gets its turn (input,
 * rendering, its own tasks) and the reading resumes at once: the first reading already waited for
 * the page's first idle moment, and an idle wait per slice made a reader wait on a busy page.
 * The language work runs in the background (see messages.ts analyzePage), where the engine
 * stays compiled across pages instead of starting cold in every page.
 */
import type { ContentContext } from "./context.ts";
import { TextIndexer, type TextIndex } from "./text-index.ts";

/** Work per slice: well under the 50 ms long-task line, with room for the page's own work. */
export const SLICE_BUDGET_MS = 10;
/** Text nodes walked between two clock checks. */
const NODES_PER_CHECK = 64;

/**
 * Runs `work(deadline)` in slices until it returns true, yielding to the page between two. The
 * first slice runs at once when `startNow` (we were already scheduled at a quiet moment), so small
 * articles finish in one task. Resolves false when the context was aborted.
 */
export async function inSlices(ctx: ContentContext, work: (until: number) => boolean, startNow = false): Promise<boolean> {
  let first = startNow;
  for (;;) {
    if (!first) {
      await ctx.yieldToPage();
      if (!ctx.isValid) return false;
    }
    first = false;
    if (work(performance.now() + SLICE_BUDGET_MS)) return true;
  }
}

/** Indexes `root`'s text; resolves null when the context was aborted midway. */
export async function indexArticle(ctx: ContentContext, root: Element): Promise<TextIndex | null> {
  const indexer = new TextIndexer(root);
  const done = await inSlices(
    ctx,
    (until) => {
      while (performance.now() < until) if (indexer.step(NODES_PER_CHECK)) return true;
      return false;
    },
    true,
  );
  return done && ctx.isValid ? indexer.result() : null;
}
