#!/usr/bin/env bash
# Side by side: the Java feature path (iotad features) against the pandas reference
# (features_pandas.py) on the same simulated portfolio. Checks that the outputs agree (1e-9
# relative, absolute floor 1e-12), then prints the median of RUNS runs of each: wall time, CPU time
# and peak memory (max RSS from GNU time), and the ratios, as one JSON object.
#
#   benchmarks/features_vs_pandas.sh [APARTMENTS=150] [DAYS=90] [RUNS=3]
#
# Environment: PEERS (folder of features_pandas.py; default ../shared/peers beside the main checkout),
# JAVA_OPTS (JVM options; default $DEFAULT_JAVA_OPTS below, set JAVA_OPTS=" " for the plain JVM), WORK (working folder; default a new temp dir,
# removed at the end unless KEEP=1), THREADS (worker threads of iotad features; default all cores),
# IOTAD_CDS=off (start without the class-data sharing archive ad-cli/target/iotad.jsa; see bin/iotad).
# iotad runs through bin/iotad, as users run it. The last line on stderr is a one-line summary.
# Needs GNU time (/usr/bin/time; apt-get install time) and /usr/bin/python3 with pandas.
set -euo pipefail

APARTMENTS=${1:-150}
DAYS=${2:-90}
RUNS=${3:-3}
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
# the shared peers folder sits beside the main checkout (../shared/peers); worktrees find it through git's common dir
MAIN_ROOT=$(dirname "$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir)")
PEERS=${PEERS:-}
for candidate in "$ROOT/../shared/peers" "$MAIN_ROOT/../shared/peers"; do
  [[ -z "$PEERS" && -f "$candidate/features_pandas.py" ]] && PEERS=$(cd "$candidate" && pwd)
done
JAR="$ROOT/ad-cli/target/iotad.jar"
LAUNCHER="$ROOT/bin/iotad"
# A one-shot run of a few seconds is mostly JVM start-up and warm-up: the client compiler alone (C1) compiles
# fast enough to pay off, the serial collector has no concurrent threads competing for the two cores, and a
# 64 MiB initial heap (instead of 1/64 of RAM) keeps the resident set near what is live. Long runs (seed scale)
# are better served by the default tiered compilation; see docs/features.md "Speed and memory".
DEFAULT_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m"
JAVA_OPTS=${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
THREADS_OPT=()
[[ -n "${THREADS:-}" ]] && THREADS_OPT=(--threads "$THREADS")

[[ -x /usr/bin/time ]] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
[[ -n "$PEERS" ]] || { echo "pandas reference features_pandas.py not found in ../shared/peers; set PEERS=DIR" >&2; exit 2; }
if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && mvn -o -q -pl ad-cli -am -DskipTests package)
fi

WORK=${WORK:-$(mktemp -d /tmp/iotad-features-vs-pandas.XXXXXX)}
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
if [[ ! -d "$DATA/raw" ]]; then
  java -jar "$JAR" simulate --out "$DATA" --apartments "$APARTMENTS" --days "$DAYS" >&2
fi

for run in $(seq 1 "$RUNS"); do
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/java.$run.time" \
    env IOTAD_JAR="$JAR" JAVA_OPTS="$JAVA_OPTS" "$LAUNCHER" features --raw "$DATA/raw" --weather "$DATA/weather.csv" \
      --out "$WORK/java.csv" --no-contract "${THREADS_OPT[@]}" > "$WORK/java.$run.json" 2> "$WORK/java.$run.err"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/pandas.$run.time" \
    /usr/bin/python3 "$PEERS/features_pandas.py" --raw "$DATA/raw" --weather "$DATA/weather.csv" \
      --out "$WORK/pandas.csv" > "$WORK/pandas.$run.json" 2> "$WORK/pandas.$run.err"
  echo "run $run: java $(cat "$WORK/java.$run.time"), pandas $(cat "$WORK/pandas.$run.time") (wall s, user s, sys s, max RSS KiB)" >&2
done

/usr/bin/python3 "$ROOT/benchmarks/compare_features.py" "$WORK/pandas.csv" "$WORK/java.csv" > "$WORK/compare.json" || {
  cat "$WORK/compare.json"; echo "outputs differ" >&2; exit 1; }

CDS=off
[[ "${IOTAD_CDS:-on}" != off && -f "${JAR%.jar}.jsa" ]] && CDS=on
JAVA_OPTS="$JAVA_OPTS" CDS="$CDS" /usr/bin/python3 - "$WORK" "$RUNS" "$APARTMENTS" "$DAYS" <<'PY'
import json, os, statistics, sys
work, runs, apts, days = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def med(tool):
    t = [list(map(float, open(os.path.join(work, "%s.%d.time" % (tool, r))).read().split())) for r in range(1, runs + 1)]
    return {"wall_s": statistics.median(x[0] for x in t), "cpu_s": statistics.median(x[1] + x[2] for x in t),
            "max_rss_mib": statistics.median(x[3] for x in t) / 1024}
j, p = med("java"), med("pandas")
out = {"apartments": apts, "days": days, "runs": runs, "cores": os.cpu_count(), "java_opts": os.environ.get("JAVA_OPTS", ""),
       "class_data_sharing": os.environ.get("CDS"),
       "load_avg_1m": os.getloadavg()[0], "java": j, "pandas": p,
       "speedup_wall": p["wall_s"] / j["wall_s"], "speedup_cpu": p["cpu_s"] / j["cpu_s"],
       "memory_ratio": j["max_rss_mib"] / p["max_rss_mib"],
       "java_phases_last_run": json.load(open(os.path.join(work, "java.%d.json" % runs))),
       "pandas_phases_last_run": json.load(open(os.path.join(work, "pandas.%d.json" % runs))),
       "agreement": json.load(open(os.path.join(work, "compare.json")))}
print(json.dumps(out, indent=1))
a = out["agreement"]
print("summary: features %dx%d, %d runs, load %.1f, CDS %s: iotad %.2f s wall / %.2f CPU-s / %.0f MiB, pandas %.2f s / %.2f CPU-s / %.0f MiB;"
      " speed-up %.1fx wall (%.1fx CPU), memory ratio %.2f; %d differences in %d values"
      % (apts, days, runs, out["load_avg_1m"], out["class_data_sharing"], j["wall_s"], j["cpu_s"], j["max_rss_mib"],
         p["wall_s"], p["cpu_s"], p["max_rss_mib"], out["speedup_wall"], out["speedup_cpu"], out["memory_ratio"],
         a["differences"], a["values_compared"]), file=sys.stderr)
PY
