#!/usr/bin/env node
/**
 * `web-ext lint` on the Firefox build (dist/firefox): fails on any error, and on any warning other
 * than the innerHTML assignment inside preact's own code (its dangerouslySetInnerHTML support,
 * which Sourcelight never uses) and the content script's two import() calls of its own modules
 * (the reader and the card's view), whose URL is runtime.getURL of a packaged file named in the
 * manifest's web_accessible_resources (src/content/loader.ts, card-loader.ts). Prints the counts.
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
/** An import() of our own module: the file names it and it is a web-accessible resource of ours. */
const manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
const lazyScripts = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((f) => f.endsWith(".js"));
const isOwnModuleImport = (w) =>
  w.code === "UNSAFE_VAR_ASSIGNMENT" &&
  /call to import/.test(w.message) &&
  w.file &&
  lazyScripts.some((f) => ["\"", "'", "`"].some((q) => readFileSync(join(DIST, w.file), "utf8").includes(`${q}${f}${q}`)));
const known = (w) => isPreactInnerHtml(w) || isOwnModuleImport(w);
const unexpected = [...report.errors, ...report.warnings.filter((w) => !known(w))];
console.log(
  `web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.filter(isPreactInnerHtml).length} from preact's own innerHTML, ${report.warnings.filter(isOwnModuleImport).length} import() of our own modules), ${report.notices.length} notices`,
);
for (const u of unexpected) console.log(`  ${u.code} ${u.file ?? ""}:${u.line ?? ""} ${u.message}`);
process.exit(unexpected.length === 0 ? 0 : 1);
