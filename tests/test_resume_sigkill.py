"""Kill `newsline run` with SIGKILL at random points, resume, compare with an
uninterrupted run: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from newsline.store import Store

N_DOCS = 2000


def _cmd(corpus, db):
    return [sys.executable, "-m", "newsline.cli", "run", str(corpus), "--db", str(db), "-q",
            "--workers", "2", "--batch-size", "32"]


@pytest.mark.slow
def test_sigkill_resume_equals_uninterrupted(tmp_path, make_corpus):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_DOCS)
    ref = tmp_path / "ref.db"
    t0 = time.monotonic()
    subprocess.run(_cmd(corpus, ref), check=True, capture_output=True, timeout=900)
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
        p = subprocess.Popen(_cmd(corpus, db), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.3, 0.7) * expected)
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)  # the run and its workers, no cleanup
            kills += 1
        p.wait()
    subprocess.run(_cmd(corpus, db), check=True, capture_output=True, timeout=900)
    assert kills >= 2, f"runs finished before they could be killed ({duration:.1f}s)"
    with Store(db) as a, Store(ref) as b:
        assert a.count_documents() == N_DOCS
        fa, fb = a.fingerprint(), b.fingerprint()
        for table in fb:
            assert fa[table] == fb[table], table
        statuses = [r["status"] for r in a.runs()]
        # Every killed run is marked interrupted by the next start; the last one finished.
        assert statuses.count("interrupted") == kills and statuses[0] == "finished"
