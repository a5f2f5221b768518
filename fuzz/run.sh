#!/usr/bin/env bash
# Fuzz the readers for a set time (seconds, default 60):  fuzz/run.sh 300
# Work corpus goes to $FUZZ_WORK (default /tmp/newsline-fuzz-corpus); crashing
# inputs to fuzz/crashes/ (commit them: the regression test replays them).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
WORK=${FUZZ_WORK:-/tmp/newsline-fuzz-corpus}
SEEDS=$WORK/seeds
mkdir -p "$WORK/live" fuzz/crashes
python3 -m pip show atheris >/dev/null 2>&1 || python3 -m pip install --quiet atheris
PYTHONPATH=src python3 -c "import sys; sys.path.insert(0, 'fuzz'); import fuzz_readers as f; from pathlib import Path; f.write_seeds(Path('$SEEDS'))"
PYTHONPATH=src python3 fuzz/fuzz_readers.py -max_total_time="$SECONDS_TO_RUN" \
    -artifact_prefix=fuzz/crashes/ -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -dict=fuzz/readers.dict -print_final_stats=1 "$WORK/live" "$SEEDS"
