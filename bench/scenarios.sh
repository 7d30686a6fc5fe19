#!/usr/bin/env bash
# Scenario-model benchmark (JMH): the Monte Carlo on the built-in Iran-Russia case (100,000 runs
# to 2035) and an exact posterior update, then the same simulation as a straightforward
# vectorised numpy reference on the same inputs, with the ratio. Usage: bench/scenarios.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./entente --version >/dev/null
[ -f entente-bench/target/classes/META-INF/BenchmarkList ] || mvn -q -B -ntp -DskipTests package -pl entente-bench -am
CP="entente-bench/target/classes:entente-bench/target/lib/*"
model="$(mktemp --suffix .json)"
java -Dentente.cases=cases -cp "$CP" org.entente.bench.ScenarioBench --export "$model"
java -Dentente.cases=cases -cp "$CP" org.openjdk.jmh.Main ScenarioBench -rf json -rff /tmp/entente-jmh.json | grep -E "^(Benchmark|ScenarioBench)"
python3 - "$model" <<'PY'
import json, subprocess, sys
runs, years = 100_000, json.load(open(sys.argv[1]))["years"]
ms = next(r["primaryMetric"]["score"] for r in json.load(open("/tmp/entente-jmh.json")) if r["benchmark"].endswith("simulate"))
java_rate = runs * years / (ms / 1e3) / 1e6
out = subprocess.run([sys.executable, "bench/scenarios_numpy.py", sys.argv[1], str(runs), "3"], capture_output=True, text=True).stdout.strip()
print("Java (JMH, all cores): %d runs x %d years in %.1f ms: %.2f million partnership-years/s" % (runs, years, ms, java_rate))
print(out)
import re
numpy_rate = float(re.search(r"([0-9.]+) million partnership-years/s", out).group(1))
print("ratio Java / numpy: %.2fx" % (java_rate / numpy_rate))
PY
rm -f "$model"
