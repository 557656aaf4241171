#!/usr/bin/env bash
# XGBoost peer check: the library's xgboost strategy against Python XGBoost on the same CSVs.
#
#   benchmarks/peers/xgboost_vs_python.sh [TRAIN_ROWS] [SCORE_ROWS] [THREADS]
#
# Builds (offline) the benchmarks jar if missing, writes a deterministic simulator-like labelled
# CSV pair with make_labelled_csv.py (numpy, seed 7), runs both sides with 100 trees, depth 6,
# eta 0.1, hist and the same thread count, and prints one JSON line with both ROC-AUCs, their
# difference and the Java/Python time ratios (below 1 = the library is faster).
# Targets (issue 4): |AUC difference| <= 0.01, fit and score ratios <= 1.1.
# When the SKAB data is present (../shared/data/skab-dev), a second line compares the two on SKAB
# valve1: the raw sensors, label = anomaly, trained on the even-numbered files, scored on the odd ones
# (written to a temporary folder only; the GPL data is never copied into the repository).
set -euo pipefail
ROOT="$(git rev-parse --show-toplevel)"
PEERS="$ROOT/../shared/peers"
[ -f "$PEERS/detect_sklearn.py" ] || PEERS="$ROOT/../../shared/peers"
[ -f "$PEERS/detect_sklearn.py" ] || { echo "detect_sklearn.py not found under ../shared/peers" >&2; exit 2; }
TRAIN_ROWS="${1:-200000}"
SCORE_ROWS="${2:-100000}"
THREADS="${3:-$(nproc)}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -o -q -pl benchmarks -am -DskipTests package)
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
/usr/bin/python3 "$ROOT/benchmarks/peers/make_labelled_csv.py" --out "$WORK" \
  --train-rows "$TRAIN_ROWS" --score-rows "$SCORE_ROWS" --seed 7
compare() {  # TRAIN SCORE DATASET
  local j p
  j="$(java -cp "$JAR" io.iotad.benchmarks.models.XGBoostPeerRun "$1" "$2" "$THREADS" 100 0)"
  p="$(/usr/bin/python3 "$PEERS/detect_sklearn.py" --algo xgboost --train "$1" --score "$2" --label label \
    --trees 100 --threads "$THREADS" --seed 0)"
  /usr/bin/python3 - "$j" "$p" "$3" <<'PY'
import json, sys
j, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
out = {"data": sys.argv[3], "n_train": j["n_train"], "n_score": j["n_score"], "threads": j["threads"],
       "auc_iotad": j["roc_auc"], "auc_python": p["roc_auc"], "auc_diff": round(j["roc_auc"] - p["roc_auc"], 4),
       "fit_s_iotad": j["fit_s"], "fit_s_python": p["fit_s"], "fit_ratio": round(j["fit_s"] / p["fit_s"], 3),
       "score_s_iotad": j["score_s"], "score_s_python": p["score_s"],
       "score_ratio": round(j["score_s"] / p["score_s"], 3)}
out["auc_ok"] = abs(out["auc_diff"]) <= 0.01
out["fit_ok"] = out["fit_ratio"] <= 1.1
out["score_ok"] = out["score_ratio"] <= 1.1
print(json.dumps(out))
PY
}
compare "$WORK/train.csv" "$WORK/score.csv" synthetic
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
  compare "$WORK/skab_train.csv" "$WORK/skab_score.csv" skab-valve1-even-odd
fi
