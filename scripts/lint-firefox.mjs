#!/usr/bin/env node
/**
 * `web-ext lint` on the Firefox build (dist/firefox): fails on any error, and on any warning other
 * than the innerHTML assignment inside preact's own code (its dangerouslySetInnerHTML support,
 * which Sourcelight never uses). Prints the counts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist", "firefox");
if (!existsSync(join(DIST, "manifest.json"))) {
  console.error("lint-firefox: dist/firefox is missing — run npm run build first");
  process.exit(1);
}
const r = spawnSync(join(ROOT, "node_modules", ".bin", "web-ext"), ["lint", "-s", DIST, "--output=json", "--no-config-discovery"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(`lint-firefox: web-ext lint gave no JSON report\n${r.stderr}`);
  process.exit(1);
}
/** preact's innerHTML: the file must contain preact's dangerouslySetInnerHTML handling. */
const isPreactInnerHtml = (w) =>
  w.code === "UNSAFE_VAR_ASSIGNMENT" && w.file && readFileSync(join(DIST, w.file), "utf8").includes("dangerouslySetInnerHTML");
const unexpected = [...report.errors, ...report.warnings.filter((w) => !isPreactInnerHtml(w))];
console.log(`web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - (unexpected.length - report.errors.length)} from preact's own innerHTML), ${report.notices.length} notices`);
for (const u of unexpected) console.log(`  ${u.code} ${u.file ?? ""}:${u.line ?? ""} ${u.message}`);
process.exit(unexpected.length === 0 ? 0 : 1);
