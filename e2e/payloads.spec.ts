/**
 * Hostile pages (issue 14): the 42 payloads of e2e/fixtures/pages/payloads (notes.md lists them,
 * ≥ 25 kinds) in names, quotes, the headline, metas and JSON-LD never execute — not in the page,
 * not in the card (on the page, and as "said elsewhere" on another page), not in the popup or its
 * search, not in the options page (also after importing an export), not in an export file (the
 * CSV neutralises spreadsheet formulas). Every payload sets `window.__pwned` if it runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Tab } from "./fixtures.ts";
import { expectCardText, snapshots, waitForCard } from "./support.ts";
import { PAGES_DIR } from "./server.ts";

/** `window.__pwned` of a page's main world (set by any payload that ran there). */
const pwned = (tab: Tab) => tab.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

/**
 * What in a document (or in a markup string parsed into an inert one) could run: elements that run
 * or load code, inline event handlers, and links or sources that are not http(s), extension pages
 * or fragments. Returns a description of each.
 */
function dangers(tab: Tab, markup: string | null = null): Promise<string[]> {
  return tab.evaluate((markup) => {
    const doc = markup === null ? document : new DOMParser().parseFromString(markup, "text/html");
    const found: string[] = [];
    for (const el of Array.from(doc.querySelectorAll("*"))) {
      const tag = el.localName;
      if (["iframe", "object", "embed", "base", "math", "frame", "frameset"].includes(tag)) found.push(`<${tag}>`);
      if (tag === "script" && !el.hasAttribute("src")) found.push("inline <script>");
      if (tag === "meta" && el.hasAttribute("http-equiv") && markup !== null) found.push("<meta http-equiv>");
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (["href", "src", "action", "formaction", "data", "srcdoc"].includes(attr.name.toLowerCase())) {
          const value = attr.value.trim();
          if (attr.name.toLowerCase() === "srcdoc" || !/^(?:https?:|chrome-extension:|moz-extension:|blob:|#|\/|\.|[\w-]+\.(?:js|css|png|svg)$)/i.test(value) || /^(?:javascript|data|vbscript):/i.test(value)) {
            found.push(`${tag}[${attr.name}=${value.slice(0, 40)}]`);
          }
        }
      }
    }
    return found;
  }, markup);
}

/** The payload kinds the fixture holds (kNN tags). */
function payloadKinds(): string[] {
  const page = readFileSync(join(PAGES_DIR, "payloads", "page.html"), "utf8");
  return [...new Set(page.match(/\bk\d\d\b/g) ?? [])];
}

