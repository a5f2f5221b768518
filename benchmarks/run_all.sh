#!/usr/bin/env bash
# Every speed and memory figure of newsline in one command (issue 7).
#
#   benchmarks/run_all.sh                 # defaults below; ~1 h on a busy 2-core machine
#   DOCS=500 SIZES=2000,10000 NEARDUP_DOCS=100000 benchmarks/run_all.sh   # quick look
#
# Prints each table and keeps a copy under $OUT (default /tmp/newsline-bench/results).
# The datatrove comparison runs in its own virtualenv ($NEWSLINE_BENCH_VENV), created
# here on first use with `pip install 'datatrove[processing]'` plus its WARC reader's
# dependencies; the package's own environment is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${DOCS:-2000}                   # bench_pipeline / bench_datatrove sample size
SIZES=${SIZES:-2000,10000}           # bench_memory corpus sizes (full pipeline)
LIGHT_SIZES=${LIGHT_SIZES:-10000,100000}  # bench_memory, runner + store + segment + dedup only
NEARDUP_DOCS=${NEARDUP_DOCS:-1000000}
ENGINES=${ENGINES:-local,ray}
VENV=${NEWSLINE_BENCH_VENV:-$HOME/.cache/newsline-bench}
OUT=${OUT:-/tmp/newsline-bench/results}
mkdir -p "$OUT"
export PYTHONPATH="$PWD/src${PYTHONPATH:+:$PYTHONPATH}"

python3 -c 'import psutil, pyinstrument' 2>/dev/null || {
  echo "needs psutil and pyinstrument: pip install 'newsline[bench]' (or pip install psutil pyinstrument)" >&2
  exit 2
}
python3 -c 'import ray' 2>/dev/null || { echo "[ray not installed: local engine only]" >&2; ENGINES=local; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv --system-site-packages "$VENV"
  "$VENV/bin/pip" install -q "datatrove[processing]" faust-cchardet python-magic warcio
fi

run() {  # run NAME CMD... : print and keep the output
  local name=$1; shift
  echo "=== $name: $*"
  "$@" 2>"$OUT/$name.err" | tee "$OUT/$name.txt"
}

run pipeline   python3 benchmarks/bench_pipeline.py --docs "$DOCS" --engines "$ENGINES" --json "$OUT/pipeline.json"
run datatrove  python3 benchmarks/bench_datatrove.py --docs "$DOCS" --venv "$VENV"
run memory     python3 benchmarks/bench_memory.py --sizes "$SIZES"
run memory-light python3 benchmarks/bench_memory.py --sizes "$LIGHT_SIZES" --stages segment,dedup
run neardup    python3 benchmarks/bench_neardup.py --docs "$NEARDUP_DOCS"

# Where the time goes: one worker, stages inline, sampled by pyinstrument.
PROFILE_CORPUS=$(ls -d /tmp/newsline-bench/txt-$DOCS-s7-g* | tail -1)
rm -f "$OUT/profile.db"*
python3 -m pyinstrument -o "$OUT/profile.txt" benchmarks/bench_common.py run "$PROFILE_CORPUS" \
  --db "$OUT/profile.db" --workers 1 --json "$OUT/profile-run.json" 2>"$OUT/profile.err"
echo "=== profile (one worker, $DOCS text documents): $OUT/profile.txt"
grep -v '^\s*$' "$OUT/profile.txt" | head -60
