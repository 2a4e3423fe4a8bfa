/**
 * What is painted without an element of its own — repeated name mentions and claims (CSS Custom
 * Highlight API ranges) — opens the card too, found by caret hit-testing under the pointer.
 */
import { expect, test } from "./fixtures.ts";
import { waitForCard } from "./support.ts";

test("ynet-style: hovering a repeated mention opens that person's card", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  // the second "Witkoff" in the article is painted as a range, not an element
  await tab.hoverText("Witkoff", { within: "article", nth: 2 });
  const card = await waitForCard(tab);
  expect(card?.label).toBe("Steve Witkoff");
});

test("ynet-style: hovering a claim opens its speaker's card with that claim marked", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  await tab.hoverText("negotiate through the media", { within: "article" });
  const card = await waitForCard(tab);
  expect(card?.label).toBe("Majed al-Ansari");
  expect(card?.html).toContain('aria-current="true"');
  expect(card?.html).toContain("We are not going to negotiate through the media");
});
