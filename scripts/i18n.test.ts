/**
 * The interface in the reader's language: a translation must be one file. Checked here without a
 * browser:
 * - _locales/en/messages.json is well formed for the browser (descriptions, placeholders for every
 *   $name$, numbered in order) and every counted family has its `_other` form;
 * - every message is used (in the code or the manifest), so the file holds nothing to translate in
 *   vain, and the manifest's visible fields are all __MSG_…__;
 * - no visible text is written into the interface's markup: the .tsx files of src/ui, src/popup
 *   and src/options are parsed and every JSX text, every text-bearing attribute or prop, and every
 *   string literal placed as a child must be free of words (the rendered check, with a pseudo
 *   language, is src/popup/i18n-render.test.tsx). The scanner is proven on a probe that breaks the rule.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const messages = JSON.parse(readFileSync(join(ROOT, "_locales/en/messages.json"), "utf8")) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
>;
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<string, unknown>;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

const isUiSource = (path: string) => !/\.test\.tsx?$/.test(path) && !path.includes("__fixtures__");
const UI_DIRS = ["src/ui", "src/popup", "src/options"].map((d) => join(ROOT, d));
const TSX = UI_DIRS.flatMap((d) => files(d, /\.tsx$/)).filter(isUiSource);

describe("messages.json", () => {
  it.each(Object.entries(messages))("%s: described, with a placeholder for every $name$, numbered in order", (key, entry) => {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(entry.message.trim(), "message").not.toBe("");
    expect(entry.description?.trim(), "description").toBeTruthy();
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
    const declared = Object.keys(entry.placeholders ?? {});
    expect(new Set(used)).toEqual(new Set(declared));
    expect(Object.values(entry.placeholders ?? {}).map((p) => p.content)).toEqual(declared.map((_, i) => `$${i + 1}`));
  });

  it("names its own language, and every counted family has the `_other` form", () => {
    expect(messages.messagesLocale?.message).toBe("en");
    const families = new Set(Object.keys(messages).filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/_[a-z]+$/, "")));
    expect(families.size).toBeGreaterThan(5);
    for (const f of families) expect(messages[`${f}_other`], `${f}_other`).toBeDefined();
  });

  it("every message is used by the code or the manifest (nothing to translate in vain)", () => {
    const code = [...["src"].flatMap((d) => files(join(ROOT, d), /\.(ts|tsx)$/)).filter(isUiSource).map((p) => readFileSync(p, "utf8")), JSON.stringify(manifest)].join("\n");
    const unused = Object.keys(messages).filter((key) => {
      if (key === "messagesLocale") return false;
      const base = key.replace(/_(zero|one|two|few|many|other)$/, "");
      return !code.includes(`"${base}"`) && !code.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });

  it("the manifest's visible fields are messages", () => {
    const m = manifest as { name: string; short_name?: string; description: string; default_locale: string; action: { default_title: string }; commands: Record<string, { description: string }> };
    expect(m.default_locale).toBe("en");
    const visible = [m.name, m.short_name, m.description, m.action.default_title, ...Object.values(m.commands).map((c) => c.description)];
    for (const v of visible) expect(v).toMatch(/^__MSG_[A-Za-z0-9_]+__$/);
    for (const v of visible) expect(messages[v!.slice(6, -2)], v).toBeDefined();
  });
});

/** Props and attributes that put their value on screen (or in a screen reader's ear). */
const VISIBLE = new Set(["aria-label", "aria-description", "aria-roledescription", "title", "placeholder", "alt", "label", "hint", "heading", "opener", "question", "action", "message"]);
const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

/** Text written into JSX: each finding is "file:line: the text". */
export function hardcodedText(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text.trim())}`);
  /** Literal strings an expression can evaluate to (through ?:, &&, ||, ??, parentheses, templates). */
  const literals = (e: ts.Expression): { node: ts.Node; text: string }[] => {
    if (ts.isParenthesizedExpression(e)) return literals(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [{ node: e, text: e.text }];
    if (ts.isTemplateExpression(e)) return [{ node: e, text: [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(" ") }];
    if (ts.isConditionalExpression(e)) return [...literals(e.whenTrue), ...literals(e.whenFalse)];
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind)) {
      return [...literals(e.left), ...literals(e.right)];
    }
    return [];
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const l of literals(node.expression)) if (hasWords(l.text)) report(l.node, l.text);
    }
    if (ts.isJsxAttribute(node) && VISIBLE.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const values = ts.isStringLiteral(init) ? [{ node: init, text: init.text }] : ts.isJsxExpression(init) && init.expression ? literals(init.expression) : [];
      for (const v of values) if (hasWords(v.text)) report(v.node, v.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("no visible text bypasses the messages", () => {
  it("the scanner catches text in markup, in visible attributes and props, and in child expressions", () => {
    const probe = `
      export const A = () => <p title="Close card">Said here {ok ? "Loading…" : t("x")}<b aria-label={\`Results for \${q}\`}/><Check label="On" hint={t("h")} /></p>;
      export const B = () => <p class="card" id={\`srcl-\${id}\`} data-x="words here">{t("ok")} · {n}</p>;`;
    expect(hardcodedText("probe.tsx", probe).map((f) => f.replace(/^probe\.tsx:\d+: /, ""))).toEqual(['"Close card"', '"Said here"', '"Loading…"', '"Results for"', '"On"']);
  });

  it.each(TSX.map((p) => relative(ROOT, p)))("%s", (path) => {
    expect(hardcodedText(path, readFileSync(join(ROOT, path), "utf8"))).toEqual([]);
  });
});
