// @vitest-environment happy-dom
/**
 * No visible string bypasses the messages, checked on what is rendered: the popup (page, search,
 * settings, memory, a claim checked), the options page and the hover card (with every opt-in
 * section state) are rendered with a pseudo-language in which every message comes back inside
 * ⟦…⟧. Everything on screen, and every text a screen reader is given, must then be either inside
 * those marks or data (names, claims, titles from the fixtures, dates and numbers formatted by
 * Intl): a single word outside them is a string that a translation would miss.
 */
import { afterEach, describe, expect, it } from "vitest";
import messages from "../../_locales/en/messages.json" with { type: "json" };
import { createTranslator, messagesGetter } from "../shared/i18n.ts";
import type { FactCheckItem, PersonSources, SourcedQuote } from "../shared/types.ts";
import { OptionsApp } from "../options/OptionsApp.tsx";
import { App } from "./App.tsx";
import { createMockClient } from "./mock-client.ts";
import { ARTICLE_STATE, ARTICLE_URL, HITS, TAB_ID } from "./__fixtures__/pages.ts";
import { mount, waitFor, type Mounted } from "./__fixtures__/dom.ts";
import { HoverCard, type HoverCardProps } from "../ui/card/HoverCard.tsx";

const en = messagesGetter(messages);
const pseudo = createTranslator((key, subs) => (key === "messagesLocale" ? en(key) : `⟦${en(key, subs)}⟧`));

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const FACT_CHECKS: FactCheckItem[] = [
  {
    text: "The new port tariff has already cut shipping costs by half.",
    claimant: "Mara Ostvik",
    date: "2026-10-02T00:00:00.000Z",
    reviews: [
      { publisher: "Faktencheck Beispiel", site: "faktencheck.example", url: "https://faktencheck.example/a", title: "Hafenzoll", rating: "Falsch", date: "2026-10-07T12:00:00.000Z", language: "de" },
      { publisher: "Example Fact Desk", site: "factdesk.example", url: "https://factdesk.example/b", title: "Not yet", rating: null, date: null, language: "en" },
    ],
  },
  { text: "Rail fares have not risen once.", claimant: null, date: null, reviews: [{ publisher: "railwatch.example", site: null, url: null, title: null, rating: "Misleading", date: "2025-03-04T00:00:00.000Z", language: null }] },
];
const QUOTES: SourcedQuote[] = [
  { text: "A port that closes at night is a port that loses the day.", source: "Speech at the Port Lumen terminal", url: "https://news.example/s", date: "2026-03-14" },
  { text: "Every bridge we build is a promise.", source: "Address to the Parliament", url: "https://en.wikiquote.org/wiki/X#2019", date: "2019" },
];

/** Every string value inside the fixtures: the data a page may show as it is. */
function dataStrings(...values: unknown[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  values.forEach(walk);
  return out.filter((s) => /\p{L}/u.test(s)).sort((a, b) => b.length - a.length);
}

/** What remains of the rendered words once messages and data are taken out. */
function outsideMessages(root: Element, data: string[]): string[] {
  const pieces: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) pieces.push(n.textContent ?? "");
  for (const el of Array.from(root.querySelectorAll("*"))) {
    for (const attr of ["aria-label", "aria-description", "title", "placeholder", "alt"]) {
      const v = el.getAttribute(attr);
      if (v) pieces.push(v);
    }
  }
  const left: string[] = [];
  for (const piece of pieces) {
    let s = piece;
    // Data first (it may contain brackets of its own), then the messages, innermost first.
    for (const d of data) s = s.split(d).join(" ");
    for (let before = ""; before !== s; ) {
      before = s;
      s = s.replace(/⟦[^⟦⟧]*⟧/g, " ");
    }
    // Dates and numbers as Intl formats them.
    s = s.replace(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g, " ");
    if (/\p{L}/u.test(s)) left.push(JSON.stringify(piece.trim()));
  }
  return left;
}

