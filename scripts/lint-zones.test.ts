// Proves the lint zones bite: a file placed in src/extract that imports the content layer, and
// one that touches `document`, must both be reported (a zone rule that silently matches nothing
// would let every boundary erode).
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}

describe("layer boundaries in lint", () => {
  it("rejects src/extract importing the content script", async () => {
    expect(await lint(`import "../content/gate.ts";\nexport const x = 1;\n`, "src/extract/zz-lint-probe.ts")).toContain("import-x/no-restricted-paths");
  }, 60_000);

  it("rejects DOM globals in src/kb", async () => {
    expect(await lint(`export const t = document.title;\n`, "src/kb/zz-lint-probe.ts")).toContain("no-restricted-globals");
  }, 60_000);

  it("rejects innerHTML in the content script", async () => {
    expect(await lint(`export function f(el: Element, s: string) { el.innerHTML = s; }\n`, "src/content/zz-lint-probe.ts")).toContain(
      "no-unsanitized/property",
    );
  }, 60_000);

  it("accepts the popup importing extract's public types", async () => {
    expect(await lint(`import type { Person } from "../extract/types.ts";\nexport type P = Person;\n`, "src/popup/zz-lint-probe.ts")).not.toContain(
      "import-x/no-restricted-paths",
    );
  }, 60_000);
});
