#!/usr/bin/env bash
# Write speed of the processed zone (ad-lake's ReadingsLake.write) on in-memory synthetic readings
# (io.iotad.benchmarks.lake.SyntheticReadings), two cases, each RUNS timed writes after a warm-up:
#   1. the 2.6 M-row write: 75 apartments x 90 days (2,531,520 rows) into an empty lake, replace mode;
#   2. a daily ingest: 3,000 apartments x 1 day (1,157,088 rows), merge mode, into a lake holding the day before.
# Prints one JSON line per case (median wall and process-CPU seconds, rows per second and per CPU-second)
# and the load average. Needs the shaded jar: mvn -o -q -pl benchmarks -am -DskipTests package
# Usage: benchmarks/lake-write.sh [RUNS=3]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn -o -q -pl benchmarks -am -DskipTests package" >&2; exit 2; }
runs="${1:-3}"
echo "{\"load_before\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
java -Xmx3g -cp "$jar" io.iotad.benchmarks.lake.LakeWriteScale 75 90 "$runs" replace 0 2>/dev/null
java -Xmx3g -cp "$jar" io.iotad.benchmarks.lake.LakeWriteScale 3000 1 "$runs" merge 1 2>/dev/null
echo "{\"load_after\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
