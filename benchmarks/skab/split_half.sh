#!/usr/bin/env bash
# SKAB split-half check of the threshold calibration, so the eval-skab settings are not only tuned on
# the files they are scored on: for each strategy, pick the (margin, smooth[, quantile]) with the best
# pooled F1 at FAR < 15 % on the even-numbered valve1 files, then score that setting on the odd ones.
#
#   benchmarks/skab/split_half.sh [STRATEGY...]        (default: isolation_forest lof one_class_svm)
#
# Needs ad-cli/target/iotad.jar (mvn -o -q -pl ad-cli -am -DskipTests package) and the SKAB data at
# ../shared/data/skab-dev (or ../../shared from a worktree). Prints one JSON line per strategy.
set -euo pipefail
ROOT="$(git rev-parse --show-toplevel)"
SKAB="$ROOT/../shared/data/skab-dev/valve1"
[ -d "$SKAB" ] || SKAB="$ROOT/../../shared/data/skab-dev/valve1"
[ -d "$SKAB" ] || { echo "SKAB data not found under ../shared/data/skab-dev" >&2; exit 2; }
JAR="$ROOT/ad-cli/target/iotad.jar"
STRATEGIES=("$@")
[ ${#STRATEGIES[@]} -gt 0 ] || STRATEGIES=(isolation_forest lof one_class_svm)
EVEN=(); ODD=()
for i in $(seq 0 15); do
  if [ $((i % 2)) -eq 0 ]; then EVEN+=("$SKAB/$i.csv"); else ODD+=("$SKAB/$i.csv"); fi
done
run() { java -jar "$JAR" eval-skab --strategy "$@"; }
for s in "${STRATEGIES[@]}"; do
  best=""; bestf1=-1
  for q in 0.9 0.95 0.99; do
    for m in 0 1 2 3; do
      for sm in 1 30; do
        line="$(run "$s" --quantile "$q" --margin "$m" --smooth "$sm" --data "${EVEN[@]}")"
        read -r f1 far <<<"$(/usr/bin/python3 -c 'import json,sys; j=json.loads(sys.argv[1]); print(j["F1"], j["FAR"])' "$line")"
        if /usr/bin/python3 -c "import sys; sys.exit(0 if float('$far') < 15 and float('$f1') > float('$bestf1') else 1)"; then
          best="$q $m $sm"; bestf1="$f1"
        fi
      done
    done
  done
  if [ -z "$best" ]; then echo "{\"strategy\": \"$s\", \"selected\": null}"; continue; fi
  read -r q m sm <<<"$best"
  held="$(run "$s" --quantile "$q" --margin "$m" --smooth "$sm" --data "${ODD[@]}")"
  /usr/bin/python3 -c 'import json,sys; j=json.loads(sys.argv[1]); print(json.dumps({"strategy": j["strategy"], "selected_on_even": {"quantile": float(sys.argv[2]), "margin": float(sys.argv[3]), "smooth": int(sys.argv[4]), "F1_even": float(sys.argv[5])}, "odd_F1": j["F1"], "odd_FAR": j["FAR"], "odd_MAR": j["MAR"], "odd_F1_flag_all": j["F1_flag_all"]}))' "$held" "$q" "$m" "$sm" "$bestf1"
done
