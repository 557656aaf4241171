#!/usr/bin/env bash
# Tuning aid: how to combine LOF (the ten standard features) and the signed forecaster behind the
# occupancy gate, on seeds' held-out fortnights, without fitting one composite per rule.
#
#   OUT=... benchmarks/simulator/combine.sh "SEEDS"
#   env: OUT (default /tmp/iotad-evaluate)  the work folder of evaluate.sh (PREPARE_ONLY=1 first: simulations
#                                           and feature files per seed are read from it)
#        JAR (default ad-cli/target/iotad.jar); HOLDOUT (default 14)
#
# Per seed: evaluate.py split with a lookback over every training day (split-all-SEED/recent.csv), one
# `iotad detect --strategy lof` and one `iotad detect --strategy forecast --set holidays=ch --set
# residual_side=signed` fitted on the training days and scoring every row, then combine.py, which
# replicates the composite's gate, calibration and combination rules offline (one JSON line per rule).
set -euo pipefail
cd "$(dirname "$0")/../.."
SEEDS=$1
OUT=${OUT:-/tmp/iotad-evaluate}
JAR=${JAR:-ad-cli/target/iotad.jar}
HOLDOUT=${HOLDOUT:-14}
EV=benchmarks/simulator/evaluate.py
STANDARD=$(python3 "$EV" columns standard lof)
RESULTS="$OUT/combine.jsonl"
: > "$RESULTS"
for seed in $SEEDS; do
  feats="$OUT/features-300-180-$seed.csv"; sim="$OUT/sim-300-180-$seed"; d="$OUT/split-all-$seed"
  [ -f "$feats" ] || { echo "missing $feats: run PREPARE_ONLY=1 evaluate.sh first" >&2; exit 2; }
  [ -f "$d/recent.csv" ] || LOOKBACK_DAYS=400 python3 "$EV" split "$feats" "$sim" "$HOLDOUT" "$d"
  [ -f "$d/lof.csv" ] || java -jar "$JAR" detect --strategy lof --train "$d/train.csv" --score "$d/recent.csv" \
      --features "$STANDARD" --label label --seed "$seed" --scores-out "$d/lof.csv" > "$d/lof.json" 2> "$d/lof.err"
  [ -f "$d/forecast.csv" ] || java -jar "$JAR" detect --strategy forecast --set holidays=ch --set residual_side=signed \
      --train "$d/train.csv" --score "$d/recent.csv" --features daily_energy_kwh,hdd --label label --seed "$seed" \
      --scores-out "$d/forecast.csv" > "$d/forecast.json" 2> "$d/forecast.err"
  python3 benchmarks/simulator/combine.py "$d/recent.csv" "$d/lof.csv" "$d/forecast.csv" "$seed" | tee -a "$RESULTS"
done
python3 - "$RESULTS" <<'PY'
import json, statistics as st, sys
from collections import defaultdict
g = defaultdict(list)
for l in open(sys.argv[1]):
    r = json.loads(l); g[r["rule"]].append(r)
for rule, rs in g.items():
    p = [r["p_at_50"] for r in rs]; a = [r["residents_away_share"] for r in rs]
    print(f"{rule:22s} P@50 mean {st.mean(p):.3f} sd {st.stdev(p) if len(p) > 1 else 0:.3f} "
          f"range {min(p):.2f}-{max(p):.2f}  away mean {st.mean(a):.3f} max {max(a):.2f}  (n={len(p)})")
PY
