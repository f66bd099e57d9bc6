#!/usr/bin/env bash
# The time from saving a procedure's file to the open page's reload event
# under `stagehand serve`, on the real content and on a generated handbook of
# 1,000 procedures (scripts/gen_handbook.py). Prints median, 90th percentile,
# min and max over EDITS edits, GAP seconds apart.
# Usage: bash scripts/serve-latency.sh     (EDITS=15 GAP=6)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p stagehand
work=target/serve-latency
rm -rf "$work" && mkdir -p "$work"
cp -r content "$work/real"
python3 scripts/gen_handbook.py 1000 "$work/1000" >/dev/null
python3 scripts/serve-latency.py target/release/stagehand "${EDITS:-15}" "${GAP:-6}" \
  "real content=$work/real=$work/real/procedures/durham/procedure.md" \
  "generated=$work/1000/stagehand=$work/1000/stagehand/procedures/procedure-00007/procedure.md"
