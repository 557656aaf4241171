#!/usr/bin/env python3
"""Isolation Forest ROC-AUC over many seeds, iotad vs scikit-learn, on the simulator-like set made
by gen_detector_data.py: with 100 trees one run's AUC moves by a few hundredths from seed to seed,
so a 3-run mean can differ by more than the 0.02 budget by chance; the mean over many seeds
cannot. Prints one JSON line per tool: runs, mean AUC and its standard error.

  if_seed_spread.py --data /tmp/iotad-peers-data --jar ad-cli/target/iotad.jar [--first 100] [--runs 30]
                    [--train sim_train.csv --score sim_score.csv]   (file names inside --data)
"""
import argparse, json, subprocess
import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score


def summary(tool, aucs):
    a = np.asarray(aucs)
    return json.dumps({"tool": tool, "runs": len(a), "mean_roc_auc": round(float(a.mean()), 4),
                       "stderr": round(float(a.std(ddof=1) / np.sqrt(len(a))), 4)})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--first", type=int, default=100)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--train", default="sim_train.csv")
    ap.add_argument("--score", default="sim_score.csv")
    a = ap.parse_args()
    train, score = f"{a.data}/{a.train}", f"{a.data}/{a.score}"
    tr, sc = pd.read_csv(train), pd.read_csv(score)
    feats = [c for c in tr.columns if c != "label" and pd.api.types.is_numeric_dtype(tr[c])]
    tr, sc = tr.dropna(subset=feats), sc.dropna(subset=feats)
    seeds = range(a.first, a.first + a.runs)
    sk = [roc_auc_score(sc.label, -IsolationForest(n_estimators=100, random_state=s).fit(tr[feats].to_numpy(float))
                        .score_samples(sc[feats].to_numpy(float))) for s in seeds]
    io = []
    for s in seeds:
        out = subprocess.run(["java", "-jar", a.jar, "detect", "--strategy", "isolation_forest", "--train", train,
                              "--score", score, "--seed", str(s), "--threads", "1"],
                             capture_output=True, text=True, check=True).stdout
        io.append(json.loads(out.strip().splitlines()[-1])["roc_auc"])
    print(summary("iotad", io))
    print(summary("sklearn", sk))


if __name__ == "__main__":
    main()
