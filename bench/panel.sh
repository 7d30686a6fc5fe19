#!/usr/bin/env bash
# Dyad-year panel benchmark: load all bundled data, one dyad's full panel, S for all dyads of
# one year, each next to a baseline in the same run, with ratios. Usage: bench/panel.sh [REPS]
set -euo pipefail
cd "$(dirname "$0")/.."
./entente --version >/dev/null   # builds the tree if needed
[ -f entente-bench/target/entente-bench-0.1.0-SNAPSHOT.jar ] || mvn -q -B -ntp -DskipTests package -pl entente-bench -am
exec java -cp "entente-bench/target/entente-bench-0.1.0-SNAPSHOT.jar:entente-bench/target/lib/*" org.entente.bench.PanelBench "$@"