describe("everything shown is a message or data (pseudo-language render)", () => {
  it("the check sees a word outside the messages, in text and in a screen reader's label", () => {
    mounted = mount(
      <p>
        {pseudo("cardSaidHere")} Mara Ostvik, 4 Mar 2026 <button aria-label="Close">×</button> forgot
      </p>,
      pseudo,
    );
    expect(outsideMessages(mounted.root, dataStrings("Mara Ostvik"))).toEqual(['"forgot"', '"Close"']);
  });

  it("the popup: this page with a claim checked, search results, settings and the memory", async () => {
    const client = createMockClient({
      target: { tabId: TAB_ID, url: ARTICLE_URL, isOwnPage: false, isLoading: false },
      states: { [TAB_ID]: ARTICLE_STATE },
      hits: HITS,
      stats: { articles: 3, claims: 12, people: 5, usageBytes: 20480 },
      sources: { factCheck: true },
      claimCheck: { status: "found", items: FACT_CHECKS, fetchedAt: 1, link: "https://toolbox.google.com/factcheck/explorer/search/x" },
      search: "?q=harbour",
    });
    mounted = mount(<App client={client} />, pseudo);
    const root = mounted.root;
    await waitFor(() => root.querySelector(".person") && root.querySelector(".hit") && root.querySelector(".check-claim") && root.querySelector(".stats")?.textContent?.includes("20"));
    root.querySelector<HTMLButtonElement>(".check-claim")!.click();
    await waitFor(() => root.querySelector(".factchecks"));
    expect(outsideMessages(root, dataStrings(ARTICLE_STATE, HITS, FACT_CHECKS, "example-news.test", "20 KB"))).toEqual([]);
    // The words really are the messages: the same page in English reads the English messages.
    expect(root.textContent).toContain("⟦Look for fact-checks of this claim⟧");
  });

  it("the options page", async () => {
    const client = createMockClient({ target: { tabId: null, url: null, isOwnPage: true, isLoading: false }, sources: { hasFactCheckKey: true, factCheckKeyEnd: "x9Qa", storedRecords: 2 }, settings: { wikidataEnabled: true }, access: { wikidata: false } });
    mounted = mount(<OptionsApp client={client} />, pseudo);
    const root = mounted.root;
    await waitFor(() => root.querySelector("#srcl-factcheck") && root.querySelector(".source-stats")?.textContent?.includes("2"));
    expect(outsideMessages(root, dataStrings("x9Qa"))).toEqual([]);
  });

  it.each([
    ["found", { factChecks: { status: "found", items: FACT_CHECKS, fetchedAt: 1, link: "https://toolbox.google.com/x" }, quotes: { status: "found", items: QUOTES, fetchedAt: 1, link: "https://en.wikiquote.org/wiki/X" } }],
    ["nothing found", { factChecks: { status: "none", fetchedAt: 1, link: null }, quotes: { status: "no-match" } }],
    ["failures", { factChecks: { status: "error", problem: "bad-key" }, quotes: { status: "error", problem: "offline" } }],
  ] as const)("the hover card with the sources' answers: %s", (_name, answers: PersonSources) => {
    const props: HoverCardProps = {
      person: ARTICLE_STATE.people[0]!,
      kb: ARTICLE_STATE.enrichment!.people["p-mara"]!.kb,
      claims: ARTICLE_STATE.claims.filter((c) => c.speakerId === "p-mara"),
      focusedClaimId: "c1",
      elsewhere: [{ text: "Ports are jobs.", kind: "direct", role: null, articleTitle: "Port story", articleUrl: "https://a.example/1", outlet: "A News", date: "2026-01-02", readOn: "2026-01-05" }],
      elsewhereTotal: 4,
      isLoading: false,
      note: null,
      feedbackGiven: null,
      onClaim: () => undefined,
      onMore: () => undefined,
      onFeedback: () => undefined,
      onClose: () => undefined,
      sources: {
        ...answers,
        canCheckClaims: true,
        claimChecks: { c1: { status: "done", answer: { status: "none", fetchedAt: 1, link: null } }, c5: { status: "checking" } },
        onCheckClaim: () => undefined,
      },
    };
    mounted = mount(<HoverCard {...props} />, pseudo);
    expect(outsideMessages(mounted.root, dataStrings(props.person, props.kb, props.claims, props.elsewhere, answers))).toEqual([]);
    expect(mounted.root.querySelectorAll(".factcheck-section, .quotes-section").length).toBe(2);
  });
});
