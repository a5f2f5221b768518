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
        for stage in stages:
            warm = getattr(stage, "warm", None)
            if warm is not None:
                warm()
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
