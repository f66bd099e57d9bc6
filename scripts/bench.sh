#!/usr/bin/env bash
# Builds synthetic handbooks of 100, 1,000 and 5,000 procedures with stagehand,
# Hugo (Debian's `hugo`) and mdBook (`cargo install mdbook`) in the same run,
# and prints the median wall time and peak memory of each, with ratios.
# Usage: bash scripts/bench.sh [sizes...]   (default: 100 1000 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100 1000 5000}")
[ $# -gt 0 ] || sizes=(100 1000 5000)
runs=${RUNS:-3}
for tool in hugo mdbook /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install hugo time; cargo install mdbook" >&2; exit 1; }
done
cargo build --release -q -p stagehand
stagehand=$PWD/target/release/stagehand
work=target/bench
mkdir -p "$work"

# measure NAME DIR CMD...: median seconds and peak MiB over $runs runs
measure() {
  local dir=$1; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    (cd "$dir" && /usr/bin/time -f "%e %M" -o "$OLDPWD/$work/time.txt" "$@" >/dev/null 2>&1)
    read -r t m < "$work/time.txt"
    times+=("$t"); mems+=("$m")
  done
  python3 -c "import statistics,sys; t=[float(x) for x in sys.argv[1].split()]; m=[int(x) for x in sys.argv[2].split()]; print(f'{statistics.median(t):.2f} {statistics.median(m)/1024:.0f}')" "${times[*]}" "${mems[*]}"
}

printf '%-8s %-10s %10s %10s %12s %12s\n' procedures tool seconds MiB "time ratio" "memory ratio"
for n in "${sizes[@]}"; do
  python3 scripts/gen_handbook.py "$n" "$work/$n"
  read -r st sm < <(measure "$work/$n" "$stagehand" build --content stagehand --out out-stagehand)
  read -r ht hm < <(measure "$work/$n/hugo" hugo --quiet --destination ../out-hugo)
  read -r mt mm < <(measure "$work/$n/mdbook" mdbook build -d ../out-mdbook)
  printf '%-8s %-10s %10s %10s %12s %12s\n' "$n" stagehand "$st" "$sm" 1 1
  printf '%-8s %-10s %10s %10s %12s %12s\n' "$n" hugo "$ht" "$hm" "$(python3 -c "print(f'{$ht/$st:.1f}x')")" "$(python3 -c "print(f'{$hm/$sm:.1f}x')")"
  printf '%-8s %-10s %10s %10s %12s %12s\n' "$n" mdbook "$mt" "$mm" "$(python3 -c "print(f'{$mt/$st:.1f}x')")" "$(python3 -c "print(f'{$mm/$sm:.1f}x')")"
done
echo "Ratios are the other tool's figure divided by stagehand's: above 1x, stagehand is faster or leaner."
