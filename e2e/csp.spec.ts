/**
 * A page under the strictest Content-Security-Policy (no script and no style from any origin) is
 * read and painted exactly as without it, and its cards open with their data: the reader and the
 * card are modules of the extension's own origin, which a page's CSP does not govern.
 */
import { expect, test } from "./fixtures.ts";
import { expectCardText, waitForCard } from "./support.ts";

test("ynet-style under a strict CSP: the same highlights, and the card opens", async ({ ext }) => {
  const plain = await ext.open(ext.url("ynet-style"));
  await plain.waitForStatus("painted");
  const expected = await plain.hook("highlights", null);
  expect(expected.length).toBeGreaterThan(0);
  await plain.close();

  const tab = await ext.open(`${ext.url("ynet-style")}?csp=strict`);
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  expect(await tab.hook("highlights", null)).toEqual(expected);
  const card = ext.expected("ynet-style").cards[0]!;
  await tab.hoverText(card.hover, { within: "article" });
  await waitForCard(tab);
  await expectCardText(tab, card.mustContain);
});
