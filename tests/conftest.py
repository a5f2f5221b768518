"""Shared fixtures: where the shared evaluation data lives, small corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLINE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
EVAL = SHARED / "eval"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds not present")
    return SEEDS


@pytest.fixture
def eval_dir() -> Path:
    if not EVAL.is_dir():
        pytest.skip("../shared/eval not present")
    return EVAL


@pytest.fixture
def sample_corpus() -> Path:
    return REPO / "src" / "newsline" / "sample_corpus"
