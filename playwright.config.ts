/**
 * One runner for everything in e2e/: the same specs run in the "chromium" project (Debian's
 * /usr/bin/chromium through a persistent context with dist/chrome-test loaded) and the "firefox"
 * project (firefox-esr over WebDriver BiDi with dist/firefox-test installed); see e2e/fixtures.ts.
 * The "fixtures" project holds browser-free meta-tests (*.meta.spec.ts) so that the browser
 * projects' test counts are browser tests only; "build" (e2e/build.setup.ts) is the global setup
 * both browser projects depend on: it runs `npm run build:test` and `npm run build` unless
 * SRCL_SKIP_BUILD=1, and checks that only the test builds carry the test hook.
 *
 * workers: 1 — the machine has 2 cores shared with builds and other work; one browser at a time.
 */
import { defineConfig } from "@playwright/test";

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: "test-results",
  reporter: [["list"]],
  use: {
    // Playwright's built-in browser fixtures would otherwise look for a downloaded browser.
    launchOptions: { executablePath: process.env.SRCL_CHROMIUM ?? "/usr/bin/chromium" },
  },
  projects: [
    { name: "fixtures", testMatch: /.*\.meta\.spec\.ts$/ },
    { name: "build", testMatch: /build\.setup\.ts$/ },
    { name: "chromium", testMatch: /.*\.spec\.ts$/, testIgnore: /.*\.meta\.spec\.ts$/, dependencies: ["build"] },
    { name: "firefox", testMatch: /.*\.spec\.ts$/, testIgnore: /.*\.meta\.spec\.ts$/, dependencies: ["build"] },
  ],
});
