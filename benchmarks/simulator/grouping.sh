#!/usr/bin/env bash
# Global vs per-archetype models (training.model_grouping) on the default demo portfolio, through
# `iotad demo` (simulate -> ingest -> features -> TrainingWorkflow -> evaluation on the held-out days).
#
#   benchmarks/simulator/grouping.sh [SEEDS] [APARTMENTS] [DAYS]
#       SEEDS       space-separated simulator/training seeds (default "101 202 303 404 505")
#       APARTMENTS  default 300;  DAYS  default 180
#   env: OUT (default /tmp/iotad-grouping)  one demo output per run
#        JAR (default ad-cli/target/iotad.jar; build: mvn -o -q -pl ad-cli -am -DskipTests package)
#        PARALLEL (default 1)               seeds at once
# "global" is `iotad demo --seed S` (the demo's default: xgboost, one model); "archetype" is `iotad train` on that
# demo's simulated portfolio with the settings the demo printed plus training.model_grouping=archetype.
#        EXTRA                              more --set arguments for both variants
#
# Prints one JSON line per run (P@50, PR-AUC, ROC-AUC, per-archetype P@K and PR-AUC, which archetypes
# got a model of their own), then a table: mean and range over the seeds, per variant, and per archetype.
set -euo pipefail
cd "$(dirname "$0")/../.."
SEEDS=${1:-"101 202 303 404 505"}
APARTMENTS=${2:-300}
DAYS=${3:-180}
OUT=${OUT:-/tmp/iotad-grouping}
JAR=${JAR:-ad-cli/target/iotad.jar}
PARALLEL=${PARALLEL:-1}
EXTRA=${EXTRA:-}
[ -f "$JAR" ] || { echo "missing $JAR; build it: mvn -o -q -pl ad-cli -am -DskipTests package" >&2; exit 2; }
mkdir -p "$OUT"
run() { # seed: the global model through `iotad demo`, then per-archetype models through `iotad train` on the
         # demo's own simulated portfolio with the demo's settings (the same data, split and seed; no second simulation)
  local seed=$1 g="$OUT/global-$1" a="$OUT/archetype-$1"
  if [ ! -f "$g/training/evaluation_report.json" ]; then
    # shellcheck disable=SC2086
    java -jar "$JAR" demo --out "$g" --apartments "$APARTMENTS" --days "$DAYS" --seed "$seed" $EXTRA \
        > "$g.out" 2> "$g.err" || { echo "demo $seed failed: $g.err" >&2; return 0; }
  fi
  [ -f "$a/training/evaluation_report.json" ] && return 0
  # the settings line the demo printed: "demo settings, unless --config or --set gives them: k=v, k=v (why...)"
  local sets
  sets=$(sed -n 's/^demo settings[^:]*: \([^(]*\) (.*/\1/p' "$g.out" | tr -d ' ' | tr ',' '\n' | sed 's/^/--set /' | tr '\n' ' ')
  mkdir -p "$a"
  # shellcheck disable=SC2086
  java -jar "$JAR" train --data "$g/data" --labels-complete --registry "$a/registry" --out "$a/training" $sets \
      --set training.model_grouping=archetype $EXTRA > "$a.out" 2> "$a.err" || echo "train $seed failed: $a.err" >&2
}
export -f run; export OUT JAR APARTMENTS DAYS EXTRA
for seed in $SEEDS; do echo "$seed"; done | xargs -P "$PARALLEL" -L 1 bash -c 'run "$0"'
python3 - "$OUT" $SEEDS <<'PY'
import json, os, statistics, sys
out, seeds = sys.argv[1], sys.argv[2:]
rows = []
for seed in seeds:
    for v in ("global", "archetype"):
        d = os.path.join(out, f"{v}-{seed}", "training")
        rep = json.load(open(os.path.join(d, "evaluation_report.json")))
        ev = rep["evaluation"]
        seg = {s["segment"]: s for s in ev["segments"] if s["dimension"] == "archetype"}
        run = json.load(open(os.path.join(d, "run_report.json")))
        groups = next(s for s in run["steps"] if s["name"] == "ModelTraining")["facts"].get("groups", {})
        row = {"seed": int(seed), "variant": v, "p_at_50": rep["metrics"]["precision_at_k"],
               "pr_auc": rep["metrics"]["pr_auc"], "roc_auc": rep["metrics"]["roc_auc"],
               "archetypes": {a: {"rows": s["rows"], "faults": s["positives"], "hits_at_k": s["hits_at_k"],
                                  "pr_auc": s["pr_auc"], "roc_auc": s["roc_auc"],
                                  "model": groups.get(a, {}).get("model", "global")} for a, s in sorted(seg.items())}}
        rows.append(row)
        print(json.dumps(row))
def fmt(xs):
    xs = [x for x in xs if x is not None]
    return f"{statistics.mean(xs):.3f} ({min(xs):.3f}–{max(xs):.3f})" if xs else "n/a"
print()
print("| variant | P@50 mean (range) | PR-AUC | ROC-AUC | P@50 per seed |")
print("| --- | --- | --- | --- | --- |")
for v in ("global", "archetype"):
    r = [x for x in rows if x["variant"] == v]
    print(f"| {v} | {fmt([x['p_at_50'] for x in r])} | {fmt([x['pr_auc'] for x in r])} | {fmt([x['roc_auc'] for x in r])} | "
          + " ".join(f"{x['p_at_50']:.2f}" for x in r) + " |")
print()
print("| archetype | variant | PR-AUC mean (range) | ROC-AUC | hits in the overall top 50 (mean) |")
print("| --- | --- | --- | --- | --- |")
archs = sorted({a for x in rows for a in x["archetypes"]})
for a in archs:
    for v in ("global", "archetype"):
        r = [x["archetypes"][a] for x in rows if x["variant"] == v and a in x["archetypes"]]
        print(f"| {a} | {v} | {fmt([s['pr_auc'] for s in r])} | {fmt([s['roc_auc'] for s in r])} | "
              f"{statistics.mean(s['hits_at_k'] for s in r):.1f} |")
PY
