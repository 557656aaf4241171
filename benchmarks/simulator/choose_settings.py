# How the "chosen" settings of docs/results-simulator.md were checked, on a portfolio that is NOT reported
# (seed 7), through `iotad detect` on its features: fit on the training days, score all days (so STL has its
# history), metrics on the last 14 days only.
#   java -jar ad-cli/target/iotad.jar simulate --out sim7 --apartments 300 --days 180 --seed 7
#   java -jar ad-cli/target/iotad.jar features --raw sim7/raw --weather sim7/weather.csv --out f7.csv --no-contract \
#       --extractors energy_lag_7d,energy_per_hdd,energy_roll_std_7d,temp_diff_roll_avg_3d,calendar
#   /usr/bin/python3 benchmarks/simulator/choose_settings.py f7.csv sim7/labels.csv work lof_seed3 lof \
#       daily_energy_kwh,avg_temp_diff,avg_outdoor_temp_c [--set k=v ...]
# Prints one JSON line: P@50, R@50, AP, ROC-AUC, unscored rows, positives, rows. JAR overrides the jar path.
import sys, os, subprocess, json
import pandas as pd, numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score
fcsv, lcsv, out, name, strat, feats, *extra = sys.argv[1:]
os.makedirs(out, exist_ok=True)
tr, al = f"{out}/train.csv", f"{out}/all.csv"
if not os.path.exists(al):
    f = pd.read_csv(fcsv); l = pd.read_csv(lcsv)
    f = f.merge(l[["apartment_id", "event_date", "label"]], on=["apartment_id", "event_date"], how="left")
    f["label"] = (f["label"] == 1).astype(int)
    d = pd.to_datetime(f["event_date"]); cut = d.max() - pd.Timedelta(days=14)
    f["holdout"] = (d > cut).astype(int)
    f[f.holdout == 0].drop(columns=["holdout"]).to_csv(tr, index=False)
    f.to_csv(al, index=False)
a = pd.read_csv(al, usecols=["apartment_id", "event_date", "label", "holdout"])
so = f"{out}/{name}.scores.csv"
cmd = ["java", "-jar", os.environ.get("JAR", "ad-cli/target/iotad.jar"), "detect", "--strategy", strat, "--train", tr, "--score", al,
       "--features", feats, "--seed", "42", "--scores-out", so] + extra
r = subprocess.run(cmd, capture_output=True, text=True)
if r.returncode != 0:
    print(name, "FAILED", r.stderr[-800:]); sys.exit(1)
s = pd.read_csv(so)
m = a.merge(s[["apartment_id", "event_date", "score"]], on=["apartment_id", "event_date"])
t = m[m.holdout == 1].copy()
sc = t.score.fillna(-np.inf).values; y = t.label.values
top = np.argsort(-sc, kind="stable")[:50]
res = {"name": name, "P@50": round(y[top].mean(), 3), "R@50": round(y[top].sum() / y.sum(), 3),
       "AP": round(average_precision_score(y, np.nan_to_num(sc, neginf=-1e300)), 3),
       "ROC": round(roc_auc_score(y, np.nan_to_num(sc, neginf=-1e300)), 3), "unscored": int(np.isnan(t.score).sum()),
       "pos": int(y.sum()), "rows": len(t)}
print(json.dumps(res)); sys.stdout.flush()
