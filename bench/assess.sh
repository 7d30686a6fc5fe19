#!/usr/bin/env bash
# Spectrum benchmarks: `./entente assess` end to end (JVM start, load, score, print) next to
# `./entente cases` (JVM start and case loading only) in the same run; then data-only scoring of
# all dyads of one year on all cores next to one thread. Usage: bench/assess.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
./entente assess >/dev/null   # builds the tree and the data extract if needed; not timed
[ -f entente-bench/target/entente-bench-0.1.0-SNAPSHOT.jar ] || mvn -q -B -ntp -DskipTests package -pl entente-bench -am
mean() {
  local total=0
  for _ in $(seq "$N"); do
    local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    total=$(( total + (t1 - t0) / 1000000 ))
  done
  echo $(( total / N ))
}
a=$(mean ./entente assess)
c=$(mean ./entente cases)
printf '%-44s %6d ms   %-34s %6d ms   ratio %s\n' "./entente assess (iran-russia, end to end)" "$a" \
  "baseline: ./entente cases" "$c" "$(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.2fx", a / c }')"
java -cp "entente-bench/target/entente-bench-0.1.0-SNAPSHOT.jar:entente-bench/target/lib/*" org.entente.bench.SpectrumBench 2015 3
