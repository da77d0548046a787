#!/usr/bin/env bash
# End-to-end benchmark: bench/run.sh [ROWS...]   (default: 1000000 10000000)
# Generates a DOJ research file of ROWS rows in the real layout (kept under target/bench/ for the next run),
# then runs, each in its own JVM, the floor (FastCSV read + write of the file) and the whole pipeline on
# the Sacramento adapter, and prints wall time, rows/s, MB/s, peak RSS and the ratio to the floor. The
# pipeline runs as a county installs it: the distribution this build makes, unpacked under target/bench/,
# with its class-data archive (bin/record-relief archive-classes). A third row (unless SERVICE=0) is the
# pipeline as `serve` runs it: a second export of the same size read by a service already warm from a first.
# HEAP (default 300m) is the -Xmx of both; both run on the Java of JAVA_HOME, else the PATH's. Needs GNU time (/usr/bin/time; Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh needs /usr/bin/time (apt-get install time)" >&2
  exit 2
fi
mvn -q -B package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
zips=(target/record-relief-*.zip)
if [ "${#zips[@]}" -ne 1 ]; then
  echo "bench/run.sh: expected one distribution zip in target/, found: ${zips[*]} (mvn clean, then again)" >&2
  exit 2
fi
rm -rf target/bench/dist
mkdir -p target/bench/dist
unzip -q "${zips[0]}" -d target/bench/dist
launcher="$(echo "$PWD"/target/bench/dist/record-relief-*/bin/record-relief)"
"$launcher" archive-classes
if [ $# -eq 0 ]; then set -- 1000000 10000000; fi
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$CP" org.recordrelief.bench.Benchmark "$CP" "$launcher" "${HEAP:-300m}" "$@"
