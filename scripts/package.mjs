#!/usr/bin/env node
/**
 * `npm run package` (after `npm run build`): the store artifacts in dist/artifacts/
 *   sourcelight-chrome-<version>.zip    dist/chrome zipped here (a small deterministic ZIP writer:
 *                                       sorted entries, fixed timestamps, deflate via node:zlib)
 *   sourcelight-firefox-<version>.xpi   dist/firefox through `web-ext build` (Mozilla's packager)
 * <version> is manifest.json's version of each build. Prints each artifact with its size and SHA-256.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ARTIFACTS = join(ROOT, "dist", "artifacts");

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function listFiles(dir) {
  const out = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  walk(dir);
  return out.map((path) => relative(dir, path).split(sep).join("/")).sort();
}

/** A ZIP archive (PKWARE APPNOTE 4.3.x, no ZIP64: fine below 4 GiB and 65535 entries). */
export function zipDirectory(dir) {
  // 1980-01-01 00:00 in DOS format: the same bytes for the same files on every machine.
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const name of listFiles(dir)) {
    const data = readFileSync(join(dir, name));
    const compressed = deflateRawSync(data, { level: 9 });
    const isStored = compressed.length >= data.length;
    const body = isStored ? data : compressed;
    const crc = crc32(data);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(isStored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(isStored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function versionOf(dir) {
  const manifestPath = join(dir, "manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`${relative(ROOT, dir)}/manifest.json is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(manifestPath, "utf8")).version;
}

function describe(path) {
  const hash = createHash("sha256").update(readFileSync(path)).digest("hex");
  return `${relative(ROOT, path)}  ${(statSync(path).size / 1024).toFixed(1)} KiB  sha256 ${hash}`;
}

function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const chromeDir = join(ROOT, "dist", "chrome");
  const chromeZip = join(ARTIFACTS, `sourcelight-chrome-${versionOf(chromeDir)}.zip`);
  writeFileSync(chromeZip, zipDirectory(chromeDir));

  const firefoxDir = join(ROOT, "dist", "firefox");
  const firefoxXpi = join(ARTIFACTS, `sourcelight-firefox-${versionOf(firefoxDir)}.xpi`);
  rmSync(firefoxXpi, { force: true });
  const webExt = spawnSync(join(ROOT, "node_modules", ".bin", "web-ext"), ["build", "--source-dir", firefoxDir, "--artifacts-dir", ARTIFACTS, "--filename", relative(ARTIFACTS, firefoxXpi), "--overwrite-dest", "--no-config-discovery"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (webExt.status !== 0) throw new Error(`web-ext build exited ${webExt.status}`);
  console.log(describe(chromeZip));
  console.log(describe(firefoxXpi));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
