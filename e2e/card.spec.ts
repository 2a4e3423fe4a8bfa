/**
 * The hover card: a real pointer over a highlighted name opens it with facts from the background
 * (the knowledge base), Escape closes it; the keyboard commands' handlers work in the page.
 */
import { expect, test } from "./fixtures.ts";
import { expectCardText, waitForCard } from "./support.ts";

test("ynet-style: hovering a name opens its card with the role and country from the background", async ({ ext }) => {
  const expected = ext.expected("ynet-style");
  expect(expected.cards.length).toBeGreaterThan(0);
  for (const card of expected.cards) {
    // A fresh tab per card, so one card's closing behaviour cannot affect the next.
    const tab = await ext.open(ext.url("ynet-style"));
    await tab.waitForStatus("painted");
    expect(await tab.hook("card", null)).toBeNull();
    await tab.hoverText(card.hover, { within: "article" });
    await waitForCard(tab);
    await expectCardText(tab, card.mustContain);
    await tab.close();
  }
});

test("ynet-style: Escape closes the card", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  await tab.hoverText("Majed al-Ansari", { within: "article" });
  const card = await waitForCard(tab);
  expect(card?.label ?? "", "the card's accessible name").toContain("al-Ansari");
  await tab.press("Escape");
  expect(await waitForCard(tab, { isOpen: false })).toBeNull();
});

test("ynet-style: the toggle command hides and restores the highlights; next-official opens a card", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const before = await tab.hook("highlights", null);
  expect(before.length).toBeGreaterThan(0);
  // The command answers whether highlights are shown afterwards.
  expect(await tab.hook("command", "toggle-highlights"), "first toggle hides").toBe(false);
  await tab.waitFor(() => document.querySelectorAll("srcl-name").length === 0);
  expect(await tab.hook("highlights", null)).toEqual([]);
  expect(await tab.hook("command", "toggle-highlights"), "second toggle shows again").toBe(true);
  await tab.waitFor(() => document.querySelectorAll("srcl-name").length > 0);
  expect(await tab.hook("highlights", null)).toEqual(before);
  expect(await tab.hook("command", "next-official")).toBe(true);
  const card = await waitForCard(tab);
  expect(card?.text ?? "").toMatch(/Witkoff|al-Ansari|Netanyahu/);
});

test("ynet-style: the keyboard reaches a highlighted name and opens its card", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  // Real Tab presses from the top of the page until focus lands on a highlighted name (the page
  // has about a dozen links and fields before and around the article).
  let focused = "";
  for (let presses = 0; presses < 40 && !focused; presses++) {
    await tab.press("Tab");
    focused = await tab.evaluate(() => {
      const active = document.activeElement;
      return active?.localName === "srcl-name" ? (active.textContent ?? "?") : "";
    });
  }
  expect(focused, "a highlighted name took the focus").not.toBe("");
  const card = await waitForCard(tab);
  expect(`${card?.label} ${card?.text}`).toContain(focused.split(" ").at(-1)!);
});

test("ynet-style: scrolling the name out of view closes its card", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  // By keyboard, so no resting pointer hovers whatever scrolls beneath it.
  await tab.focus("article srcl-name[role=button]");
  expect(await waitForCard(tab), "focus opened the card").not.toBeNull();
  await tab.evaluate(() => {
    const name = document.activeElement!;
    // Scroll until the name's box is above the viewport (the fixture is several screens long).
    window.scrollTo(0, window.scrollY + name.getBoundingClientRect().bottom + 10);
  });
  expect(await waitForCard(tab, { isOpen: false }), "the card closed").toBeNull();
  // The card still works afterwards (the scroll watch is per open card).
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.focus("article srcl-name[role=button]:not(:focus)");
  expect(await waitForCard(tab)).not.toBeNull();
});
