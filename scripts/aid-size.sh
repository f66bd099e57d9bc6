#!/usr/bin/env bash
# The decision aid's size (wasm and JS, raw and gzip), and in headless
# Chromium at 4x CPU throttling what it costs the page's load (beside the
# same page with the aid removed) and how soon it is ready after Start. Needs Debian's chromium and npm (puppeteer-core,
# which drives the installed Chromium and downloads no browser).
set -euo pipefail
cd "$(dirname "$0")/.."
# The page without the aid, written below, is not the build's: removed
# first, or the build refuses the folder.
rm -f target/aid-size/site/durham/no-aid.html
cargo run --release -q -p stagehand -- build --out target/aid-size/site >/dev/null 2>&1
site=target/aid-size/site
printf '%-22s %10s %10s\n' file bytes gzip
total_raw=0; total_gz=0
for f in "$site"/assets/decision_aid_bg.wasm "$site"/assets/decision_aid.js "$site"/assets/aid.js; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-22s %10s %10s\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-22s %10s %10s   (aim: 160 KB gzip)\n' total "$total_raw" "$total_gz"

# The same page with the widget's scripts removed, as the peer.
sed -e '/assets\/aid.js/d' "$site/durham/index.html" > "$site/durham/no-aid.html"
if [ ! -d target/aid-size/node/node_modules/puppeteer-core ]; then
  mkdir -p target/aid-size/node
  npm install --silent --no-audit --no-fund --prefix target/aid-size/node puppeteer-core@24 >/dev/null
fi
NODE_PATH=target/aid-size/node/node_modules node scripts/aid-timing.mjs "$site" "${RUNS:-15}"
