#!/usr/bin/env bash
# What search and offline use add to a build of the real content: bytes on
# disk (and gzipped, as served) and build time with and without the search
# index, taking turns (with, without, with, ...) so machine drift hits both.
# Usage: RUNS=9 bash scripts/search-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}
cargo build -q --release -p stagehand
bin=target/release/stagehand
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

ms() { # wall time of one build, in ms
  local start end
  start=$(date +%s%N)
  "$bin" build --content content --out "$1" "${@:2}" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

with=() without=()
for _ in $(seq "$RUNS"); do
  with+=("$(ms "$out/with")")
  without+=("$(ms "$out/without" --no-search)")
done
mw=$(printf '%s\n' "${with[@]}" | median)
mo=$(printf '%s\n' "${without[@]}" | median)

bytes() { find "$@" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
gz() { find "$@" -type f -exec gzip -9c {} \; | wc -c; }
echo "Real content ($(ls content/procedures | wc -l) procedures), median of $RUNS builds each, in turn:"
echo "  build with search and offline:   ${mw} ms"
echo "  build with --no-search:          ${mo} ms"
echo "  whole site:                      $(bytes "$out/with") B ($(gz "$out/with") B gzipped)"
echo "  search index (pagefind/):        $(bytes "$out/with/pagefind") B ($(gz "$out/with/pagefind") B gzipped), $(find "$out/with/pagefind" -type f | wc -l) files"
echo "  offline (sw.js, manifest, version.json, site.js): $(bytes "$out/with/sw.js" "$out/with/manifest.webmanifest" "$out/with/version.json" "$out/with/assets/site.js") B"
echo "  a reader who never searches loads: site.js only ($(gzip -9c "$out/with/assets/site.js" | wc -c) B gzipped)"
