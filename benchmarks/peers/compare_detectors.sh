#!/usr/bin/env bash
# Side-by-side check of iotad's isolation_forest and lof against scikit-learn on identical CSV
# inputs: prints a Markdown table of ROC-AUC differences and median fit+score time ratios.
#
#   benchmarks/peers/compare_detectors.sh [RUNS] [THREADS] [ONLY]   (ONLY: run the cases whose name contains it)
#
# Environment: IOTAD_PEER_DATA (default /tmp/iotad-peers-data) holds the generated inputs (made
# once, deterministically, by gen_detector_data.py --seed 7); SKAB (default
# \$IOTAD_SHARED/data/skab-dev, IOTAD_SHARED defaulting to ../shared) adds the SKAB rows when present; the per-run JSON lines are appended to
# $IOTAD_PEER_DATA/results.jsonl. Builds the fat jar first when it is missing.
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
runs="${1:-3}"
threads="${2:-$(nproc)}"
only="${3:-}"
data="${IOTAD_PEER_DATA:-/tmp/iotad-peers-data}"
shared="${IOTAD_SHARED:-$root/../shared}"   # a worktree elsewhere sets IOTAD_SHARED=/work/shared
peers="$shared/peers"
skab="${SKAB:-$shared/data/skab-dev}"
if [[ ! -f ad-cli/target/iotad.jar ]]; then
  mvn -o -q -pl ad-cli -am -DskipTests package
fi
if [[ ! -f "$data/speed_lof_score.csv" ]]; then
  /usr/bin/python3 benchmarks/peers/gen_detector_data.py "$data" --seed 7
fi
echo "# $(date -u +%FT%TZ) $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), runs=$runs threads=$threads"
/usr/bin/python3 benchmarks/peers/compare_detectors.py --data "$data" --jar ad-cli/target/iotad.jar \
  --peers "$peers" --runs "$runs" --threads "$threads" --skab "$skab" --out "$data/results.jsonl" ${only:+--only "$only"}
