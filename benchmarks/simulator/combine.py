#!/usr/bin/env python3
"""Offline replica of a two-component composite with the occupancy gate, for choosing how to combine (tuning).

    combine.py RECENT.csv LOF_SCORES.csv FORECAST_SCORES.csv SEED

RECENT.csv: evaluate.py split's recent.csv written with a lookback that covers every training day
(LOOKBACK_DAYS=400), so both score files hold a score for every training and held-out row; the score
files are `iotad detect --scores-out` of `lof` (the ten standard features) and `forecast`
(holidays ch, residual_side signed) on it. Replicates CompositeStrategy/CompositeDetector: the
occupancy gate (setpoint_vs_baseline_k <= AWAY, default -2 K, is away; missing counts as occupied),
each component calibrated on its gated training scores (ScoreCalibration: median, 1.4826 x MAD, the
mean-absolute-deviation fallback; rank = fraction of training scores <= the score), a row unscored when
a component did not score it or it is away. Prints one JSON line per combination rule: P@50 and the
residents-away share of the top 50 of the held-out rows. Standard library only.
"""
import bisect, csv, json, math, os, statistics as st, sys

K = 50
AWAY = float(os.environ.get("AWAY", "-2.0"))


def scores(path, rows):
    out = []
    with open(path, newline="") as f:
        for r, want in zip(csv.DictReader(f), rows):
            if (r["apartment_id"], r["event_date"]) != (want["apartment_id"], want["event_date"]):
                sys.exit(f"{path}: row {len(out) + 1} is {r['apartment_id']} {r['event_date']}, expected "
                         f"{want['apartment_id']} {want['event_date']} (the scored file's order)")
            s = r["score"]
            out.append(float(s) if s not in ("", "NaN", "nan") else math.nan)
    return out


class Calibration:
    def __init__(self, train):
        v = sorted(x for x in train if not math.isnan(x))
        self.median = st.median(v)
        mad = st.median(abs(x - self.median) for x in v) * 1.4826
        if not mad > 0:
            mad = 1.2533141373155 * sum(abs(x - self.median) for x in v) / len(v)
        self.scale = mad if mad > 0 and math.isfinite(mad) else 1.0
        self.sorted = v

    def z(self, x):
        return (x - self.median) / self.scale

    def rank(self, x):
        return bisect.bisect_right(self.sorted, x) / len(self.sorted)


def main(recent, lof_path, fc_path, seed):
    with open(recent, newline="") as f:
        rows = list(csv.DictReader(f))
    lof, fc = scores(lof_path, rows), scores(fc_path, rows)
    assert len(rows) == len(lof) == len(fc), (len(rows), len(lof), len(fc))
    def away(r):
        v = r["setpoint_vs_baseline_k"]
        return v not in ("", "NaN", "nan") and float(v) <= AWAY
    gate = [away(r) for r in rows]
    train = [i for i, r in enumerate(rows) if r["held_out"] == "0"]
    held = [i for i, r in enumerate(rows) if r["held_out"] == "1"]
    cal = [Calibration([c[i] for i in train if not gate[i]]) for c in (lof, fc)]
    rules = {
        "lof_alone_gated": lambda zs, rs: zs[0],
        "forecast_alone_gated": lambda zs, rs: zs[1],
        "max_z": lambda zs, rs: max(zs),
        "mean_z": lambda zs, rs: sum(zs) / 2,
        "mean_rank": lambda zs, rs: sum(rs) / 2,
        "max_rank": lambda zs, rs: max(rs),
    }
    for name, rule in rules.items():
        ranked = []
        for i in held:
            comps = (lof[i], fc[i])
            if gate[i] or (name != "lof_alone_gated" and any(math.isnan(c) for c in comps)) or math.isnan(comps[0]):
                s = math.nan
            else:
                s = rule([c.z(x) for c, x in zip(cal, comps)], [c.rank(x) for c, x in zip(cal, comps)])
            ranked.append((math.isnan(s), -(0 if math.isnan(s) else s), rows[i]["apartment_id"], rows[i]["event_date"], i))
        ranked.sort()
        top = [rows[t[-1]] for t in ranked[:K]]
        kinds = {}
        for r in top:
            if r["label"] == "1":
                kinds[r["cause"]] = kinds.get(r["cause"], 0) + 1
        print(json.dumps({"seed": int(seed), "rule": name,
                          "p_at_50": sum(1 for r in top if r["label"] == "1") / K,
                          "residents_away_share": sum(1 for r in top if r["cause"] == "resident_away") / K,
                          "unscored": sum(1 for t in ranked if t[0]), "fault_kinds_in_top": dict(sorted(kinds.items()))}))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
