// Lint: layer boundaries as import zones (Dark Reader's model), purity of src/extract and
// src/kb, and no unsanitised HTML anywhere. eslint-plugin-compat is not used: the build targets
// (chrome120, firefox142) are checked by the bundler and the e2e run in both browsers.
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import noUnsanitized from "eslint-plugin-no-unsanitized";

const L = (p) => `./src/${p}`;
// "types only" cells of the import table are each pure layer's one public types file (except lists).

const zones = [
  // shared depends on nothing else in src (but the pure layers' types)
  { target: L("shared"), from: [L("kb"), L("ui"), L("content"), L("background"), L("popup"), L("options")] },
  // messages.ts names the settings types that cross the wire; nothing else of store
  { target: L("shared"), from: L("store"), except: ["./settings.ts", "./source-settings.ts", "./types.ts"] },
  { target: L("shared"), from: L("extract"), except: ["./types.ts"] },
  // extract is pure: nothing but shared
  { target: L("extract"), from: [L("kb"), L("store"), L("ui"), L("content"), L("background"), L("popup"), L("options")] },
  // kb: shared and extract types
  { target: L("kb"), from: [L("store"), L("ui"), L("content"), L("background"), L("popup"), L("options")] },
  { target: L("kb"), from: L("extract"), except: ["./types.ts"] },
  // store: shared, extract/kb types
  { target: L("store"), from: [L("ui"), L("content"), L("background"), L("popup"), L("options")] },
  { target: L("store"), from: L("extract"), except: ["./types.ts"] },
  // names.ts (and the given-name table it reads): one notion of "the same name" for KB links and merges
  { target: L("store"), from: L("kb"), except: ["./types.ts", "./names.ts", "./data/given-names.json"] },
  // ui is presentational: no store, no browser layers
  { target: L("ui"), from: [L("store"), L("content"), L("background"), L("popup"), L("options")] },
  { target: L("ui"), from: L("extract"), except: ["./types.ts"] },
  { target: L("ui"), from: L("kb"), except: ["./types.ts"] },
  // content: no kb (ask the background), store only for settings/feedback (browser.storage);
  // the card's view reads the opt-in sources' switches (source-settings.ts)
  { target: L("content"), from: [L("kb"), L("background"), L("popup"), L("options")] },
  { target: L("content"), from: L("store"), except: ["./settings.ts", "./source-settings.ts", "./feedback.ts"] },
  // background: not ui, content, popup
  { target: L("background"), from: [L("ui"), L("content"), L("popup"), L("options")] },
  // popup and options: talk to the background only
  { target: [L("popup"), L("options")], from: [L("content"), L("background")] },
  { target: [L("popup"), L("options")], from: L("store"), except: ["./types.ts", "./settings.ts"] },
  { target: [L("popup"), L("options")], from: L("extract"), except: ["./types.ts"] },
  { target: [L("popup"), L("options")], from: L("kb"), except: ["./types.ts"] },
];

const PURE_GLOBALS = ["document", "window", "browser", "chrome", "navigator", "localStorage", "indexedDB", "setTimeout", "setInterval", "requestIdleCallback", "fetch"].map(
  (name) => ({ name, message: "src/extract and src/kb are pure: no DOM, browser, timers or network." }),
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".cache/**", "test-results/**", "playwright-report/**", "**/*.d.ts"] },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "import-x": importX, "@typescript-eslint": tseslint.plugin, "no-unsanitized": noUnsanitized },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: ["src/tsconfig.json", "src/extract/tsconfig.json", "src/kb/tsconfig.json"] })] },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones }],
      "import-x/no-unresolved": "error",
      "no-unsanitized/method": "error",
      "no-unsanitized/property": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["src/extract/**/*.ts", "src/kb/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-globals": ["error", ...PURE_GLOBALS] },
  },
  {
    files: ["src/ui/**/*.ts", "src/ui/**/*.tsx"],
    rules: { "no-restricted-globals": ["error", { name: "browser", message: "ui is presentational: no browser APIs" }, { name: "chrome", message: "ui is presentational" }] },
  },
);
