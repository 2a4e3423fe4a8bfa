/**
 * Global setup of the browser projects (a Playwright setup project they depend on, so it runs
 * only when a browser project is selected): builds the test builds — dist/chrome-test and
 * dist/firefox-test, the extension plus its test hooks — and the release builds (dist/chrome,
 * dist/firefox), unless SRCL_SKIP_BUILD=1 (a developer iterating on specs can skip it). A missing
 * build then fails here once, with a clear message, instead of in every test. It also checks that
 * the test hook is in the test builds and nowhere in the release builds.
 */
import { test as setup, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TEST_REQUEST_EVENT } from "../src/shared/test-hooks.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const TEST_BUILDS = [process.env.SRCL_DIST_CHROMIUM ?? join(ROOT, "dist/chrome-test"), process.env.SRCL_DIST_FIREFOX ?? join(ROOT, "dist/firefox-test")];
const RELEASE_BUILDS = [join(ROOT, "dist/chrome"), join(ROOT, "dist/firefox")];

/** Every .js file of a build directory, concatenated. */
function scriptsOf(dir: string): string {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".js")) out.push(readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return out.join("\n");
}

setup("build the extension (test and release builds)", () => {
  setup.setTimeout(240_000);
  if (process.env.SRCL_SKIP_BUILD !== "1") {
    execFileSync("npm", ["run", "--silent", "build:test"], { cwd: ROOT, stdio: "inherit" });
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  for (const dir of [...TEST_BUILDS, ...RELEASE_BUILDS]) {
    expect(existsSync(join(dir, "manifest.json")), `${dir}/manifest.json (run \`npm run build:test && npm run build\`, or unset SRCL_SKIP_BUILD)`).toBe(true);
  }
});

setup("the test hook is in the test builds only", () => {
  for (const dir of TEST_BUILDS) expect(scriptsOf(dir).includes(TEST_REQUEST_EVENT), `${dir} has the test hook`).toBe(true);
  for (const dir of RELEASE_BUILDS) expect(scriptsOf(dir).includes(TEST_REQUEST_EVENT), `${dir} has no test hook`).toBe(false);
});

setup("every release build carries the licences and attributions of the data it ships", () => {
  for (const dir of RELEASE_BUILDS) {
    for (const file of ["knowledge-base-NOTICE.md", "LICENSE-given-names.txt", "engine-data-NOTICE.md"]) {
      const path = join(dir, "licenses", file);
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, "utf8").length, `${path} is not empty`).toBeGreaterThan(200);
    }
  }
  expect(readFileSync(join(RELEASE_BUILDS[0]!, "licenses/LICENSE-given-names.txt"), "utf8")).toContain("Apache License");
});
