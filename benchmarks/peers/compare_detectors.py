#!/usr/bin/env python3
"""Runs `iotad detect` and detect_sklearn.py side by side on identical CSV files and prints a
Markdown table of ROC-AUC differences and median time ratios: the in-process fit + score each tool
reports, and the whole process (start-up, reading both CSVs, fit, score, output) timed from here.
Driven by compare_detectors.sh.

  compare_detectors.py --data DIR --jar ad-cli/target/iotad.jar --peers ../shared/peers
                       [--runs 3] [--threads N] [--skab DIR] [--out results.jsonl] [--only TEXT]
"""
import argparse, json, os, statistics, subprocess, sys, time
import pandas as pd


def run(cmd):
    """The command's last stdout line (one JSON object) plus `process_s`, its whole wall time."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr}")
    return {**json.loads(p.stdout.strip().splitlines()[-1]), "process_s": round(wall, 3)}


def skab_files(skab, work):
    """Rewrites SKAB's ';'-separated files as ',' CSVs in the work dir (never the repo; the data is
    GPL), since detect_sklearn.py reads commas: the anomaly-free run to fit on, and the valve1
    experiments concatenated (with an `experiment` column) to score."""
    free = f"{work}/skab_anomaly_free.csv"
    pd.read_csv(f"{skab}/anomaly-free/anomaly-free.csv", sep=";").to_csv(free, index=False)
    frames = []
    for name in sorted(os.listdir(f"{skab}/valve1"), key=lambda s: int(s.split(".")[0])):
        df = pd.read_csv(f"{skab}/valve1/{name}", sep=";")
        df.insert(0, "experiment", name)
        frames.append(df)
    path = f"{work}/skab_valve1_pooled.csv"
    pd.concat(frames, ignore_index=True).to_csv(path, index=False)
    return free, path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--peers", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--skab")
    ap.add_argument("--out")
    ap.add_argument("--only", help="run only the cases whose name contains this text")
    a = ap.parse_args()
    D = a.data
    java = ["java", "-Xmx8g", "-jar", a.jar, "detect", "--threads", str(a.threads)]
    py = ["/usr/bin/python3", f"{a.peers}/detect_sklearn.py", "--threads", str(a.threads)]
    skab_feats = "Accelerometer1RMS,Accelerometer2RMS,Current,Pressure,Temperature,Thermocouple,Voltage,Volume Flow RateRMS"
    cases = [
        # name, java strategy + options, peer algo + options, train, score, extra, seeded
        ("sim IF 100 trees", ["--strategy", "isolation_forest"], ["--algo", "iforest"],
         f"{D}/sim_train.csv", f"{D}/sim_score.csv", [], True),
        ("sim IF 1000 trees", ["--strategy", "isolation_forest", "--set", "trees=1000"], ["--algo", "iforest", "--trees", "1000"],
         f"{D}/sim_train.csv", f"{D}/sim_score.csv", [], True),
        ("sim LOF k=20 raw", ["--strategy", "lof", "--set", "standardize=false"], ["--algo", "lof"],
         f"{D}/sim_train.csv", f"{D}/sim_score.csv", [], False),
        ("sim LOF k=20 standardised (iotad default)", ["--strategy", "lof"], ["--algo", "lof"],
         f"{D}/sim_train.csv", f"{D}/sim_score.csv", [], False),
        ("speed IF 100 trees, 1M x 10", ["--strategy", "isolation_forest"], ["--algo", "iforest"],
         f"{D}/speed_if.csv", f"{D}/speed_if.csv", [], True),
        ("speed LOF k=20, 100k x 10", ["--strategy", "lof", "--set", "standardize=false"], ["--algo", "lof"],
         f"{D}/speed_lof_train.csv", f"{D}/speed_lof_score.csv", [], False),
    ]
    if a.skab and os.path.isdir(a.skab):
        free, pooled = skab_files(a.skab, D)
        extra = ["--features", skab_feats, "--label", "anomaly"]
        cases += [
            ("SKAB valve1 IF 100 trees", ["--strategy", "isolation_forest"], ["--algo", "iforest"], free, pooled, extra, True),
            ("SKAB valve1 LOF k=20 raw", ["--strategy", "lof", "--set", "standardize=false"], ["--algo", "lof"], free, pooled, extra, False),
            ("SKAB valve1 LOF k=20 standardised (iotad default)", ["--strategy", "lof"], ["--algo", "lof"], free, pooled, extra, False),
        ]
    out = open(a.out, "a") if a.out else None
    print(f"| case | runs | AUC iotad | AUC sklearn | diff | fit+score s iotad (median) | sklearn (median) | speed-up "
          f"| whole process s iotad (median) | sklearn (median) | speed-up |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, jargs, pargs, train, score, extra, seeded in cases:
        if a.only and a.only not in name:
            continue
        j_res, p_res = [], []
        for r in range(a.runs):
            seed = ["--seed", str(r)] if seeded else []
            io = ["--train", train, "--score", score] + extra + seed
            j_res.append(run(java + jargs + io))
            p_res.append(run(py + pargs + io))
            if out:
                for tool, res in (("iotad", j_res[-1]), ("sklearn", p_res[-1])):
                    out.write(json.dumps({"case": name, "run": r, "tool": tool, **res}) + "\n")
        auc_j = statistics.mean(x["roc_auc"] for x in j_res)
        auc_p = statistics.mean(x["roc_auc"] for x in p_res)
        t_j = statistics.median(x["fit_s"] + x["score_s"] for x in j_res)
        t_p = statistics.median(x["fit_s"] + x["score_s"] for x in p_res)
        w_j = statistics.median(x["process_s"] for x in j_res)
        w_p = statistics.median(x["process_s"] for x in p_res)
        print(f"| {name} | {a.runs} | {auc_j:.4f} | {auc_p:.4f} | {auc_j - auc_p:+.4f} | {t_j:.2f} | {t_p:.2f} | {t_p / t_j:.1f}x "
              f"| {w_j:.2f} | {w_p:.2f} | {w_p / w_j:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
