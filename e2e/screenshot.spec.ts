/**
 * Takes the README's pictures of the hover card, in Chromium, so the screenshots always show the
 * extension as it is built now: docs/card.png on the demo article, and docs/card-sources.png and
 * docs/card-quotes.png with the opt-in fact-checks and Wikiquote quotes (answers from the e2e
 * network stub's fixtures).
 */
import type { Page } from "@playwright/test";
import { join } from "node:path";
import { expect, ROOT, test } from "./fixtures.ts";
import { TEST_KEYS } from "../src/background/sources/__fixtures__/routes.ts";
import { backgroundCall, cardButtonRect, expectCardText, waitForCard } from "./support.ts";

test("the hover card on the demo article (README screenshot)", async ({ ext }) => {
  test.skip(ext.browserName !== "chromium", "one screenshot is enough; it is taken in Chromium");
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const page = (tab as unknown as { page: Page }).page;
  await page.setViewportSize({ width: 900, height: 640 });
  await page.evaluate(() => {
    const name = Array.from(document.querySelectorAll("article srcl-name")).find((n) => n.textContent === "Majed al-Ansari");
    name?.scrollIntoView({ block: "start" });
    window.scrollBy(0, -120);
  });
  await tab.hoverText("Majed al-Ansari", { within: "article" });
  await waitForCard(tab);
  await expectCardText(tab, ["Qatar"]);
  await page.waitForTimeout(300);
  const shot = await page.screenshot({ path: join(ROOT, "docs", "card.png") });
  expect(shot.byteLength).toBeGreaterThan(10_000);
});

test("the hover card with fact-checks and sourced quotes, network stubbed (README screenshot)", async ({ ext }) => {
  test.skip(ext.browserName !== "chromium", "one screenshot is enough; it is taken in Chromium");
  // The Chromium test build holds the sources' permissions; the reader's switches and key are set
  // as the options page sets them.
  await backgroundCall(ext, "updateSourceSettings", { factCheck: true, wikiquote: true, factCheckKey: TEST_KEYS.ok });
  try {
    const tab = await ext.open(ext.url("examplestan-ports"));
    await tab.waitForStatus("painted");
    const page = (tab as unknown as { page: Page }).page;
    await page.setViewportSize({ width: 900, height: 760 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await tab.hoverText("Lior Ben-Ami", { within: "article" });
    await waitForCard(tab);
    await expectCardText(tab, ["Fact-checked claims", "Mostly false", "Sourced quotes (Wikiquote)", "A port that closes at night"]);
    await page.waitForTimeout(300);
    const shot = await page.screenshot({ path: join(ROOT, "docs", "card-sources.png") });
    expect(shot.byteLength).toBeGreaterThan(10_000);
    // The same card scrolled down to the quotes.
    await cardButtonRect(tab, "More on Wikiquote");
    await page.waitForTimeout(200);
    const quotes = await page.screenshot({ path: join(ROOT, "docs", "card-quotes.png") });
    expect(quotes.byteLength).toBeGreaterThan(10_000);
  } finally {
    await backgroundCall(ext, "updateSourceSettings", { factCheck: false, wikiquote: false, factCheckKey: "" });
    await backgroundCall(ext, "clearSourceData", null);
  }
});
