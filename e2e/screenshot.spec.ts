/**
 * Takes the README's picture of the hover card (docs/card.png) on the demo article, in Chromium,
 * so the screenshot always shows the extension as it is built now.
 */
import type { Page } from "@playwright/test";
import { join } from "node:path";
import { expect, ROOT, test } from "./fixtures.ts";
import { expectCardText, waitForCard } from "./support.ts";

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
