// @vitest-environment happy-dom
/**
 * The popup rendered with the mock client (./mock-client.ts): each page status, the officials
 * list, claims grouped by speaker, reveal, search (?q=), settings and the memory controls.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { FactCheckItem, SourceAnswer } from "../shared/types.ts";
import { App } from "./App.tsx";
import { createMockClient, type MockFixture } from "./mock-client.ts";
import { ARTICLE_STATE, ARTICLE_URL, HITS, NO_OFFICIALS_STATE, NOT_ARTICLE_STATE, TAB_ID } from "./__fixtures__/pages.ts";
import { byText, check, isShown, mount, one, typeInto, waitFor, type Mounted } from "./__fixtures__/dom.ts";

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const articleTarget = { tabId: TAB_ID, url: ARTICLE_URL, isOwnPage: false, isLoading: false };

function open(fixture: Partial<MockFixture> = {}) {
  const client = createMockClient({ target: articleTarget, states: { [TAB_ID]: ARTICLE_STATE }, ...fixture });
  mounted = mount(<App client={client} />);
  return { client, root: mounted.root };
}

const pagePanel = (root: HTMLElement) => one(root, "#srcl-popup-panel-page");
/** The first settled empty-state title (past "Loading…"). */
const emptyTitle = async (root: HTMLElement) =>
  waitFor(() => {
    const t = root.querySelector(".empty-title")?.textContent;
    return t && t !== "Loading…" ? t : null;
  });

