#!/usr/bin/env bash
# Events throughput benchmark (issue 6, "Speed and memory"). In one run, on the same synthetic
# GDELT 2.0 files (generated once under DIR, default /tmp/evbench: FILES files, TOTAL_MB in all):
# Entente's ingest-and-rollup end to end (JVM start included, a fresh store), DuckDB's own
# read_csv + GROUP BY giving the same dyad-month rollup, and the floors cat and wc -l; then the
# same for gzip-compressed copies, next to the gzip floor (gzip -dc, one process per file, in
# parallel). Prints MB/s, rows/s, peak RSS and ratios, then checks that the two rollups agree.
# Usage: bench/events.sh [DIR] [TOTAL_MB] [FILES]      (defaults: /tmp/evbench 3200 4)
# Environment: THREADS (DuckDB threads, default: the number of cores), ENTENTE_JAVA_OPTS (extra
# JVM flags for Entente, after the launcher's own; Entente runs through ./entente), SKIP_GZ=1 to leave out the gzip part,
# SKIP_BEFORE=1 to leave out the row-by-row reader (-Dentente.events.reader=rows, the code before
# the fast reader). The load average is printed: on a shared machine the figures move with it.
# Delete DIR afterwards: it holds several gigabytes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
DIR="${1:-/tmp/evbench}"
TOTAL_MB="${2:-3200}"
NFILES="${3:-4}"
THREADS="${THREADS:-$(nproc)}"
REAL="$ROOT/../shared/data/gdelt_v2_events"   # the real exports the synthetic rows are drawn from
BENCH_CP="entente-bench/target/entente-bench-0.1.0-SNAPSHOT.jar:entente-bench/target/lib/*"
[ -f entente-bench/target/entente-bench-0.1.0-SNAPSHOT.jar ] || mvn -q -B -o -ntp install -pl entente-bench -DskipTests

mkdir -p "$DIR/plain" "$DIR/gz" "$DIR/out"
if [ "$(ls "$DIR/plain" | wc -l)" -ne "$NFILES" ]; then
  rm -f "$DIR"/plain/* "$DIR"/gz/*
  java -cp "$BENCH_CP" org.entente.bench.EventsSynth "$REAL" "$DIR/plain" "$TOTAL_MB" "$NFILES"
fi
if [ "${SKIP_GZ:-0}" != 1 ] && [ "$(ls "$DIR/gz" | wc -l)" -ne "$NFILES" ]; then
  echo "compressing (gzip -6, one process per file)..."
  for f in "$DIR"/plain/*; do gzip -6 -c "$f" > "$DIR/gz/$(basename "$f").gz" & done; wait
fi

echo "== distributions: real files vs the synthetic ones (first 20,000 rows of each synthetic file)"
python3 bench/events_stats.py "real ($REAL)" 1000000 "$REAL"/2*.export.CSV
python3 bench/events_stats.py "synthetic ($DIR/plain)" 20000 "$DIR"/plain/*

PLAIN=("$DIR"/plain/*)
read -r ROWS BYTES < <(cat "${PLAIN[@]}" | wc -lc)   # one pass, which also warms the page cache
echo
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $NFILES files, $((BYTES / 1000000)) MB, $ROWS rows; $(nproc) cores; DuckDB threads $THREADS; page cache warm"

declare -A SECS RSS
run() { # key, label, command...
  local key="$1" label="$2"; shift 2
  /usr/bin/time -v -o "$DIR/out/time.$key" "$@" > "$DIR/out/log.$key" 2>&1 || { cat "$DIR/out/log.$key"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$DIR/out/time.$key")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$DIR/out/time.$key")
  local cpu
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$DIR/out/time.$key")
  SECS[$key]=$wall; RSS[$key]=$rss
  awk -v l="$label" -v s="$wall" -v b="$BYTES" -v r="$ROWS" -v m="$rss" -v in_="${IN_BYTES:-$BYTES}" -v c="$cpu" 'BEGIN {
    printf "%-44s %7.2f s (cpu %6.2f s)  %6.0f MB/s  %10.0f rows/s  peak RSS %5.0f MB", l, s, c, b / 1e6 / s, r / s, m / 1024
    if (in_ != b) printf "  (%.0f MB/s of compressed input)", in_ / 1e6 / s
    printf "\n" }'
}
ratio() { awk -v a="${SECS[$2]}" -v b="${SECS[$3]}" -v l="$1" 'BEGIN { printf "  %-58s %.2fx\n", l, b / a }'; }

FILES_LIST=$(printf "'%s' " "${PLAIN[@]}")
# Entente runs through ./entente, as a user runs it (built beforehand, so no build is timed)
./entente --version > /dev/null
run cat   "cat > /dev/null" sh -c "cat $FILES_LIST > /dev/null"
run wc    "wc -l" sh -c "wc -l $FILES_LIST > /dev/null"
rm -f "$DIR"/out/entente.duckdb*
run ent   "entente events ingest (fresh store)" ./entente events ingest "${PLAIN[@]}" --store "$DIR/out/entente.duckdb"
if [ "${SKIP_BEFORE:-0}" != 1 ]; then
  rm -f "$DIR"/out/rows.duckdb*
  run rows "entente, row-by-row reader (before)" env ENTENTE_JAVA_OPTS="${ENTENTE_JAVA_OPTS:-} -Dentente.events.reader=rows" \
    ./entente events ingest "${PLAIN[@]}" --store "$DIR/out/rows.duckdb"
fi
run duck  "duckdb read_csv + GROUP BY (JDBC)" java -cp "$BENCH_CP" org.entente.bench.EventsDuck rollup \
  "$DIR/out/duck.duckdb" "$THREADS" "${PLAIN[@]}"
tail -n 3 "$DIR/out/log.ent"
echo "ratios (plain):"
ratio "entente vs duckdb (goal >= 4x)" ent duck
ratio "entente vs wc -l (goal >= 0.40x)" ent wc
ratio "entente vs cat" ent cat
[ "${SKIP_BEFORE:-0}" = 1 ] || ratio "entente fast reader vs row-by-row reader (before)" ent rows
echo "peak RSS: entente $((RSS[ent] / 1024)) MB (goal < 512 MB), duckdb $((RSS[duck] / 1024)) MB"

echo
echo "== the two rollups (plain files)"
java -cp "$BENCH_CP" org.entente.bench.EventsDuck compare "$DIR/out/entente.duckdb" "$DIR/out/duck.duckdb"

if [ "${SKIP_GZ:-0}" != 1 ]; then
  GZ=("$DIR"/gz/*)
  IN_BYTES=$(cat "${GZ[@]}" | wc -c)
  echo
  echo "== gzip: $((IN_BYTES / 1000000)) MB compressed, rates below are of uncompressed bytes"
  export IN_BYTES
  run gzfloor "gzip -dc, one process per file (floor)" sh -c "printf '%s\n' $(printf "'%s' " "${GZ[@]}") | xargs -P $(nproc) -n 1 gzip -dc > /dev/null"
  rm -f "$DIR"/out/entente-gz.duckdb*
  run entgz "entente events ingest .gz (fresh store)" ./entente events ingest "${GZ[@]}" --store "$DIR/out/entente-gz.duckdb"
  run duckgz "duckdb read_csv .gz + GROUP BY" java -cp "$BENCH_CP" org.entente.bench.EventsDuck rollup \
    "$DIR/out/duck-gz.duckdb" "$THREADS" "${GZ[@]}"
  echo "ratios (gzip):"
  ratio "entente vs duckdb" entgz duckgz
  ratio "entente vs the gzip floor" entgz gzfloor
fi
