#!/usr/bin/env bash
# JMH benchmark of the hot path (map, assemble, evaluate; no parsing or writing): bench/jmh.sh [JMH options]
# e.g. bench/jmh.sh -wi 1 -i 2 for a quick look. Scores are rows per second.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  'org.recordrelief.bench.MappingEvaluationBenchmark' "$@"
