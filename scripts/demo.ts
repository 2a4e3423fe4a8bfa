/**
 * `npm run demo`: opens our demo article (e2e/fixtures/pages/ynet-style, written by us in the
 * layout of a real news site) in Chromium with the built extension loaded, when a display
 * exists. Without a display it prints what the analyzer finds on that page instead.
 */
import { existsSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { startFixtureServer, PAGES_DIR } from "../e2e/server.ts";
import { analyze } from "../src/extract/index.ts";
import { linkWithNativeNames, loadKnowledgeBase } from "../src/kb/index.ts";
import { htmlToSnapshot } from "./lib/html-snapshot.ts";

const SLUG = "ynet-style";
const DIST = join(process.cwd(), "dist/chrome");
const CHROMIUM = process.env.SRCL_CHROMIUM ?? "/usr/bin/chromium";

function printAnalysis(): void {
  const html = readFileSync(join(PAGES_DIR, SLUG, "page.html"), "utf8");
  const { snapshot, meta } = htmlToSnapshot(html, `http://127.0.0.1/${SLUG}/`);
  const date = meta.publishedAt?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);
  const kb = loadKnowledgeBase(JSON.parse(readFileSync(join(process.cwd(), "src/kb/data/officials.json"), "utf8")));
  // What the background does for the card: the engine, then the knowledge base.
  const { analysis, links } = linkWithNativeNames(kb, analyze(snapshot, { date }), snapshot.text, date);
  const { people, quotes } = analysis;
  console.log(`No display: showing what Sourcelight reads on the demo page (${meta.title}).\n`);
  console.log("People");
  for (const p of people) {
    const who = [p.role, p.represents].filter(Boolean).join(" · ") || "(role not stated)";
    console.log(`  ${p.isOfficial ? "★" : " "} ${p.name} — ${who}  [${p.mentions.length} mentions]`);
    const link = links.get(p.id);
    if (link) console.log(`      knowledge base: ${link.label ?? link.position ?? "?"}${link.party ? ` · ${link.party}` : ""} (${link.source}, as of ${link.asOf})`);
  }
  console.log("\nClaims");
  const names = new Map(people.map((p) => [p.id, p.name]));
  for (const q of quotes) {
    const speaker = q.speakerId ? names.get(q.speakerId) : `${q.source ?? "?"} (source)`;
    const text = snapshot.text.slice(q.start, q.end).replace(/\s+/g, " ");
    const shown = text.length > 110 ? `${text.slice(0, 109)}…` : text;
    console.log(`  ${q.kind === "direct" ? `“${shown}”` : `· ${shown}`}\n      — ${speaker}${q.cue ? ` (${q.cue})` : ""}`);
  }
  console.log("\n★ = highlighted as an official. Run with a display (e.g. xvfb-run npm run demo) to open it in Chromium.");
}

async function openInChromium(): Promise<void> {
  if (!existsSync(join(DIST, "manifest.json"))) {
    console.log("Building the extension first…");
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const { chromium } = await import("@playwright/test");
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "srcl-demo-")), {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, "--no-first-run", "--disable-background-networking", "--disable-sync", ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url(SLUG));
  console.log(`Demo article open at ${server.url(SLUG)} — hover a highlighted name. Close the browser to stop.`);
  await new Promise<void>((resolve) => context.on("close", () => resolve()));
  await server.close();
}

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await openInChromium();
else printAnalysis();
