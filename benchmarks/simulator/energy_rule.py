#!/usr/bin/env python3
"""How noisy is a rule on raw energy alone? Reads a simulator output folder, computes each
apartment-day's heat-meter increase (last counter reading of the day minus that of the day
before; days with a counter reset are skipped), and flags a day whose energy differs from the
apartment's median of the 14 days before by more than a threshold. Prints one JSON line per
threshold: flagged days, precision and recall against labels.csv (label 1 = equipment fault),
and which causes the flagged days had.

  /usr/bin/python3 benchmarks/simulator/energy_rule.py SIM_OUT_DIR
"""
import glob, gzip, json, sys
import pandas as pd

root = sys.argv[1]
last = {}
for path in sorted(glob.glob(root + "/raw/*/part-*.jsonl*")):
    with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:
        for line in f:
            try:
                o = json.loads(line)
                ts, apt = o["timestamp_str"], o["apartment_id"]
                if "T" not in ts:
                    continue
                for r in o["readings"]:
                    if r["sensor_type"] == "heating_energy_kwh" and isinstance(r["value"], (int, float)):
                        key = (apt, ts[:10])
                        if key not in last or ts > last[key][0]:
                            last[key] = (ts, r["value"])
            except (ValueError, KeyError, TypeError):
                pass
df = pd.DataFrame([(a, d, v[1]) for (a, d), v in last.items()], columns=["apartment_id", "date", "counter"])
df = df.sort_values(["apartment_id", "date"])
df["energy"] = df.groupby("apartment_id").counter.diff()
df = df[df.energy >= 0]
labels = pd.read_csv(root + "/labels.csv", dtype={"event_date": str})
df = df.merge(labels, left_on=["apartment_id", "date"], right_on=["apartment_id", "event_date"], how="left")
df["cause"] = df["cause"].fillna("normal")
df["median14"] = df.groupby("apartment_id").energy.transform(lambda s: s.shift(1).rolling(14, min_periods=7).median())
ok = df.dropna(subset=["median14"])
ok = ok[ok.median14 > 1.0]
positives = int((ok.label == 1).sum())
for thr in (0.3, 0.5, 0.8):
    flagged = (ok.energy / ok.median14 - 1).abs() > thr
    tp = int((flagged & (ok.label == 1)).sum())
    print(json.dumps({"measure": "raw_energy_rule", "threshold": thr, "apartment_days": int(len(ok)),
                      "fault_days": positives, "flagged": int(flagged.sum()),
                      "precision": round(tp / max(1, int(flagged.sum())), 3), "recall": round(tp / max(1, positives), 3),
                      "flagged_by_cause": ok[flagged].cause.value_counts().to_dict()}))
