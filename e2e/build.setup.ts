/**
 * Global setup of the browser projects (a Playwright setup project they depend on, so it runs
 * only when a browser project is selected): builds the test builds — dist/chrome-test and
 * dist/firefox-test, the extension plus its test hooks — unless SRCL_SKIP_BUILD=1
 * (scripts/run-tests.mjs builds once by itself; a developer iterating on specs can skip it).
 * A missing build then fails here once, with a clear message, instead of in every test.
 */
import { test as setup, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;

setup("build the test builds of the extension", () => {
  setup.setTimeout(240_000);
  if (process.env.SRCL_SKIP_BUILD !== "1") {
    execFileSync("npm", ["run", "--silent", "build:test"], { cwd: ROOT, stdio: "inherit" });
  }
  const dirs = [process.env.SRCL_DIST_CHROMIUM ?? join(ROOT, "dist/chrome-test"), process.env.SRCL_DIST_FIREFOX ?? join(ROOT, "dist/firefox-test")];
  for (const dir of dirs) {
    expect(existsSync(join(dir, "manifest.json")), `${dir}/manifest.json (run \`npm run build:test\`, or unset SRCL_SKIP_BUILD)`).toBe(true);
  }
});