test("payloads: no payload runs in the page, the card, the popup, its search, the options page or an export", async ({ ext }) => {
  test.setTimeout(90_000);
  expect(payloadKinds().length, "payload kinds in the fixture").toBeGreaterThanOrEqual(25);
  const send = (tab: Tab, type: string, payload: unknown) =>
    tab.evaluateExpression<{ ok: boolean; value?: unknown; error?: string }>(
      `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ type, payload })})`,
    );
  const options = await ext.openExtensionPage("src/options/index.html");
  expect((await send(options, "popup→bg:clearMemory", null)).ok).toBe(true);

  // The page: read and painted, nothing ran, the article's markup is the page's own.
  const tab = await ext.open(ext.url("payloads"));
  expect(await tab.waitForStatus(["painted", "skipped", "off", "stopped"])).toBe("painted");
  const painted = await tab.hook("highlights", null);
  expect(painted.some((h) => h.kind === "name" && h.text === "Dana Reyes")).toBe(true);
  expect(painted.some((h) => h.kind === "claim" && h.text.includes("<svg><script>"))).toBe(true);
  const { live, original } = await snapshots(tab);
  expect(live.articleTags).toEqual(original.articleTags);
  expect(live.articleText).toBe(original.articleText);

  // The checker bites: markup that would run is found.
  expect(await dangers(tab, `<img src=x onerror="1"><a href="javascript:void 0">x</a><iframe srcdoc="x"></iframe>`)).toEqual(["img[src=x]", "img[onerror]", "a[href=javascript:void 0]", "<iframe>", "iframe[srcdoc=x]"]);

  // The card on the page: payloads are text in it.
  await tab.hoverText("Dana Reyes", { within: "article" });
  const card = await waitForCard(tab);
  expect(card!.text).toContain("<svg><script>");
  expect(await dangers(tab, card!.html)).toEqual([]);

  // The popup for the page: title (JSON-LD headline), outlet (og:site_name), makers, claims.
  const popup = await ext.openPopup(tab);
  const shown = await popup.waitFor(() => (document.querySelector(".person-name") && document.querySelector(".makers") ? document.body.innerText : null), null, 8_000);
  expect(shown).toContain("<iframe srcdoc=");
  expect(shown).toContain("Kav <svg/onload=window.__pwned='k06'> News");
  expect(shown).toContain("By Gal Aronov <script>window.__pwned='k01'</script>");
  expect(await dangers(popup)).toEqual([]);
  expect(await pwned(popup)).toBeNull();

  // Said elsewhere: another page naming the same official shows these claims in its card.
  await new Promise((resolve) => setTimeout(resolve, 800)); // the background records the page
  const other = await ext.open(ext.url("byline-credits"));
  await other.waitForStatus("painted");
  await other.hoverText("Dana Reyes", { within: "article", nth: 1 });
  await waitForCard(other);
  const elsewhere = await expectCardText(other, ["Kav <svg/onload=window.__pwned='k06'> News", "read on"], 8_000);
  expect(elsewhere).toContain("(k3");
  expect(await dangers(other, (await other.hook("card", null))!.html)).toEqual([]);
  expect(await pwned(other)).toBeNull();

  // The memory's search (the popup page with ?q=, as the card's "More…" opens it).
  const search = await ext.openExtensionPage("src/popup/index.html?q=budget%20sheet");
  const hits = await search.waitFor(() => (document.querySelectorAll(".hit").length > 0 ? document.body.innerText : null), null, 8_000);
  expect(hits).toContain("=cmd|' /C calc'!A0 (k33)");
  expect(await dangers(search)).toEqual([]);
  expect(await pwned(search)).toBeNull();

  // Exports: the JSON keeps the payloads as data, byte for byte; the CSV neutralises formulas.
  const json = await send(options, "popup→bg:exportData", { format: "json" });
  expect(json.ok).toBe(true);
  const exported = String(json.value);
  expect(JSON.parse(exported)).toBeTruthy();
  expect(exported).toContain(JSON.stringify("<svg><script>window.__pwned='k07'</script></svg>").slice(1, -1));
  const csv = await send(options, "popup→bg:exportData", { format: "csv" });
  expect(csv.ok).toBe(true);
  const cells = String(csv.value).split(/\r\n/).flatMap((line) => line.split(","));
  for (const formula of ["=cmd|", "+cmd|", "@SUM(", "-2+3+cmd|"]) {
    const cell = cells.find((c) => c.replace(/^"/, "").replace(/^'/, "").startsWith(formula));
    expect(cell, `the CSV cell of ${formula}`).toBeDefined();
    expect(cell!.replace(/^"/, ""), `${formula} is neutralised`).toMatch(/^'/);
  }
  // Imported back into the options page: the page shows what it imported, nothing runs.
  const imported = await send(options, "popup→bg:importData", { json: exported });
  expect(imported.ok).toBe(true);
  await options.close();
  const optionsAgain = await ext.openExtensionPage("src/options/index.html");
  await optionsAgain.waitFor(() => document.body.innerText.length > 50, null, 8_000);
  expect(await dangers(optionsAgain)).toEqual([]);
  expect(await pwned(optionsAgain)).toBeNull();

  // And the page itself, after all of it.
  expect(await pwned(tab)).toBeNull();
  expect(await tab.evaluate(() => document.querySelectorAll("article img, article script, article iframe, article svg, article object, article embed").length)).toBe(0);
});
