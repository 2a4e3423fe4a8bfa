/**
 * One source, two targets. `vite build` writes dist/chrome (MV3 service worker);
 * `vite build --mode firefox` writes dist/firefox (MV3 event page through background.scripts,
 * gecko id, data_collection_permissions). The Firefox differences are derived here from the one
 * top-level manifest.json and nowhere else. `--mode test` / `--mode firefox-test` add the
 * test-build hooks (__SRCL_TEST__) to the same builds, written to dist/chrome-test, dist/firefox-test.
 */
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CARD_VIEW_FILE, CONTENT_MAIN_FILE } from "./src/content/built-files.ts";
import { OPT_IN_SOURCES, SOURCE_DATA_COLLECTION, SOURCE_ORIGINS } from "./src/shared/sources.ts";
import { build, defineConfig, type Plugin, type ResolvedConfig } from "vite";

type ContentScript = { js?: string[]; css?: string[] } & Record<string, unknown>;
type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; type?: string; scripts?: string[] };
  content_scripts?: ContentScript[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
};

/** The licences and attributions of the data the extension ships, copied into every build under
 *  licenses/ (the knowledge base's sources, the given-name table's Apache-2.0 text, the engine's
 *  word lists). */
const NOTICES = [
  { from: "src/kb/data/NOTICE.md", to: "licenses/knowledge-base-NOTICE.md" },
  { from: "src/kb/data/LICENSE-given-names.txt", to: "licenses/LICENSE-given-names.txt" },
  { from: "src/extract/data/NOTICE.md", to: "licenses/engine-data-NOTICE.md" },
];

function dataNotices(): Plugin {
  return {
    name: "srcl-data-notices",
    apply: "build",
    generateBundle() {
      for (const { from, to } of NOTICES) this.emitFile({ type: "asset", fileName: to, source: readFileSync(from, "utf8") });
    },
  };
}

/**
 * The content scripts are built here, not by crxjs (whose loader imports chunks through a module
 * graph of web-accessible files on every page). The script the browser injects
 * (src/content/loader.ts, a classic script of a few hundred bytes, at document_start) imports ONE self-contained
 * ES module, the reader (src/content/index.ts → content-main.js): a module fetched from the
 * extension is compiled off the page's main thread (Chromium streams it to a worker thread), and
 * with V8's `//# allFunctionsCalledOnLoad` hint every function of it is compiled there too, where
 * an injected script is compiled on the main thread while the page waits. The card's view
 * (src/content/card-view.ts: preact, floating-ui, the card → content-card.js) is imported on the
 * reader's first hover or focus (card-loader.ts). Both modules are web-accessible, in Chrome only
 * at a per-session random URL (use_dynamic_url; Firefox's extension origin is a per-install random
 * UUID already and does not know the key). crxjs builds the rest (background, popup, options);
 * this plugin runs after it and writes the entries into dist's manifest.
 */
/** Modules the content script imports at run time: entry → built file, and whether it all runs at load. */
const CONTENT_MODULES = [
  { entry: "src/content/index.ts", file: CONTENT_MAIN_FILE, compileAll: true },
  { entry: "src/content/card-view.ts", file: CARD_VIEW_FILE, compileAll: false },
];
/** V8's explicit compile hint: compile every function with the script (here: off the main thread). */
const COMPILE_ALL_HINT = "//# allFunctionsCalledOnLoad\n";

