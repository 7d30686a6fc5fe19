#!/usr/bin/env bash
# Load test of the web app's JSON API: `entente serve` on a free port, then 50 concurrent clients
# against the case assessment (the case overview's JSON), next to the static health baseline of
# /openapi.json in the same run; then, when Chromium and chromedriver are installed, the first
# render of pages in headless Chromium next to a static file's (bench/page_render.py).
# Usage: bench/server.sh [CLIENTS] [REQUESTS_PER_CLIENT] [PAGE_LOADS]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${1:-50}"
N="${2:-200}"
LOADS="${3:-20}"
[ -f entente-cli/target/entente-cli.jar ] || mvn -q -B -ntp -DskipTests install -pl entente-server,entente-cli
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -cp "entente-cli/target/entente-cli.jar:entente-cli/target/lib/*" org.entente.cli.Main --cases ./cases \
  serve --port "$PORT" >/tmp/entente-serve-bench.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$PORT/api/cases" >/dev/null 2>&1 && break; sleep 0.5; done
python3 bench/server_load.py "http://127.0.0.1:$PORT/openapi.json" "$CLIENTS" "$N"
python3 bench/server_load.py "http://127.0.0.1:$PORT/api/cases/iran-russia/assessment" "$CLIENTS" "$N"
# ApacheBench, when installed (apt-get install apache2-utils), as a client that costs the server's
# two cores less than Python threads do; one connection per request (its keep-alive cannot read
# chunked answers).
if command -v ab >/dev/null; then
  for path in /openapi.json /api/cases/iran-russia/assessment; do
    echo "ab -c $CLIENTS -n $((CLIENTS * N)) $path:"
    ab -c "$CLIENTS" -n $((CLIENTS * N)) "http://127.0.0.1:$PORT$path" 2>&1 \
      | grep -E "Requests per second|Failed requests|Non-2xx|^  (50|95|99)%|longest" | sed 's/^/  /'
  done
fi
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  python3 bench/page_render.py "http://127.0.0.1:$PORT" "$LOADS" /static/favicon.svg /dyads /cases/iran-russia \
    /cases/iran-russia/scenarios
fi
