// @vitest-environment happy-dom
/** The options page with the mock client: the Wikidata opt-in asks for the permission first. */
import { afterEach, describe, expect, it } from "vitest";
import { createMockClient, type MockFixture } from "../popup/mock-client.ts";
import { byText, check, mount, one, waitFor, type Mounted } from "../popup/__fixtures__/dom.ts";
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
    const { root, client } = open({ grantWikidata: true });
    check(await wikidataBox(root), true);
    await waitFor(() => byText(root, "#srcl-wikidata-status", "Wikidata look-ups are on.")[0]);
    expect(client.events).toEqual(["requestWikidataAccess"]);
    expect(settingsUpdates(client)).toEqual([{ wikidataEnabled: true }]);
    expect((await wikidataBox(root)).checked).toBe(true);
  });

  it("leaves the setting off when the permission is refused", async () => {
    const { root, client } = open({ grantWikidata: false });
    check(await wikidataBox(root), true);
    await waitFor(() => byText(root, "#srcl-wikidata-status", "did not allow")[0]);
    expect(settingsUpdates(client)).toEqual([]);
    await waitFor(() => !one<HTMLInputElement>(root, "#srcl-wikidata").checked);
  });

  it("switching off saves the setting and drops the permission", async () => {
    const { root, client } = open({ settings: { wikidataEnabled: true }, hasWikidataAccess: true });
    const box = await waitFor(() => (one<HTMLInputElement>(root, "#srcl-wikidata").checked ? one<HTMLInputElement>(root, "#srcl-wikidata") : null));
    check(box, false);
    await waitFor(() => byText(root, "#srcl-wikidata-status", "Wikidata look-ups are off.")[0]);
    expect(settingsUpdates(client)).toEqual([{ wikidataEnabled: false }]);
    expect(client.events).toEqual(["dropWikidataAccess"]);
  });

  it("shows look-ups as off when the reader withdrew the permission in the browser", async () => {
    const { root } = open({ settings: { wikidataEnabled: true }, hasWikidataAccess: false });
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
});