describe("popup App: this page", () => {
  it("lists the officials with role, KB position and claim counts, and groups the claims by speaker", async () => {
    const { root } = open();
    await waitFor(() => root.querySelector(".person"));
    const panel = pagePanel(root);
    expect(isShown(panel)).toBe(true);
    const people = [...panel.querySelectorAll(".people .person")];
    expect(people.map((p) => p.querySelector(".person-name")?.firstChild?.textContent)).toEqual(["Mara Ostvik", "Tobias Renner"]);
    const mara = people[0]!;
    expect(mara.querySelector(".role")?.textContent).toBe("Minister of Ports · Norland");
    expect(mara.querySelector(".kb")?.textContent).toContain("Minister of Ports and Fisheries, Government of Norland");
    expect(mara.querySelector(".counts")?.textContent).toContain("2 claims here");
    expect(mara.querySelector(".counts")?.textContent).toContain("5 elsewhere");
    expect(people[1]!.querySelector(".counts")?.textContent).toMatch(/1 claim here · none elsewhere/);
    // Non-officials who said something: the quieter list; people who said nothing are left out.
    expect([...panel.querySelectorAll(".others li")].map((li) => li.textContent)).toEqual(["Lee Aldana, dock worker · 1 claim"]);
    // Claims by speaker: officials first, then other people, then source labels (merged by wording).
    const groups = [...panel.querySelectorAll(".group")].map((g) => [g.querySelector(".group-label")?.textContent, g.querySelectorAll("li").length]);
    expect(groups).toEqual([
      ["Mara Ostvik, Minister of Ports · Norland", 2],
      ["Tobias Renner, Mayor · Calderport", 1],
      ["Lee Aldana, dock worker", 1],
      ["A ministry spokesperson", 2],
    ]);
    expect(byText(panel, ".claim", "“We will open the harbour to every ship by spring.”")).toHaveLength(1);
    expect(byText(panel, ".claim-indirect", "the agreement protects local jobs")).toHaveLength(1);
    expect(one(panel, '.sr-only[role="status"]').textContent).toBe("2 officials found, 6 claims on this page");
  });

  it("says when recording is paused", async () => {
    const { root } = open({ settings: { recordingPaused: true } });
    await waitFor(() => byText(root, ".note", "Recording is paused")[0]);
  });

  it("reveals an official in the page and closes the popup", async () => {
    const { root, client } = open();
    const button = await waitFor(() => byText(root, ".person-name", "Tobias Renner")[0]);
    button.click();
    await waitFor(() => client.events.includes("closePopup"));
    expect(client.calls.filter((c) => c.method === "revealInPage").map((c) => c.payload)).toEqual([{ tabId: TAB_ID, personId: "p-tobi" }]);
  });

  it("reveals a single claim with its id", async () => {
    const { root, client } = open();
    const claim = await waitFor(() => byText(root, ".claim-button", "The money is already there.")[0]);
    claim.click();
    await waitFor(() => client.calls.some((c) => c.method === "revealInPage"));
    expect(client.calls.find((c) => c.method === "revealInPage")?.payload).toEqual({ tabId: TAB_ID, personId: "p-mara", claimId: "c5" });
  });

  it("says so when the person cannot be found in the page any more", async () => {
    const { root, client } = open();
    const button = await waitFor(() => byText(root, ".person-name", "Mara Ostvik")[0]);
    client.setState(TAB_ID, { ...ARTICLE_STATE, people: [] }); // the page changed under the popup
    button.click();
    await waitFor(() => byText(root, ".notice", "Could not find that")[0]);
    expect(client.events).not.toContain("closePopup");
  });

  it("renders stored text as text, never as markup", async () => {
    const evil = { ...ARTICLE_STATE, people: [{ ...ARTICLE_STATE.people[0]!, name: '<img src=x onerror="alert(1)">Eve' }] };
    const { root } = open({ states: { [TAB_ID]: evil } });
    const name = await waitFor(() => root.querySelector(".person-name"));
    expect(name.textContent).toContain('<img src=x onerror="alert(1)">Eve');
    expect(root.querySelector("img")).toBeNull();
  });

  it.each([
    ["not an article", { states: { [TAB_ID]: NOT_ARTICLE_STATE } }, "Not a news article"],
    ["no officials", { states: { [TAB_ID]: NO_OFFICIALS_STATE } }, "No officials found"],
    ["off for the site", { settings: { disabledSites: ["example-news.test"] } }, "Switched off for this site"],
    ["off everywhere", { settings: { enabled: false } }, "Switched off"],
    ["a browser page", { target: { tabId: 7, url: "chrome://extensions/", isOwnPage: false, isLoading: false } }, "No access to this site"],
    ["a tab we may not see", { target: { tabId: 7, url: null, isOwnPage: false, isLoading: false }, states: {} }, "No access to this site"],
    ["a site whose permission was withdrawn", { states: {}, hasSiteAccess: false }, "No access to this site"],
    ["a page being read", { states: { [TAB_ID]: { ...NOT_ARTICLE_STATE, status: "reading" as const } } }, "Reading…"],
    ["a page the content script has not reported yet", { states: {} }, "Reading…"],
    ["an error state", { states: { [TAB_ID]: { ...NOT_ARTICLE_STATE, status: "error" as const } } }, "Something went wrong"],
    ["a failing background", { failing: { getPageState: "no answer" } }, "Something went wrong"],
    [
      "an article in a language the engine does not read",
      { states: { [TAB_ID]: { ...NOT_ARTICLE_STATE, status: "other-language" as const, meta: { ...ARTICLE_STATE.meta!, lang: "fr" } } } },
      "This article is in French: Sourcelight reads English only, so nothing is highlighted.",
    ],
  ])("shows the empty state for %s", async (_name, fixture, title) => {
    const { root } = open(fixture as Partial<MockFixture>);
    expect(await waitFor(() => root.querySelector(".empty-title")?.textContent === title && title)).toBe(title);
    expect(isShown(pagePanel(root))).toBe(true);
  });

  it("lists the article's makers apart from its people", async () => {
    const state = { ...ARTICLE_STATE, meta: { ...ARTICLE_STATE.meta!, makers: ["By Jane Roe", "Photo: Tom Poe / AFP"] } };
    const { root } = open({ states: { [TAB_ID]: state } });
    const makers = await waitFor(() => root.querySelector(".makers"));
    expect(makers.textContent).toBe("By Jane Roe · Photo: Tom Poe / AFP");
    expect(Array.from(root.querySelectorAll(".person-name"), (el) => el.textContent)).not.toContain("Jane Roe");
  });

  it("switches a site back on from its empty state", async () => {
    const { root, client } = open({ settings: { disabledSites: ["example-news.test"] } });
    expect(await emptyTitle(root)).toBe("Switched off for this site");
    one(root, "button", "Switch on for example-news.test").click();
    await waitFor(() => root.querySelector(".person"));
    expect(client.calls.find((c) => c.method === "setSiteEnabled")?.payload).toEqual({ site: "example-news.test", enabled: true });
  });

  it("reads the site from the reported page when the browser hides the tab's URL", async () => {
    const { root } = open({ target: { ...articleTarget, url: null } });
    await waitFor(() => root.querySelector(".person"));
    expect(one(root, ".site").textContent).toBe("example-news.test");
  });

  it("picks up the page once the content script reports it", async () => {
    const { root, client } = open({ states: {} });
    expect(await emptyTitle(root)).toBe("Reading…");
    client.setState(TAB_ID, ARTICLE_STATE);
    await waitFor(() => root.querySelector(".person"), 3000);
  });
});

