#!/usr/bin/env bash
# The seed-scale season end to end: simulates APARTMENTS x DAYS (default 3000 x 180: 28 M lines, 69.6 M
# readings, 6.9 GB of plain JSON Lines) once, then times `iotad features` (ingestion, weather, features,
# Parquet write) RUNS times and prints one JSON object: the median wall and CPU seconds, max RSS (GNU time),
# the load average and the phase times of the last run, then a one-line summary on stderr. The target
# (issue 13) is < 15 s and < 2 GB peak on 2 cores.
#
#   benchmarks/seed-scale.sh [APARTMENTS=3000] [DAYS=180] [RUNS=1]
#
# Environment: JAVA_OPTS (default -Xmx1500m: the season's readings stay in memory, 1.1 GB as primitive arrays,
# 1.3 GB with each apartment's instants; measured peak RSS 1.63 GiB, docs/features.md),
# THREADS (default 2), WORK (folder; default a new temp dir, removed at the end unless KEEP=1; needs
# ≈ 7 GB free: check df -h first). Pin to two cores with: taskset -c 0,1 benchmarks/seed-scale.sh
set -euo pipefail

APARTMENTS=${1:-3000}
DAYS=${2:-180}
RUNS=${3:-1}
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
JAR="$ROOT/ad-cli/target/iotad.jar"
JAVA_OPTS=${JAVA_OPTS:--Xmx1500m}
THREADS=${THREADS:-2}

[[ -x /usr/bin/time ]] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && mvn -o -q -pl ad-cli -am -DskipTests package)
fi
WORK=${WORK:-$(mktemp -d /tmp/iotad-seed-scale.XXXXXX)}
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
if [[ ! -d "$DATA/raw" ]]; then
  java -jar "$JAR" simulate --out "$DATA" --apartments "$APARTMENTS" --days "$DAYS" >&2
fi

for run in $(seq 1 "$RUNS"); do
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/run.$run.time" \
    env IOTAD_JAR="$JAR" JAVA_OPTS="$JAVA_OPTS" "$ROOT/bin/iotad" features --raw "$DATA/raw" --weather "$DATA/weather.csv" \
      --out "$WORK/features.parquet" --no-contract --threads "$THREADS" > "$WORK/run.$run.json" 2> "$WORK/run.$run.err"
  echo "run $run: $(cat "$WORK/run.$run.time") (wall s, user s, sys s, max RSS KiB)" >&2
done

JAVA_OPTS="$JAVA_OPTS" /usr/bin/python3 - "$WORK" "$RUNS" "$APARTMENTS" "$DAYS" "$THREADS" <<'PY'
import json, os, statistics, sys
work, runs, apts, days, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
t = [list(map(float, open(os.path.join(work, "run.%d.time" % r)).read().split())) for r in range(1, runs + 1)]
print(json.dumps({"apartments": apts, "days": days, "runs": runs, "threads": threads, "cores": os.cpu_count(),
                  "java_opts": os.environ.get("JAVA_OPTS", ""), "load_avg_1m": os.getloadavg()[0],
                  "wall_s": statistics.median(x[0] for x in t), "cpu_s": statistics.median(x[1] + x[2] for x in t),
                  "max_rss_mib": statistics.median(x[3] for x in t) / 1024,
                  "phases_last_run": json.load(open(os.path.join(work, "run.%d.json" % runs)))}, indent=1))
ph = json.load(open(os.path.join(work, "run.%d.json" % runs)))
print("summary: season %dx%d, %d run(s), %d threads, load %.1f, JAVA_OPTS '%s': %.1f s wall, %.1f CPU-s, peak RSS %.0f MiB"
      " (ingest %.1f s, weather %.1f s, features %.1f s, write %.1f s)"
      % (apts, days, runs, threads, os.getloadavg()[0], os.environ.get("JAVA_OPTS", ""),
         statistics.median(x[0] for x in t), statistics.median(x[1] + x[2] for x in t),
         statistics.median(x[3] for x in t) / 1024, ph["ingest_s"], ph["weather_s"], ph["features_s"], ph["write_s"]),
      file=sys.stderr)
PY
