#!/usr/bin/env bash
# Lighthouse 12 (mobile, its default throttling) on each procedure page of
# the real content, served by `stagehand serve --no-reload` (compressed, as a
# host serves it). Prints the performance score, total blocking time, the
# largest contentful paint, layout shift and what the page transferred.
# Needs Debian's chromium and npm (Lighthouse 13 needs Node 22: 12 is pinned).
# Usage: bash scripts/lighthouse.sh [pages...]   (default: every procedure)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p stagehand
if [ ! -x target/lighthouse/node_modules/.bin/lighthouse ]; then
  mkdir -p target/lighthouse
  npm install --silent --no-audit --no-fund --prefix target/lighthouse -E lighthouse@12.2.3 >/dev/null
fi
[ $# -gt 0 ] || set -- $(ls content/procedures)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/release/stagehand serve --no-reload --port "$port" --out target/lighthouse/site >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 100); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break; sleep 0.2; done
printf '%-12s %6s %8s %8s %6s %8s\n' page score "TBT ms" "LCP ms" CLS "KB"
for page in "$@"; do
  CHROME_PATH=/usr/bin/chromium target/lighthouse/node_modules/.bin/lighthouse \
    "http://127.0.0.1:$port/$page/" --quiet --only-categories=performance \
    --chrome-flags="--headless --no-sandbox --disable-gpu" \
    --output=json --output-path="target/lighthouse/$page.json" >/dev/null 2>&1
  python3 - "$page" "target/lighthouse/$page.json" <<'PY'
import json, sys
page, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))
a = r["audits"]
print(f"{page:<12} {r['categories']['performance']['score'] * 100:>6.0f} "
      f"{a['total-blocking-time']['numericValue']:>8.0f} {a['largest-contentful-paint']['numericValue']:>8.0f} "
      f"{a['cumulative-layout-shift']['numericValue']:>6.3f} {a['total-byte-weight']['numericValue'] / 1024:>8.0f}")
PY
done