describe("popup App: search", () => {
  it("opens on the search tab with ?q= prefilled and lists the results", async () => {
    const { root, client } = open({ search: "?tab=41&q=Mara%20Ostvik", hits: HITS });
    const hits = await waitFor(() => (root.querySelectorAll(".hit").length === 2 ? root.querySelectorAll(".hit") : null));
    expect(isShown(one(root, "#srcl-popup-panel-search"))).toBe(true);
    expect(isShown(pagePanel(root))).toBe(false);
    expect(one(root, "#srcl-popup-tab-search").getAttribute("aria-selected")).toBe("true");
    expect((one<HTMLInputElement>(root, "#srcl-search-input")).value).toBe("Mara Ostvik");
    expect(client.calls.find((c) => c.method === "search")?.payload).toEqual({ query: "Mara Ostvik", limit: 50 });
    expect(one(root, ".search-status").textContent).toBe("2 claims match “Mara Ostvik”.");
    const [first, second] = [...hits];
    expect(first!.querySelector(".claim")?.textContent).toBe("“We will open the harbour to every ship by spring.”");
    expect(first!.querySelector(".by")?.textContent).toBe("Mara Ostvik, Minister of Ports");
    const link = first!.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://example-news.test/world/harbour-deal");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(first!.querySelector(".src")?.textContent).toMatch(/Example News · .*2026/);
    // A stored javascript: URL never becomes a link; stored markup stays text.
    expect(second!.querySelector("a")).toBeNull();
    expect(second!.querySelector(".claim")?.textContent).toBe("ports need <b>investment</b>");
    expect(second!.querySelector("b")).toBeNull();
  });

  it("searches as the reader types and says when nothing matches", async () => {
    const { root, client } = open({ hits: HITS });
    one(root, "#srcl-popup-tab-search").click();
    const input = one<HTMLInputElement>(root, "#srcl-search-input");
    typeInto(input, "harbour");
    await waitFor(() => root.querySelectorAll(".hit").length === 1);
    typeInto(input, "zebra");
    await waitFor(() => one(root, ".search-status").textContent === "Nothing remembered matches “zebra”.");
    expect(client.calls.filter((c) => c.method === "search").map((c) => (c.payload as { query: string }).query)).toEqual(["harbour", "zebra"]);
  });

  it("searches the memory for an official from the page", async () => {
    const { root } = open({ hits: HITS });
    (await waitFor(() => byText(root, ".counts .link-button", "5 elsewhere")[0])).click();
    await waitFor(() => root.querySelectorAll(".hit").length === 2);
    expect(isShown(one(root, "#srcl-popup-panel-search"))).toBe(true);
    expect(one<HTMLInputElement>(root, "#srcl-search-input").value).toBe("Mara Ostvik");
  });

  it("hides the page tab when opened as a page of its own", async () => {
    const { root } = open({ target: { tabId: 9, url: "chrome-extension://abc/src/popup/index.html?q=x", isOwnPage: true, isLoading: false }, search: "?q=x" });
    await waitFor(() => root.querySelector("#srcl-popup-panel-page") === null && root.querySelector("#srcl-popup-tab-page") === null);
    expect(isShown(one(root, "#srcl-popup-panel-search"))).toBe(true);
  });
});

