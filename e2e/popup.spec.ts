/** The popup (opened in a tab as index.html?tab=<id>) shows the page's state from the background. */
import { expect, test } from "./fixtures.ts";

test("ynet-style: the popup lists the page's officials", async ({ ext }) => {
  const expected = ext.expected("ynet-style");
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const popup = await ext.openPopup(tab);
  const text = await popup.waitFor(
    (names) => {
      const shown = document.body.innerText;
      return names.every((name) => shown.includes(name)) ? shown : null;
    },
    expected.popup!.mustList,
    8_000,
  ).catch(async () => popup.evaluate(() => document.body.innerText));
  for (const name of expected.popup!.mustList) expect(text, "popup text").toContain(name);
  // Names that are on the page but not in the article are not officials of this page; the
  // byline's author is the article's maker, listed apart from its people.
  for (const name of ["Marco Rubio", "Ron Dermer"]) expect(text).not.toContain(name);
  const people = await popup.evaluate(() => [...document.querySelectorAll(".person-name")].map((e) => e.textContent));
  expect(people).not.toContain("Noa Ben-Haim");
  expect(await popup.evaluate(() => document.querySelector(".makers")?.textContent)).toContain("Noa Ben-Haim");
});

test("login: the popup says the page was not read", async ({ ext }) => {
  const tab = await ext.open(ext.url("login"));
  await tab.waitForStatus("skipped");
  const popup = await ext.openPopup(tab);
  const text = await popup.waitFor(() => (document.body.innerText.trim().length > 20 ? document.body.innerText : null), null, 8_000);
  for (const name of ["Benjamin Netanyahu", "Majed al-Ansari"]) expect(text).not.toContain(name);
});
