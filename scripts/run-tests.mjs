#!/usr/bin/env node
/**
 * `npm test`: the one test command. Runs, in order and always all of them:
 *   1. typecheck   tsc --build (every per-area tsconfig), then lint (eslint .)
 *   2. unit        vitest run (JSON report → .cache/test-results/vitest.json)
 *   3. e2e         playwright test: the fixture meta-tests, the test build of the extension
 *                  (e2e/build.setup.ts), then the same specs in Chromium and in Firefox
 *                  (JSON report → .cache/test-results/e2e.json)
 *   4. web-ext lint of dist/firefox (scripts/lint-firefox.mjs: no error, no warning beyond preact's)
 * and closes with one plain line, `N passed, N failed`, summed over all suites. A typecheck error
 * counts as one failure, and so does each suite that ran zero tests (unit, chromium e2e, firefox
 * e2e), so a run that tested nothing cannot look green. Exit code 0 only when nothing failed.
 *
 * Extra arguments go to Playwright (`npm test -- --project chromium`); SRCL_SKIP_E2E=1 skips the
 * browsers (and then counts their suites as failed: use it only while iterating).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, ".cache", "test-results");
const METRICS = join(ROOT, ".cache", "e2e-metrics");
const BIN = join(ROOT, "node_modules", ".bin");

rmSync(OUT, { recursive: true, force: true });
rmSync(METRICS, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const problems = [];
const lines = [];
let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}: ${[command.replace(BIN + "/", ""), ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error) console.error(`${title}: ${result.error.message}`);
  return { code: result.status ?? 1, seconds };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

// 1. Typecheck.
const tsc = run("typecheck", join(BIN, "tsc"), ["--build"]);
if (tsc.code === 0) lines.push(`typecheck: ok (${tsc.seconds} s)`);
else {
  failed += 1;
  problems.push("typecheck failed (tsc --build)");
  lines.push(`typecheck: FAILED (${tsc.seconds} s)`);
}

// 1b. Lint: layer boundaries, purity, no unsanitised HTML (eslint.config.js).
const eslint = run("lint", join(BIN, "eslint"), ["."]);
if (eslint.code === 0) lines.push(`lint: ok (${eslint.seconds} s)`);
else {
  failed += 1;
  problems.push("lint failed (eslint .)");
  lines.push(`lint: FAILED (${eslint.seconds} s)`);
}

// 2. Unit tests.
const vitestJson = join(OUT, "vitest.json");
const vitest = run("unit", join(BIN, "vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${vitestJson}`]);
const unit = readJson(vitestJson);
if (!unit) {
  failed += 1;
  problems.push(`unit: no report (vitest exited ${vitest.code})`);
  lines.push(`unit: no report (exit ${vitest.code})`);
} else {
  const unitPassed = unit.numPassedTests ?? 0;
  // A test file that does not even load is a failed suite without failed tests: count those too.
  const brokenFiles = (unit.testResults ?? []).filter((file) => file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed")).length;
  const unitFailed = (unit.numFailedTests ?? 0) + brokenFiles;
  passed += unitPassed;
  failed += unitFailed;
  lines.push(`unit: ${unitPassed} passed, ${unitFailed} failed, ${unit.numPendingTests ?? 0} skipped (${vitest.seconds} s)`);
  if (unitPassed + unitFailed === 0) {
    failed += 1;
    problems.push("unit: ran zero tests");
  } else if (vitest.code !== 0 && unitFailed === 0) {
    failed += 1;
    problems.push(`unit: vitest exited ${vitest.code} with no failed test (an error outside the tests)`);
  }
}

// 3. End-to-end (fixture meta-tests, build, Chromium, Firefox).
const e2eJson = join(OUT, "e2e.json");
const byProject = new Map();
if (process.env.SRCL_SKIP_E2E === "1") {
  lines.push("e2e: skipped (SRCL_SKIP_E2E=1)");
} else {
  const e2e = run("e2e", join(BIN, "playwright"), ["test", "--reporter=list,json", ...process.argv.slice(2)], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: e2eJson,
    FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? "1" : "0"),
  });
  const report = readJson(e2eJson);
  if (!report) {
    failed += 1;
    problems.push(`e2e: no report (playwright exited ${e2e.code})`);
  } else {
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          const counts = byProject.get(t.projectName) ?? { passed: 0, failed: 0, skipped: 0, ms: 0 };
          const last = t.results?.at(-1);
          counts.ms += (t.results ?? []).reduce((sum, r) => sum + (r.duration ?? 0), 0);
          if (t.status === "skipped" || last?.status === "skipped") counts.skipped++;
          else if (t.status === "expected" || t.status === "flaky") counts.passed++;
          else counts.failed++;
          byProject.set(t.projectName, counts);
        }
      }
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of report.suites ?? []) walk(suite);
    for (const error of report.errors ?? []) {
      failed += 1;
      problems.push(`e2e: ${String(error.message ?? error).split("\n")[0]}`);
    }
    for (const [project, counts] of byProject) {
      passed += counts.passed;
      failed += counts.failed;
      lines.push(`e2e ${project}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (tests ${(counts.ms / 1000).toFixed(1)} s)`);
    }
    lines.push(`e2e: ${e2e.seconds} s wall in total`);
  }
}
for (const project of ["chromium", "firefox"]) {
  const counts = byProject.get(project);
  if (!counts || counts.passed + counts.failed === 0) {
    failed += 1;
    problems.push(`${project} e2e: ran zero tests`);
  }
}

// 4. web-ext lint on the Firefox release build (built by the e2e setup or npm run setup).
const webExt = run("web-ext lint", process.execPath, [join(ROOT, "scripts", "lint-firefox.mjs")]);
if (webExt.code === 0) lines.push(`web-ext lint: ok (${webExt.seconds} s)`);
else {
  failed += 1;
  problems.push("web-ext lint of dist/firefox failed");
  lines.push(`web-ext lint: FAILED (${webExt.seconds} s)`);
}

// Browser metrics written by the e2e workers (e2e/fixtures.ts). Playwright replaces a worker
// after a failed test, so one browser may have been launched several times: sum and max them.
if (existsSync(METRICS)) {
  const perBrowser = new Map();
  for (const file of readdirSync(METRICS).sort()) {
    const m = readJson(join(METRICS, file));
    if (!m) continue;
    const agg = perBrowser.get(m.browser) ?? { launches: 0, tests: 0, wallMs: 0, launchMs: 0, peak: null };
    agg.launches++;
    agg.tests += m.tests;
    agg.wallMs += m.wallMs;
    agg.launchMs += m.launchMs;
    if (m.peakMemoryBytes !== null) agg.peak = Math.max(agg.peak ?? 0, m.peakMemoryBytes);
    perBrowser.set(m.browser, agg);
  }
  for (const [browser, agg] of perBrowser) {
    const mib = agg.peak === null ? "n/a" : `${Math.round(agg.peak / 2 ** 20)} MiB`;
    lines.push(
      `browser ${browser}: ${agg.tests} tests in ${(agg.wallMs / 1000).toFixed(1)} s from launch to close, ${agg.launches} launch(es) averaging ${(agg.launchMs / agg.launches / 1000).toFixed(1)} s; peak memory ${mib} (PSS of the browser's processes after each test)`,
    );
  }
}

console.log("\n━━ summary");
for (const line of lines) console.log(line);
for (const problem of problems) console.log(`FAILED: ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