describe("popup App: settings and memory", () => {
  async function openSettings(fixture: Partial<MockFixture> = {}) {
    const opened = open({ stats: { articles: 3, claims: 12, people: 5, usageBytes: 20480 }, ...fixture });
    one(opened.root, "#srcl-popup-tab-settings").click();
    await waitFor(() => opened.root.querySelector("#srcl-set-enabled"));
    return opened;
  }

  it("moves between tabs with the arrow keys", async () => {
    const { root } = open();
    const first = one(root, "#srcl-popup-tab-page");
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    await waitFor(() => isShown(one(root, "#srcl-popup-panel-settings")));
    expect(one(root, "#srcl-popup-tab-settings").getAttribute("tabindex")).toBe("0");
    expect(first.getAttribute("tabindex")).toBe("-1");
  });

  it("saves each switch, the site switch and the highlight style", async () => {
    const { root, client } = await openSettings();
    check(one<HTMLInputElement>(root, "#srcl-set-claims"), false);
    check(one<HTMLInputElement>(root, "#srcl-set-paused"), true);
    one<HTMLInputElement>(root, "#srcl-style-marker").click();
    check(one<HTMLInputElement>(root, "#srcl-set-site"), false);
    await waitFor(() => client.calls.some((c) => c.method === "setSiteEnabled"));
    expect(one(root, 'label[for="srcl-set-site"]').textContent).toBe("On for example-news.test");
    expect(client.calls.filter((c) => c.method === "updateSettings").map((c) => c.payload)).toEqual([
      { showClaims: false },
      { recordingPaused: true },
      { highlightStyle: "marker" },
    ]);
    expect(client.calls.find((c) => c.method === "setSiteEnabled")?.payload).toEqual({ site: "example-news.test", enabled: false });
    await waitFor(() => !one<HTMLInputElement>(root, "#srcl-set-site").checked);
  });

  it("validates and saves the retention limits together", async () => {
    const { root, client } = await openSettings();
    typeInto(one<HTMLInputElement>(root, "#srcl-retention-days"), "thirty");
    one(root, "button", "Save limits").click();
    await waitFor(() => byText(root, ".inline-status", "Days must be a whole number")[0]);
    expect(one(root, "#srcl-retention-days").getAttribute("aria-invalid")).toBe("true");
    expect(client.calls.some((c) => c.method === "updateSettings")).toBe(false);
    typeInto(one<HTMLInputElement>(root, "#srcl-retention-days"), "30");
    typeInto(one<HTMLInputElement>(root, "#srcl-retention-max"), "5000");
    one(root, "button", "Save limits").click();
    await waitFor(() => byText(root, ".inline-status", "Saved.")[0]);
    expect(client.calls.find((c) => c.method === "updateSettings")?.payload).toEqual({ retentionDays: 30, retentionMaxClaims: 5000 });
  });

  it("shows the memory and clears it only after the confirm step", async () => {
    const { root, client } = await openSettings();
    await waitFor(() => one(root, ".stats").textContent === "3 articles, 12 claims, 5 people · 20 KB used");
    one(root, "button", "Clear memory…").click();
    const confirm = await waitFor(() => root.querySelector(".confirm"));
    expect(confirm.textContent).toContain("Forget 3 articles and 12 claims?");
    await waitFor(() => document.activeElement?.textContent === "Cancel");
    one(root, "button", "Cancel").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await waitFor(() => root.querySelector(".confirm") === null);
    await waitFor(() => document.activeElement?.textContent === "Clear memory…");
    expect(client.calls.some((c) => c.method === "clearMemory")).toBe(false);
    one(root, "button", "Clear memory…").click();
    (await waitFor(() => byText(root, "button", "Clear everything")[0])).click();
    await waitFor(() => byText(root, ".memory .inline-status", "Memory cleared.")[0]);
    await waitFor(() => one(root, ".stats").textContent === "0 articles, 0 claims, 0 people · 0 B used");
    expect(client.calls.filter((c) => c.method === "clearMemory")).toHaveLength(1);
  });

  it("forgets the tab's site after its own confirm step", async () => {
    const { root, client } = await openSettings({ siteArticles: { "example-news.test": 2 } });
    one(root, "button", "Forget example-news.test…").click();
    const confirm = await waitFor(() => root.querySelector(".confirm"));
    expect(confirm.textContent).toContain("Forget every article remembered from example-news.test?");
    await waitFor(() => document.activeElement?.textContent === "Cancel");
    one(root, ".confirm button", "Forget example-news.test").click();
    await waitFor(() => byText(root, ".memory .inline-status", "Forgot 2 articles from example-news.test.")[0]);
    await waitFor(() => one(root, ".stats").textContent?.startsWith("1 article,"));
    expect(client.calls.filter((c) => c.method === "deleteSite").map((c) => c.payload)).toEqual([{ site: "example-news.test" }]);
    expect(client.calls.some((c) => c.method === "clearMemory")).toBe(false);
    await waitFor(() => document.activeElement?.textContent === "Forget example-news.test…");
  });

  it("imports a JSON file and reports the counts or the error", async () => {
    const { root, client } = await openSettings();
    const input = await waitFor(() => root.querySelector<HTMLInputElement>("#srcl-import-file"));
    const pick = (text: string) => {
      Object.defineProperty(input, "files", { configurable: true, value: [new File([text], "memory.json", { type: "application/json" })] });
      input.dispatchEvent(new Event("change", { bubbles: true }));
    };
    pick(JSON.stringify({ articles: [{}, {}], claims: [{}, {}, {}] }));
    await waitFor(() => byText(root, ".memory .inline-status", "Imported 2 articles and 3 claims.")[0]);
    pick("not json");
    await waitFor(() => byText(root, ".memory .inline-status.error", "Import failed:")[0]);
    expect(client.calls.filter((c) => c.method === "importData")).toHaveLength(2);
  });

  it.each([true, false])("sends the toolbar popup to the options page for importing (Firefox: %s)", async (isFirefox) => {
    const { root, client } = await openSettings({ isFirefox, isToolbarPopup: true });
    const link = await waitFor(() => byText(root, "button", "Import a JSON export on the settings page")[0]);
    expect(root.querySelector("#srcl-import-file")).toBeNull();
    link.click();
    expect(client.events).toContain("openOptionsPage");
  });

  it("opens the options page for the Wikidata opt-in", async () => {
    const { root, client } = await openSettings();
    one(root, "button", "More settings").click();
    expect(client.events).toEqual(["openOptionsPage"]);
  });
});

