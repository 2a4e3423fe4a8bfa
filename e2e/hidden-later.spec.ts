/**
 * A block the page hides after the paint (issue 14): its highlights are taken down and come back
 * when the page shows it again; a page that replaces its body loses every highlight and is read
 * again (shown-watcher.ts). Fixture: e2e/fixtures/pages/hidden-later (notes.md).
 */
import { expect, test, type Tab } from "./fixtures.ts";
import type { ExpectedPaint } from "./expected.ts";
import { expectPaint, waitForCard } from "./support.ts";

/** The expected paint without the names and claims of these people. */
function without(expected: ExpectedPaint, people: string[]): ExpectedPaint {
  return {
    names: expected.names.filter((n) => !people.includes(n.person)),
    claims: expected.claims.filter((c) => c.speaker === null || !people.includes(c.speaker)),
  };
}

async function painted(tab: Tab): Promise<void> {
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
}

test("hidden-later: a panel the page collapses after the paint loses its highlights, and gets them back when shown", async ({ ext }) => {
  const expected = ext.expected("hidden-later");
  const tab = await ext.open(ext.url("hidden-later"));
  await painted(tab);
  await expectPaint(tab, expected);
  await tab.click("#collapse");
  await tab.waitFor(() => document.documentElement.getAttribute("data-panel") === "collapsed");
  await expectPaint(tab, without(expected, ["Jonas Breck"]), ["Jonas Breck"]);
  await tab.click("#expand");
  await tab.waitFor(() => document.documentElement.getAttribute("data-panel") === "shown");
  await expectPaint(tab, expected);
});

test("hidden-later: a panel the page's timer collapses 300 ms after load holds no highlight", async ({ ext }) => {
  const expected = ext.expected("hidden-later");
  const tab = await ext.open(ext.url("hidden-later", "?hide=300"));
  await painted(tab);
  await tab.waitFor(() => document.documentElement.getAttribute("data-panel") === "collapsed");
  await expectPaint(tab, without(expected, ["Jonas Breck"]), ["Jonas Breck"]);
});

test("hidden-later: questions in a <details> the page closes lose their highlights", async ({ ext }) => {
  const expected = ext.expected("hidden-later");
  const tab = await ext.open(ext.url("hidden-later"));
  await painted(tab);
  await expectPaint(tab, expected);
  await tab.click("#close-faq");
  await tab.waitFor(() => document.documentElement.getAttribute("data-faq") === "closed");
  await expectPaint(tab, without(expected, ["Petra Quill"]), ["Petra Quill"]);
});

test("hidden-later: a body replaced by an error page keeps no highlight, and the page is read again", async ({ ext }) => {
  const expected = ext.expected("hidden-later");
  const tab = await ext.open(ext.url("hidden-later"));
  await painted(tab);
  await expectPaint(tab, expected);
  await tab.click("#break");
  await tab.waitFor(() => document.documentElement.getAttribute("data-broken") === "yes");
  await expectPaint(tab, { names: [], claims: [] });
  // The error page is no article: the reading starts over and skips it.
  expect(await tab.waitForStatus(["skipped"])).toBe("skipped");
});

test("hidden-later: a card open on a name the page then hides closes with it", async ({ ext }) => {
  const tab = await ext.open(ext.url("hidden-later"));
  await painted(tab);
  await tab.hoverText("Jonas Breck", { within: "article" });
  const card = await waitForCard(tab);
  expect(`${card?.label} ${card?.text}`).toContain("Breck");
  // The page's own script collapses the panel; the pointer stays where the name was.
  await tab.evaluate(() => document.getElementById("collapse")!.click());
  await tab.waitFor(() => document.documentElement.getAttribute("data-panel") === "collapsed");
  expect(await waitForCard(tab, { isOpen: false }), "the card closed").toBeNull();
});

/** The popup's text for `tab` once `isDone` holds (the popup reads the state when it opens: reopened until then). */
async function popupText(ext: { openPopup(tab: Tab): Promise<Tab> }, tab: Tab, isDone: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const popup = await ext.openPopup(tab);
    const text = (await popup.waitFor(() => (document.body.innerText.includes("Lina Marsh") ? document.body.innerText : null), null, 5_000).catch(() => null)) ?? "";
    await popup.close();
    if (isDone(text) || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

test("hidden-later: the popup lists only what is still highlighted, and all of it again when the panel shows", async ({ ext }) => {
  const expected = ext.expected("hidden-later");
  const tab = await ext.open(ext.url("hidden-later"));
  await painted(tab);
  await expectPaint(tab, expected);
  await tab.click("#collapse");
  await tab.waitFor(() => document.documentElement.getAttribute("data-panel") === "collapsed");
  await expectPaint(tab, without(expected, ["Jonas Breck"]), ["Jonas Breck"]);
  const collapsed = await popupText(ext, tab, (text) => !text.includes("Jonas Breck"));
  expect(collapsed).toContain("Petra Quill");
  expect(collapsed).not.toContain("Jonas Breck");
  expect(collapsed).not.toContain("the ferries would run");
  await tab.click("#expand");
  await tab.waitFor(() => document.documentElement.getAttribute("data-panel") === "shown");
  await expectPaint(tab, expected);
  const shown = await popupText(ext, tab, (text) => text.includes("Jonas Breck"));
  expect(shown).toContain("Jonas Breck");
  expect(shown).toContain("the ferries would run");
});
