#!/usr/bin/env bash
# Contextual unsupervised scoring (and the forecast detector) on simulated portfolios, through the
# CLI: `iotad simulate` and `iotad features` once per seed, then per configuration one
# `iotad detect` that fits on the training days (all but the last HOLDOUT) and scores every day (the
# earlier days are the scored days' history), and contextual_eval.py for the held-out P@50 and the
# residents-away share of the top 50.
#
#   benchmarks/simulator/contextual.sh "SEEDS" STRATEGY FEATURES [OPTION=VALUE ...]
#       SEEDS     space-separated seeds, e.g. "1 2 3" (tuning) or "101 202 303 404 505" (reporting)
#       STRATEGY  isolation_forest | lof | forecast | ...
#       FEATURES  comma-separated feature columns, e.g. daily_energy_kwh,avg_temp_diff,avg_outdoor_temp_c
#       OPTION=VALUE  strategy options, e.g. context=apartment_then_peers
#   env: WORK (default /tmp/iotad-contextual)  simulations, feature CSVs and scores
#        JAR (default ad-cli/target/iotad.jar); HOLDOUT (default 14); DETECT_SEED (default: the seed)
# Prints one JSON line per seed, then the mean and range of P@50 and of the away share.
set -euo pipefail
cd "$(dirname "$0")/../.."
SEEDS=$1; STRATEGY=$2; FEATURES=$3; shift 3
WORK=${WORK:-/tmp/iotad-contextual}
JAR=${JAR:-ad-cli/target/iotad.jar}
HOLDOUT=${HOLDOUT:-14}
EVAL=benchmarks/simulator/contextual_eval.py
mkdir -p "$WORK"
sets=(); tag=$STRATEGY
for o in "$@"; do sets+=(--set "$o"); tag="$tag-${o//[^A-Za-z0-9_.]/_}"; done
results="$WORK/$tag.jsonl"; : > "$results"
for seed in $SEEDS; do
  sim="$WORK/sim-$seed"; feat="$WORK/features-$seed.csv"; train="$WORK/train-$seed.csv"
  [ -d "$sim" ] || java -jar "$JAR" simulate --seed "$seed" --out "$sim" > "$sim.log"
  # a null-rate limit above the largest building's share (the demo uses exactly that share), so the one building-day
  # without weather the simulator injects passes; the limit gates the run only, the feature values do not depend on it
  if [ ! -f "$feat" ]; then
    java -jar "$JAR" features --raw "$sim/raw" --weather "$sim/weather.csv" \
        --buildings "$sim/buildings.csv" --max-null-rate 0.2 --out "$WORK/tmp-$seed-$$.csv" > "$feat.log" 2>&1
    mv "$WORK/tmp-$seed-$$.csv" "$feat"
  fi
  [ -f "$train" ] || python3 - "$feat" "$train" "$HOLDOUT" <<'PY'
import csv, datetime, os, sys
src, dst, holdout = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = list(csv.reader(open(src, newline="")))
d = rows[0].index("event_date")
cut = max(datetime.date.fromisoformat(r[d]) for r in rows[1:]) - datetime.timedelta(days=holdout)
with open(dst + ".tmp", "w", newline="") as f:
    w = csv.writer(f); w.writerow(rows[0])
    w.writerows(r for r in rows[1:] if datetime.date.fromisoformat(r[d]) <= cut)
os.replace(dst + ".tmp", dst)
PY
  out="$WORK/scores-$tag-$seed.csv"
  java -jar "$JAR" detect --strategy "$STRATEGY" --train "$train" --score "$feat" --features "$FEATURES" \
      --seed "${DETECT_SEED:-$seed}" --scores-out "$out" "${sets[@]}" > "$out.log" 2>&1 \
      || { echo "{\"seed\": $seed, \"error\": \"see $out.log\"}" | tee -a "$results"; continue; }
  python3 "$EVAL" "$out" "$sim/labels.csv" --holdout-days "$HOLDOUT" | sed "s/^{/{\"seed\": $seed, \"config\": \"$tag\", /" | tee -a "$results"
done
python3 - "$results" <<'PY'
import json, statistics as st, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if "p_at_k" in l]
if rows:
    for key in ("p_at_k", "away_share"):
        v = [r[key] for r in rows]
        print(f"{key}: mean {st.mean(v):.3f}  min {min(v):.2f}  max {max(v):.2f}  sd {st.pstdev(v):.3f}  (n={len(v)})")
PY
