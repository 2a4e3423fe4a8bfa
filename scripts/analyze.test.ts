import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const PAGE = `<!doctype html><html lang="en"><head><title>Port talks | The Daily Example</title>
<meta property="og:type" content="article"></head><body><main><article>
<h1>Port talks resume</h1>
<p>Harbor Minister Ines Rota said on Monday that the port would reopen within a week, after talks with the unions.</p>
<p>"We will not wait any longer," Rota told reporters outside the ministry in the capital.</p>
</article></main></body></html>`;

const dir = mkdtempSync(join(tmpdir(), "srcl-analyze-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyzeCli(file: string): Record<string, unknown> {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/analyze.ts", "--jsonl", "--date", "2026-01-05", file], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split("\n")[0]!) as Record<string, unknown>;
}

describe("npm run analyze", () => {
  it("reads a gzip-compressed saved page (.html.gz) as it reads the page", () => {
    writeFileSync(join(dir, "page.html"), PAGE);
    writeFileSync(join(dir, "page.html.gz"), gzipSync(PAGE));
    const plain = analyzeCli(join(dir, "page.html"));
    const packed = analyzeCli(join(dir, "page.html.gz"));
    expect(JSON.stringify(packed.people)).toContain("Ines Rota");
    expect(packed.people).toEqual(plain.people);
    expect(packed.quotes).toEqual(plain.quotes);
  }, 30_000); // two CLI processes, each starting tsx and loading the knowledge base
});
