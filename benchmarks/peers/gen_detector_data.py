#!/usr/bin/env python3
"""Writes the identical CSV inputs that compare_detectors.sh feeds to `iotad detect` and to
detect_sklearn.py. Deterministic: the same --seed gives byte-identical files.

  gen_detector_data.py OUT_DIR [--seed 7] [--speed-rows-if 1000000] [--speed-rows-lof 100000]

Files (all with a 0/1 `label` column):
- sim_train.csv / sim_score.csv: simulator-like daily features of 300 apartments (identity columns
  of DATA-CONTRACT §3, the ten standard features), training on 8 weeks of healthy days, scoring on
  4 later weeks in which ~3% of apartment-days carry one of three faults (stuck valve: energy high
  while the room stays below setpoint; sensor drift: room temperature far off; dead meter: energy
  near zero on a cold day). About 1% of cells are missing (empty).
- speed_if.csv: N x 10 sensor-like rows (3 latent factors + noise, 2% anomalies that break the
  correlations) for the Isolation Forest timing (fit and score on the same file).
- speed_lof_train.csv / speed_lof_score.csv: M x 10 rows each, for the LOF timing.
"""
import argparse
import os
import numpy as np
import pandas as pd

FEATURES = ["daily_energy_kwh", "daily_hot_water_litres", "avg_room_temp_c", "avg_setpoint_temp_c", "avg_temp_diff",
            "avg_outdoor_temp_c", "hdd", "energy_lag_1d", "energy_roll_avg_7d", "temp_diff_roll_std_3d"]


def simulate(rng, n_apts, days, start, fault_rate):
    rows = []
    dates = pd.date_range(start, periods=days, freq="D")
    outdoor_by_building = {b: 2 + 6 * np.sin(np.arange(days) / 9.0) + rng.normal(0, 2, days) for b in range(10)}
    for a in range(n_apts):
        b = a % 10
        size = rng.uniform(40, 120)  # m2
        setpoint = rng.choice([20.0, 21.0, 22.0])
        insulation = rng.uniform(0.6, 1.4)
        energy = np.empty(days); room = np.empty(days); label = np.zeros(days, dtype=int)
        water = rng.gamma(4, 30, days)
        outdoor = outdoor_by_building[b]
        for d in range(days):
            hdd = max(0.0, 18 - outdoor[d])
            e = 0.012 * size * insulation * (hdd + 4) + rng.normal(0, 0.6)
            r = setpoint - rng.normal(0.3, 0.4)
            if rng.random() < fault_rate:
                label[d] = 1
                kind = rng.integers(3)
                if kind == 0:      # stuck valve: energy wasted, room cold
                    e *= rng.uniform(1.6, 2.4); r -= rng.uniform(2.5, 5)
                elif kind == 1:    # sensor drift
                    r += rng.choice([-1, 1]) * rng.uniform(4, 8)
                else:              # dead meter on a cold day
                    e = rng.uniform(0, 0.3)
            energy[d] = max(e, 0); room[d] = r
        diff = setpoint - room
        df = pd.DataFrame({
            "apartment_id": f"apt{a:04d}", "building_id": f"b{b:02d}", "event_date": dates.strftime("%Y-%m-%d"),
            "daily_energy_kwh": energy, "daily_hot_water_litres": water, "avg_room_temp_c": room,
            "avg_setpoint_temp_c": setpoint, "avg_temp_diff": diff, "avg_outdoor_temp_c": outdoor,
            "hdd": np.maximum(0, 18 - outdoor)})
        df["energy_lag_1d"] = df["daily_energy_kwh"].shift(1)
        df["energy_roll_avg_7d"] = df["daily_energy_kwh"].rolling(7, min_periods=4).mean()
        df["temp_diff_roll_std_3d"] = df["avg_temp_diff"].rolling(3, min_periods=2).std()
        df["label"] = label
        rows.append(df)
    out = pd.concat(rows, ignore_index=True)
    mask = rng.random((len(out), len(FEATURES))) < 0.01
    for j, f in enumerate(FEATURES):
        out.loc[mask[:, j], f] = np.nan
    out.insert(0, "apartment_record_id", out["apartment_id"] + "_" + out["event_date"])
    return out


def sensor_like(rng, n, d=10, latent=3, anomaly_rate=0.02):
    """Rows driven by a few latent factors plus small noise, like correlated sensor features (energy,
    HDD and outdoor temperature move together): intrinsic dimension ~3 in 10 columns. Anomalies
    break the correlation structure."""
    loadings = np.random.default_rng(12345).normal(0, 1, (latent, d))
    z = rng.normal(0, 1, (n, latent))
    x = z @ loadings + rng.normal(0, 0.1, (n, d))
    y = (rng.random(n) < anomaly_rate).astype(int)
    k = int(y.sum())
    x[y == 1] += rng.choice([-1, 1], (k, d)) * rng.uniform(0.5, 1.5, (k, d))
    df = pd.DataFrame(x, columns=[f"f{j}" for j in range(d)])
    df["label"] = y
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--speed-rows-if", type=int, default=1_000_000)
    ap.add_argument("--speed-rows-lof", type=int, default=100_000)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(a.seed)
    simulate(rng, 300, 56, "2024-01-01", 0.0).to_csv(f"{a.out}/sim_train.csv", index=False, float_format="%.6g")
    simulate(rng, 300, 28, "2024-02-26", 0.03).to_csv(f"{a.out}/sim_score.csv", index=False, float_format="%.6g")
    sensor_like(rng, a.speed_rows_if).to_csv(f"{a.out}/speed_if.csv", index=False, float_format="%.6g")
    sensor_like(rng, a.speed_rows_lof).to_csv(f"{a.out}/speed_lof_train.csv", index=False, float_format="%.6g")
    sensor_like(rng, a.speed_rows_lof).to_csv(f"{a.out}/speed_lof_score.csv", index=False, float_format="%.6g")


if __name__ == "__main__":
    main()
