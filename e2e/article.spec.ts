/**
 * The article pages: the content script reads only the article, paints exactly what
 * expected.json lists, and changes nothing a reader or the page's own code relies on.
 */
import { expect, test } from "./fixtures.ts";
import { expectPaint, paintedPlaces, snapshots } from "./support.ts";

for (const slug of ["ynet-style", "article-b"]) {
  test(`${slug}: paints exactly the expected names and claims, only inside the article`, async ({ ext }) => {
    const expected = ext.expected(slug);
    const tab = await ext.open(ext.url(slug));
    expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
    await expectPaint(tab, expected, expected.notHighlighted);
    const places = await paintedPlaces(tab, "article");
    expect(places.length, "painted elements or highlight ranges").toBeGreaterThan(0);
    expect(places.filter((place) => !place.isInside), "painted outside <article>").toEqual([]);
  });
}

test("ynet-style: text, links and form fields are unchanged after painting", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  expect((await tab.hook("highlights", null)).length).toBeGreaterThan(0);
  const { live, original } = await snapshots(tab);
  expect(live.articleText).toBe(original.articleText);
  expect(live.bodyText).toBe(original.bodyText);
  expect(live.links).toEqual(original.links);
  expect(live.fields).toEqual(original.fields);
  expect(live.articleTags).toEqual(original.articleTags);
});
