#!/usr/bin/env python3
"""Writes a deterministic, simulator-like labelled CSV pair (train, score) for the XGBoost peer check.

  make_labelled_csv.py --out DIR [--train-rows 200000] [--score-rows 100000] [--seed 7]

Ten daily heating features per apartment-day (energy, comfort and weather drivers, with
building-level offsets and noise); label = 1 for a faulty day (about 5 %), decided by a
non-linear rule plus label noise, so neither model can reach AUC 1. No missing values, so the
Python peer (which drops rows with a missing feature) and the library see the same rows.
"""
import argparse, os
import numpy as np


def make(n, rng):
    outdoor = rng.normal(2.0, 6.0, n)                    # outdoor temperature, deg C
    hdd = np.maximum(0.0, 18.0 - outdoor)                # heating degree days
    setpoint = rng.normal(21.0, 1.0, n)
    building = rng.integers(0, 40, n)
    offset = np.sin(building * 1.7) * 0.8                # per-building efficiency
    fault = rng.random(n) < 0.05
    room = setpoint - np.where(fault, rng.gamma(2.0, 1.5, n), rng.normal(0.3, 0.6, n))
    energy = 0.9 * hdd * (1 + 0.1 * offset) + np.where(fault, rng.gamma(2.0, 3.0, n), 0) + rng.normal(0, 1.5, n)
    temp_diff = setpoint - room
    flow = 0.5 * energy + rng.normal(0, 1.0, n) - np.where(fault, rng.gamma(1.5, 1.0, n), 0)
    valve = np.clip(rng.normal(0.6, 0.15, n) + np.where(fault, rng.normal(0.2, 0.2, n), 0), 0, 1)
    weekday = rng.integers(0, 7, n).astype(float)
    occupancy = rng.random(n)
    noise = rng.normal(0, 1, n)
    # label noise: 10 % of faults unlabelled, 0.5 % of healthy days wrongly labelled
    y = fault.copy()
    y[fault & (rng.random(n) < 0.10)] = False
    y[~fault & (rng.random(n) < 0.005)] = True
    X = np.column_stack([energy, temp_diff, outdoor, hdd, setpoint, flow, valve, weekday, occupancy, noise])
    return X, y.astype(int)


def write(path, X, y):
    names = ["energy", "temp_diff", "outdoor", "hdd", "setpoint", "flow", "valve", "weekday", "occupancy", "noise"]
    with open(path, "w") as f:
        f.write(",".join(names + ["label"]) + "\n")
        np.savetxt(f, np.column_stack([X, y]), delimiter=",", fmt=["%.6g"] * X.shape[1] + ["%d"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--train-rows", type=int, default=200_000)
    ap.add_argument("--score-rows", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(a.seed)
    write(os.path.join(a.out, "train.csv"), *make(a.train_rows, rng))
    write(os.path.join(a.out, "score.csv"), *make(a.score_rows, rng))


if __name__ == "__main__":
    main()
