/** Markup that is text in the page stays text everywhere the extension copies it. */
import { expect, test } from "./fixtures.ts";
import { expectPaint, waitForCard } from "./support.ts";

test("payload: markup in names and quotes never executes (page, card, popup)", async ({ ext }) => {
  const expected = ext.expected("payload");
  const tab = await ext.open(ext.url("payload"));
  expect(await tab.evaluate(() => "__pwned" in window)).toBe(false);
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  await expectPaint(tab, expected, expected.notHighlighted);
  await tab.hoverText(expected.cards[0]!.hover, { within: "article" });
  const card = await waitForCard(tab);
  expect(card!.html, "the card's markup").not.toMatch(/<(img|script|iframe)\b/i);
  const popup = await ext.openPopup(tab);
  await popup.waitFor(() => document.body.innerText.includes("al-Ansari"), null, 8_000);
  expect(await popup.evaluate(() => document.querySelectorAll("img[onerror], iframe[srcdoc], script:not([src])").length)).toBe(0);
  expect(await popup.evaluate(() => "__pwned" in window)).toBe(false);
  // Anything that ran would have done so by now: every surface has rendered the text.
  expect(await tab.evaluate(() => "__pwned" in window)).toBe(false);
  expect(await tab.evaluate(() => document.querySelectorAll("article img, article script, article iframe").length)).toBe(0);
});
