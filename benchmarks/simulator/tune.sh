#!/usr/bin/env bash
# Hyperparameter tuning on the simulator (issue 11 item 5): tune on one seed's training days, then compare the
# strategy's defaults with the tuned parameters on the held-out fortnight of the reported seeds.
#
#   benchmarks/simulator/tune.sh STRATEGY [TUNE_SEED] [SEEDS] [TRIALS]
#       STRATEGY   xgboost, lof or isolation_forest
#       TUNE_SEED  simulator seed tuned on (default 1; settings are chosen on seeds 1-9 only)
#       SEEDS      reported seeds (default "101 202 303 404 505")
#       TRIALS     iotad tune --trials (default 20)
#   env: OUT (default /tmp/iotad-evaluate)   the work folder of evaluate.sh: prepare it first with
#            PREPARE_ONLY=1 benchmarks/simulator/evaluate.sh "TUNE_SEED SEEDS"
#        SET (default: physics for xgboost, standard otherwise)   feature set (evaluate.py columns)
#        FOLDS (3) HORIZON (14)                                 iotad tune --folds / --horizon
#        JAR (default ad-cli/target/iotad.jar)
#
# `iotad tune --train <TUNE_SEED's first 166 days> --labels-complete` (rolling-origin folds inside those days:
# the tuning seed's own held-out fortnight is not used either), then per reported seed `iotad detect` (as in
# evaluate.sh) with the defaults and with `--set NAME=VALUE` for each tuned parameter; P@50 by evaluate.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
STRATEGY=$1
TUNE_SEED=${2:-1}
SEEDS=${3:-"101 202 303 404 505"}
TRIALS=${4:-20}
OUT=${OUT:-/tmp/iotad-evaluate}
JAR=${JAR:-ad-cli/target/iotad.jar}
FOLDS=${FOLDS:-3}
HORIZON=${HORIZON:-14}
if [ -z "${SET:-}" ]; then [ "$STRATEGY" = xgboost ] && SET=physics || SET=standard; fi
cols=$(python3 benchmarks/simulator/evaluate.py columns "$SET" "$STRATEGY")
for seed in $TUNE_SEED $SEEDS; do
  [ -f "$OUT/split-$seed/train.csv" ] || python3 benchmarks/simulator/evaluate.py split "$OUT/features-300-180-$seed.csv" \
      "$OUT/sim-300-180-$seed" 14 "$OUT/split-$seed"
done
tune="$OUT/tune-$STRATEGY-$SET-$TUNE_SEED"
java -jar "$JAR" tune --strategy "$STRATEGY" --trials "$TRIALS" --train "$OUT/split-$TUNE_SEED/train.csv" --label label \
    --features "$cols" --labels-complete --seed "$TUNE_SEED" --folds "$FOLDS" --horizon "$HORIZON" --out "$tune" \
    > "$tune.out" 2> "$tune.err"
cat "$tune.out"
sets=$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["params"]; print(" ".join("--set %s=%s" % (k, str(v).lower() if isinstance(v, bool) else v) for k, v in p.items()))' "$tune/params.json")
RESULTS="$OUT/tune-results-$STRATEGY-$SET.jsonl"
: > "$RESULTS"
for seed in $SEEDS; do
  for variant in defaults tuned; do
    extra=""; [ $variant = tuned ] && extra=$sets
    scores="$OUT/split-$seed/scores-$SET-$STRATEGY-$variant.csv"
    # shellcheck disable=SC2086
    java -jar "$JAR" detect --strategy "$STRATEGY" --train "$OUT/split-$seed/train.csv" --score "$OUT/split-$seed/score.csv" \
        --features "$cols" --label label --seed "$seed" --scores-out "$scores" $extra >"$scores.json" 2>"$scores.err"
    python3 benchmarks/simulator/evaluate.py measure "$scores" "$OUT/split-$seed/score.csv" "$seed" "$variant" "$STRATEGY" >> "$RESULTS"
    tail -n 1 "$RESULTS"
  done
done
python3 benchmarks/simulator/evaluate.py table "$RESULTS"
