// @vitest-environment happy-dom
/**
 * The options page with the mock client: each opt-in source asks for its permission first and
 * gives it back when switched off (keeping what another source still uses); the fact-check key
 * and the stored answers.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createMockClient, type MockFixture } from "../popup/mock-client.ts";
import { byText, check, mount, one, typeInto, waitFor, type Mounted } from "../popup/__fixtures__/dom.ts";
import { OptionsApp } from "./OptionsApp.tsx";

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function open(fixture: Partial<MockFixture> = {}) {
  const client = createMockClient({ target: { tabId: null, url: null, isOwnPage: true, isLoading: false }, ...fixture });
  mounted = mount(<OptionsApp client={client} />);
  return { client, root: mounted.root };
}

const wikidataBox = (root: HTMLElement) => waitFor(() => root.querySelector<HTMLInputElement>("#srcl-wikidata"));
const settingsUpdates = (client: ReturnType<typeof open>["client"]) => client.calls.filter((c) => c.method === "updateSettings").map((c) => c.payload);

describe("options page", () => {
  it("explains what is sent and starts off", async () => {
    const { root } = open();
    const box = await wikidataBox(root);
    expect(box.checked).toBe(false);
    expect(one(root, ".wikidata").textContent).toContain("the person's name, nothing of the page");
    expect(one(root, 'label[for="srcl-wikidata"]').textContent).toBe("Look up unknown officials on Wikidata");
  });

  it("switches look-ups on only when the browser grants the permission", async () => {
    const { root, client } = open({ grant: { wikidata: true } });
    check(await wikidataBox(root), true);
    await waitFor(() => byText(root, "#srcl-wikidata-status", "Wikidata look-ups are on.")[0]);
    expect(client.events).toEqual(["requestAccess:wikidata"]);
    expect(settingsUpdates(client)).toEqual([{ wikidataEnabled: true }]);
    expect((await wikidataBox(root)).checked).toBe(true);
  });

  it("leaves the setting off when the permission is refused", async () => {
    const { root, client } = open({ grant: { wikidata: false } });
    check(await wikidataBox(root), true);
    await waitFor(() => byText(root, "#srcl-wikidata-status", "did not allow")[0]);
    expect(settingsUpdates(client)).toEqual([]);
    await waitFor(() => !one<HTMLInputElement>(root, "#srcl-wikidata").checked);
  });

  it("switching off saves the setting and drops the permission", async () => {
    const { root, client } = open({ settings: { wikidataEnabled: true }, access: { wikidata: true } });
    const box = await waitFor(() => (one<HTMLInputElement>(root, "#srcl-wikidata").checked ? one<HTMLInputElement>(root, "#srcl-wikidata") : null));
    check(box, false);
    await waitFor(() => byText(root, "#srcl-wikidata-status", "Wikidata look-ups are off.")[0]);
    expect(settingsUpdates(client)).toEqual([{ wikidataEnabled: false }]);
    expect(client.events).toEqual(["dropAccess:wikidata:"]);
  });

  it("shows look-ups as off when the reader withdrew the permission in the browser", async () => {
    const { root } = open({ settings: { wikidataEnabled: true }, access: { wikidata: false } });
    await waitFor(() => byText(root, "#srcl-wikidata-status", "permission was withdrawn")[0]);
    expect(one<HTMLInputElement>(root, "#srcl-wikidata").checked).toBe(false);
  });

  it("repeats the recording switch, the retention limits and the memory with a file import", async () => {
    const { root, client } = open({ stats: { articles: 1, claims: 2, people: 1, usageBytes: null } });
    check(await waitFor(() => root.querySelector<HTMLInputElement>("#srcl-opt-paused")), true);
    await waitFor(() => settingsUpdates(client).length === 1);
    expect(settingsUpdates(client)).toEqual([{ recordingPaused: true }]);
    expect(root.querySelector("#srcl-retention-days")).not.toBeNull();
    expect(root.querySelector("#srcl-import-file")).not.toBeNull();
    await waitFor(() => one(root, ".stats").textContent === "1 article, 2 claims, 1 person");
  });

  it("fact-checks: explains what is sent, how to get a key, and switches on only with the permission", async () => {
    const { root, client } = open({ grant: { factCheck: true } });
    const box = await waitFor(() => root.querySelector<HTMLInputElement>("#srcl-factcheck"));
    expect(box.checked).toBe(false);
    const section = one(root, "section.factCheck");
    expect(section.textContent).toContain("factchecktools.googleapis.com");
    expect(section.textContent).toContain("a claim's words only when you click");
    expect(one(section, ".how-to summary").textContent).toContain("How to get an API key");
    expect([...section.querySelectorAll(".how-to a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://console.cloud.google.com/projectcreate",
      "https://console.cloud.google.com/apis/library/factchecktools.googleapis.com",
      "https://console.cloud.google.com/apis/credentials",
    ]);
    check(box, true);
    await waitFor(() => byText(root, "#srcl-factcheck-status", "Fact-checks are on.")[0]);
    expect(client.events).toEqual(["requestAccess:factCheck"]);
    expect(client.calls.filter((c) => c.method === "updateSourceSettings").map((c) => c.payload)).toEqual([{ factCheck: true }]);
  });

  it("fact-checks: saves the key, shows only its end, and can remove it", async () => {
    const { root, client } = open();
    const input = await waitFor(() => root.querySelector<HTMLInputElement>("#srcl-factcheck-key"));
    expect(input.type).toBe("password");
    expect(one(root, "#srcl-factcheck-key-hint").textContent).toBe("No key saved yet.");
    typeInto(input, "  AIzaTestKey-1234x9Qa \n");
    one(root, ".key-form button[type=submit]").click();
    await waitFor(() => byText(root, ".key-form .inline-status", "Key saved.")[0]);
    expect(client.calls.filter((c) => c.method === "updateSourceSettings").map((c) => c.payload)).toEqual([{ factCheckKey: "AIzaTestKey-1234x9Qa" }]);
    await waitFor(() => byText(root, "#srcl-factcheck-key-hint", "A key ending in x9Qa is saved.")[0]);
    expect(root.textContent).not.toContain("AIzaTestKey");
    one(root, ".key-form button", "Remove key").click();
    await waitFor(() => byText(root, ".key-form .inline-status", "Key removed.")[0]);
  });

  it("switching Wikiquote off keeps wikidata.org while the Wikidata look-up is still on", async () => {
    const { root, client } = open({ settings: { wikidataEnabled: true }, sources: { wikiquote: true }, access: { wikidata: true, wikiquote: true } });
    const box = await waitFor(() => (one<HTMLInputElement>(root, "#srcl-wikiquote").checked ? one<HTMLInputElement>(root, "#srcl-wikiquote") : null));
    check(box, false);
    await waitFor(() => byText(root, "#srcl-wikiquote-status", "Sourced quotes are off.")[0]);
    expect(client.events).toEqual(["dropAccess:wikiquote:wikidata"]);
  });

  it("the stored fact-checks and quotes can be deleted", async () => {
    const { root, client } = open({ sources: { storedRecords: 3 } });
    await waitFor(() => byText(root, ".source-data .source-stats", "3 people or claims have fact-checks or quotes stored.")[0]);
    one(root, "#srcl-source-data-clear").click();
    await waitFor(() => byText(root, ".source-data .inline-status", "Stored fact-checks and quotes deleted.")[0]);
    expect(client.calls.some((c) => c.method === "clearSourceData")).toBe(true);
    await waitFor(() => byText(root, ".source-data .source-stats", "0 people or claims")[0]);
  });
});
