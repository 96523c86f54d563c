#!/usr/bin/env bash
# Smoke run of every benchmark: one fork, no warm-up, one short iteration each, failing on any
# benchmark error. It shows that the benchmarks run; the times it prints mean nothing.
# Build first: mvn -B -DskipTests package   (from the repository root). .ci/run runs it after mvn -B verify.
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/benchmarks.jar
if [ ! -f "$JAR" ]; then
  echo "smoke.sh: $JAR is missing; build it with: mvn -B -DskipTests package" >&2
  exit 1
fi
SMOKE=(-f 1 -wi 0 -i 1 -r 100ms -foe true)
java -jar "$JAR" 'StartupBenchmark|EvaluationBenchmark|ReaderBenchmark' "${SMOKE[@]}" "$@"
java -cp "$JAR" org.ecrural.bench.CompareMain "${SMOKE[@]}" "$@"
