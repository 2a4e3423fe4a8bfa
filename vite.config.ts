/**
 * One source, two targets. `vite build` writes dist/chrome (MV3 service worker);
 * `vite build --mode firefox` writes dist/firefox (MV3 event page through background.scripts,
 * gecko id, data_collection_permissions). The Firefox differences are derived here from the one
 * top-level manifest.json and nowhere else. `--mode test` / `--mode firefox-test` add the
 * test-build hooks (__SRCL_TEST__) to the same builds, written to dist/chrome-test, dist/firefox-test.
 */
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { readFileSync } from "node:fs";
import { defineConfig } from "vite";

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; type?: string; scripts?: string[] };
};

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
        // Nothing is collected; the Wikidata look-up is opt-in and sends a name only.
        data_collection_permissions: { required: ["none"], optional: ["searchTerms"] },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const isFirefox = mode.startsWith("firefox");
  const isTest = mode.endsWith("test");
  const base = JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8")) as Manifest;
  const manifest = (isFirefox ? firefoxManifest(base) : base) as ManifestV3Export;
  const outDir = `dist/${isFirefox ? "firefox" : "chrome"}${isTest ? "-test" : ""}`;
  return {
    define: { __SRCL_TEST__: JSON.stringify(isTest) },
    // The knowledge base is a large JSON module: JSON.parse of a string loads faster than a literal.
    json: { stringify: true },
    plugins: [preact(), crx({ manifest, browser: isFirefox ? "firefox" : "chrome" })],
    build: {
      outDir,
      emptyOutDir: true,
      target: isFirefox ? "firefox142" : "chrome120",
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: { options: "src/options/index.html" },
      },
    },
    server: { port: 5199, strictPort: true },
  };
});
