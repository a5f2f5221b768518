"""The full-text indexes filled in one bulk pass (a store opened with
``defer_text_index``, then ``index_new_documents``) hold exactly what indexing batch by
batch holds: the same terms at the same places of the same documents, found
by the same searches; documents already indexed are never indexed twice."""

from __future__ import annotations

import sqlite3

import pytest

from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.web.search import search

# pages in several scripts (spaced words, unspaced Thai and Chinese, accents),
# with chrome that cleaning left out of the clean text
PAGES = [
    ("Họp bàn về mực nước sông Hồng ở Hà Nội", "Người dân Hà Nội theo dõi mực nước sông Hồng."),
    ("ประชุมเรื่องระดับน้ำที่เชียงราย", "ชาวเชียงรายติดตามระดับน้ำในแม่น้ำกกอย่างใกล้ชิด"),
    ("长江水位会议在武汉举行", "武汉市民密切关注长江水位变化，防汛部门发布预警。"),
    ("Rhine shipping slows as levels drop", "Barges on the Rhine near Koblenz carry half loads."),
    (None, "Nivel del río Paraná en Rosario: la bajante afecta a los puertos."),
    ("Ghi chú", "Đà Nẵng: nước sông Hàn dâng cao sau mưa lớn."),
]


def _docs(tag: str) -> list[Document]:
    out = []
    for k, (title, body) in enumerate(PAGES):
        text = f"Menu | Home | Contact\n{body}\nCopyright {tag}"
        first = text.index("\n") + 1
        d = Document(
            id=make_doc_id(f"{tag}-{k}", text),
            source=f"/in/{tag}/{k}.txt",
            text=text,
            title=title,
        )
        d.blocks = [
            Block(0, first - 1, "nav"),
            Block(first, first + len(body), "body"),
            Block(first + len(body) + 1, len(text), "footer"),
        ]
        out.append(d)
    return out


def _instances(conn: sqlite3.Connection, table: str) -> list[tuple]:
    vocab = f"{table}_vocab_check"
    conn.execute(f"CREATE VIRTUAL TABLE temp.{vocab} USING fts5vocab(main, {table}, 'instance')")
    try:
        return conn.execute(
            f"SELECT term, doc, col, offset FROM temp.{vocab} ORDER BY 1,2,3,4"
        ).fetchall()
    finally:
        conn.execute(f"DROP TABLE temp.{vocab}")


def _integrity(conn: sqlite3.Connection, table: str) -> None:
    # FTS5 compares the index with the content table: raises when they differ
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")


QUERIES = ["ha noi", "Hà Nội", "da nang", "rhine", "paraná", "เชียงราย", "长江水位", "武汉", "menu"]


def _searches(conn: sqlite3.Connection) -> list[tuple]:
    out = []
    for q in QUERIES:
        r = search(conn, q, limit=50)
        out.append((q, r.total, [h.id for h in r.hits]))
    return out


def _write(path, *, bulk: bool) -> Store:
    store = Store(path, defer_text_index=bulk)
    run_id = store.start_run(["test"])
    for tag in ("a", "b", "c"):
        store.write_batch(run_id, _docs(tag))
    if bulk:
        assert store.index_new_documents() == 3 * len(PAGES)
    return store


def test_bulk_index_holds_what_batch_by_batch_indexing_holds(tmp_path):
    with (
        _write(tmp_path / "batches.db", bulk=False) as a,
        _write(tmp_path / "bulk.db", bulk=True) as b,
    ):
        for table in ("docs_fts", "docs_fts_trigram"):
            _integrity(a.conn, table)
            _integrity(b.conn, table)
            got = _instances(b.conn, table)
            assert got and got == _instances(a.conn, table), table
        assert _searches(b.conn) == _searches(a.conn)
        found = {q: n for q, n, _ in _searches(b.conn)}
        # every page is found, its chrome is not (it is not in the clean text)
        assert found["武汉"] == 3 and found["rhine"] == 3 and found["ha noi"] == 3
        assert found["menu"] == 0


def test_documents_stored_unindexed_are_not_found_until_indexed_then_once(tmp_path):
    with Store(tmp_path / "n.db") as store:
        run_id = store.start_run(["test"])
        store.write_batch(run_id, _docs("a"))  # indexed with the batch (the default)
        store.defer_text_index = True
        store.write_batch(run_id, _docs("b"))
        assert search(store.conn, "rhine").total == 1
        # a batch indexed again takes the rows left unindexed too, once
        store.defer_text_index = False
        store.write_batch(run_id, _docs("c"))
        assert store.index_new_documents() == 0
        assert search(store.conn, "rhine").total == 3
        for table in ("docs_fts", "docs_fts_trigram"):
            _integrity(store.conn, table)
            n = store.conn.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
            assert n == store.count_documents() == 3 * len(PAGES)


def test_the_same_page_again_adds_nothing_to_the_index(tmp_path):
    with Store(tmp_path / "same.db", defer_text_index=True) as store:
        run_id = store.start_run(["test"])
        store.write_batch(run_id, _docs("a"))
        store.write_batch(run_id, _docs("a"))  # already stored: no-op
        assert store.index_new_documents() == len(PAGES)
        assert store.index_new_documents() == 0
        assert search(store.conn, "paraná").total == 1


def test_an_empty_database_indexes_nothing(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        assert store.index_new_documents() == 0
        run_id = store.start_run(["test"])
        assert store.write_batch(run_id, []) == 0


@pytest.mark.parametrize("table", ["docs_fts", "docs_fts_trigram"])
def test_a_database_indexed_row_by_row_reads_as_complete(tmp_path, table):
    """A database an earlier version wrote (each row indexed as it was
    stored) has nothing left to index: no row is indexed twice."""
    with _write(tmp_path / "old.db", bulk=False) as store:
        before = _instances(store.conn, table)
        assert store.index_new_documents() == 0
        assert _instances(store.conn, table) == before
