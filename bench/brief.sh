#!/usr/bin/env bash
# Brief benchmark: `entente brief` end to end (JVM start, load, assess, forecast, render, write)
# as PDF and as HTML, next to `entente assess` as the baseline, in the same run, with ratios.
# Runs through the launcher, as a user would (it builds first if needed). Usage: bench/brief.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-5}"
export ENTENTE_HOME="$PWD"
E=(./entente)
out="$(mktemp -d)"
"${E[@]}" brief --format pdf --out "$out/warm.pdf" >/dev/null   # builds the data extract once; not timed
mean() {
  local total=0
  for _ in $(seq "$N"); do
    local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    total=$(( total + (t1 - t0) / 1000000 ))
  done
  echo $(( total / N ))
}
base=$(mean "${E[@]}" assess)
pdf=$(mean "${E[@]}" brief --format pdf --out "$out/b.pdf")
html=$(mean "${E[@]}" brief --format html --out "$out/b.html")
printf '%-40s %6d ms\n' "baseline: entente assess" "$base"
printf '%-40s %6d ms   ratio %s\n' "entente brief --format pdf" "$pdf" "$(awk -v a="$pdf" -v b="$base" 'BEGIN{printf "%.2fx", a/b}')"
printf '%-40s %6d ms   ratio %s\n' "entente brief --format html" "$html" "$(awk -v a="$html" -v b="$base" 'BEGIN{printf "%.2fx", a/b}')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out"
