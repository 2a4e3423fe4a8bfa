/**
 * ReDoS guard for the reading engine: every regular expression written as a literal in
 * src/extract (regex literals, and `new RegExp(...)` / `RegExp(...)` with literal arguments) is
 * checked with recheck, which proves a pattern safe or finds an attack string. The engine runs on
 * arbitrary page text in the user's browser, so one backtracking pattern could freeze a tab.
 *
 * Literals are found with the TypeScript parser rather than a text search, so regexes inside
 * strings or comments are not mistaken for code, and division is not mistaken for a regex.
 * recheck's "auto" backend uses its native binary when installed and otherwise falls back to its
 * pure-JS implementation in a worker; each check is bounded by CHECK_TIMEOUT_MS and a pattern that
 * cannot be decided in that time fails the test too (status must be "safe").
 *
 * RegExps built from non-literal parts (e.g. joined word lists) cannot be checked statically;
 * they are listed on the console so that a reviewer sees them.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { check } from "recheck";
import { describe, expect, it } from "vitest";

const ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const EXTRACT = join(ROOT, "src/extract");
const CHECK_TIMEOUT_MS = 10_000;

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

interface ScanResult {
  literals: FoundRegex[];
  dynamic: string[];
}

/** Finds regex literals and RegExp constructions with literal arguments in one file's text. */
function scanSource(fileName: string, code: string): ScanResult {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const literals: FoundRegex[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node): string => `${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const literalText = (n: ts.Node | undefined): string | null =>
    n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf("/");
      literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const source = literalText(args[0]);
      const flags = args.length > 1 ? literalText(args[1]) : "";
      if (source !== null && flags !== null) literals.push({ where: where(node), source, flags });
      else if (args[0] && ts.isRegularExpressionLiteral(args[0])) {
        // new RegExp(/x/, "g"): the inner literal is visited on its own; flags may change.
        if (flags !== null && args.length > 1) {
          const text = args[0].getText(sf);
          literals.push({ where: where(node), source: text.slice(1, text.lastIndexOf("/")), flags });
        }
      } else dynamic.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, dynamic };
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f))
    .sort();
}

async function unsafe(found: FoundRegex[]): Promise<string[]> {
  const problems: string[] = [];
  for (const r of found) {
    const d = await check(r.source, r.flags, { timeout: CHECK_TIMEOUT_MS });
    if (d.status === "safe") continue;
    const detail =
      d.status === "vulnerable"
        ? `vulnerable (${d.complexity.summary}; attack ${d.attack.pattern})`
        : `not proven safe (${d.status}${d.error ? `: ${d.error.kind}` : ""})`;
    problems.push(`${r.where} /${r.source}/${r.flags} is ${detail}`);
  }
  return problems;
}

describe("regex scanner and checker bite", () => {
  const sample = [
    "const ok = /^[A-Z][a-z]+$/u;",
    "const bad = /^(a+)+$/;",
    'const bad2 = new RegExp("(x|xy)*z", "i");',
    "const words = ['a', 'b']; const dyn = new RegExp(words.join('|'));",
    "const notRegex = '/(a+)+/'; const division = 4 / 2 / 1;",
    "// const commented = /(b+)+$/;",
  ].join("\n");

  it("finds literals and RegExp constructions, not strings, comments or division", () => {
    const r = scanSource("sample.ts", sample);
    expect(r.literals.map((x) => [x.where, x.source, x.flags])).toEqual([
      ["sample.ts:1", "^[A-Z][a-z]+$", "u"],
      ["sample.ts:2", "^(a+)+$", ""],
      ["sample.ts:3", "(x|xy)*z", "i"],
    ]);
    expect(r.dynamic).toEqual(["sample.ts:4"]);
  });

  it(
    "reports the catastrophic patterns as vulnerable, naming file:line",
    async () => {
      const problems = await unsafe(scanSource("sample.ts", sample).literals);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^sample\.ts:2 .* is vulnerable \(exponential/);
      expect(problems[1]).toMatch(/^sample\.ts:3 .* is vulnerable/);
    },
    4 * CHECK_TIMEOUT_MS,
  );
});

describe("src/extract regular expressions", () => {
  const files = sourceFiles(EXTRACT);
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const f of files) {
    const r = scanSource(relative(ROOT, f), readFileSync(f, "utf8"));
    found.push(...r.literals);
    dynamic.push(...r.dynamic);
  }

  it(
    `are all proven safe by recheck (${found.length} found in ${files.length} files)`,
    async () => {
      if (dynamic.length > 0) {
        console.log(`RegExps built at run time (not checkable statically): ${dynamic.join(", ")}`);
      }
      const problems = await unsafe(found);
      expect(problems, problems.join("\n")).toEqual([]);
    },
    // Bounded: each check has its own timeout; safe patterns usually decide in milliseconds.
    Math.max(30_000, found.length * CHECK_TIMEOUT_MS),
  );
});