function contentScriptBuilds(scripts: ContentScript[], outDir: string, define: Record<string, string>, target: string, isFirefox: boolean): Plugin {
  let alias: ResolvedConfig["resolve"]["alias"] = [];
  return {
    name: "srcl-content-scripts",
    apply: "build",
    configResolved(config) {
      alias = config.resolve.alias;
    },
    async closeBundle() {
      const bundle = (entry: string, file: string, format: "iife" | "es") =>
        build({
          configFile: false,
          logLevel: "warn",
          define,
          // The content script runs on the browser's own extension API (src/shared/native-browser.ts).
          resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: NATIVE_BROWSER }, ...alias] },
          json: { stringify: true },
          plugins: [preact()],
          build: {
            outDir,
            emptyOutDir: false,
            target,
            minify: true,
            copyPublicDir: false,
            lib: { entry, formats: [format], name: "srclContent", fileName: () => file },
            // Library mode keeps an ES module's whitespace: minify it all the same.
            rolldownOptions: { output: { minify: true } },
          },
        });
      const out: ContentScript[] = [];
      for (const [i, script] of scripts.entries()) {
        const js: string[] = [];
        for (const [j, entry] of (script.js ?? []).entries()) {
          const file = `content-${i}-${j}.js`;
          await bundle(entry, file, "iife");
          js.push(file);
        }
        const css = (script.css ?? []).map((path, j) => {
          const file = `content-${i}-${j}.css`;
          writeFileSync(join(outDir, file), readFileSync(path));
          return file;
        });
        out.push({ ...script, js, ...(css.length ? { css } : {}) });
      }
      for (const { entry, file, compileAll } of CONTENT_MODULES) {
        await bundle(entry, file, "es");
        const path = join(outDir, file);
        if (compileAll) writeFileSync(path, COMPILE_ALL_HINT + readFileSync(path, "utf8"));
      }
      const manifestPath = join(outDir, "manifest.json");
      const built = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
      built.content_scripts = out;
      built.web_accessible_resources = [
        {
          resources: CONTENT_MODULES.map((m) => m.file),
          matches: [...new Set(scripts.flatMap((c) => (c.matches as string[] | undefined) ?? []))],
          ...(isFirefox ? {} : { use_dynamic_url: true }),
        },
      ];
      writeFileSync(manifestPath, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

const NATIVE_BROWSER = fileURLToPath(new URL("./src/shared/native-browser.ts", import.meta.url));

const GECKO_ID = "sourcelight@sourcelight.example";
/** 142 is the first Firefox with data_collection_permissions; the APIs we use (CSS custom
 *  highlights in content scripts, storage.session) are older. */
const FIREFOX_MIN_VERSION = "142.0";

export function firefoxManifest(base: Manifest): Manifest {
  const { background, ...rest } = structuredClone(base);
  const worker = background?.service_worker;
  if (!worker) throw new Error("manifest.json: background.service_worker is required");
  return {
    ...rest,
    background: { scripts: [worker], type: "module" },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Nothing is collected unless the reader opts in to a source (src/shared/sources.ts): the
        // look-ups send names (search terms), the per-claim fact-check a claim's words (website content).
        data_collection_permissions: { required: ["none"], optional: [...new Set(OPT_IN_SOURCES.flatMap((s) => SOURCE_DATA_COLLECTION[s]))] },
      },
    },
  };
}

/**
 * The Chromium TEST build holds the opt-in sources' sites as granted host permissions: Chromium
 * has no way to accept an optional-permission prompt without a person clicking it, so its e2e
 * runs could not switch a source on. The switches still decide every request (the e2e specs
 * prove no request is made with a source off); the permission prompt and its removal are covered
 * in Firefox, whose test profile grants optional permissions without a prompt, and in unit tests.
 * Production builds and the Firefox test build are left as manifest.json declares them.
 */
export function chromiumTestManifest(base: Manifest): Manifest {
  const hosts = [...new Set(OPT_IN_SOURCES.flatMap((s) => SOURCE_ORIGINS[s]))];
  return { ...base, host_permissions: [...((base.host_permissions as string[] | undefined) ?? []), ...hosts] };
}

export default defineConfig(({ mode }) => {
  const isFirefox = mode.startsWith("firefox");
  const isTest = mode.endsWith("test");
  const base = JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8")) as Manifest;
  const { content_scripts: contentScripts = [], ...rest } = isFirefox ? firefoxManifest(base) : isTest ? chromiumTestManifest(base) : base;
  const manifest = rest as unknown as ManifestV3Export;
  const outDir = `dist/${isFirefox ? "firefox" : "chrome"}${isTest ? "-test" : ""}`;
  const define = { __SRCL_TEST__: JSON.stringify(isTest) };
  const target = isFirefox ? "firefox142" : "chrome120";
  return {
    define,
    // JSON modules as JSON.parse of a string where the bundler keeps one whole (faster than a
    // literal); the knowledge base itself is imported as text (src/background/services.ts).
    json: { stringify: true },
    plugins: [
      preact(),
      crx({ manifest, browser: isFirefox ? "firefox" : "chrome" }),
      contentScriptBuilds(contentScripts, outDir, define, target, isFirefox),
      dataNotices(),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target,
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: { options: "src/options/index.html" },
      },
    },
    server: { port: 5199, strictPort: true },
  };
});
