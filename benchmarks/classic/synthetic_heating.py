#!/usr/bin/env python3
"""Writes a synthetic daily-feature CSV (DATA-CONTRACT section 3 columns + a 0/1 label) for the
classic detectors (rules, stl, lr_residual, composite, lr_lof).

usage: synthetic_heating.py SEED OUT.csv [APARTMENTS] [DAYS]

Energy = level + 1.5 hdd + 2 temp_diff + weekly pattern + N(0, 0.8) kWh; 4 apartments per building
share the outdoor temperature. About 15% of apartments get one fault of 3-9 days: the room falls
2.5 degC further below setpoint and energy rises 8 kWh ("heating hard, room cold") - label 1.
"""
import csv
import sys

import numpy as np

seed, out = int(sys.argv[1]), sys.argv[2]
A = int(sys.argv[3]) if len(sys.argv) > 3 else 300
D = int(sys.argv[4]) if len(sys.argv) > 4 else 120
rng = np.random.default_rng(seed)
week = np.array([1.0, 0.8, 0.6, 0.4, 0.2, -1.5, -1.5])
outdoor_b = 2 + 6 * np.sin(np.arange(D) / 20.0)[None, :] + rng.normal(0, 1.5, ((A + 3) // 4, D))
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["apartment_id", "building_id", "event_date", "daily_energy_kwh", "avg_temp_diff",
                "avg_outdoor_temp_c", "hdd", "label"])
    for a in range(A):
        level = 3 + 4 * rng.random()
        fault = np.zeros(D, bool)
        if rng.random() < 0.15:
            s = rng.integers(10, D - 10)
            fault[s:s + rng.integers(3, 10)] = True
        for d in range(D):
            o = outdoor_b[a // 4, d]
            hdd = max(0.0, 18 - o)
            diff = 0.5 + rng.random()
            e = level + 1.5 * hdd + 2 * diff + week[d % 7] + rng.normal(0, 0.8)
            if fault[d]:
                diff += 2.5
                e += 8
            day = np.datetime64("2024-01-01") + d
            w.writerow([f"apt-{a}", f"bld-{a // 4}", str(day), f"{e:.4f}", f"{diff:.4f}", f"{o:.4f}",
                        f"{hdd:.4f}", int(fault[d])])
