#!/usr/bin/env bash
# One-shot timing of raw ingestion (parse, validate, de-duplicate, group) on a synthetic feed; prints one JSON
# line with wall and CPU seconds and readings per second. Needs the shaded jar:
#   mvn -o -q -pl benchmarks -am -DskipTests package
# Usage: benchmarks/ingest-scale.sh [APARTMENTS DAYS THREADS [plain|gzip] [DIR]]
# Default: 1000 apartments x 96 days x 96 lines x 6 readings = 55.3 M readings (the seed-scale volume), 2 threads.
# Pin to 2 cores like the target machine with: taskset -c 0,1 benchmarks/ingest-scale.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn -o -q -pl benchmarks -am -DskipTests package" >&2; exit 2; }
apartments="${1:-1000}"; days="${2:-96}"; threads="${3:-2}"; form="${4:-plain}"
dir="${5:-${TMPDIR:-/tmp}/iotad-scale-${apartments}x${days}-${form}}"
# first run generates the feed (and warms the disk cache), the second is the measurement
java -Xmx8g -cp "$jar" io.iotad.benchmarks.ingest.IngestScale "$apartments" "$days" "$threads" "$form" "$dir" > /dev/null
java -Xmx8g -cp "$jar" io.iotad.benchmarks.ingest.IngestScale "$apartments" "$days" "$threads" "$form" "$dir"
