"""Shared helpers of the benchmark scripts (not part of the package).

* :func:`pipeline_of_available_stages` -- the default pipeline, or some of
  its stages by name;
* :class:`TreeMemory` -- samples the resident memory of a process and all its
  descendants (worker processes, Ray's raylet and actors) and keeps the peak;
* ``python benchmarks/bench_common.py run INPUT... --db DB [--workers N]
  [--engine local|ray] [--json OUT]`` -- what ``newsline run`` does
  (``run_corpus`` over the same pipeline) and writes the run report as JSON,
  so bench_memory.py can watch it from outside as a separate process tree.

This module must never be imported by the package.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def pipeline_of_available_stages(settings, only: list[str] | None = None):
    """(Pipeline, missing stage names): newsline's default stages (the ones
    ``newsline run`` uses), or only those whose stage ``name`` is in ``only``."""
    from newsline.pipeline import Pipeline
    from newsline.stages import default_stages

    stages = default_stages(settings)
    if only is not None:
        missing = [n for n in only if n not in {s.name for s in stages}]
        stages = [s for s in stages if s.name in only]
    else:
        missing = []
    return Pipeline(stages), missing


class CpuTimed:
    """Wraps a stage to count its CPU time (``cpu_us`` in the stage's counters).

    The run report's stage seconds are wall time, which grows when other
    programs share the cores; CPU time does not. Same name, same kind, same
    state: the wrapped pipeline computes exactly what the bare one does.
    """

    def __init__(self, stage):
        self.stage = stage
        self.name = stage.name
        self.parallel = stage.parallel
        self.finalize_cpu_s = 0.0

    def __call__(self, docs, stats):
        t0 = time.thread_time()
        try:
            return self.stage(docs, stats)
        finally:
            stats["cpu_us"] += int((time.thread_time() - t0) * 1e6)

    def state_dict(self):
        return self.stage.state_dict()

    def load_state(self, data):
        self.stage.load_state(data)

    def finalize(self):
        # A sequential stage's finalize (merging all events, labelling the
        # stories) is its CPU too: uncounted, it read as "merge_events 0.47
        # wall s for 0.01 CPU s" and its CPU landed in the benchmark's "rest".
        t0 = time.thread_time()
        try:
            return self.stage.finalize()
        finally:
            self.finalize_cpu_s += time.thread_time() - t0


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        return os.cpu_count() or 1


class TreeMemory:
    """Peak of the summed memory of a process tree, sampled every ``interval`` s.

    ``rss`` counts pages shared by forked workers once per process (an upper
    bound); ``pss`` splits shared pages between the processes sharing them,
    so its sum is the memory the run really holds.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.25, pss: bool = True):
        import psutil

        self._psutil = psutil
        self.root = psutil.Process(pid or os.getpid())
        self.interval = interval
        self.use_pss = pss
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_procs = 0
        self._cpu: dict[int, float] = {}
        self.timeline: list[tuple[float, int, int]] = []  # (seconds, rss, pss)
        self._t0 = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _sample(self) -> None:
        psutil = self._psutil
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        rss = pss = 0
        for p in procs:
            try:
                ct = p.cpu_times()
                self._cpu[p.pid] = ct.user + ct.system
                if self.use_pss:
                    m = p.memory_full_info()
                    rss += m.rss
                    pss += m.pss
                else:
                    rss += p.memory_info().rss
            except psutil.Error:
                continue
        self.timeline.append((time.perf_counter() - self._t0, rss, pss))
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_procs = max(self.peak_procs, len(procs))

    @property
    def cpu_seconds(self) -> float:
        """CPU seconds of every process seen in the tree (up to its last sample)."""
        return sum(self._cpu.values())

    def peak_between(self, lo: float, hi: float) -> int:
        """Peak PSS (RSS without PSS) in the [lo, hi) share of the run's duration."""
        if not self.timeline:
            return 0
        end = self.timeline[-1][0] or 1.0
        vals = [(pss or rss) for t, rss, pss in self.timeline if lo <= t / end < hi]
        return max(vals, default=0)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:  # noqa: PYI034 - Python 3.11 floor, no Self needed
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def compile_package() -> None:
    """Compile newsline's modules to bytecode (``__pycache__``, ignored by git)
    before a run is measured.

    An installed package has its modules compiled (pip writes the .pyc files,
    as it did for datatrove's in the benchmark virtualenv, and for every
    library newsline imports); a checkout used with PYTHONDONTWRITEBYTECODE
    set -- as on the shared development machine -- compiled every newsline
    module from source in every measured process, about 0.2 s of CPU that no
    installed copy pays. Existing up-to-date files are kept.
    """
    import compileall

    compileall.compile_dir(str(REPO / "src" / "newsline"), quiet=1)


def mb(n: float) -> str:
    return f"{n / 2**20:,.0f}"


def _count_store_cpu() -> dict[str, float]:
    """CPU seconds of the run's store work, by part, filled in as the run goes.

    Wraps (in this benchmark process only) the store's writes and the
    search-index sync, so that the benchmark's "rest" -- what no stage
    counts -- is split into what it is made of."""
    from newsline import runner
    from newsline.store import sqlite

    parts: dict[str, float] = {}

    def timed(owner, name, part):
        fn = getattr(owner, name, None)
        if fn is None:
            return

        def wrapper(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                parts[part] = parts.get(part, 0.0) + time.process_time() - t0

        setattr(owner, name, wrapper)

    for name in ("write_batch", "write_corpus_tables", "index_new_documents"):
        timed(sqlite.Store, name, "store_writes")
    timed(runner, "_sync_search_index", "search_index_sync")
    timed(runner, "_checkpoint_states", "stage_checkpoints")
    return parts


def run_main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="bench_common.py run")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--db", required=True)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--engine", default="local")
    ap.add_argument(
        "--stages", default=None, help="comma-separated stage names (segment,langid,...)"
    )
    ap.add_argument("--json", default=None, help="write the run report here")
    ap.add_argument("--cpu-stages", action="store_true", help="count each stage's CPU time")
    a = ap.parse_args(argv)

    from newsline.runner import run_corpus
    from newsline.settings import Settings

    settings = Settings(workers=a.workers, batch_size=a.batch_size)
    only = a.stages.split(",") if a.stages else None
    pipeline, missing = pipeline_of_available_stages(settings, only)
    if a.cpu_stages:
        from newsline.pipeline import Pipeline

        pipeline = Pipeline([CpuTimed(s) for s in pipeline.stages])
    parts = _count_store_cpu() if a.cpu_stages else {}
    # CPU of this process so far: the interpreter's start, the imports and
    # building the stages -- paid once per run, whatever its size
    parts["start_and_imports"] = time.process_time()
    t0 = time.perf_counter()
    res = run_corpus(a.inputs, a.db, settings=settings, pipeline=pipeline, engine=a.engine)
    wall = time.perf_counter() - t0
    report = res.report.to_dict()
    for stage in pipeline.stages:
        spent = getattr(stage, "finalize_cpu_s", 0.0)
        if spent and stage.name in report["stages"]:
            counters = report["stages"][stage.name]["counters"]
            counters["cpu_us"] = counters.get("cpu_us", 0) + int(spent * 1e6)
            counters["finalize_cpu_us"] = int(spent * 1e6)
    out = {"wall_s": wall, "missing_stages": missing, "report": report, "cpu_parts": parts}
    if a.json:
        Path(a.json).write_text(json.dumps(out), "utf-8")
    else:
        print(json.dumps(out))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "run":
        run_main(sys.argv[2:])
    else:
        raise SystemExit(__doc__)
