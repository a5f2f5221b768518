"""A database whose word index read Latin letters glued to Chinese, Japanese
or Thai as one token (schema version 3: an external-content index of the
stored columns) gets the version-4 word index on open, and then finds those
words; opened read-only it keeps answering as before."""

from __future__ import annotations

import sqlite3

from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.store.sqlite import SCHEMA_VERSION
from newsline.web.search import search

GLUED = "เกมใหม่ของPlayStation5 ขายหมดใน 3 ชั่วโมง"
SPACED = "Giá vàng SJC hôm nay tăng mạnh ở Hà Nội"
V3_WORD_INDEX = """CREATE VIRTUAL TABLE docs_fts USING fts5(
    title, clean_text, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
)"""


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
    """The word index as version 3 wrote it: external content, the stored text."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TABLE docs_fts")
        conn.execute(V3_WORD_INDEX)
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


def test_an_old_word_index_is_built_again_on_open(tmp_path):
    db = tmp_path / "old.db"
    _write(db)
    assert _hits(db, "playstation5") == 1
    _as_version_3(db)
    assert _hits(db, "playstation5") == 0  # what an old database answered
    assert _hits(db, "hà nội") == 1  # read-only, old index: accents checked as before
    with Store(db, readonly=True) as s:  # read-only: nothing written, nothing fails
        assert s.count_documents() == 2
    with Store(db) as s:
        assert s._schema_version() == SCHEMA_VERSION
        for table in ("docs_fts", "docs_fts_trigram"):
            s.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
            assert s.conn.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0] == 2
    assert _hits(db, "playstation5") == 1
    assert _hits(db, "SJC") == 1 and _hits(db, "ha noi") == 1 and _hits(db, "hà nội") == 1
    assert _hits(db, "hạ nói") == 0


def test_a_new_database_opens_at_the_current_version_with_nothing_to_rebuild(tmp_path):
    db = tmp_path / "new.db"
    _write(db)
    with Store(db) as s:
        assert s._schema_version() == SCHEMA_VERSION
        sql = s.conn.execute("SELECT sql FROM sqlite_master WHERE name='docs_fts'").fetchone()[0]
        assert "content=''" in sql
