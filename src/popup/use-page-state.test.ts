import { describe, expect, it } from "vitest";
import type { PageState } from "../shared/types.ts";
import { MOCK_DEFAULT_SETTINGS } from "./mock-client.ts";
import { readParams, viewStatus, type Target, type ViewInput } from "./use-page-state.ts";

describe("readParams", () => {
  it.each([
    ["", { tabId: null, query: "" }],
    ["?tab=12", { tabId: 12, query: "" }],
    ["?tab=12&q=Ana%20Official", { tabId: 12, query: "Ana Official" }],
    ["?q=+spaced+", { tabId: null, query: "spaced" }],
    ["?tab=-1", { tabId: null, query: "" }],
    ["?tab=1.5", { tabId: null, query: "" }],
    ["?tab=abc", { tabId: null, query: "" }],
    ["?tab=99999999999999999999", { tabId: null, query: "" }],
  ])("%j", (search, expected) => {
    expect(readParams(search)).toEqual(expected);
  });
});

const web: Target = { tabId: 3, url: "https://www.news.example/a", isOwnPage: false, isLoading: false };
const state = (status: PageState["status"]): PageState => ({ tabId: 3, status, meta: null, people: [], claims: [], enrichment: null, updatedAt: 0 });
const base: ViewInput = { target: web, state: state("article"), settings: MOCK_DEFAULT_SETTINGS, hasAccess: true, error: null, gaveUp: false };

describe("viewStatus", () => {
  it.each<[string, Partial<ViewInput>, string]>([
    ["no target yet", { target: null }, "loading"],
    ["our own page in a tab", { target: { ...web, isOwnPage: true } }, "own-page"],
    ["a browser page", { target: { ...web, url: "chrome://newtab/" } }, "no-access"],
    ["a hidden URL and no state", { target: { ...web, url: null }, state: null }, "no-access"],
    ["a hidden URL with a reported article", { target: { ...web, url: null } }, "article"],
    [
      "a hidden URL, the site taken from the reported page",
      { target: { ...web, url: null }, state: { ...state("article"), meta: { url: "https://news.example/x", canonicalUrl: "", title: "", outlet: null, publishedAt: null, lang: null } }, settings: { ...MOCK_DEFAULT_SETTINGS, disabledSites: ["news.example"] } },
      "off-site",
    ],
    ["no tab", { target: { ...web, tabId: null } }, "no-access"],
    ["switched off everywhere, over any page state", { settings: { ...MOCK_DEFAULT_SETTINGS, enabled: false } }, "off-global"],
    ["switched off for the site (www. ignored)", { settings: { ...MOCK_DEFAULT_SETTINGS, disabledSites: ["news.example"] } }, "off-site"],
    ["another site switched off", { settings: { ...MOCK_DEFAULT_SETTINGS, disabledSites: ["other.example"] } }, "article"],
    ["settings not loaded yet", { settings: null }, "article"],
    ["transport error", { error: "no answer" }, "error"],
    ["state not asked yet", { state: undefined }, "loading"],
    ["no state, access", { state: null }, "reading"],
    ["no state, no access", { state: null, hasAccess: false }, "no-access"],
    ["no state, access unknown", { state: null, hasAccess: null }, "reading"],
    ["no state after waiting", { state: null, gaveUp: true }, "not-read"],
    ["stale off-site state after switching on", { state: state("off-site") }, "reading"],
    ["stale off state and no report", { state: state("off-global"), gaveUp: true }, "not-read"],
    ["reading", { state: state("reading") }, "reading"],
    ["reading for too long", { state: state("reading"), gaveUp: true }, "not-read"],
    ["not an article", { state: state("not-article") }, "not-article"],
    ["content reported no access", { state: state("no-access") }, "no-access"],
    ["content reported an error", { state: state("error") }, "error"],
  ])("%s", (_name, patch, expected) => {
    expect(viewStatus({ ...base, ...patch })).toBe(expected);
  });
});
