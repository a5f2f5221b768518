"""Shared fixtures: where the shared evaluation data lives, small corpora."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

REPO = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run, so that a red CI is the
# change's fault, not the draw's (the atheris test does the same with a fixed
# seed). HYPOTHESIS_PROFILE=explore draws afresh; =long draws afresh, longer.
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.register_profile("long", derandomize=False, max_examples=3000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
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


TOPICS = [
    "Ủy ban sông Mekong họp tại Viêng Chăn ngày {d}/3 để bàn về cảnh báo lũ cho {n} trạm.",
    "คณะกรรมาธิการแม่น้ำโขงประชุมที่เวียงจันทน์ วันที่ {d} มีนาคม เรื่องสถานีเตือนภัย {n} แห่ง",
    "湄公河委员会3月{d}日在万象开会，讨论{n}个洪水预警站。",
    "The Mekong River Commission met in Vientiane on March {d} about {n} flood-warning stations.",
]


def _make_corpus(root, n):
    rng = random.Random(7)
    for i in range(n):
        sub = root / f"part{i // 250:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        t = TOPICS[i % len(TOPICS)]
        lines = [t.format(d=rng.randint(1, 28), n=rng.randint(10, 500)) for _ in range(4)]
        lines.append(f"Document number {i} with id token {rng.random():.12f}.")
        (sub / f"d{i:05d}.txt").write_text("\n\n".join(lines) + "\n", "utf-8")


@pytest.fixture
def make_corpus():
    """Write n small multilingual text documents (4 languages, one story) under a folder."""
    return _make_corpus


def _run_argv(corpus, db, workers: int, batch_size: int | None = None) -> list[str]:
    argv = [sys.executable, "-m", "newsline.cli", "run", str(corpus), "--db", str(db), "-q"]
    argv += ["--workers", str(workers)]
    if batch_size is not None:
        argv += ["--batch-size", str(batch_size)]
    return argv


@pytest.fixture
def run_argv():
    """The command line of a quiet `newsline run CORPUS --db DB --workers N [--batch-size B]`
    in a child Python, for the tests that start, stop or watch a run from outside."""
    return _run_argv
