#!/usr/bin/env python3
"""Held-out P@K and residents-away share of the top K, from an `iotad detect --scores-out` file.

    contextual_eval.py SCORES.csv LABELS.csv [--holdout-days 14] [--k 50]

SCORES.csv: the scored rows (apartment_id, event_date, score, ...), every day of the portfolio;
LABELS.csv: the simulator's labels.csv (apartment_id, event_date, label, cause). The held-out days
are the last --holdout-days days of SCORES.csv (the demo's training.holdout_days = 14); their rows
are ranked together by score (highest first, NaN last, ties by apartment then day, as
io.iotad.eval ranks), and the top K are read: P@K = equipment-fault days (label 1) / K; away =
days whose cause is resident_away / K. Prints one JSON line. Standard library only.
"""
import csv, datetime, json, math, sys


def main(argv):
    args = list(argv)
    holdout, k = 14, 50
    if "--holdout-days" in args:
        i = args.index("--holdout-days"); holdout = int(args[i + 1]); del args[i:i + 2]
    if "--k" in args:
        i = args.index("--k"); k = int(args[i + 1]); del args[i:i + 2]
    scores_path, labels_path = args
    rows = []
    with open(scores_path, newline="") as f:
        for r in csv.DictReader(f):
            s = r.get("score", "")
            v = float(s) if s not in ("", "NaN", "nan") else math.nan
            rows.append((r["apartment_id"], r["event_date"], v))
    last = max(datetime.date.fromisoformat(d) for _, d, _ in rows)
    first = last - datetime.timedelta(days=holdout - 1)
    held = [r for r in rows if datetime.date.fromisoformat(r[1]) >= first]
    labels = {}
    with open(labels_path, newline="") as f:
        for r in csv.DictReader(f):
            labels[(r["apartment_id"], r["event_date"])] = (int(r["label"]), r.get("cause", ""))
    held.sort(key=lambda r: (math.isnan(r[2]), -(r[2] if not math.isnan(r[2]) else 0), r[0], r[1]))
    top = held[:k]
    faults = sum(1 for a, d, _ in top if labels.get((a, d), (0, ""))[0] == 1)
    away = sum(1 for a, d, _ in top if labels.get((a, d), (0, ""))[1] == "resident_away")
    positives = sum(1 for a, d, _ in held if labels.get((a, d), (0, ""))[0] == 1)
    unscored = sum(1 for r in held if math.isnan(r[2]))
    kinds = {}
    for a, d, _ in top:
        y, c = labels.get((a, d), (0, ""))
        if y == 1:
            kinds[c] = kinds.get(c, 0) + 1
    print(json.dumps({"held_out_from": first.isoformat(), "rows": len(held), "positives": positives,
                      "unscored": unscored, "k": k, "p_at_k": faults / k, "away_share": away / k,
                      "fault_kinds_in_top": kinds}))


if __name__ == "__main__":
    main(sys.argv[1:])
