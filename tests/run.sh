#!/usr/bin/env bash
# Runs every test: installs what a fresh machine lacks (the wasm target,
# Debian's Chromium and chromedriver, axe-core from npm), then cargo test.
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target add wasm32-unknown-unknown

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Chromium and chromedriver: sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi

# axe-core at an exact version: a new release can change what it reports.
AXE_VERSION=4.14.1
if ! grep -qs "\"version\": \"$AXE_VERSION\"" target/axe/node_modules/axe-core/package.json; then
  mkdir -p target/axe
  npm install --silent --no-audit --no-fund --prefix target/axe "axe-core@$AXE_VERSION" >/dev/null
fi

# --no-fail-fast: one run reports every failing test binary, not the first.
cargo test --workspace --no-fail-fast "$@"