describe("popup App: looking for fact-checks of a claim", () => {
  it("offers the look-up only with fact-checks on", async () => {
    const { root } = open();
    await waitFor(() => root.querySelector(".person"));
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelectorAll(".check-claim")).toHaveLength(0);
  });

  it("sends only the clicked claim's words, once, and lists what was found", async () => {
    const found: SourceAnswer<FactCheckItem> = {
      status: "found",
      fetchedAt: 1,
      link: null,
      items: [{ text: "The money is already there.", claimant: "Mara Ostvik", date: null, reviews: [{ publisher: "Example Fact Desk", site: null, url: "https://factdesk.example/m", title: null, rating: "Half true", date: null, language: "en" }] }],
    };
    const { root, client } = open({ sources: { factCheck: true }, claimCheck: found });
    const buttons = await waitFor(() => (root.querySelectorAll(".group-official .check-claim").length === 3 ? root.querySelectorAll<HTMLButtonElement>(".group-official .check-claim") : null));
    expect(client.calls.filter((c) => c.method === "checkClaim")).toEqual([]);
    buttons[1]!.click();
    await waitFor(() => byText(root, ".claim-check", "1 fact-check found:")[0]);
    expect(one(root, ".claim-check").textContent).toContain("Half true — Example Fact Desk");
    expect(client.calls.filter((c) => c.method === "checkClaim").map((c) => c.payload)).toEqual([{ text: "The money is already there." }]);
  });

  it("says plainly when none was found; after a failure, 'Try again' asks once more", async () => {
    const none = open({ sources: { factCheck: true } });
    (await waitFor(() => none.root.querySelector<HTMLButtonElement>(".check-claim"))).click();
    await waitFor(() => byText(none.root, ".claim-check", "No fact-check of this claim was found.")[0]);
    mounted?.unmount();
    const failing = open({ sources: { factCheck: true }, claimCheck: { status: "error", problem: "quota" } });
    (await waitFor(() => failing.root.querySelector<HTMLButtonElement>(".check-claim"))).click();
    const retry = await waitFor(() => byText<HTMLButtonElement>(failing.root, ".claim-check button", "Try again")[0]);
    expect(one(failing.root, ".claim-check").textContent).toContain("daily quota is used up");
    retry.click();
    await waitFor(() => failing.client.calls.filter((c) => c.method === "checkClaim").length === 2);
  });
});
