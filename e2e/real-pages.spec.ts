/**
 * Real page structures (issue 14), each on a fixture page of our own (e2e/fixtures/pages/<slug>,
 * notes.md says which structure it models): only the story's own words are read — not a player's
 * menus, not hidden blocks, not teaser lists or share bars —, headlines, bylines and credits are
 * read as what they are, dates are honest, and a page in a language the engine does not read is
 * left alone with one plain line in the popup, while an English page with a wrong `lang` is read.
 */
import { expect, test, type Tab } from "./fixtures.ts";
import { expectCardText, expectPaint, paintedPlaces, waitForCard } from "./support.ts";

/** Pages read and painted: exactly what expected.json lists, nothing it names as not highlighted. */
const PAINTED = ["player-menu", "hidden-block", "teaser-list", "share-bar", "byline-credits", "dateless", "dated-followup", "old-office", "wrong-lang"];

/** The text the reading sent to the engine, block by block (test hook). */
async function blocks(tab: Tab): Promise<[string, string][]> {
  const answer = await tab.hookRaw("blocks", null);
  if (!answer.ok) throw new Error(`the test hook has no "blocks": ${answer.error}`);
  return (answer.value as { kind: string; text: string }[]).map((b) => [b.kind, b.text]);
}

for (const slug of PAINTED) {
  test(`${slug}: paints exactly the expected names and claims, only inside the article`, async ({ ext }) => {
    const expected = ext.expected(slug);
    const tab = await ext.open(ext.url(slug, expected.path));
    expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
    await expectPaint(tab, expected, expected.notHighlighted);
    const places = await paintedPlaces(tab, "article");
    expect(places.filter((place) => !place.isInside), "painted outside <article>").toEqual([]);
  });
}

test("byline-credits: bylines and credits are read as the article's makers, and listed apart in the popup", async ({ ext }) => {
  const tab = await ext.open(ext.url("byline-credits"));
  await tab.waitForStatus("painted");
  const read = await blocks(tab);
  expect(read.filter(([kind]) => kind === "byline" || kind === "credit")).toEqual([
    ["byline", "By Jane Roe and Tom Poe, Harbor Wire"],
    ["credit", "(AP Photo/Carl Moe)"],
    ["credit", "Photo: Lena Voss / AFP"],
    ["byline", "Associated Press writer Ivo Lund contributed to this report."],
    ["byline", "Reporting by Jane Roe; Editing by Sam Doe"],
  ]);
  // The caption keeps its own words, without the credit.
  expect(read).toContainEqual(["caption", "Harbor Commissioner Dana Reyes speaks to dockworkers at the gate on Thursday."]);
  const popup = await ext.openPopup(tab);
  const makers = await popup.waitFor(() => document.querySelector(".makers")?.textContent ?? null, null, 8_000);
  expect(makers).toContain("By Jane Roe and Tom Poe, Harbor Wire");
  expect(makers).toContain("(AP Photo/Carl Moe)");
  const officials = await popup.evaluate(() => Array.from(document.querySelectorAll(".person-name"), (el) => el.textContent ?? ""));
  expect(officials).toEqual(["Dana Reyes"]);
});

test("title-case-headline: the headline, the standfirst and a subhead are read as headings", async ({ ext }) => {
  const tab = await ext.open(ext.url("title-case-headline"));
  await tab.waitForStatus("painted");
  const headings = (await blocks(tab)).filter(([kind]) => kind === "heading").map(([, text]) => text);
  expect(headings).toEqual(["Harbor Chief Unveils Week-Long Strike Response As Unions Walk Out", "Port Boss Says Talks Will Resume Within Days", "Shows Of Support At The Gate"]);
});

test("title-case-headline: a title-case headline makes no official (the engine's heading rule)", async ({ ext }) => {
  // Heading capitals are no evidence of a name (src/extract: a headline's names only join the
  // body's people); without that rule "Week-Long Strike Response" and "Unions Walk" were painted.
  const expected = ext.expected("title-case-headline");
  const tab = await ext.open(ext.url("title-case-headline"));
  await tab.waitForStatus("painted");
  await expectPaint(tab, expected, expected.notHighlighted, 3_000);
});

