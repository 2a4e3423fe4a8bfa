/**
 * The background gets ready at the article gate: the page says it is an article before its text
 * is read, and the knowledge base and the engine are loaded and exercised then (a worker that was
 * asleep wakes), so the analysis that follows is a warm one.
 */
import { expect, test } from "./fixtures.ts";

type Stats = {
  kbLoadMs?: number | null;
  prepareMs?: number | null;
  firstAnalysis?: { ms: number; words: number } | null;
  workerLife?: Partial<Record<string, number>>;
};

test("an article page has the background prepare before its analysis", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  const page = await ext.openExtensionPage("src/options/index.html");
  const stats = await page.evaluate(async () => {
    const api =
      (globalThis as unknown as { browser?: { runtime: { sendMessage(m: object): Promise<{ value?: unknown }> } } }).browser ??
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ value?: unknown }> } } }).chrome;
    return (await api.runtime.sendMessage({ type: "popup→bg:memoryStats", payload: null })).value ?? null;
  });
  const s = stats as Stats | null;
  expect(s?.prepareMs).toEqual(expect.any(Number));
  expect(s?.kbLoadMs).toEqual(expect.any(Number));
  // the first page analysed in this worker life (this one, or one an earlier test read while the
  // worker lived) was prepared for first: its text arrived after preparing was done
  expect(s?.firstAnalysis?.words).toBeGreaterThan(0);
  const life = s?.workerLife ?? {};
  expect(life.prepared).toEqual(expect.any(Number));
  expect(life.analyzeArrived).toBeGreaterThanOrEqual(life.prepared!);
  await page.close();
  await tab.close();
});
