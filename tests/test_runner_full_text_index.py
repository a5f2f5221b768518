"""A run fills the full-text indexes at its end (and at its checkpoints), not
batch by batch: a run killed outright, stopped or resumed must still leave
search complete -- every stored document indexed once, none twice."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import Counter

import pytest

from newsline.pipeline import Pipeline, Stage
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store
from newsline.web.search import search

N_DOCS = 20
BATCH = 4


class Blocks(Stage):
    """Per document: one body block per line (a stand-in for cleaning)."""

    name = "blocks"

    def __call__(self, docs, stats: Counter[str]):
        from newsline.model import Block

        for d in docs:
            start = 0
            d.blocks = []
            for line in d.text.split("\n"):
                if line:
                    d.blocks.append(Block(start, start + len(line), "body"))
                start += len(line) + 1
        return docs


class StopAfter(Stage):
    """Sequential: ends the run on its ``after``-th batch, before that batch
    is stored -- by killing the process outright (``os._exit``, as SIGKILL:
    no cleanup) or as Ctrl-C does (KeyboardInterrupt)."""

    name = "stop_after"
    parallel = False

    def __init__(self, after: int, hard: bool) -> None:
        self.after, self.hard, self.calls = after, hard, 0

    def __call__(self, docs, stats: Counter[str]):
        self.calls += 1
        if self.calls == self.after:
            if self.hard:
                os._exit(9)
            raise KeyboardInterrupt
        return docs


def _corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(N_DOCS):
        # one word of its own per page, in several scripts
        (d / f"page{i:03d}.txt").write_text(
            f"Bản tin số {i}: tàu chở hàng trên sông\n"
            f"วารสารฉบับที่ {i} รายงานเรื่องเรือบรรทุกสินค้า\n"
            f"第{i}期：货船在河上航行\nuniqueword{i:03d} shipping\n",
            "utf-8",
        )
    return d


def _run(corpus, db, stop: Stage | None = None):
    stages: list[Stage] = [Blocks()]
    if stop is not None:
        stages.append(stop)
    settings = Settings(workers=1, batch_size=BATCH)
    return run_corpus([str(corpus)], str(db), settings=settings, pipeline=Pipeline(stages))


def _killed_run(corpus, db, after: int) -> int:
    """A run in a child process, killed outright on its ``after``-th batch."""
    ctx = mp.get_context("fork")
    p = ctx.Process(target=_run, args=(corpus, db, StopAfter(after, hard=True)))
    p.start()
    p.join(300)
    return p.exitcode


def _assert_search_complete(db) -> None:
    with Store(db) as s:
        n = s.count_documents()
        for table in ("docs_fts", "docs_fts_trigram"):
            s.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")
            indexed = s.conn.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
            assert indexed == n, (table, indexed, n)
        for i in range(N_DOCS):
            ids = [d["id"] for d in s.documents_named(str(db.parent / "in" / f"page{i:03d}.txt"))]
            if not ids:
                continue
            hits = search(s.conn, f"uniqueword{i:03d}", limit=5).hits
            assert [h.id for h in hits] == ids, i
        assert search(s.conn, "tau cho hang", limit=50).total == n
        assert search(s.conn, "货船在河上", limit=50).total == n
        assert search(s.conn, "เรือบรรทุกสินค้า", limit=50).total == n


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_run_killed_outright_then_resumed_leaves_search_complete(tmp_path):
    corpus = _corpus(tmp_path)
    db = tmp_path / "killed.db"
    assert _killed_run(corpus, db, after=3) == 9
    with Store(db, readonly=True) as s:
        stored = s.count_documents()
    assert stored == 2 * BATCH  # two batches committed before the kill
    res = _run(corpus, db)
    assert res.report.processed == N_DOCS - stored
    _assert_search_complete(db)
    with Store(db, readonly=True) as s:
        assert s.count_documents() == N_DOCS


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_resumed_run_with_nothing_new_still_indexes_what_the_killed_one_stored(tmp_path):
    corpus = _corpus(tmp_path)
    db = tmp_path / "killed.db"
    assert _killed_run(corpus, db, after=N_DOCS // BATCH + 1) == 9  # killed at its very end
    with Store(db, readonly=True) as s:
        assert s.count_documents() == N_DOCS
    res = _run(corpus, db)
    assert res.report.processed == 0
    _assert_search_complete(db)


def test_a_stopped_run_leaves_what_it_stored_searchable(tmp_path):
    corpus = _corpus(tmp_path)
    db = tmp_path / "stopped.db"
    with pytest.raises(KeyboardInterrupt):
        _run(corpus, db, StopAfter(3, hard=False))
    with Store(db, readonly=True) as s:
        assert s.count_documents() == 2 * BATCH
        assert s.runs()[0]["status"] == "interrupted"
    _assert_search_complete(db)
    _run(corpus, db)
    _assert_search_complete(db)


def test_an_uninterrupted_run_is_searchable_at_its_end(tmp_path):
    corpus = _corpus(tmp_path)
    db = tmp_path / "whole.db"
    _run(corpus, db)
    _assert_search_complete(db)
    with Store(db, readonly=True) as s:
        assert s.count_documents() == N_DOCS
