#!/usr/bin/env bash
# The daily run, whole process: `iotad score` of one day for a portfolio of APARTMENTS apartments from the
# processed zone (`--lake`). With the feature store (LAKE/features, docs/features.md "The daily run") a day's
# run reads that day's readings and the 4 days before, and the stored feature rows of the 29-day lookback.
# The approved model is the demo's default (XGBoost on the standard and fault-physics features), trained by
# `iotad train` on the same portfolio's days before its last 14 and approved.
#
# Every command runs the user's way, through bin/iotad (its class-data sharing archive and JVM choices,
# docs/operations.md "The JVM the launcher starts"; IOTAD_JVM=plain for the JVM's own defaults).
# Rows of the table, each one whole process (JVM start included), wall and CPU seconds and peak RSS (GNU time):
#   lake, store empty  the day before the last scored into an empty store: its lookback is computed from the
#                      lake's readings in one batch and stored (the first daily run, or one after a late file)
#   lake, new day      the last day, whose rows are not stored yet: computed from its readings and the stored
#                      rows (the daily run); its stored rows are removed before each of the RUNS runs
#   lake, stored day   the last day again, already stored (a re-run of the same day)
#   lake, before       the same command with BEFORE_JAR (e.g. a jar built at 2c4796d: the batch over the lookback)
#   data               the raw files (`--data`, parsing every raw file of the season), once, only with RAW=1
# then the medians and one `summary:` line.
#
#   benchmarks/daily-score.sh [APARTMENTS=3000] [DAYS=45] [RUNS=3]
#
# Environment: WORK (working folder, kept and reused by a re-run; default a new temp dir, removed at the end
# unless KEEP=1), JAVA_OPTS (more JVM options, as bin/iotad reads them; default none), IOTAD_JVM, BEFORE_JAR (BEFORE_RUNS runs,
# default RUNS), RAW=1.
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
iotad() { IOTAD_JAR="$JAR" "$ROOT/bin/iotad" "$@"; }
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
PREV=$(date -u -d "$DAY - 1 day" +%F)
rm -f "$WORK/summary"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); scoring $DAY, runs=$RUNS"
echo "| run | source | wall s | CPU s | peak RSS MiB | apartment-days scored | partitions read | feature store | steps (s) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
# one timed score run: NAME JAR DAY ARGS...
timed() {
  local name=$1 jar=$2 day=$3; shift 3
  local tag; tag=$(echo "$name" | tr -c 'a-z0-9\n' '-')
  local out="$WORK/run-$tag-$i"; rm -rf "$out" "$WORK/alerts-$tag-$i.db"
  IOTAD_JAR="$jar" /usr/bin/time -f "%e %U %S %M" -o "$WORK/time-$tag-$i" "$ROOT/bin/iotad" score --registry "$WORK/registry" \
    "$@" --to "$day" --alerts "$WORK/alerts-$tag-$i.db" --out "$out" > "$WORK/score-$tag-$i.log" 2> "$WORK/score-$tag-$i.err" \
    || { echo "score ($name) failed:" >&2; tail -5 "$WORK/score-$tag-$i.err" >&2; exit 1; }
  local wall user sys rss cpu rows facts
  read -r wall user sys rss < "$WORK/time-$tag-$i"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
  rows=$(tail -1 "$WORK/score-$tag-$i.log" | sed 's/.*"rows":\([0-9]*\).*/\1/')
  facts=$(python3 - "$out/run_report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
steps = r.get("steps", [])
fe = next((s.get("facts", {}) for s in steps if s.get("name") == "FeatureEngineeringInference"), {})
store = fe.get("feature_store", {}).get("mode", "none")
split = " ".join("%s %.2f" % (s["name"].replace("FeatureEngineeringInference", "Features").replace("GetApprovedModelPackage", "Model"),
                            s.get("durationMillis", 0) / 1000) for s in steps)
print("%s|%s|%s" % (fe.get("partitions", "all raw files"), store, split))
PY
)
  echo "| $i | $name | $wall | $cpu | $((rss / 1024)) | $rows | ${facts//|/ | } |"
  echo "$tag $wall $cpu $((rss / 1024))" >> "$WORK/summary"
}
store_days() { find "$WORK/lake/features" -name "day=$1.*" 2>/dev/null; }
lake_args=(--lake "$WORK/lake" --weather "$WORK/data/weather.csv" --buildings "$WORK/data/buildings.csv")
i=1
rm -rf "$WORK/lake/features"
# (the day before the last has a building whose weather drifts past the stop limit: warn, score anyway)
timed "lake, store empty" "$JAR" "$PREV" "${lake_args[@]}" --set monitoring.drift=warn
for i in $(seq "$RUNS"); do
  store_days "$DAY" | xargs -r rm -f
  timed "lake, new day" "$JAR" "$DAY" "${lake_args[@]}"
done
i=1
timed "lake, stored day" "$JAR" "$DAY" "${lake_args[@]}"
if [[ -n "${BEFORE_JAR:-}" ]]; then
  for i in $(seq "${BEFORE_RUNS:-$RUNS}"); do
    timed "lake, before" "$BEFORE_JAR" "$DAY" "${lake_args[@]}"
  done
fi
if [[ "${RAW:-0}" == 1 ]]; then
  i=1
  timed "data" "$JAR" "$DAY" --data "$WORK/data"
fi
med() { grep "^$1 " "$WORK/summary" | cut -d' ' -f"$2" | median; }
for tag in lake--store-empty lake--new-day lake--stored-day lake--before data; do
  grep "^$tag " "$WORK/summary" >/dev/null || continue
  echo "median $tag: wall $(med "$tag" 2) s, CPU $(med "$tag" 3) s, peak RSS $(med "$tag" 4) MiB ($(grep -c "^$tag " "$WORK/summary") runs)"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "# load after: $load_after"
before=""
grep -q '^lake--before ' "$WORK/summary" && before=", before $(med lake--before 2) s"
echo "summary: daily run of $DAY, $APARTMENTS apartments, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg):" \
  "new day $(med lake--new-day 2) s wall (median of $RUNS), stored day $(med lake--stored-day 2) s," \
  "store empty $(med lake--store-empty 2) s$before ($(date -u +%FT%TZ))"
rm -f "$WORK/summary"
