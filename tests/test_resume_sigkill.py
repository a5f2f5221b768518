"""Kill `newsline run` with SIGKILL at random points, resume, compare with an
uninterrupted run: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time

import pytest

from newsline.store import Store

N_DOCS = 2000


@pytest.mark.slow
def test_sigkill_resume_equals_uninterrupted(tmp_path, make_corpus, run_argv):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_DOCS)
    ref = tmp_path / "ref.db"
    # Time the work itself, from the moment the run has recorded itself (after
    # start-up and imports) to its end, so kills below land inside the work.
    p = subprocess.Popen(
        run_argv(corpus, ref, workers=2, batch_size=32),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert _wait_for_running_row(ref, p), "the reference run never recorded itself"
    t0 = time.monotonic()
    assert p.wait(timeout=900) == 0
    duration = time.monotonic() - t0

    db = tmp_path / "killed.db"
    rng = random.Random(1234)
    kills = 0
    for _ in range(4):
        done = 0
        if db.exists():
            with Store(db, readonly=True) as s:
                done = s.count_documents()
        # Aim inside the work that is left, wherever the last run stopped.
        expected = duration * max(N_DOCS - done, 1) / N_DOCS
        p = subprocess.Popen(
            run_argv(corpus, db, workers=2, batch_size=32),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if not _wait_for_running_row(db, p):
            p.wait()
            continue
        time.sleep(rng.uniform(0.3, 0.7) * expected)
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)  # the run and its workers, no cleanup
            kills += 1
        p.wait()
    subprocess.run(
        run_argv(corpus, db, workers=2, batch_size=32), check=True, capture_output=True, timeout=900
    )
    assert kills >= 2, f"runs finished before they could be killed ({duration:.1f}s)"
    with Store(db) as a, Store(ref) as b:
        assert a.count_documents() == N_DOCS
        fa, fb = a.fingerprint(), b.fingerprint()
        for table in fb:
            assert fa[table] == fb[table], table
        statuses = [r["status"] for r in a.runs()]
        # Every killed run is marked interrupted by the next start, unless the
        # kill came after it had recorded its end (while its workers shut down);
        # at least two kills landed inside the work; the last run finished.
        assert len(statuses) == 1 + 4 and statuses[0] == "finished", statuses
        assert statuses.count("interrupted") >= 2, statuses
        assert set(statuses) <= {"interrupted", "finished"}, statuses


def _wait_for_running_row(db, proc, timeout: float = 300.0) -> bool:
    """Wait until the run ``proc`` has written its own ``running`` row in ``db``
    (a killed run's row stays ``running`` until the next start); False when it
    ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with Store(db, readonly=True) as s:
                    if any(r["status"] == "running" and r["pid"] == proc.pid for r in s.runs()):
                        return True
            except Exception:  # noqa: BLE001 - schema not written yet
                pass
        time.sleep(0.05)
    return False
