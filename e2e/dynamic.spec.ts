/** Pages that change after load: live-blog posts and a client-routed (pushState) app. */
import { expect, test } from "./fixtures.ts";
import { addPaint, type ExpectedPaint } from "./expected.ts";
import { expectPaint, paintedPlaces } from "./support.ts";

test("live-blog: a post added by the page's button is painted, the earlier paint stays", async ({ ext }) => {
  const expected = ext.expected("live-blog");
  const tab = await ext.open(ext.url("live-blog", "?every=0"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  await expectPaint(tab, expected, expected.notHighlighted);
  await tab.click("#load-newer");
  await tab.waitFor(() => document.documentElement.getAttribute("data-posts-pending") === "2");
  await expectPaint(tab, addPaint(expected, expected.live!.firstAppended), expected.notHighlighted, 8_000);
});

test("live-blog: posts added by the page's timer are all painted", async ({ ext }) => {
  const expected = ext.expected("live-blog");
  const tab = await ext.open(ext.url("live-blog", "?every=250"));
  await tab.waitFor(() => document.documentElement.getAttribute("data-posts-pending") === "0", null, 10_000);
  const all: ExpectedPaint = addPaint(expected, expected.live!.allAppended);
  await expectPaint(tab, all, expected.notHighlighted, 8_000);
  expect((await paintedPlaces(tab, "article")).filter((place) => !place.isInside)).toEqual([]);
});

test("spa: after a pushState navigation only the new story is painted", async ({ ext }) => {
  const expected = ext.expected("spa");
  const tab = await ext.open(ext.url("spa"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  await expectPaint(tab, expected, expected.notHighlighted);
  const spa = expected.spa!;
  await tab.click(`a[data-route="${spa.route}"]`);
  await tab.waitFor((route) => document.documentElement.getAttribute("data-route") === route, spa.route);
  expect(await tab.url()).toContain(spa.route);
  await expectPaint(tab, spa, spa.notHighlighted, 8_000);
  expect((await paintedPlaces(tab, "article")).filter((place) => !place.isInside)).toEqual([]);
});
