"""Run a probe script under several hash seeds: a result that follows the
order of a set of strings differs from one seed to the next."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

SEEDS = range(6)


def probe_outputs(probe: str, seeds=SEEDS) -> Iterator[str]:
    """The standard output of ``python -c probe`` run once per PYTHONHASHSEED in ``seeds``."""
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
        )
        yield out.stdout
