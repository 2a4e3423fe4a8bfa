/**
 * npm run names:build -- --from <nicknames checkout>/names.csv [--commit SHA] [--check]
 *
 * Builds src/kb/data/given-names.json (formal given names and their diminutives) from the open
 * nickname list of github.com/carltonnorthern/nicknames (Apache-2.0; see src/kb/data/NOTICE.md).
 * --check rebuilds in memory and fails if the committed file differs by a single byte.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildGivenNames } from "./kb/given-names.ts";

const OUT = resolve(import.meta.dirname, "../src/kb/data/given-names.json");

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const from = arg("--from");
  if (!from || !existsSync(from)) {
    console.error(`names:build: pass --from <path to names.csv of github.com/carltonnorthern/nicknames>${from ? ` (${from} not found)` : ""}`);
    process.exit(2);
  }
  const commit = arg("--commit");
  const source = `github.com/carltonnorthern/nicknames${commit ? ` @ ${commit.slice(0, 7)}` : ""}, names.csv`;
  const table = buildGivenNames(readFileSync(resolve(from), "utf8"), source);
  const json = `${JSON.stringify(table, null, 0).replace(/","/g, '",\n"')}\n`;
  if (args.includes("--check")) {
    const committed = existsSync(OUT) ? readFileSync(OUT, "utf8") : "";
    if (committed !== json) {
      console.error(`names:build --check: ${OUT} differs from a fresh build`);
      process.exit(1);
    }
    console.log(`names:build --check: OK (${table.groups.length} formal names)`);
    return;
  }
  writeFileSync(OUT, json);
  const nicks = table.groups.reduce((n, g) => n + g.split(" ").length - 1, 0);
  console.log(`names:build: wrote ${OUT}: ${table.groups.length} formal names, ${nicks} diminutives, ${Buffer.byteLength(json)} bytes raw, ${gzipSync(json, { level: 9 }).length} bytes gzip -9`);
}

main();
