#!/usr/bin/env bash
# Load on `iotad sagemaker serve`: trains a model as a SageMaker training job would (`iotad sagemaker train` on a
# folder laid out as /opt/ml), serves it in its own JVM on loopback, sends REQUESTS concurrent POST /invocations
# (CSV mini-batches of ROWS feature rows, all sent at once) and prints one JSON line: errors, p50/p90/p99/max
# latency, and the server's peak resident memory (VmHWM from /proc, whole process) and its JVM options.
# Not a test: run it by hand, on a quiet machine, and quote the median of several runs with `uptime`.
#
#   benchmarks/sagemaker/load.sh [REQUESTS=1000] [ROWS=50] [RUNS=3]
#
# Environment: SERVE_OPTS (server JVM options, default -Xmx512m), WORK (folder; default a new temp dir, removed at
# the end unless KEEP=1). The simulated portfolio is 200 apartments x 60 days, seed 3 (a tuning seed).
set -euo pipefail

REQUESTS=${1:-1000}
ROWS=${2:-50}
RUNS=${3:-3}
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
JAR="$ROOT/ad-cli/target/iotad.jar"
SERVE_OPTS=${SERVE_OPTS:--Xmx512m}
if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && mvn -B -q -pl ad-cli -am -DskipTests package)
fi
WORK=${WORK:-$(mktemp -d /tmp/iotad-sagemaker-load.XXXXXX)}
SERVER=""
cleanup() {
  if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  [[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK"
}
trap cleanup EXIT

ML="$WORK/opt-ml"
if [[ ! -f "$ML/model/manifest.json" ]]; then
  java -jar "$JAR" simulate --out "$ML/input/data/training" --apartments 200 --days 60 --seed 3 >&2
  mkdir -p "$ML/input/config"
  echo '{"labels_complete": "true"}' > "$ML/input/config/hyperparameters.json"
  java -jar "$JAR" sagemaker train --ml-root "$ML" > "$WORK/train.out"
fi
if [[ ! -f "$WORK/features.csv" ]]; then
  T="$ML/input/data/training"
  java -jar "$JAR" features --raw "$T/raw" --weather "$T/weather.csv" --buildings "$T/buildings.csv" \
    --out "$WORK/features.csv" --no-contract > /dev/null
fi

for run in $(seq 1 "$RUNS"); do
  # shellcheck disable=SC2086
  java $SERVE_OPTS -jar "$JAR" sagemaker serve --ml-root "$ML" --host 127.0.0.1 --port 0 > "$WORK/serve.out" 2> "$WORK/serve.err" &
  SERVER=$!
  for _ in $(seq 1 300); do
    [[ -s "$WORK/serve.out" ]] && break
    sleep 0.1
  done
  PORT=$(sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$WORK/serve.out" | head -1)
  [[ -n "$PORT" ]] || { echo "the server did not start: $(cat "$WORK/serve.err")" >&2; exit 1; }
  RESULT=$(java "$ROOT/benchmarks/sagemaker/InvocationsLoad.java" "$PORT" "$WORK/features.csv" "$REQUESTS" "$ROWS")
  HWM_KB=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
  echo "${RESULT%\}}, \"server_peak_rss_mib\": $((HWM_KB / 1024)), \"server_jvm\": \"$SERVE_OPTS\", \"run\": $run, \"load\": \"$(uptime | sed 's/.*load average: //')\"}"
done
