/**
 * The opt-in sources in the built extension, network stubbed (e2e/net/stub.ts: every request the
 * browser makes goes through it and is recorded; the three services answer from the recorded
 * fixtures). On the examplestan-ports page, whose officials are the fixtures' invented people:
 * - off (the default), or switched off again: hovering, the popup and the options page send
 *   nothing to any source's host;
 * - switched on in the options page (a real click on each switch, the key typed in): the card of
 *   Lior Ben-Ami shows his fact-checked claims and sourced quotes, and "Look for fact-checks of
 *   this claim" works from the card and from the popup, sending only that claim's words;
 * - a wrong key gives a short message in an intact card; stored answers are in the export and
 *   are deleted from the options page.
 */
import { CHECKED_CLAIM, TEST_KEYS } from "../src/background/sources/__fixtures__/routes.ts";
import { expect, test, type Tab } from "./fixtures.ts";
import type { Ext } from "./fixtures.ts";
import { backgroundCall, clickInCard, expectCardText, waitForCard } from "./support.ts";

const SLUG = "examplestan-ports";
const OPTIONS = "src/options/index.html";

/** Opens the fixture page and Lior Ben-Ami's card (a real pointer over his name). */
async function openCard(ext: Ext, name = "Lior Ben-Ami"): Promise<Tab> {
  const tab = await ext.open(ext.url(SLUG));
  await tab.waitForStatus("painted");
  await tab.hoverText(name, { within: "article" });
  await waitForCard(tab);
  return tab;
}

/** The reader's way: the options page, a key typed and saved, each switch clicked. */
async function switchOnInOptions(ext: Ext, key: string = TEST_KEYS.ok): Promise<void> {
  const options = await ext.openExtensionPage(OPTIONS);
  await options.waitFor(() => document.querySelector("#srcl-factcheck-key") !== null);
  await options.click("#srcl-factcheck-key");
  await options.type(key);
  await options.click(".key-form button[type=submit]");
  await options.waitFor(() => document.querySelector("#srcl-factcheck-key-hint")?.textContent?.includes("ending in"));
  await options.click("#srcl-factcheck");
  await options.waitFor(() => document.querySelector("#srcl-factcheck-status")?.textContent === "Fact-checks are on.");
  await options.click("#srcl-wikiquote");
  await options.waitFor(() => document.querySelector("#srcl-wikiquote-status")?.textContent === "Sourced quotes are on.");
  await options.close();
}

/**
 * The sources' optional host permissions the browser lists as granted. (Asked as a list, not with
 * permissions.contains: the content script's access to every http(s) site covers these hosts too,
 * so `contains` says yes whatever was granted; the list shows each optional permission itself.)
 */
async function grantedSourceOrigins(ext: Ext): Promise<string[]> {
  const page = await ext.openExtensionPage(OPTIONS);
  try {
    return await page.evaluate(async () => {
      type Api = { permissions: { getAll(): Promise<{ origins?: string[] }> } };
      const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome)!;
      const sources = ["https://factchecktools.googleapis.com/*", "https://en.wikiquote.org/*", "https://www.wikidata.org/*"];
      return ((await api.permissions.getAll()).origins ?? []).filter((o) => sources.includes(o)).sort();
    });
  } finally {
    await page.close();
  }
}

