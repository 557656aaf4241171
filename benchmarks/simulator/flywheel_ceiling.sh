#!/usr/bin/env bash
# The ceiling of the flywheel's late-season precision: what the flywheel's supervised model (the demo's
# XGBoost on the demo's features) reaches on the flywheel's last four full weeks when it is trained on
# *complete* ground truth of every day before them, instead of on the technicians' ~650 verdicts.
# Same portfolio as `iotad flywheel --apartments 300 --days 180 --seed S` (same simulator options and
# seed), same K (5 a day), same days.
#
#   benchmarks/simulator/flywheel_ceiling.sh [SEEDS] [FROM] [TO]
#       SEEDS  space-separated seeds (default "1111 2222 3333")
#       FROM   first day of the weeks read (default 2025-02-25: week 19 of a 180-day season from 1 October,
#              weeks counted from the flywheel's first scored day, 22 October)
#       TO     last day (default 2025-03-24: the end of week 22; the 5-day week 23 is left out, as in
#              docs/flywheel.md)
#   env: OUT (default /tmp/iotad-flywheel-ceiling), one demo output per seed
#        JAR (default ad-cli/target/iotad.jar; build: mvn -o -q -pl ad-cli -am -DskipTests package)
#        SETS (default none) more `--set KEY=VALUE` words for the demo, e.g.
#             SETS="--set training.hyperparameters.max_depth=9" (the same ones given to `iotad flywheel`)
#
# Each seed runs `iotad demo --seed S --set training.holdout_days=H` with H the days from FROM to the
# season's last day (29 March), so the model is trained on every day before FROM with the simulator's
# labels (the demo's complete labels: an unlabelled day is normal), then reads the evaluation's visit
# list (the top 5 of each held-out day, with the ground truth) and prints per seed the precision of the
# top 5 a day over FROM..TO, then the mean. Needs python3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/../.."
SEEDS=${1:-"1111 2222 3333"}
FROM=${2:-2025-02-25}
TO=${3:-2025-03-24}
OUT=${OUT:-/tmp/iotad-flywheel-ceiling}
JAR=${JAR:-ad-cli/target/iotad.jar}
[ -f "$JAR" ] || { echo "missing $JAR; build it: mvn -o -q -pl ad-cli -am -DskipTests package" >&2; exit 2; }
LAST=2025-03-29
HOLDOUT=$(( ( $(date -u -d "$LAST" +%s) - $(date -u -d "$FROM" +%s) ) / 86400 + 1 ))
mkdir -p "$OUT"
for s in $SEEDS; do
  rm -rf "$OUT/demo-$s"
  java -jar "$JAR" demo --seed "$s" --out "$OUT/demo-$s" --set training.holdout_days="$HOLDOUT" ${SETS:-} > "$OUT/demo-$s.log" 2>&1 \
    || { echo "demo --seed $s failed:" >&2; tail -5 "$OUT/demo-$s.log" >&2; exit 1; }
done
python3 - "$OUT" "$FROM" "$TO" $SEEDS <<'PY'
import json, sys
out, first, last, seeds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
values = []
for s in seeds:
    report = json.load(open(f"{out}/demo-{s}/training/evaluation_report.json"))
    visits = [v for v in report["evaluation"]["visits"] if first <= v["day"] <= last and v["rank"] <= 5]
    days = sorted({v["day"] for v in visits})
    if not visits:
        sys.exit(f"seed {s}: no visits between {first} and {last}")
    p = sum(1 for v in visits if v["label"] == 1) / len(visits)
    values.append(p)
    print(json.dumps({"seed": int(s), "from": first, "to": last, "days": len(days), "visits": len(visits),
                      "precision_at_5_complete_labels": round(p, 3)}))
print(json.dumps({"seeds": len(values), "mean_precision_at_5_complete_labels": round(sum(values) / len(values), 3)}))
PY
