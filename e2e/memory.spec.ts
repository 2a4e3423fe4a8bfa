/** The memory: a claim read on one site shows up in the same official's card on another. */
import { expect, test } from "./fixtures.ts";
import { expectCardText, waitForCard } from "./support.ts";

test("article-b: the card shows what the same official said in an article read before", async ({ ext }) => {
  const expected = ext.expected("article-b");
  const memory = expected.memory!;
  const first = await ext.open(ext.url(memory.readFirst));
  expect(await first.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  await first.close();
  const tab = await ext.open(ext.url("article-b"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  await tab.hoverText(memory.hover, { within: "article" });
  await waitForCard(tab);
  await expectCardText(tab, memory.mustContain, 8_000);
});
