/**
 * Accessibility: axe-core finds no violations in the hover card (also with the opt-in fact-checks
 * and quotes shown, network stubbed), the popup and the options page, in light and in dark mode,
 * in both browsers.
 *
 * The card lives in a closed shadow root the page (and axe) cannot enter, so the test build hands
 * its markup and CSS out through the test hook; the spec mounts them unchanged in an open shadow
 * root of the same page and runs axe there. Dark mode is forced by promoting the rules of every
 * `prefers-color-scheme: dark` block to top level, which works the same in both browsers (BiDi in
 * firefox-esr cannot emulate the media feature).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Ext, type Tab } from "./fixtures.ts";
import { TEST_KEYS } from "../src/background/sources/__fixtures__/routes.ts";
import { backgroundCall, expectCardText, waitForCard } from "./support.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const DARK_BLOCK = /@media\s*\(prefers-color-scheme:\s*dark\)/g;

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function injectAxe(tab: Tab): Promise<void> {
  await tab.evaluate((source: string) => {
    if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(source);
  }, AXE_SOURCE);
}

/** Promote every dark-scheme block of the document's own stylesheets (extension pages). */
async function forceDarkStylesheets(tab: Tab): Promise<number> {
  return tab.evaluate(() => {
    let promoted = 0;
    for (const sheet of Array.from(document.styleSheets)) {
      const rules = Array.from(sheet.cssRules);
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.conditionText)) {
          for (const inner of Array.from(rule.cssRules)) sheet.insertRule(inner.cssText, sheet.cssRules.length);
          promoted++;
        }
      }
    }
    return promoted;
  });
}

async function runAxe(tab: Tab, selector: string | null): Promise<AxeViolation[]> {
  return tab.evaluate(async (sel: string | null) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const context = sel ? { include: [[sel]] } : document;
    const result = await axe.run(context, { resultTypes: ["violations"] });
    return JSON.parse(JSON.stringify(result.violations));
  }, selector);
}

const summary = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join(" | ")}`);

const CARDS = [
  { slug: "ynet-style", name: "Majed al-Ansari", withSources: false },
  { slug: "examplestan-ports", name: "Lior Ben-Ami", withSources: true },
];

for (const scheme of ["light", "dark"] as const) {
  for (const { slug, name, withSources } of CARDS) {
    test(`the hover card has no axe violations (${scheme}, ${withSources ? "with fact-checks and quotes" : "sources off"})`, async ({ ext }) => {
      if (withSources) await backgroundCall(ext, "updateSourceSettings", { factCheck: true, wikiquote: true, factCheckKey: TEST_KEYS.ok });
      try {
        await checkCard(ext, slug, name, withSources, scheme);
      } finally {
        if (withSources) {
          await backgroundCall(ext, "updateSourceSettings", { factCheck: false, wikiquote: false, factCheckKey: "" });
          await backgroundCall(ext, "clearSourceData", null);
        }
      }
    });
  }

  test(`the options page has no axe violations (${scheme})`, async ({ ext }) => {
    const options = await ext.openExtensionPage("src/options/index.html");
    await options.waitFor(() => document.querySelector("#srcl-factcheck") !== null && document.querySelector(".stats")?.textContent !== "Counting…", null, 8_000);
    // The how-to open, as a reader reading it has it.
    await options.evaluate(() => document.querySelector("details.how-to")?.setAttribute("open", ""));
    if (scheme === "dark") expect(await forceDarkStylesheets(options)).toBeGreaterThan(0);
    await injectAxe(options);
    expect(summary(await runAxe(options, null))).toEqual([]);
  });
}

/** Opens a card and runs axe on its markup and CSS, re-mounted in an open shadow root. */
async function checkCard(ext: Ext, slug: string, name: string, withSources: boolean, scheme: "light" | "dark"): Promise<void> {
  const tab = await ext.open(ext.url(slug));
  await tab.waitForStatus("painted");
  await tab.hoverText(name, { within: "article" });
  let card = await waitForCard(tab);
  expect(card).not.toBeNull();
  if (withSources) {
    await expectCardText(tab, ["Mostly false", "A port that closes at night"]);
    card = await tab.hook("card", null);
  }
  // The re-mounted copy would replay the card's 120 ms fade-in, and axe measures contrast on
  // whatever opacity it finds (a flake seen in Firefox): check the colours the card settles on.
  const settled = `${card!.css}\n.card { animation: none !important; }`;
  const css = scheme === "dark" ? settled.replace(DARK_BLOCK, "@media all") : settled;
  await tab.evaluate(
    ({ html, css }: { html: string; css: string }) => {
      const host = document.createElement("div");
      host.id = "axe-card-host";
      host.setAttribute("style", "position:fixed;top:0;left:0;z-index:2147483647");
      const root = host.attachShadow({ mode: "open" });
      // Test-only: the card's own markup, produced by preact in the extension, re-mounted for axe.
      root.innerHTML = `<style>${css}</style><div class="wrap">${html}</div>`;
      document.body.append(host);
    },
    { html: card!.html, css },
  );
  await injectAxe(tab);
  const violations = await runAxe(tab, "#axe-card-host");
  expect(summary(violations)).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`the popup has no axe violations (${scheme})`, async ({ ext }) => {
    const page = await ext.open(ext.url("ynet-style"));
    await page.waitForStatus("painted");
    const popup = await ext.openPopup(page);
    await popup.waitFor(() => document.querySelectorAll(".person").length > 0, null, 8_000);
    if (scheme === "dark") expect(await forceDarkStylesheets(popup)).toBeGreaterThan(0);
    await injectAxe(popup);
    const violations = await runAxe(popup, null);
    expect(summary(violations)).toEqual([]);
  });
}
