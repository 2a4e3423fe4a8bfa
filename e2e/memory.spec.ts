/** The memory: a claim read on one site shows up in the same official's card on another. */
import { expect, test } from "./fixtures.ts";
import { expectCardText, waitForCard } from "./support.ts";

test("article-b: the card shows what the same official said in an article read before", async ({ ext }) => {
  const expected = ext.expected("article-b");
  const memory = expected.memory!;
  // Earlier tests in this browser read other pages quoting the same official (the card lists the
  // newest three): start from an empty memory.
  const options = await ext.openExtensionPage("src/options/index.html");
  expect(await options.evaluateExpression(`(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: "popup→bg:clearMemory", payload: null }).then((r) => r.ok)`)).toBe(true);
  await options.close();
  const first = await ext.open(ext.url(memory.readFirst));
  expect(await first.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  await first.close();
  const tab = await ext.open(ext.url("article-b"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  await tab.hoverText(memory.hover, { within: "article" });
  await waitForCard(tab);
  await expectCardText(tab, memory.mustContain, 8_000);
});
