/** The reader's switches act at once: switching a site off in the popup removes the highlights. */
import { expect, test } from "./fixtures.ts";

test("ynet-style: switching the site off in the popup removes the highlights at once; on again repaints", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const painted = await tab.hook("highlights", null);
  expect(painted.length).toBeGreaterThan(0);
  const popup = await ext.openPopup(tab);
  await popup.click("#srcl-popup-tab-settings");
  await popup.waitFor(() => document.querySelector("#srcl-set-site") !== null);
  await popup.click("#srcl-set-site");
  expect(await tab.waitForStatus("off", 5_000)).toBe("off");
  await tab.waitFor(() => document.querySelectorAll("srcl-name").length === 0);
  expect(await tab.hook("highlights", null)).toEqual([]);
  // The page is exactly as it was: no wrapper, no attribute of ours left on the article.
  expect(await tab.evaluate(() => document.querySelector("article")!.innerHTML.includes("srcl-"))).toBe(false);
  await popup.click("#srcl-set-site");
  expect(await tab.waitForStatus("painted", 8_000)).toBe("painted");
  expect(await tab.hook("highlights", null)).toEqual(painted);
});