for (const [slug, language] of [
  ["french", "French"],
  ["russian", "Russian"],
] as const) {
  test(`${slug}: an article in ${language} is not highlighted, and the popup says so in one line`, async ({ ext }) => {
    const tab = await ext.open(ext.url(slug));
    expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("skipped");
    expect(await tab.hook("highlights", null)).toEqual([]);
    expect(await tab.evaluate(() => document.querySelectorAll("srcl-name, srcl-claim").length)).toBe(0);
    const popup = await ext.openPopup(tab);
    const line = await popup.waitFor(() => {
      const title = document.querySelector(".empty-title")?.textContent ?? "";
      return title.startsWith("This article") ? title : null;
    }, null, 8_000);
    expect(line).toBe(`This article is in ${language}: Sourcelight reads English only, so nothing is highlighted.`);
  });
}

test("wrong-lang: an English article under lang=\"de\" is read, and the popup names no other language", async ({ ext }) => {
  const tab = await ext.open(ext.url("wrong-lang"));
  await tab.waitForStatus("painted");
  const popup = await ext.openPopup(tab);
  const text = await popup.waitFor(() => (document.querySelector(".person-name") ? document.body.innerText : null), null, 8_000);
  expect(text).toContain("Helena Vos");
  expect(text).not.toContain("German");
});

test("old-office: on a 2019 article the card shows the office held then, not today's", async ({ ext }) => {
  const expected = ext.expected("old-office");
  const tab = await ext.open(ext.url("old-office", expected.path));
  await tab.waitForStatus("painted");
  const card = expected.cards[0]!;
  await tab.hoverText(card.hover, { within: "article" });
  await waitForCard(tab);
  const text = await expectCardText(tab, card.mustContain, 8_000);
  for (const word of card.mustNotContain ?? []) expect(text).not.toContain(word);
  expect(text).toMatch(/2019/);
});

test("dateless and dated-followup: said elsewhere shows a publication date, or 'read on …' when the article has none", async ({ ext }) => {
  const options = await ext.openExtensionPage("src/options/index.html");
  expect(await options.evaluateExpression(`(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: "popup→bg:clearMemory", payload: null }).then((r) => r.ok)`)).toBe(true);
  await options.close();
  const open = async (slug: string) => {
    const tab = await ext.open(ext.url(slug));
    expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
    return tab;
  };
  /** Waits until the memory holds `n` articles (the background records a page after painting it). */
  const remembered = async (n: number) => {
    const page = await ext.openExtensionPage("src/options/index.html");
    await page.waitFor(
      (n) =>
        ((globalThis as unknown as { browser?: { runtime: { sendMessage(m: object): Promise<{ value?: { articles: number } }> } } }).browser ??
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ value?: { articles: number } }> } } }).chrome)
          .runtime.sendMessage({ type: "popup→bg:memoryStats", payload: null })
          .then((r) => (r.value?.articles ?? 0) >= n),
      n,
      8_000,
    );
    await page.close();
  };
  // The undated article first: remembered with no publication date.
  await (await open("dateless")).close();
  await remembered(1);
  const dated = await open("dated-followup");
  const fromDateless = ext.expected("dated-followup").memory!;
  await dated.hoverText(fromDateless.hover, { within: "article" });
  await waitForCard(dated);
  const text = await expectCardText(dated, [...fromDateless.mustContain, "read on"], 8_000);
  // The day it was read is never shown as the day it was said.
  const readDay = await dated.evaluate(() => new Date().toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" }));
  expect(text).toContain(`read on ${readDay}`);
  await dated.close();
  await remembered(2);
  // And the other way: the dated article's claim carries the date its visible dateline states.
  const undated = await open("dateless");
  const fromDated = ext.expected("dateless").memory!;
  await undated.hoverText(fromDated.hover, { within: "article" });
  await waitForCard(undated);
  const back = await expectCardText(undated, fromDated.mustContain, 8_000);
  const published = await undated.evaluate(() => new Date("2026-03-03T12:00:00Z").toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" }));
  expect(back).toContain(published);
  expect(back).not.toContain("read on");
});
