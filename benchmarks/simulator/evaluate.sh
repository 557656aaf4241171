#!/usr/bin/env bash
# Detection on the default demo portfolio over several seeds, before and after the fault-physics features.
#
#   benchmarks/simulator/evaluate.sh [SEEDS] [APARTMENTS] [DAYS]
#       SEEDS       space-separated simulator/training seeds (default "101 202 303 404 505", the reporting seeds;
#                   settings are chosen on seeds 1-9 only)
#       APARTMENTS  default 300;  DAYS  default 180 (the demo's default size)
#   env: OUT (default /tmp/iotad-evaluate)  work folder (one simulation and one feature file per seed, kept)
#        HOLDOUT (default 14)               held-out last days
#        FEATURE_SETS (default "standard physics")  which feature sets to evaluate (evaluate.py --help)
#        STRATEGIES (default "xgboost isolation_forest lof"; also lof_occupancy: LOF conditioned on occupancy,
#                   which reads setpoint_vs_baseline_k besides the set's columns; lof_forecast: LOF and the
#                   apartment's forecast behind that gate; forecast_signed; see evaluate.py CONFIGURED)
#        PREPARE_ONLY=1                     simulate and compute the features, detect nothing
#        LOOKBACK_DAYS (default 70)         training days before the holdout that a strategy reading history
#                                           (forecast, lof_forecast: evaluate.py HISTORY) is given with the
#                                           held-out days; only the held-out rows are measured
#        JAR (default ad-cli/target/iotad.jar; build: mvn -o -q -pl ad-cli -am -DskipTests package)
#
# Per seed: `iotad simulate` (simulator defaults), `iotad features` with every standard and fault-physics
# extractor (no contract: the evaluation reads every row), then, per feature set and strategy,
# `iotad detect --train <training days> --score <held-out days>` (labels of the training days only;
# held-out rows ranked together, rows with a missing feature unscored and ranked last). Prints one JSON
# line per run (P@50, fault kinds in the top 50, residents-away days in the top 50) and a table of the mean
# and spread over the seeds. Needs python3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/../.."
SEEDS=${1:-"101 202 303 404 505"}
APARTMENTS=${2:-300}
DAYS=${3:-180}
OUT=${OUT:-/tmp/iotad-evaluate}
HOLDOUT=${HOLDOUT:-14}
FEATURE_SETS=${FEATURE_SETS:-"standard physics"}
STRATEGIES=${STRATEGIES:-"xgboost isolation_forest lof"}
JAR=${JAR:-ad-cli/target/iotad.jar}
[ -f "$JAR" ] || { echo "missing $JAR; build it: mvn -o -q -pl ad-cli -am -DskipTests package" >&2; exit 2; }
EXTRACTORS=$(python3 benchmarks/simulator/evaluate.py extractors)
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
for seed in $SEEDS; do
  sim="$OUT/sim-$APARTMENTS-$DAYS-$seed"
  if [ ! -f "$sim/labels.csv" ]; then
    java -jar "$JAR" simulate --out "$sim" --apartments "$APARTMENTS" --days "$DAYS" --seed "$seed" >"$sim.log" 2>&1
  fi
  feats="$OUT/features-$APARTMENTS-$DAYS-$seed.csv"
  if [ ! -f "$feats" ] || [ "$feats" -ot "$JAR" ]; then
    java -jar "$JAR" features --raw "$sim/raw" --weather "$sim/weather.csv" --buildings "$sim/buildings.csv" \
        --out "$feats" --no-contract --extractors "$EXTRACTORS" >"$feats.log" 2>&1
  fi
  [ "${PREPARE_ONLY:-0}" = 1 ] && continue
  [ -f "$OUT/split-$seed/recent.csv" ] && [ "$OUT/split-$seed/score.csv" -nt "$feats" ] \
      || python3 benchmarks/simulator/evaluate.py split "$feats" "$sim" "$HOLDOUT" "$OUT/split-$seed"
  for set in $FEATURE_SETS; do
    for s in $STRATEGIES; do
      cols=$(python3 benchmarks/simulator/evaluate.py columns "$set" "$s")
      mapfile -t dargs < <(python3 benchmarks/simulator/evaluate.py detect-args "$s")
      sets=(); for o in "${dargs[@]:1}"; do sets+=(--set "$o"); done
      scores="$OUT/split-$seed/scores-$set-$s.csv"
      scored="$OUT/split-$seed/score.csv"
      [ "$(python3 benchmarks/simulator/evaluate.py history "$s")" = 1 ] && scored="$OUT/split-$seed/recent.csv"
      java -jar "$JAR" detect --strategy "${dargs[0]}" "${sets[@]}" --train "$OUT/split-$seed/train.csv" --score "$scored" \
          --features "$cols" --label label --seed "$seed" --scores-out "$scores" >"$scores.json" 2>"$scores.err"
      python3 benchmarks/simulator/evaluate.py measure "$scores" "$OUT/split-$seed/score.csv" "$seed" "$set" "$s" >> "$RESULTS"
      tail -n 1 "$RESULTS"
    done
  done
done
python3 benchmarks/simulator/evaluate.py table "$RESULTS"
