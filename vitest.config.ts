import { defineConfig } from "vitest/config";

export default defineConfig({
  define: { __SRCL_TEST__: "true" },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    maxWorkers: 2,
  },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
});
