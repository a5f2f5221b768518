"""Readers of a database while a run writes to it (WAL): no errors, no torn reads."""

from __future__ import annotations

import subprocess
import time

import pytest

from newsline.store import Store


@pytest.mark.slow
def test_reading_while_a_run_writes(tmp_path, make_corpus, run_argv):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 800)
    db = tmp_path / "live.db"
    p = subprocess.Popen(
        run_argv(corpus, db, workers=1, batch_size=16),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not db.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    reads, counts = 0, []
    try:
        while p.poll() is None and time.monotonic() < deadline + 600:
            try:
                s = Store(db, readonly=True)
            except Exception:  # the schema may not be committed yet in the first instant
                time.sleep(0.05)
                continue
            with s:
                # one read transaction: every query below sees the same snapshot
                # (outside one, a batch committed between two queries is seen by
                # the second only, and the counts cannot be compared)
                s.conn.execute("BEGIN")
                n = s.count_documents()
                counts.append(n)
                # A document visible to a reader is complete: its blocks are there too.
                for doc in list(s.iter_documents(batch=50))[-20:]:
                    assert doc.blocks, f"torn read: {doc.id} has no blocks"
                hits = s.conn.execute(
                    "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'mekong'"
                ).fetchone()[0]
                assert hits <= n
                s.conn.execute("COMMIT")
            reads += 1
            time.sleep(0.02)
    finally:
        err = p.communicate(timeout=600)[1]
    assert p.returncode == 0, err
    assert reads > 3
    assert counts == sorted(counts)  # monotonic: committed batches only
    with Store(db, readonly=True) as s:
        assert s.count_documents() == 800


@pytest.mark.slow
def test_web_app_serves_while_a_run_writes(tmp_path, make_corpus, run_argv):
    """`newsline serve` (its app, in-process) answers while `newsline run` writes."""
    from fastapi.testclient import TestClient

    from newsline.web.app import create_app

    corpus = tmp_path / "corpus"
    make_corpus(corpus, 600)
    db = tmp_path / "live.db"
    # A first small run creates the database the server opens.
    first = tmp_path / "first"
    make_corpus(first, 8)
    subprocess.run(
        run_argv(first, db, workers=1),
        check=True,
        capture_output=True,
        timeout=600,
    )
    client = TestClient(create_app(db))
    p = subprocess.Popen(
        run_argv(corpus, db, workers=1, batch_size=16),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    seen, answered = [], 0
    try:
        while p.poll() is None:
            docs = client.get("/api/documents", params={"limit": 5})
            assert docs.status_code == 200, docs.text
            hits = client.get("/api/search", params={"q": "mekong"})
            assert hits.status_code == 200, hits.text
            assert client.get("/runs").status_code == 200
            seen.append(docs.json().get("total", 0))
            answered += 1
            time.sleep(0.05)
    finally:
        err = p.communicate(timeout=600)[1]
    assert p.returncode == 0, err
    assert answered > 3
    final = client.get("/api/documents", params={"limit": 1}).json()
    assert final["total"] == 608
