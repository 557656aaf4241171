#!/usr/bin/env bash
# XGBoost peer check: the library's xgboost strategy against Python XGBoost on the same CSVs.
#
#   benchmarks/peers/xgboost_vs_python.sh [TRAIN_ROWS=200000] [SCORE_ROWS=1000000] [THREADS=2] [RUNS=3]
#
# Builds (offline) the benchmarks jar if missing, writes a deterministic simulator-like labelled
# CSV pair with make_labelled_csv.py (numpy, seed 7), then RUNS times runs both sides (100 trees,
# depth 6, eta 0.1, hist, the same thread count), alternating which goes first, each as its own
# process under GNU time. Prints one JSON line per run and a summary line: both ROC-AUCs and their
# difference, the medians of the in-process fit and score seconds and their iotad/Python ratios
# (below 1 = the library is faster), the medians of whole-process wall and CPU seconds and max RSS
# (the Java process also reads the CSVs itself, runs a short warm-up fit, and starts a JVM), and the
# load average before and after.
# Targets (issue 13): |AUC difference| <= 0.001, fit and score ratios <= 1.1.
# When the SKAB data is present (../shared/data/skab-dev), a last line compares the two once on SKAB
# valve1: the raw sensors, label = anomaly, trained on the even-numbered files, scored on the odd ones
# (written to a temporary folder only; the GPL data is never copied into the repository).
set -euo pipefail
ROOT="$(git rev-parse --show-toplevel)"
PEERS="$ROOT/../shared/peers"
[ -f "$PEERS/detect_sklearn.py" ] || PEERS="$ROOT/../../shared/peers"
[ -f "$PEERS/detect_sklearn.py" ] || { echo "detect_sklearn.py not found under ../shared/peers" >&2; exit 2; }
TRAIN_ROWS="${1:-200000}"
SCORE_ROWS="${2:-1000000}"
THREADS="${3:-2}"
RUNS="${4:-3}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -o -q -pl benchmarks -am -DskipTests package)
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
/usr/bin/python3 "$ROOT/benchmarks/peers/make_labelled_csv.py" --out "$WORK" \
  --train-rows "$TRAIN_ROWS" --score-rows "$SCORE_ROWS" --seed 7

java_side() {  # TRAIN SCORE OUT
  /usr/bin/time -f '%e %U %S %M' -o "$3.time" \
    java -cp "$JAR" io.iotad.benchmarks.models.XGBoostPeerRun "$1" "$2" "$THREADS" 100 0 > "$3"
}
python_side() {  # TRAIN SCORE OUT
  /usr/bin/time -f '%e %U %S %M' -o "$3.time" \
    /usr/bin/python3 "$PEERS/detect_sklearn.py" --algo xgboost --train "$1" --score "$2" --label label \
    --trees 100 --threads "$THREADS" --seed 0 > "$3"
}
compare() {  # TRAIN SCORE DATASET RUNS
  local r load_before
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  for r in $(seq 1 "$4"); do
    if [ $((r % 2)) -eq 1 ]; then
      java_side "$1" "$2" "$WORK/j$r.json"; python_side "$1" "$2" "$WORK/p$r.json"
    else
      python_side "$1" "$2" "$WORK/p$r.json"; java_side "$1" "$2" "$WORK/j$r.json"
    fi
  done
  /usr/bin/python3 - "$WORK" "$3" "$4" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, os, statistics, sys
work, data, runs, load_before, load_after = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
def proc(path):
    wall, user, sys_, rss = open(path + ".time").read().split()[-4:]
    return {"wall_s": float(wall), "cpu_s": round(float(user) + float(sys_), 2), "max_rss_mib": round(int(rss) / 1024)}
J, P = [], []
for r in range(1, runs + 1):
    j = json.load(open(os.path.join(work, f"j{r}.json"))); j.update(proc(os.path.join(work, f"j{r}.json")))
    p = json.load(open(os.path.join(work, f"p{r}.json"))); p.update(proc(os.path.join(work, f"p{r}.json")))
    J.append(j); P.append(p)
    print(json.dumps({"data": data, "run": r, "iotad": {k: j[k] for k in ("fit_s", "score_s", "read_s", "warmup_s", "roc_auc", "wall_s", "cpu_s", "max_rss_mib")},
                      "python": {k: p[k] for k in ("fit_s", "score_s", "roc_auc", "wall_s", "cpu_s", "max_rss_mib")}}))
med = lambda rows, k: statistics.median(x[k] for x in rows)
out = {"data": data, "n_train": J[0]["n_train"], "n_score": J[0]["n_score"], "threads": J[0]["threads"], "runs": runs,
       "auc_iotad": J[0]["roc_auc"], "auc_python": P[0]["roc_auc"], "auc_diff": round(J[0]["roc_auc"] - P[0]["roc_auc"], 4)}
for k in ("fit_s", "score_s", "wall_s", "cpu_s", "max_rss_mib"):
    out[k + "_iotad"], out[k + "_python"] = med(J, k), med(P, k)
out["fit_ratio"] = round(out["fit_s_iotad"] / out["fit_s_python"], 3)
out["score_ratio"] = round(out["score_s_iotad"] / out["score_s_python"], 3)
out["wall_ratio"] = round(out["wall_s_iotad"] / out["wall_s_python"], 3)
out["read_s_iotad"] = med(J, "read_s")
out["warmup_s_iotad"] = med(J, "warmup_s")
out["auc_ok"] = abs(out["auc_diff"]) <= 0.001
out["fit_ok"] = out["fit_ratio"] <= 1.1
out["score_ok"] = out["score_ratio"] <= 1.1
out["load_before"], out["load_after"] = load_before, load_after
print(json.dumps(out))
PY
}
compare "$WORK/train.csv" "$WORK/score.csv" synthetic "$RUNS"
SKAB="$ROOT/../shared/data/skab-dev/valve1"
[ -d "$SKAB" ] || SKAB="$ROOT/../../shared/data/skab-dev/valve1"
if [ -d "$SKAB" ]; then
  /usr/bin/python3 - "$SKAB" "$WORK" <<'PY'
import glob, os, sys
import pandas as pd
src, out = sys.argv[1], sys.argv[2]
parts = {0: [], 1: []}
for f in sorted(glob.glob(os.path.join(src, "*.csv"))):
    d = pd.read_csv(f, sep=";").drop(columns=["datetime", "changepoint"])
    d = d.rename(columns=lambda c: c.replace(" ", "_")).rename(columns={"anomaly": "label"})
    d["label"] = d["label"].astype(int)
    parts[int(os.path.basename(f)[:-4]) % 2].append(d)
pd.concat(parts[0]).to_csv(os.path.join(out, "skab_train.csv"), index=False)
pd.concat(parts[1]).to_csv(os.path.join(out, "skab_score.csv"), index=False)
PY
  compare "$WORK/skab_train.csv" "$WORK/skab_score.csv" skab-valve1-even-odd 1 | tail -1
fi
