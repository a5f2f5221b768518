"""A database whose word index read Latin letters glued to Chinese, Japanese
or Thai as one token (schema version 3) is indexed again on open, only the
rows that need it, and then finds those words."""

from __future__ import annotations

import sqlite3

from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.store.sqlite import SCHEMA_VERSION
from newsline.web.search import search

GLUED = "เกมใหม่ของPlayStation5 ขายหมดใน 3 ชั่วโมง"
SPACED = "Giá vàng SJC hôm nay tăng mạnh"


def _write(db):
    with Store(db) as s:
        run = s.start_run(["pages"])
        docs = [
            Document(
                id=make_doc_id(f"u{i}", t),
                source=f"u{i}",
                text=t,
                blocks=[Block(0, len(t), "body", None, [])],
            )
            for i, t in enumerate((GLUED, SPACED))
        ]
        s.write_batch(run, docs)
        s.finish_run(run, {})


def _as_version_3(db):
    """The word index as version 3 wrote it: the stored text, unsplit."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO docs_fts(docs_fts) VALUES ('delete-all')")
        conn.execute(
            "INSERT INTO docs_fts(rowid, title, clean_text) "
            "SELECT rowid, title, clean_text FROM documents"
        )
        conn.execute("UPDATE meta SET value='3' WHERE key='schema_version'")
    conn.close()


def _hits(db, q):
    conn = sqlite3.connect(db)
    try:
        return search(conn, q).total
    finally:
        conn.close()


def test_an_old_word_index_is_read_again_on_open(tmp_path):
    db = tmp_path / "old.db"
    _write(db)
    assert _hits(db, "playstation5") == 1
    _as_version_3(db)
    assert _hits(db, "playstation5") == 0  # what an old database answered
    with Store(db, readonly=True) as s:  # read-only: nothing written, nothing fails
        assert s.count_documents() == 2
    with Store(db) as s:
        assert s._schema_version() == SCHEMA_VERSION
    assert _hits(db, "playstation5") == 1
    assert _hits(db, "SJC") == 1  # the other row's words are unchanged
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO docs_fts(docs_fts, rank) VALUES ('integrity-check', 0)")
    conn.close()


def test_the_reindex_touches_only_glued_rows(tmp_path):
    db = tmp_path / "old.db"
    _write(db)
    _as_version_3(db)
    conn = sqlite3.connect(db)
    with Store(db) as s, s.transaction() as c:
        c.execute("UPDATE meta SET value='3' WHERE key='schema_version'")
        assert s._reindex_glued_runs(c) == 1
    conn.close()