/** A moment for anything late (a request would leave within milliseconds of the card opening). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

test.afterEach(async ({ ext }) => {
  // Every test starts with the sources off, as a new reader has them.
  await backgroundCall(ext, "updateSourceSettings", { factCheck: false, wikiquote: false, factCheckKey: "" });
  await backgroundCall(ext, "clearSourceData", null);
});

test("sources off (the default): the card, the popup and the options page send nothing to any source", async ({ ext }) => {
  const tab = await openCard(ext);
  const card = await expectCardText(tab, ["Prime Minister"]);
  expect(card).not.toContain("Fact-checked claims");
  expect(card).not.toContain("Look for fact-checks");
  const popup = await ext.openPopup(tab);
  await popup.waitFor(() => document.body.innerText.includes("Lior Ben-Ami"));
  expect(await popup.evaluate(() => document.querySelectorAll(".check-claim").length)).toBe(0);
  const options = await ext.openExtensionPage(OPTIONS);
  await options.waitFor(() => document.querySelector("#srcl-factcheck") !== null);
  expect(await options.evaluate(() => (document.querySelector("#srcl-factcheck") as HTMLInputElement).checked)).toBe(false);
  await settle();
  expect(ext.net.sourceRequests()).toEqual([]);
});

test("both on: the card shows fact-checked claims and sourced quotes; the claim look-up works from the card", async ({ ext }) => {
  await switchOnInOptions(ext);
  const tab = await openCard(ext);
  const card = await expectCardText(tab, [
    "Fact-checked claims",
    // His claims under three spellings (one is a Wikidata alias), newest first, every review.
    "The new port tariff has already cut shipping costs by half.",
    "Falsch",
    "Faktencheck Beispiel",
    "(in German)",
    "Mostly false",
    "Example Fact Desk",
    "Half true",
    "Vérif Exemple",
    "Sourced quotes (Wikiquote)",
    "A port that closes at night is a port that loses the day.",
    "Speech at the opening of the Port Lumen terminal",
  ]);
  // Another person with the same surname, the bare surname, no claimant: not his.
  for (const other of ["interior ministry", "northern bridge", "rally abroad"]) expect(card).not.toContain(other);
  const calls = ext.net.sourceCalls();
  expect(calls.filter((u) => u.hostname === "factchecktools.googleapis.com").map((u) => u.searchParams.get("query"))).toEqual(["Lior Ben-Ami"]);
  expect(calls.filter((u) => u.hostname === "en.wikiquote.org").map((u) => u.searchParams.get("page"))).toEqual(["Lior Ben-Ami"]);

  await clickInCard(tab, "Look for fact-checks of this claim");
  await expectCardText(tab, ["1 fact-check found"]);
  const claimQueries = ext.net
    .sourceCalls()
    .filter((u) => u.hostname === "factchecktools.googleapis.com")
    .map((u) => u.searchParams.get("query")!)
    .slice(1);
  expect(claimQueries).toHaveLength(1);
  // Only the claim's words (the page's text of it), nothing else of the page.
  expect(claimQueries[0]!.replace(/[,.]$/, "")).toBe(CHECKED_CLAIM.replace(/\.$/, ""));
});

test("the per-claim look-up from the popup; a person without a confident Wikidata match gets no Wikiquote request", async ({ ext }) => {
  await switchOnInOptions(ext);
  const tab = await openCard(ext, "Dana Cole");
  await expectCardText(tab, ["No confident Wikidata match"]);
  expect(ext.net.sourceCalls().filter((u) => u.hostname === "en.wikiquote.org")).toEqual([]);
  const popup = await ext.openPopup(tab);
  await popup.waitFor(() => document.querySelectorAll(".check-claim").length > 0);
  const before = ext.net.sourceCalls().length;
  await settle();
  expect(ext.net.sourceCalls().length, "nothing is sent before the click").toBe(before);
  await popup.click(".group-official .check-claim");
  const text = await popup.waitFor(() => (document.body.innerText.includes("fact-check found") || document.body.innerText.includes("No fact-check of this claim") ? document.body.innerText : null));
  expect(text).toContain("1 fact-check found");
  expect(text).toContain("Mostly false");
});

test("a refused key: one short sentence in an intact card", async ({ ext }) => {
  await switchOnInOptions(ext, TEST_KEYS.invalid);
  const tab = await openCard(ext);
  const card = await expectCardText(tab, ["The fact-check service refused the API key", "Said here", "Sourced quotes (Wikiquote)"]);
  expect(card).toContain("Prime Minister");
});

test("switched off in the options page: the permissions go back and nothing is sent any more", async ({ ext }) => {
  await switchOnInOptions(ext);
  const all = ["https://en.wikiquote.org/*", "https://factchecktools.googleapis.com/*", "https://www.wikidata.org/*"];
  // Asked at opt-in (the Chromium test build holds them from the start: vite.config.ts).
  expect(await grantedSourceOrigins(ext)).toEqual(all);
  const options = await ext.openExtensionPage(OPTIONS);
  await options.waitFor(() => (document.querySelector("#srcl-factcheck") as HTMLInputElement | null)?.checked === true);
  await options.click("#srcl-factcheck");
  await options.waitFor(() => document.querySelector("#srcl-factcheck-status")?.textContent === "Fact-checks are off.");
  await options.click("#srcl-wikiquote");
  await options.waitFor(() => document.querySelector("#srcl-wikiquote-status")?.textContent === "Sourced quotes are off.");
  // Removed at opt-out. The Chromium test build holds these sites as required permissions
  // (vite.config.ts; Chromium cannot accept an optional prompt without a person), so only Firefox
  // can show the removal.
  expect(await grantedSourceOrigins(ext)).toEqual(ext.browserName === "firefox" ? [] : all);
  ext.net.clear();
  const tab = await openCard(ext);
  const card = await expectCardText(tab, ["Prime Minister"]);
  expect(card).not.toContain("Fact-checked claims");
  await settle();
  expect(ext.net.sourceRequests()).toEqual([]);
});

test("stored fact-checks and quotes are in the JSON export and are deleted from the options page", async ({ ext }) => {
  await switchOnInOptions(ext);
  const tab = await openCard(ext);
  await expectCardText(tab, ["Mostly false", "A port that closes at night"]);
  const exported = JSON.parse(await backgroundCall(ext, "exportData", { format: "json" })) as { sources?: { factChecks: { query: string }[]; quotes: { qid: string }[] } };
  expect(exported.sources?.factChecks.map((r) => r.query)).toEqual(["Lior Ben-Ami"]);
  expect(exported.sources?.quotes.map((r) => r.qid)).toEqual(["Q90000001"]);
  const options = await ext.openExtensionPage(OPTIONS);
  await options.waitFor(() => document.querySelector(".source-stats")?.textContent?.startsWith("2 "));
  await options.click("#srcl-source-data-clear");
  await options.waitFor(() => document.querySelector(".source-data [role=status]")?.textContent === "Stored fact-checks and quotes deleted.");
  expect((await backgroundCall(ext, "getSourceStatus", null)).storedRecords).toBe(0);
});
