"""The local executor's warm-up: what it loads before the workers fork."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap

import pytest

# Run in a fresh interpreter: in the test process other tests have already
# loaded jieba, pypinyin and lingua, which would hide a warm-up that skips them.
_PROBE = textwrap.dedent(
    """
    import gc, json, sys
    from newsline.stages import default_stages
    from newsline.settings import Settings
    from newsline.executors.local import _warm_up
    import newsline.langid.detect as D

    _warm_up(default_stages(Settings()))
    import jieba
    print(json.dumps({
        "jieba_initialized": bool(jieba.dt.initialized),
        "pypinyin": "pypinyin" in sys.modules,
        "thai_tagger": "pythainlp.tag.perceptron" in sys.modules,
        "lingua_detectors": D._detector.cache_info().currsize,
        "frozen": gc.get_freeze_count() > 0,
    }))
    """
)


def test_warm_up_loads_each_languages_resources_before_fork():
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, check=True
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    # Chinese tagging and romanisation, Thai tagging: each language's own path ran
    assert got["jieba_initialized"], got
    assert got["pypinyin"], got
    assert got["thai_tagger"], got
    # both lingua modes (short texts use the high-accuracy models)
    assert got["lingua_detectors"] >= 2, got
    # the loaded tables are kept out of the workers' garbage collection
    assert got["frozen"], got


# Starts a two-worker pool, lets both workers start, prints their pids and
# dies by SIGKILL without shutting the pool down.
_ORPHANS = textwrap.dedent(
    """
    import os, signal
    from newsline.executors.local import LocalExecutor
    from newsline.pipeline import Stage

    class Noop(Stage):
        name = "noop"
        def __call__(self, docs, stats):
            return docs

    ex = LocalExecutor([Noop()], workers=2)
    for f in [ex.submit([]) for _ in range(4)]:
        f.result()
    print(" ".join(str(p) for p in ex._pool._processes), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_workers_end_when_the_run_is_killed():
    import os
    import time

    # read the pid line only: the workers keep the pipe open as long as they live
    p = subprocess.Popen([sys.executable, "-c", _ORPHANS], stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    p.wait(timeout=300)
    p.stdout.close()
    pids = [int(x) for x in line.split()]
    assert len(pids) == 2, line
    deadline = time.monotonic() + 20
    alive = pids
    try:
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = [pid for pid in pids if _running(pid)]
        assert not alive, "workers outlived the killed run (they held its memory and lock)"
    finally:
        for pid in alive:
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return False


# A stage that notes which worker ran each document, slowly enough that a
# batch shared out keeps both workers busy at once.
_SHARE = textwrap.dedent(
    """
    import json, os, time
    from newsline.executors.local import LocalExecutor
    from newsline.model import Document
    from newsline.pipeline import Stage

    class Where(Stage):
        name = "where"
        def __call__(self, docs, stats):
            time.sleep(0.3)
            for d in docs:
                d.meta["pid"] = os.getpid()
            stats["seen"] += len(docs)
            return docs

    ex = LocalExecutor([Where()], workers=2)
    try:
        docs = [Document(id=f"d{k}", source=f"s{k}", text=f"text {k}") for k in range(10)]
        out, reports = ex.submit(docs).result()
    finally:
        ex.close()
    print(json.dumps({"ids": [d.id for d in out], "pids": [d.meta["pid"] for d in out],
                      "documents": reports["where"].documents,
                      "seen": reports["where"].counters["seen"]}))
    """
)


def test_each_batch_is_shared_out_among_the_workers():
    # One worker per batch left the other idle at the end of a run while the
    # last batch ran alone, and the runner waited longer for its oldest batch.
    out = subprocess.run(
        [sys.executable, "-c", _SHARE], capture_output=True, text=True, timeout=300, check=True
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    # the batch comes back whole and in order, its stage reports added up
    assert got["ids"] == [f"d{k}" for k in range(10)]
    assert got["documents"] == 10 and got["seen"] == 10
    # ... and both workers ran part of it
    assert len(set(got["pids"])) == 2, got["pids"]


# -- a worker that dies -------------------------------------------------------------------


class _KillsItsWorker:
    """A per-document stage that dies like a crash in a C library (SIGKILL) on
    one document, as a segfault or the OOM killer would end a worker."""

    name = "killer"
    parallel = True

    def __call__(self, docs, stats):
        import os
        import signal

        for d in docs:
            if "CRASH-ME" in d.text and os.getpid() != _PARENT[0]:
                os.kill(os.getpid(), signal.SIGKILL)
            d.meta["seen"] = True
            stats["docs"] += 1
        return docs


_PARENT = [0]


def _killer():
    import os

    from newsline.pipeline import Stage

    _PARENT[0] = os.getpid()
    return type("KillsItsWorker", (_KillsItsWorker, Stage), {})()


def test_a_worker_that_dies_costs_one_document_not_the_run(tmp_path, crash_batches):
    # A worker killed under a batch (a crash inside a C library on a hostile
    # page, the OOM killer) ended the whole run with BrokenProcessPool, exit 1;
    # resumed, it crashed again on the same page, so the run could never end
    from newsline.executors.local import LocalExecutor
    from newsline.pipeline import Pipeline
    from newsline.runner import run_corpus
    from newsline.settings import Settings
    from newsline.store import Store

    ex = LocalExecutor([_killer()], workers=2)
    try:
        batches = crash_batches(4, 3, crash_at=(1, 1))
        handles = [ex.submit(b) for b in batches]
        results = [h.result() for h in handles]
    finally:
        ex.close()
    for batch, (docs, reports) in zip(batches, results, strict=True):
        assert [d.id for d in docs] == [d.id for d in batch]  # nothing lost, in order
    crashed = results[1][0][1]
    assert not crashed.meta.get("seen")
    assert [f.kind for f in crashed.flags] == ["internal_error"]
    assert "worker process died" in crashed.flags[0].reason
    others = [d for docs, _ in results for d in docs if d is not crashed]
    assert all(d.meta.get("seen") and not d.flags for d in others)
    assert results[1][1]["worker_crash"].counters["documents_left_unprocessed"] == 1

    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        (src / f"{i:02d}.txt").write_text("CRASH-ME" if i == 5 else f"page number {i}\n")
    r = run_corpus(
        [str(src)],
        str(tmp_path / "a.db"),
        settings=Settings(workers=2, batch_size=3),
        pipeline=Pipeline([_killer()]),
    )
    assert r.report.processed == 12
    assert r.report.stages["worker_crash"].counters["documents_left_unprocessed"] == 1
    with Store(tmp_path / "a.db") as s:
        assert s.runs()[0]["status"] == "finished"
        flagged = [
            d.source for d in s.iter_documents() if any(f.kind == "internal_error" for f in d.flags)
        ]
        assert flagged == [str(src / "05.txt")]


class _KillsLate(_KillsItsWorker):
    """Like :class:`_KillsItsWorker`, but each call takes a while, and the
    crash comes after ``_DELAY[0]`` seconds: at once (the other share of the
    batch is still running, and is broken too) or after the other share is
    done (its result is already in)."""

    name = "killer"

    def __call__(self, docs, stats):
        import os
        import signal
        import time

        for d in docs:
            if "CRASH-ME" in d.text and os.getpid() != _PARENT[0]:
                time.sleep(_DELAY[0])
                os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(0.05)
        for d in docs:
            d.meta["runs"] = d.meta.get("runs", 0) + 1
            stats["docs"] += 1
        return docs


_DELAY = [0.0]


@pytest.mark.parametrize("delay", [0.0, 1.0])
def test_a_worker_killed_under_a_shared_batch(delay, crash_batches):
    # A batch shared out among the workers is several pool submissions: the
    # one whose worker died, and the others -- broken with it when still
    # running, or already done. Each must be redone (or kept) once, the batch
    # come back whole and in order, and its stage reports add up once.
    import os

    from newsline.executors.local import LocalExecutor, _Joined
    from newsline.pipeline import Stage

    _PARENT[0] = os.getpid()
    _DELAY[0] = delay
    killer = type("KillsLate", (_KillsLate, Stage), {})()
    ex = LocalExecutor([killer], workers=2)
    try:
        # 10 documents, 2 workers: shares of 5; the killer is the second share's 3rd
        batches = crash_batches(3, 10, crash_at=(1, 7))
        handles = [ex.submit(b) for b in batches]
        assert isinstance(handles[1], _Joined) and len(handles[1]._parts) == 2
        results = [h.result() for h in handles]
    finally:
        ex.close()
    for batch, (docs, _) in zip(batches, results, strict=True):
        assert [d.id for d in docs] == [d.id for d in batch]  # whole, in order
    killed = results[1][0][7]
    assert "runs" not in killed.meta
    assert [f.kind for f in killed.flags] == ["internal_error"]
    others = [d for docs, _ in results for d in docs if d is not killed]
    assert len(others) == 29
    assert all(d.meta.get("runs") == 1 and not d.flags for d in others)
    for i, (_, reports) in enumerate(results):
        n = 9 if i == 1 else 10
        assert reports["killer"].documents == n and reports["killer"].counters["docs"] == n
    assert results[1][1]["worker_crash"].documents == 1
    assert results[1][1]["worker_crash"].counters["documents_left_unprocessed"] == 1
    assert all("worker_crash" not in r for i, (_, r) in enumerate(results) if i != 1)


def test_a_run_with_a_worker_killed_under_a_shared_batch(tmp_path):
    # the same through run_corpus: batches of 6 shared 3 + 3 between two
    # workers, the killer the second share's first document; the store keeps
    # the inputs' order and each stage report counts every document once
    import os

    from newsline.pipeline import Pipeline, Stage
    from newsline.runner import run_corpus
    from newsline.settings import Settings
    from newsline.store import Store

    _PARENT[0] = os.getpid()
    _DELAY[0] = 0.0
    killer = type("KillsLate", (_KillsLate, Stage), {})()
    src = tmp_path / "in"
    src.mkdir()
    for i in range(24):
        (src / f"{i:02d}.txt").write_text("CRASH-ME" if i == 9 else f"page number {i}\n")
    r = run_corpus(
        [str(src)],
        str(tmp_path / "a.db"),
        settings=Settings(workers=2, batch_size=6),
        pipeline=Pipeline([killer]),
    )
    assert r.report.processed == 24
    assert r.report.stages["killer"].documents == 23
    assert r.report.stages["killer"].counters["docs"] == 23
    assert r.report.stages["worker_crash"].documents == 1
    with Store(tmp_path / "a.db") as s:
        assert s.runs()[0]["status"] == "finished"
        docs = list(s.iter_documents())
    assert [d.source for d in docs] == [str(src / f"{i:02d}.txt") for i in range(24)]
    assert [d.source for d in docs if d.flags] == [str(src / "09.txt")]


class _Timed(_KillsItsWorker):
    """Notes when each document ran; dies at once on the killer."""

    name = "timed"

    def __call__(self, docs, stats):
        import os
        import signal
        import time

        for d in docs:
            if "CRASH-ME" in d.text and os.getpid() != _PARENT[0]:
                os.kill(os.getpid(), signal.SIGKILL)
            t0 = time.time()
            time.sleep(0.4)
            d.meta["ran"] = [t0, time.time()]
        return docs


def test_a_batch_broken_beside_the_killer_is_redone_in_parallel():
    # Every batch in flight breaks when one worker dies; each was redone one
    # document after another on one worker, so after a crash the run crawled
    # through up to 2 x workers batches serially. Its documents now go to all
    # workers at once, only those broken again going on alone.
    import os

    from newsline.executors.local import LocalExecutor
    from newsline.model import Document
    from newsline.pipeline import Stage

    _PARENT[0] = os.getpid()
    ex = LocalExecutor([type("Timed", (_Timed, Stage), {})()], workers=2)
    try:
        innocent = [Document(id=f"a{j}", source="s", text=f"page {j}") for j in range(3)]
        handles = [ex.submit(innocent), ex.submit([Document(id="k", source="s", text="CRASH-ME")])]
        (docs, reports), (killed, _) = [h.result() for h in handles]
    finally:
        ex.close()
    assert [d.id for d in docs] == ["a0", "a1", "a2"] and not any(d.flags for d in docs)
    assert reports["timed"].documents == 3
    assert [f.kind for f in killed[0].flags] == ["internal_error"]
    # the batch ran beside the killer (it was broken and redone), its pages side by side
    spans = sorted(d.meta["ran"] for d in docs)
    assert any(b[0] < a[1] for a, b in itertools.pairwise(spans)), spans
