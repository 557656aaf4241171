#!/usr/bin/env bash
# Classic detectors on synthetic heating faults, beside scikit-learn peers of lr_residual/lr_lof.
# Needs ad-cli/target/iotad.jar (mvn -o -q -pl ad-cli -am package -DskipTests) and /usr/bin/python3
# with numpy, pandas, scikit-learn. Prints one JSON line per strategy/peer.
# usage: benchmarks/classic/run.sh [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
work="${1:-$(mktemp -d)}"
/usr/bin/python3 "$here/synthetic_heating.py" 1 "$work/train.csv"
/usr/bin/python3 "$here/synthetic_heating.py" 2 "$work/score.csv"
for s in rules stl lr_residual composite lr_lof; do
  java -jar "$root/ad-cli/target/iotad.jar" detect --strategy "$s" --train "$work/train.csv" \
    --score "$work/score.csv" --features daily_energy_kwh,avg_temp_diff,avg_outdoor_temp_c,hdd --seed 1 | tail -1
done
/usr/bin/python3 "$here/lr_peer.py" "$work/train.csv" "$work/score.csv"
