"""Local executor: worker processes on this machine, or inline for one worker."""

from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from ..model import Document
from ..pipeline import Stage, StageReport, run_stages

_WORKER_STAGES: list[Stage] = []


def _init_worker(stages: list[Stage]) -> None:
    global _WORKER_STAGES
    _WORKER_STAGES = stages


def _run_in_worker(docs: list[Document]) -> tuple[list[Document], dict[str, StageReport]]:
    return run_stages(_WORKER_STAGES, docs)


# A small page in the scripts newsline reads most, with dates and names, so
# that every lazily built model, table and tokenizer is loaded by a dry run.
_WARM_TEXT = (
    "Hội nghị Mekong ngày 12/3/2025 tại Viêng Chăn\n"
    "การประชุมแม่น้ำโขงเมื่อวันที่ 12 มีนาคม 2568 ที่เวียงจันทน์\n"
    "湄公河委员会2025年3月12日在万象开会。\n"
    "The Mekong River Commission met in Vientiane on March 12, 2025.\n"
)


def _warm_up(stages: list[Stage]) -> None:
    """Load the stages' heavy resources in this process before workers fork,
    so they are shared copy-on-write instead of loaded once per worker."""
    from ..model import make_doc_id

    for stage in stages:
        warm = getattr(stage, "warm", None)
        if warm is not None:
            warm()
    doc = Document(id=make_doc_id("warm-up", _WARM_TEXT), source="warm-up", text=_WARM_TEXT)
    try:
        run_stages(stages, [doc])
    except Exception:  # noqa: BLE001 - warming is an optimisation, never an error
        pass


class _Done:
    """A finished 'future' for inline execution (keeps one code path)."""

    def __init__(self, fn: Any, arg: Any):
        self._fn, self._arg = fn, arg

    def result(self) -> Any:
        return self._fn(self._arg)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


class LocalExecutor:
    """Runs stages in a process pool (``workers`` > 1) or in this process.

    Work is pulled batch by batch by the runner, which bounds the batches in
    flight, so memory stays flat however large the corpus.
    """

    def __init__(self, stages: list[Stage], workers: int = 0):
        self.stages = stages
        self.workers = workers or default_workers()
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1 and stages:
            _warm_up(stages)
        if self.workers > 1 and stages:
            # fork: workers inherit loaded modules, so start-up is cheap; the
            # stages build their heavy resources lazily inside each worker.
            ctx = mp.get_context("fork")
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=ctx,
                initializer=_init_worker, initargs=(stages,),
            )

    @property
    def max_in_flight(self) -> int:
        return 2 * self.workers

    def submit(self, docs: list[Document]) -> Future[Any] | _Done:
        if self._pool is None:
            return _Done(lambda d: run_stages(self.stages, d), docs)
        return self._pool.submit(_run_in_worker, docs)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
