#!/usr/bin/env bash
# `npm run setup`: everything a fresh Debian machine needs to build and test Sourcelight.
#   1. Debian's chromium and firefox-esr (the e2e browsers; never downloaded by Playwright),
#      installed with apt-get when missing — as root, or through sudo when available;
#   2. npm ci (the locked dependencies);
#   3. npm run build (dist/chrome, dist/firefox).
# Safe to run again: installed browsers are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "setup: ${missing[*]} missing and not root (no sudo): install them with apt-get as root" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]} (Debian packages)"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Playwright must never fetch its own browsers here; the e2e harness uses /usr/bin/chromium and
# /usr/bin/firefox-esr.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund
npm run build
echo "setup: done (chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1); firefox: $(/usr/bin/firefox-esr --version 2>/dev/null | head -1))"
