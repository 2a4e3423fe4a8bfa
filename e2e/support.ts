/**
 * Spec helpers built on the driver: paint assertions that poll the test hook (so a spec waits for
 * a state, never for a fixed time), the card, and in-page snapshots of what the extension must
 * not change.
 */
import { expect } from "@playwright/test";
import { wireType, type PopupToBackground } from "../src/shared/messages.ts";
import { prefixed } from "../src/shared/prefix.ts";
import { TEST_CARD_BUTTON_REQUEST, TEST_CARD_BUTTON_RESPONSE, type TestHighlight } from "../src/shared/test-hooks.ts";
import type { ExtensionDriver, Tab } from "./driver/types.ts";
import { compareSpeakers, comparePaint, type ExpectedPaint } from "./expected.ts";

/**
 * Poll the painted highlights until they equal `expected` (names with counts, claims, speakers,
 * nothing containing a `notHighlighted` name), then assert — the failure lists every difference.
 */
export async function expectPaint(tab: Tab, expected: ExpectedPaint, notHighlighted: string[] = [], timeoutMs = 5_000): Promise<TestHighlight[]> {
  const deadline = Date.now() + timeoutMs;
  let painted: TestHighlight[] = [];
  let problems: string[] = [];
  for (;;) {
    painted = await tab.hook("highlights", null);
    problems = [...comparePaint(painted, expected, notHighlighted), ...compareSpeakers(painted, expected)];
    if (problems.length === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  expect(problems, `painted: ${JSON.stringify(painted, null, 1)}`).toEqual([]);
  return painted;
}

/** Wait until the hover card is open (or, with `isOpen: false`, closed); returns its snapshot. */
export async function waitForCard(tab: Tab, { isOpen = true, timeoutMs = 4_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await tab.hook("card", null);
    if ((card !== null) === isOpen) return card;
    if (Date.now() > deadline) throw new Error(`the card is still ${card ? "open" : "closed"} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Wait until the open card's text contains every string (card content may be enriched later). */
export async function expectCardText(tab: Tab, mustContain: string[], timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  for (;;) {
    const card = await tab.hook("card", null);
    text = card ? `${card.label}\n${card.text}` : "(no card open)";
    if (card && mustContain.every((s) => text.includes(s))) return text;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  expect(text, "card text").toEqual(expect.stringContaining(mustContain.find((s) => !text.includes(s)) ?? ""));
  return text;
}

export interface PageSnapshot {
  articleText: string | null;
  bodyText: string;
  links: string[];
  fields: string[];
  /** Element tags inside the article in document order, without the extension's own (srcl-*). */
  articleTags: string[];
}

/**
 * The page as it is now and as its HTML says it was before any script ran (fetched again and
 * parsed with DOMParser), each with the extension's own elements left out of the tag list. Text
 * is compared as textContent: the extension may wrap text, never change it.
 */
export function snapshots(tab: Tab): Promise<{ live: PageSnapshot; original: PageSnapshot }> {
  return tab.evaluate(async () => {
    const take = (doc: Document) => {
      const article = doc.querySelector("article");
      const fields = Array.from(doc.querySelectorAll("input, textarea, select")).map((el) => {
        const field = el as HTMLInputElement;
        return `${field.name}=${field.type === "checkbox" || field.type === "radio" ? String(field.checked) : field.value}`;
      });
      return {
        articleText: article ? article.textContent : null,
        bodyText: doc.body.textContent ?? "",
        links: Array.from(doc.querySelectorAll("a")).map((a) => a.getAttribute("href") ?? ""),
        fields,
        articleTags: article ? Array.from(article.querySelectorAll("*")).map((el) => el.localName).filter((tag) => !tag.startsWith("srcl-")) : [],
      };
    };
    const html = await (await fetch(location.href, { cache: "no-store" })).text();
    return { live: take(document), original: take(new DOMParser().parseFromString(html, "text/html")) };
  });
}

/** The highlight wrappers' tags (src/content/highlighter.ts NAME_TAG, CLAIM_TAG). */
const WRAPPER_TAGS = [prefixed("name"), prefixed("claim")];

/**
 * Everything the extension painted, located: its highlight wrappers (srcl-name, srcl-claim) and
 * the ranges of its CSS custom highlights (names starting "srcl"), each with whether it lies
 * inside `scope` (a selector). UI hosts (the card's) are not paint and are left out.
 */
export function paintedPlaces(tab: Tab, scope = "article"): Promise<{ what: string; isInside: boolean }[]> {
  return tab.evaluate(
    ({ scope, wrappers }) => {
      const root = document.querySelector(scope);
      const places: { what: string; isInside: boolean }[] = [];
      for (const el of Array.from(document.querySelectorAll(wrappers.join(",")))) {
        places.push({ what: `<${el.localName}> ${JSON.stringify((el.textContent ?? "").slice(0, 40))}`, isInside: !!root && root.contains(el) });
      }
      const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS?.highlights;
      if (registry) {
        for (const [name, highlight] of registry) {
          if (!name.startsWith("srcl")) continue;
          for (const range of highlight) {
            const text = range instanceof Range ? range.toString() : "";
            places.push({ what: `::highlight(${name}) ${JSON.stringify(text.slice(0, 40))}`, isInside: !!root && root.contains(range.startContainer) && root.contains(range.endContainer) });
          }
        }
      }
      return places;
    },
    { scope, wrappers: WRAPPER_TAGS },
  );
}

/** The extension's UI hosts in the page (srcl-* elements that are not highlight wrappers). */
export function uiHosts(tab: Tab): Promise<string[]> {
  return tab.evaluate(
    (wrappers) =>
      Array.from(document.querySelectorAll("*"))
        .map((el) => el.localName)
        .filter((tag) => tag.startsWith("srcl-") && !wrappers.includes(tag)),
    WRAPPER_TAGS,
  );
}

/**
 * Where the open card's button or link whose text contains `text` is, scrolled into the card's
 * view: the card's view (test builds) answers, since its shadow root is closed to the page.
 */
export async function cardButtonRect(tab: Tab, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const rect = await tab.evaluate(
    ({ text, request, response }) =>
      new Promise<{ x: number; y: number; width: number; height: number } | null>((resolve) => {
        const id = Math.random().toString(36).slice(2);
        const onAnswer = (event: Event) => {
          const answer = JSON.parse(String((event as CustomEvent).detail)) as { id: string; rect: { x: number; y: number; width: number; height: number } | null };
          if (answer.id !== id) return;
          document.removeEventListener(response, onAnswer);
          resolve(answer.rect);
        };
        document.addEventListener(response, onAnswer);
        document.dispatchEvent(new CustomEvent(request, { detail: JSON.stringify({ id, text }) }));
        setTimeout(() => resolve(null), 3000);
      }),
    { text, request: TEST_CARD_BUTTON_REQUEST, response: TEST_CARD_BUTTON_RESPONSE },
  );
  if (!rect) throw new Error(`the open card has no button or link with ${JSON.stringify(text)}`);
  return rect;
}

/** Clicks the open card's button or link whose text contains `text`, with a real pointer. */
export async function clickInCard(tab: Tab, text: string): Promise<void> {
  const rect = await cardButtonRect(tab, text);
  await tab.clickAt(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

/** One popup→background request from an extension page of `ext` (as the options page sends it). */
export async function backgroundCall<K extends keyof PopupToBackground>(
  ext: ExtensionDriver,
  method: K,
  payload: PopupToBackground[K]["payload"],
): Promise<PopupToBackground[K]["result"]> {
  const page = await ext.openExtensionPage("src/options/index.html");
  try {
    const reply = await page.evaluate(
      async ({ type, payload }) => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        return (await (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: unknown; error?: string };
      },
      { type: wireType("popup", method), payload },
    );
    if (!reply.ok) throw new Error(`${method}: ${reply.error}`);
    return reply.value as PopupToBackground[K]["result"];
  } finally {
    await page.close();
  }
}
