"""Replays every input the atheris fuzzer ever crashed on (fuzz/crashes/),
plus a short fuzz-like sweep, through the same checks as the harness."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"


def _harness():
    spec = importlib.util.spec_from_file_location("fuzz_readers", FUZZ / "fuzz_readers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CRASHES = sorted(
    p for p in (FUZZ / "crashes").glob("*") if p.is_file() and not p.name.startswith(".")
)


@pytest.mark.parametrize("crash", CRASHES, ids=[p.name for p in CRASHES])
def test_fuzzer_crash_stays_fixed(crash):
    _harness().check_one(crash.read_bytes())


def test_harness_seeds_pass(tmp_path):
    harness = _harness()
    harness.write_seeds(tmp_path)
    seeds = sorted(tmp_path.iterdir())
    assert len(seeds) >= 6
    for seed in seeds:
        harness.check_one(seed.read_bytes())
