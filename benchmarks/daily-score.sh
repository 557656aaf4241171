#!/usr/bin/env bash
# The daily run, whole process: `iotad score` of one day for a portfolio of APARTMENTS apartments from the
# processed zone (`--lake`, reading only the day and the lookback its model needs), against the same day
# scored from the raw files (`--data`, which parses every raw file of the season). The approved model is
# the demo's default (XGBoost on the standard and fault-physics features), trained by `iotad train` on the
# same portfolio's days before its last 14 and approved. Prints, per
# run, wall seconds, CPU seconds and peak RSS (GNU time), then the medians, with the load average.
#
#   benchmarks/daily-score.sh [APARTMENTS=3000] [DAYS=45] [RUNS=3]
#
# Environment: WORK (working folder, kept and reused by a re-run; default a new temp dir, removed at the end
# unless KEEP=1),
# JAVA_OPTS (JVM options of the scoring runs; default none).
# Needs GNU time (/usr/bin/time) and the CLI jar (built when missing).
set -euo pipefail
APARTMENTS=${1:-3000}
DAYS=${2:-45}
RUNS=${3:-3}
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
JAR="$ROOT/ad-cli/target/iotad.jar"
[[ -x /usr/bin/time ]] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
[[ -f "$JAR" ]] || (cd "$ROOT" && mvn -B -q -o -pl ad-cli -am -DskipTests package)
if [[ -n "${WORK:-}" ]]; then
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d /tmp/iotad-daily-score.XXXXXX)
  [[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
fi
iotad() { java ${JAVA_OPTS:-} -jar "$JAR" "$@"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

if [[ ! -d "$WORK/data/raw" ]]; then
  echo "# simulating $APARTMENTS apartments x $DAYS days (seed 11)" >&2
  iotad simulate --out "$WORK/data" --apartments "$APARTMENTS" --days "$DAYS" --seed 11 >&2
fi
if [[ ! -d "$WORK/registry/global" ]]; then
  # the demo's default model (XGBoost, standard + fault-physics features), trained on the days before the
  # last 14 of the same portfolio (so the scored day, the last, was not trained on) and approved
  echo "# training and approving the model" >&2
  iotad train --data "$WORK/data" --registry "$WORK/registry" --out "$WORK/train" --labels-complete \
    --set training.model_strategy=xgboost --set training.holdout_days=14 --set training.seed=3 \
    --set "feature_engineering.extractors=[daily_energy_kwh,daily_hot_water_litres,avg_room_temp_c,avg_setpoint_temp_c,avg_temp_diff,avg_outdoor_temp_c,hdd,energy_lag_1d,energy_roll_avg_7d,temp_diff_roll_std_3d,room_setpoint_deviation,heating_shape,hourly_energy_profile,energy_per_hdd,energy_per_hdd_baseline,energy_per_hdd_trend_14d,energy_per_hdd_trend_28d,occupancy,peer_energy_z,peer_room_deficit_z]" \
    > "$WORK/train.log"
  iotad registry approve --registry "$WORK/registry" --version 1 > /dev/null
fi
if [[ ! -d "$WORK/lake" ]]; then
  echo "# ingesting into the processed zone" >&2
  iotad ingest --raw "$WORK/data/raw" --lake "$WORK/lake" > "$WORK/ingest.json"
fi
DAY=$(date -u -d "2024-10-01 + $((DAYS - 1)) days" +%F)
rm -f "$WORK/summary"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); scoring $DAY, runs=$RUNS"
echo "| run | source | wall s | CPU s | peak RSS MiB | apartment-days scored | partitions read |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for i in $(seq "$RUNS"); do
  for src in lake data; do
    [[ "$src" == data && "$i" -gt 1 && "${RAW_EVERY_RUN:-0}" != 1 ]] && continue
    out="$WORK/run-$src-$i"; rm -rf "$out" "$WORK/alerts-$src-$i.db"
    if [[ "$src" == lake ]]; then
      args=(--lake "$WORK/lake" --weather "$WORK/data/weather.csv" --buildings "$WORK/data/buildings.csv")
    else
      args=(--data "$WORK/data" --to "$DAY")
    fi
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time-$src-$i" java ${JAVA_OPTS:-} -jar "$JAR" score --registry "$WORK/registry" \
      "${args[@]}" --alerts "$WORK/alerts-$src-$i.db" --out "$out" > "$WORK/score-$src-$i.log" 2> "$WORK/score-$src-$i.err" \
      || { echo "score from $src failed:" >&2; tail -5 "$WORK/score-$src-$i.err" >&2; exit 1; }
    read -r wall user sys rss < "$WORK/time-$src-$i"
    rows=$(tail -1 "$WORK/score-$src-$i.log" | sed 's/.*"rows":\([0-9]*\).*/\1/')
    parts=$(grep -o '"partitions" *: *[0-9]*' "$out/run_report.json" | head -1 | sed 's/.*: *//' || true)
    echo "| $i | $src | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') | $((rss / 1024)) | $rows | ${parts:-all raw files} |"
    echo "$src $wall $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') $((rss / 1024))" >> "$WORK/summary"
  done
done
for src in lake data; do
  grep "^$src " "$WORK/summary" >/dev/null || continue
  echo "median $src: wall $(grep "^$src " "$WORK/summary" | cut -d' ' -f2 | median) s, CPU $(grep "^$src " "$WORK/summary" | cut -d' ' -f3 | median) s, peak RSS $(grep "^$src " "$WORK/summary" | cut -d' ' -f4 | median) MiB"
done
rm -f "$WORK/summary"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
