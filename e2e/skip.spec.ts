/** A page that is not an article gets nothing: no paint, no UI host, its form untouched. */
import { expect, test } from "./fixtures.ts";
import { paintedPlaces, snapshots, uiHosts } from "./support.ts";

test("login: status skipped, zero highlights, no shadow host, form unchanged", async ({ ext }) => {
  const tab = await ext.open(ext.url("login"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("skipped");
  expect(await tab.hook("highlights", null)).toEqual([]);
  expect(await paintedPlaces(tab, "body")).toEqual([]);
  expect(await uiHosts(tab)).toEqual([]);
  // A pointer over an official's name on a skipped page opens nothing.
  await tab.hoverText("Majed al-Ansari");
  expect(await tab.hook("card", null)).toBeNull();
  const { live, original } = await snapshots(tab);
  expect(live.bodyText).toBe(original.bodyText);
  expect(live.fields).toEqual(original.fields);
  expect(live.links).toEqual(original.links);
});
