/**
 * ReDoS guard for the KB's lookup code, which runs on arbitrary article text in the background,
 * and for the Wikidata client, which reads answers from the network: every regex literal in
 * src/kb/*.ts and src/background/wikidata/*.ts (found with the TypeScript parser) must be proven
 * safe by recheck. Same method as scripts/check-regexes.test.ts, which covers src/extract.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { check } from "recheck";
import { describe, expect, it } from "vitest";

const DIRS = [import.meta.dirname, join(import.meta.dirname, "../background/wikidata")];

function literals(DIR: string, file: string): Array<{ source: string; flags: string; where: string }> {
  const code = readFileSync(join(DIR, file), "utf8");
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: Array<{ source: string; flags: string; where: string }> = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const end = text.lastIndexOf("/");
      const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      out.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${DIR.split("/").pop()}/${file}:${line + 1}` });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const found = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .flatMap((f) => literals(dir, f)),
);

describe("src/kb regexes are ReDoS-safe", () => {
  it("finds the literals", () => expect(found.length).toBeGreaterThan(10));
  for (const r of found) {
    it(`${r.where} /${r.source}/${r.flags}`, async () => {
      const res = await check(r.source, r.flags, { timeout: 10_000 });
      expect(res.status, res.status === "vulnerable" ? `attack: ${JSON.stringify((res.attack?.string ?? "").slice(0, 60))}…` : "").toBe("safe");
    }, 20_000);
  }
});
