#!/usr/bin/env bash
# Lays out one content fixture as a whole handbook, to try by hand:
#   bash scripts/fixture.sh broken/unknown-within      (then it runs `stagehand check`)
#   bash scripts/fixture.sh warned/no-urgent-box build
# A fixture holds only what differs from tests/fixtures/minimal/ (a small,
# valid handbook), a DELETE list of files to remove, and expected.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
case="${1:?name a fixture, such as broken/unknown-within}"
command="${2:-check}"
from="tests/fixtures/$case"
[ -d "$from" ] || { echo "no fixture at $from" >&2; exit 2; }
content="target/fixture/$(basename "$case")/content"
rm -rf "$(dirname "$content")"
mkdir -p "$content"
cp -R tests/fixtures/minimal/. "$content/"
cp -R "$from/." "$content/"
if [ -f "$content/DELETE" ]; then
  while IFS= read -r file; do [ -n "$file" ] && rm -f "$content/$file"; done < "$content/DELETE"
  rm -f "$content/DELETE"
fi
rm -f "$content/expected.txt"
echo "The handbook is in $content. What the report must say (expected.txt):" >&2
sed 's/^/  /' "$from/expected.txt" >&2
echo >&2
if [ "$command" = build ]; then
  exec cargo run --quiet --release -p stagehand -- build --content "$content" --out "$(dirname "$content")/site"
else
  exec cargo run --quiet --release -p stagehand -- check --content "$content"
fi
