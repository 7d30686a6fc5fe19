#!/usr/bin/env bash
# Start-up benchmark: wall time to complete `./entente cases` (and two lighter commands) on a
# built tree, next to the bare JVM start (`java -version`, same flags) as the baseline, in the
# same run. Prints the mean and best of N runs and each command's ratio to the baseline.
# Usage: bench/startup.sh [N]   (default N=10)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
./entente --version >/dev/null   # build first if needed; not timed

measure() { # label, command...
  local label="$1"; shift
  local times=()
  for _ in $(seq "$N"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$N" '
    { s += $1; v[NR] = $1 } END { printf "%-34s mean %5.0f ms  best %5d ms  (n=%d)\n", label, s / NR, v[1], n; print s / NR > "/dev/stderr" }'
}

exec 3>&1
row() { local m; m=$( { measure "$@" 2>&1 1>&3; } ); awk -v m="$m" -v b="$BASE" 'BEGIN { printf "%-34s ratio to baseline %.1fx\n", "", m / b }'; }
BASE=$( { measure "baseline: java -version" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -version 2>&1 1>&3; } )
row "./entente --version" ./entente --version
row "./entente show russia-dprk" ./entente show russia-dprk
row "./entente cases (all 3 cases)" ./entente cases
