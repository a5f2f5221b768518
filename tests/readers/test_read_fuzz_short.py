"""A short fixed-time, fixed-seed atheris run over the readers (CI); fuzz/run.sh
runs longer with a fresh seed each time.

Skipped when atheris is not installed. A crash fails the test and leaves the
crashing input in fuzz/crashes/, which test_read_fuzz_regressions.py then replays.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FUZZ_SECONDS = int(os.environ.get("NEWSLINE_FUZZ_SECONDS", "20"))
# A fixed seed makes CI replay the same inputs on every run, so a red CI is a
# change's fault, not the draw's; set NEWSLINE_FUZZ_SEED=0 for a fresh draw
# (libFuzzer's "random seed"), as fuzz/run.sh does for long exploratory runs.
FUZZ_SEED = int(os.environ.get("NEWSLINE_FUZZ_SEED", "20261124"))
# ... and at most this many inputs, so a faster machine does not wander past
# the inputs every slower run has already replayed (the time limit still caps it).
FUZZ_RUNS = int(os.environ.get("NEWSLINE_FUZZ_RUNS", "30000"))


@pytest.mark.slow
def test_fuzz_readers_for_a_fixed_time(tmp_path):
    pytest.importorskip("atheris")
    seeds = tmp_path / "seeds"
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    subprocess.run(
        [
            sys.executable,
            "-c",
            (
                f"import sys; sys.path.insert(0, {str(REPO / 'fuzz')!r}); import fuzz_readers as f; "
                f"from pathlib import Path; f.write_seeds(Path({str(seeds)!r}))"
            ),
        ],
        env=env,
        check=True,
    )
    (tmp_path / "live").mkdir()
    crashes = REPO / "fuzz" / "crashes"
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "fuzz" / "fuzz_readers.py"),
            f"-max_total_time={FUZZ_SECONDS}",
            f"-seed={FUZZ_SEED}",
            f"-runs={FUZZ_RUNS}",
            f"-artifact_prefix={crashes}/",
            "-max_len=65536",
            "-timeout=20",
            "-rss_limit_mb=4096",
            "-print_final_stats=1",
            str(tmp_path / "live"),
            str(seeds),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=FUZZ_SECONDS + 120,
    )
    log = proc.stdout + proc.stderr
    runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", log)
    print(f"atheris: {runs.group(1) if runs else '?'} executions in {FUZZ_SECONDS} s")
    assert proc.returncode == 0, log[-4000:]
    assert runs and int(runs.group(1)) > 0
