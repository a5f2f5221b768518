"""When the runner saves the sequential stages' state mid-run.

Replay on resume redoes the work this process did after the last checkpoint,
so checkpoints are spaced by this process's CPU time: a busy machine, whose
wall clock runs on while the run waits for a core, must not make a run pay
for more of them. The clocks are faked; nothing is timed.
"""

from __future__ import annotations

import json
import time
import types
from collections import Counter

import pytest

import newsline.runner as runner
from newsline.pipeline import Pipeline, Stage
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store


class Ordinals(Stage):
    """Sequential: numbers documents in arrival order (a stand-in for dedup)."""

    name = "ordinals"
    parallel = False

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, docs, stats: Counter[str]):
        for d in docs:
            self.seen.append(d.id)
            d.meta["ordinal"] = len(self.seen)
        return docs

    def state_dict(self) -> bytes:
        return json.dumps(self.seen).encode()

    def load_state(self, data: bytes) -> None:
        self.seen = json.loads(data)


def _corpus(tmp_path, n=24):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(n):
        (d / f"page{i:03d}.txt").write_text(f"Headline {i}\nparagraph {i} here\n", "utf-8")
    return d


def _leaping(real, step: float):
    """A clock that moves ``step`` seconds more at every reading."""
    t = [real()]

    def read() -> float:
        t[0] += step
        return t[0]

    return read


def _mid_run_checkpoints(tmp_path, monkeypatch, *, wall_step: float, cpu_step: float) -> int:
    fake_time = types.SimpleNamespace(
        monotonic=_leaping(time.monotonic, wall_step) if wall_step else time.monotonic,
        process_time=_leaping(time.process_time, cpu_step) if cpu_step else time.process_time,
        perf_counter=time.perf_counter,
        time=time.time,
    )
    monkeypatch.setattr(runner, "time", fake_time)
    saves: list[int] = []
    real_write = Store.write_batch

    def counting_write(self, run_id, docs, errors=(), done_inputs=(), stage_states=None):
        if docs and stage_states:
            saves.append(len(docs))
        return real_write(self, run_id, docs, errors, done_inputs, stage_states)

    monkeypatch.setattr(Store, "write_batch", counting_write)
    src = _corpus(tmp_path)
    db = str(tmp_path / "a.db")
    r = run_corpus(
        [str(src)], db, settings=Settings(batch_size=4, workers=1), pipeline=Pipeline([Ordinals()])
    )
    assert r.report.processed == 24
    with Store(db) as s:
        # the end-of-run checkpoint is there whatever the clocks said
        assert s.load_stage_state("ordinals") is not None
    return len(saves)


def test_a_busy_machines_wall_clock_does_not_set_off_checkpoints(tmp_path, monkeypatch):
    # the wall clock leaps 100 s between readings (the run waits for a core),
    # this process's CPU time does not: the state is saved at the end only
    assert _mid_run_checkpoints(tmp_path, monkeypatch, wall_step=100.0, cpu_step=0.0) == 0


def test_cpu_time_spent_sets_off_checkpoints(tmp_path, monkeypatch):
    # near miss: when this process has worked past the interval, the state is
    # saved mid-run as before (replay on resume stays bounded)
    assert _mid_run_checkpoints(tmp_path, monkeypatch, wall_step=0.0, cpu_step=100.0) >= 1


@pytest.mark.parametrize("cpu_step", [0.0, 100.0])
def test_resume_after_a_crash_matches_whatever_the_checkpoints(tmp_path, monkeypatch, cpu_step):
    fake_time = types.SimpleNamespace(
        monotonic=time.monotonic,
        process_time=_leaping(time.process_time, cpu_step) if cpu_step else time.process_time,
        perf_counter=time.perf_counter,
        time=time.time,
    )
    monkeypatch.setattr(runner, "time", fake_time)
    src = _corpus(tmp_path)
    st = Settings(batch_size=4, workers=1)
    ref = str(tmp_path / "ref.db")
    run_corpus([str(src)], ref, settings=st, pipeline=Pipeline([Ordinals()]))

    class Crashing(Ordinals):
        def __call__(self, docs, stats):
            if len(self.seen) >= 13:
                raise KeyboardInterrupt("simulated crash")
            return super().__call__(docs, stats)

    db = str(tmp_path / "crash.db")
    with pytest.raises(KeyboardInterrupt):
        run_corpus([str(src)], db, settings=st, pipeline=Pipeline([Crashing()]))
    run_corpus([str(src)], db, settings=st, pipeline=Pipeline([Ordinals()]))

    def ordinals(path):
        with Store(path) as s:
            return sorted((d.source, d.meta["ordinal"]) for d in s.iter_documents())

    assert ordinals(db) == ordinals(ref)
