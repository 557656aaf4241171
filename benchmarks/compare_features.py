#!/usr/bin/env python3
"""Compares two daily-feature CSVs (same rows and columns): values equal to 1e-9 relative with an
absolute floor of 1e-12, missing exactly where missing. Standard library only.

One documented exception: pandas computes rolling standard deviations with an online
add/remove algorithm that loses precision on (near-)constant windows, where the exact value is ~0
and pandas returns values up to ~1e-7 (catastrophic cancellation, about sqrt(machine epsilon) times
the values' magnitude). For *_roll_std_* columns a difference up to STD_CANCELLATION_TOLERANCE
is counted as "cancellation_tolerated", reported, and not a failure.

  compare_features.py EXPECTED.csv ACTUAL.csv   -> prints one JSON line; exit 1 on a difference
"""
import csv, json, math, sys


STD_CANCELLATION_TOLERANCE = 1e-6


def rows(path):
    with open(path, newline="") as f:
        r = csv.DictReader(f)
        return r.fieldnames, {row["apartment_record_id"]: row for row in r}


def main(expected, actual):
    cols_e, e = rows(expected)
    cols_a, a = rows(actual)
    problems = []
    if set(e) != set(a):
        problems.append("rows differ: %d only expected, %d only actual" % (len(set(e) - set(a)), len(set(a) - set(e))))
    feats = [c for c in cols_e if c not in ("apartment_record_id", "apartment_id", "building_id", "event_date")]
    missing_cols = [c for c in feats if c not in cols_a]
    if missing_cols:
        problems.append("columns missing in actual: %s" % missing_cols)
    worst = 0.0
    values = 0
    tolerated = 0
    for key in sorted(set(e) & set(a)):
        for c in feats:
            if c in missing_cols:
                continue
            x, y = e[key][c], a[key][c]
            if x == "" or y == "":
                if x != y:
                    problems.append("%s %s: expected %r, got %r" % (key, c, x, y))
                continue
            x, y = float(x), float(y)
            values += 1
            diff = abs(x - y)
            if diff > max(1e-12, 1e-9 * abs(x)):
                if "_roll_std_" in c and diff <= STD_CANCELLATION_TOLERANCE:
                    tolerated += 1
                    continue
                problems.append("%s %s: expected %r, got %r" % (key, c, x, y))
            if x != 0:
                worst = max(worst, diff / abs(x))
    print(json.dumps({"rows": len(e), "values_compared": values, "max_relative_difference": worst,
                      "differences": len(problems), "cancellation_tolerated": tolerated,
                      "first": problems[:5]}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
