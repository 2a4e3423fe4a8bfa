/**
 * Meta-test for the fixture corpus (no browser): every page folder has page.html, expected.json
 * and notes.md; every expected.json has the right shape and agrees with its page — each name form
 * occurs in the article exactly as often as it must be painted, each claim is article text, each
 * hovered name is in the article, each "must not be highlighted" name is somewhere on the page.
 * Text that the page's own script adds later (live posts, SPA routes) is checked against that
 * script's source.
 */
import { expect, test } from "@playwright/test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { countStandalone, fixtureSlugs, loadExpected, validateExpectedShape, type ExpectedPaint } from "./expected.ts";
import { PAGES_DIR } from "./server.ts";

const squash = (text: string) => text.replace(/\s+/g, " ");
/** JS source with \uXXXX escapes decoded, for finding strings the page script will publish. */
const decodeJs = (source: string) => source.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function checkPaintAgainst(text: string, paint: ExpectedPaint, where: string): string[] {
  const problems: string[] = [];
  const forms = paint.names.map((name) => name.text);
  for (const name of paint.names) {
    const found = countStandalone(text, name.text, forms);
    if (found !== name.count) problems.push(`${where}: "${name.text}" occurs ${found}× on its own, expected.json says ${name.count}`);
  }
  for (const claim of paint.claims) {
    if (!text.includes(squash(claim.text))) problems.push(`${where}: claim not found in the text: "${claim.text}"`);
  }
  // Every occurrence of a person's surname must belong to a listed form, so a forgotten mention
  // (a "Witkoff" in a subheading) cannot hide from the count check above.
  for (const person of new Set(paint.names.map((name) => name.person))) {
    const surname = person.split(/\s+/).at(-1)!;
    const listed = paint.names.filter((name) => name.person === person && name.text.includes(surname)).reduce((sum, name) => sum + name.count, 0);
    const found = text.split(surname).length - 1;
    if (found !== listed) problems.push(`${where}: "${surname}" occurs ${found}× but the forms of ${person} account for ${listed}`);
  }
  const people = new Set(paint.names.map((name) => name.person));
  for (const claim of paint.claims) {
    if (claim.speaker !== null && !people.has(claim.speaker)) problems.push(`${where}: claim speaker ${claim.speaker} is not among the names`);
  }
  return problems;
}

const slugs = fixtureSlugs();

test("the fixture corpus is not empty", () => {
  expect(slugs.length).toBeGreaterThanOrEqual(6);
});

for (const slug of slugs) {
  test(`fixture ${slug}: files, shape and agreement with page.html`, () => {
    const dir = join(PAGES_DIR, slug);
    for (const file of ["page.html", "expected.json", "notes.md"]) expect(existsSync(join(dir, file)), `${slug}/${file}`).toBe(true);
    const raw: unknown = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
    expect(validateExpectedShape(raw, slug)).toEqual([]);
    const expected = loadExpected(slug);

    const html = readFileSync(join(dir, "page.html"), "utf8");
    const { document } = parseHTML(html);
    const scripts = readdirSync(dir)
      .filter((file) => file.endsWith(".js"))
      .map((file) => decodeJs(readFileSync(join(dir, file), "utf8")))
      .join("\n");
    const pageText = squash(document.body?.textContent ?? "");
    const article = document.querySelector("article");
    const articleText = squash(article?.textContent ?? "");
    const problems: string[] = [];

    if (expected.status === "painted") {
      if (!article) problems.push(`${slug}: a painted page needs an <article>`);
      problems.push(...checkPaintAgainst(articleText, expected, slug));
      for (const card of expected.cards) if (!articleText.includes(card.hover)) problems.push(`${slug}: card hover "${card.hover}" not in the article`);
    } else if (expected.language) {
      if (!article) problems.push(`${slug}: a page skipped for its language is an article: it needs an <article>`);
    } else if (document.querySelector("article")) {
      problems.push(`${slug}: a skipped page should have no <article>`);
    }
    for (const name of expected.notHighlighted) {
      if (!pageText.includes(name) && !scripts.includes(name)) problems.push(`${slug}: notHighlighted "${name}" is not on the page`);
    }
    for (const person of expected.popup?.mustList ?? []) {
      if (!expected.names.some((name) => name.person === person)) problems.push(`${slug}: popup lists ${person}, who is not among the names`);
    }
    if (expected.memory) {
      if (!slugs.includes(expected.memory.readFirst)) problems.push(`${slug}: memory.readFirst ${expected.memory.readFirst} is no fixture`);
      else {
        const first = loadExpected(expected.memory.readFirst);
        for (const text of expected.memory.mustContain) {
          if (!first.claims.some((claim) => claim.text.includes(text))) problems.push(`${slug}: memory text "${text}" is no claim of ${first.slug}`);
        }
        if (!first.names.some((name) => name.person === expected.memory!.hover)) problems.push(`${slug}: ${expected.memory.hover} is not named in ${first.slug}`);
      }
    }
    if (expected.live) {
      if (!scripts) problems.push(`${slug}: live expectations but no page script`);
      problems.push(...checkPaintAgainst(squash(scripts), expected.live.allAppended, `${slug} live.allAppended`));
      for (const paint of [expected.live.firstAppended, expected.live.allAppended]) {
        for (const name of paint.names) if (!scripts.includes(name.text)) problems.push(`${slug}: live name "${name.text}" not in the page script`);
      }
    }
    if (expected.spa) {
      const route = expected.spa.route;
      if (!scripts.includes(`"${route}"`)) problems.push(`${slug}: spa route ${route} not in the page script`);
      for (const claim of expected.spa.claims) if (!squash(scripts).includes(squash(claim.text))) problems.push(`${slug}: spa claim not in the script: "${claim.text}"`);
      for (const name of expected.spa.names) if (!scripts.includes(name.text)) problems.push(`${slug}: spa name "${name.text}" not in the page script`);
    }
    expect(problems).toEqual([]);
  });
}

test("the validator rejects a broken expected.json", () => {
  // Guard against a validator that accepts anything: these must each produce a problem.
  expect(validateExpectedShape({ slug: "x", status: "painted", names: [], claims: [], notHighlighted: [], cards: [] }, "x")).not.toEqual([]);
  expect(validateExpectedShape({ slug: "y", status: "painted", names: [{ text: "A", count: 0, person: "A" }], claims: [], notHighlighted: [], cards: [] }, "y")).not.toEqual([]);
  expect(validateExpectedShape({ slug: "z", status: "maybe", names: [], claims: [], notHighlighted: [], cards: [], extra: 1 }, "z").length).toBeGreaterThanOrEqual(2);
  expect(countStandalone("Steve Witkoff met Witkoff's team", "Witkoff", ["Steve Witkoff", "Witkoff"])).toBe(1);
});
