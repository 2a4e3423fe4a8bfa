/** The popup reaches into the page: clicking an official scrolls to them and opens their card
 *  (popup → background → content, through the real messaging path and its sender checks). */
import { expect, test } from "./fixtures.ts";
import { waitForCard } from "./support.ts";

test("ynet-style: clicking an official in the popup opens their card in the page", async ({ ext }) => {
  const tab = await ext.open(ext.url("ynet-style"));
  await tab.waitForStatus("painted");
  const popup = await ext.openPopup(tab);
  await popup.waitFor(() => document.querySelectorAll(".person").length > 0, null, 8_000);
  const personId = await popup.evaluate(
    () => Array.from(document.querySelectorAll<HTMLElement>(".person")).find((li) => li.textContent?.includes("Benjamin Netanyahu"))?.dataset.personId ?? null,
  );
  expect(personId).not.toBeNull();
  await popup.click(`.person[data-person-id="${personId}"] .person-name`);
  const card = await waitForCard(tab);
  expect(card?.label).toBe("Benjamin Netanyahu");
});
