#!/usr/bin/env bash
# `iotad detect --strategy isolation_forest` on a 1M x 10 CSV (trained and scored on the same file,
# so the file is read twice) against pandas.read_csv of the same file: wall time and peak RSS of
# each process (/usr/bin/time), medians of RUNS runs, with the load average before and after.
#
#   benchmarks/peers/csv_vs_pandas.sh [RUNS] [JAR]
#
# The input is speed_if.csv of gen_detector_data.py --seed 7 (1,000,000 rows, f0..f9 and a label),
# made once under IOTAD_PEER_DATA (default /tmp/iotad-peers-data). Needs /usr/bin/python3 with
# pandas (apt-get install -y python3-pandas) and GNU time.
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
runs="${1:-3}"
jar="${2:-ad-cli/target/iotad.jar}"
data="${IOTAD_PEER_DATA:-/tmp/iotad-peers-data}"
if [[ ! -f "$jar" ]]; then
  mvn -B -q -pl ad-cli -am -DskipTests package
fi
if [[ ! -f "$data/speed_if.csv" ]]; then
  /usr/bin/python3 benchmarks/peers/gen_detector_data.py "$data" --seed 7
fi
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "# $(date -u +%FT%TZ) $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), runs=$runs, jar=$jar"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$tmp/p$i" /usr/bin/python3 benchmarks/peers/read_csv_pandas.py "$data/speed_if.csv" > "$tmp/pj$i"
  /usr/bin/time -f "%e %M" -o "$tmp/j$i" java -cp "$jar" io.iotad.cli.IotadCli detect --strategy isolation_forest \
    --train "$data/speed_if.csv" --score "$data/speed_if.csv" > "$tmp/jj$i"
done
p_wall=$(for i in $(seq "$runs"); do cut -d' ' -f1 "$tmp/p$i"; done | median)
p_rss=$(for i in $(seq "$runs"); do cut -d' ' -f2 "$tmp/p$i"; done | median)
p_read=$(for i in $(seq "$runs"); do sed 's/.*"read_s": \([0-9.]*\).*/\1/' "$tmp/pj$i"; done | median)
j_wall=$(for i in $(seq "$runs"); do cut -d' ' -f1 "$tmp/j$i"; done | median)
j_rss=$(for i in $(seq "$runs"); do cut -d' ' -f2 "$tmp/j$i"; done | median)
j_fit=$(for i in $(seq "$runs"); do sed 's/.*"fit_s":\([0-9.]*\).*/\1/' "$tmp/jj$i"; done | median)
j_score=$(for i in $(seq "$runs"); do sed 's/.*"score_s":\([0-9.]*\).*/\1/' "$tmp/jj$i"; done | median)
echo "| process | wall s (median) | peak RSS MiB (median) | of which |"
echo "| --- | --- | --- | --- |"
echo "| pandas read_csv (1 read) | $p_wall | $(awk -v k="$p_rss" 'BEGIN{printf "%.0f", k/1024}') | read_csv $p_read s |"
echo "| iotad detect isolation_forest (2 reads + fit + score) | $j_wall | $(awk -v k="$j_rss" 'BEGIN{printf "%.0f", k/1024}') | fit $j_fit s, score $j_score s; the rest (JVM start, 2 reads, output) $(awk -v w="$j_wall" -v f="$j_fit" -v s="$j_score" 'BEGIN{printf "%.1f", w-f-s}') s |"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
