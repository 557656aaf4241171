#!/usr/bin/env bash
# Times `iotad simulate` and reports data volume, then measures how noisy a rule on raw energy
# alone is against the simulator's labels. One command, prints one JSON line per measurement:
#
#   benchmarks/simulator/run.sh [APARTMENTS] [DAYS] [CPUS]      (defaults: 300 180 2)
#
# Builds ad-cli/target/iotad.jar offline if it is missing. Needs /usr/bin/python3 with pandas
# for the energy-rule part (skipped if absent). Writes into a temporary folder it removes.
set -euo pipefail
cd "$(dirname "$0")/../.."
APTS=${1:-300}
DAYS=${2:-180}
CPUS=${3:-2}
JAR=ad-cli/target/iotad.jar
if [ ! -f "$JAR" ]; then
  mvn -o -q -pl ad-cli -am -DskipTests package
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
start=$(date +%s.%N)
java -XX:ActiveProcessorCount="$CPUS" -jar "$JAR" simulate --out "$OUT/sim" --apartments "$APTS" --days "$DAYS" > "$OUT/summary.txt"
end=$(date +%s.%N)
lines=$(sed -n 's/^raw: [0-9]* files, \([0-9]*\) lines (\([0-9.]*\) per apartment-day).*/\1 \2/p' "$OUT/summary.txt")
bytes=$(du -sb "$OUT/sim/raw" | cut -f1)
printf '{"measure":"simulate","apartments":%s,"days":%s,"cpus":%s,"wall_s":%.2f,"raw_lines":%s,"lines_per_apartment_day":%s,"raw_bytes":%s,"bytes_per_apartment_day":%d}\n' \
  "$APTS" "$DAYS" "$CPUS" "$(echo "$end - $start" | bc)" ${lines% *} ${lines#* } "$bytes" $(( bytes / (APTS * DAYS) ))
if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  /usr/bin/python3 benchmarks/simulator/energy_rule.py "$OUT/sim"
fi
