import sqlite3

import pytest

from newsline.model import Block, DateMention, Document, EventMention, Flag, ReadError, make_doc_id
from newsline.store import DatabaseBusy, DatabaseError, Store


def _doc(text: str, source: str = "src", **kw) -> Document:
    return Document(id=make_doc_id(source, text), source=source, text=text, **kw)


def test_write_is_idempotent_and_round_trips(tmp_path):
    text = "Nhật Bản và NATO\n\nQUẢNG CÁO\n\n日本与北约"
    d = _doc(
        text,
        title="Nhật Bản",
        lang="vi",
        html="<p>x</p>",
        blocks=[
            Block(0, 16, "body", "vi", []),
            Block(18, 27, "spam", "vi", ["all caps"]),
            Block(29, 34, "foreign", "zh", ["zh in vi page"]),
        ],
        flags=[Flag("spam", "injected", 18, 27, {"score": 0.9})],
        dates=[DateMention(0, 3, "2024-01-31")],
        events=[EventMention(0, 16, "2024-01-31", anchors=["NATO"])],
        meta={"k": "v"},
    )
    with Store(tmp_path / "a.db") as s:
        assert s.write_batch(1, [d]) == 1
        assert s.write_batch(1, [d]) == 0  # re-ingesting is a no-op
        back = s.get_document(d.id)
    assert back == d
    assert back.clean_text() == "Nhật Bản và NATO"


def test_full_text_search_ignores_diacritics_and_finds_thai_chinese(tmp_path):
    with Store(tmp_path / "a.db") as s:
        s.write_batch(
            1,
            [
                _doc("Thủ tướng Nhật Bản thăm Brussels", "a"),
                _doc("นายกรัฐมนตรีญี่ปุ่นเยือนบรัสเซลส์", "b"),
                _doc("日本首相访问布鲁塞尔北约总部", "c"),
            ],
        )
        q = "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?"
        assert s.conn.execute(q, ("nhat ban",)).fetchone()[0] == 1
        qt = "SELECT count(*) FROM docs_fts_trigram WHERE docs_fts_trigram MATCH ?"
        assert s.conn.execute(qt, ('"ญี่ปุ่น"',)).fetchone()[0] == 1
        assert s.conn.execute(qt, ('"布鲁塞尔"',)).fetchone()[0] == 1


def test_lone_surrogates_do_not_break_writes(tmp_path):
    d = _doc("bad \udcff text", title="t\ud800")
    with Store(tmp_path / "a.db") as s:
        assert s.write_batch(1, [d]) == 1
        assert len(s.get_document(d.id).text) == len(d.text)  # offsets stay valid


def test_errors_are_recorded_once_per_source_and_reason(tmp_path):
    with Store(tmp_path / "a.db") as s:
        e = ReadError("/x/bad.gz", "truncated gzip stream")
        s.record_errors(1, [e])
        s.record_errors(2, [e])
        assert len(s.errors()) == 1 and s.errors()[0]["run_id"] == 2


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    a = Store(tmp_path / "a.db")
    a.acquire_writer_lock()
    b = Store(tmp_path / "a.db")
    with pytest.raises(DatabaseBusy, match="another newsline run"):
        b.acquire_writer_lock()
    a.close()
    b.acquire_writer_lock()
    b.close()


def test_unwritable_location_raises_database_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError):
        Store(blocker / "sub" / "a.db")


def test_corpus_tables_replace_and_read_back(tmp_path):
    a, b = _doc("one", "a"), _doc("two", "b")
    with Store(tmp_path / "a.db") as s:
        s.write_batch(1, [a, b])
        s.write_corpus_tables(
            {
                "duplicates": [
                    {"doc_id": b.id, "duplicate_of": a.id, "kind": "near", "similarity": 0.9}
                ],
                "stories": [
                    {
                        "id": "s1",
                        "title": "T",
                        "languages": ["vi"],
                        "start": "2024",
                        "end": "2024",
                        "documents": [a.id, b.id],
                    }
                ],
                "events": [
                    {
                        "id": "e1",
                        "date": "2024-01-31",
                        "text": "x",
                        "story_id": "s1",
                        "flags": [{"kind": "conflict"}],
                        "sources": [
                            {
                                "doc_id": a.id,
                                "source": "a",
                                "quote": "one",
                                "lang": "vi",
                                "start": 0,
                                "end": 3,
                            }
                        ],
                    }
                ],
            }
        )
        assert s.duplicates_of(a.id)["near_duplicates"] == [{"id": b.id, "similarity": 0.9}]
        assert s.story_of(b.id) == "s1"
        assert s.stories()[0]["documents"] == ["a", "b"]
        ev = s.events("s1")[0]
        assert ev["flags"] == [{"kind": "conflict"}] and ev["sources"][0]["quote"] == "one"
        s.write_corpus_tables({"stories": []})
        assert s.stories() == []


def test_wal_mode(tmp_path):
    Store(tmp_path / "a.db").close()
    c = sqlite3.connect(tmp_path / "a.db")
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_reader_never_sees_half_a_schema(tmp_path):
    """A database whose schema is only partly there (a reader opening the
    file while a run creates it) is refused with a clear error, not opened to
    fail later on a missing table."""
    path = tmp_path / "half.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE documents (id TEXT PRIMARY KEY)")
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not yet created"):
        Store(path, readonly=True)
    # a complete one opens, and its schema came in one transaction (the
    # version row, written last, is there)
    full = tmp_path / "full.db"
    Store(full).close()
    with Store(full, readonly=True) as s:
        assert s.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        assert s.conn.execute("SELECT count(*) FROM docs_fts").fetchone()[0] == 0


@pytest.mark.parametrize("name", ["news #2.db", "what?.db", "100%41.db", b"caf\xe9.db"])
def test_database_names_with_uri_characters_or_not_utf8_open_read_only(tmp_path, name):
    # the read-only URI took '#' and '?' for its own ('news #2.db' opened 'news ',
    # "not a newsline database"), '%41' for 'A'; a name that is not UTF-8 raised
    # a UnicodeEncodeError traceback in every command
    import os

    path = os.fsdecode(
        os.fsencode(tmp_path) + b"/" + (name if isinstance(name, bytes) else name.encode())
    )
    with Store(path) as s:
        assert s.write_batch(1, [_doc("Hà Nội mưa lớn")]) == 1
    with Store(path, readonly=True) as r:
        assert r.count_documents() == 1
    assert os.path.exists(os.fsencode(path))


def test_a_run_whose_process_is_gone_is_shown_interrupted_not_running(tmp_path):
    # after `kill -9` (or the OOM killer) `newsline runs` and the runs page
    # showed the dead run as 'running' until another run started
    import subprocess
    import sys

    with Store(tmp_path / "a.db") as s:
        run_id = s.start_run(["x"])
        assert s.runs()[0]["status"] == "running"  # this process: alive
        gone = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        )
        with s.transaction() as c:
            c.execute("UPDATE runs SET pid=? WHERE id=?", (int(gone.stdout), run_id))
        assert s.runs()[0]["status"] == "interrupted"


def test_an_id_prefix_is_matched_literally_and_only_when_unique(tmp_path):
    # find_document_id used LIKE: "_" and "%" in what the user typed were
    # wildcards, so `newsline show ____` opened a document nobody named
    a = Document(id="abcd0001", source="a.txt", text="one")
    b = Document(id="abcd0002", source="b.txt", text="two")
    c = Document(id="ef012345", source="c.txt", text="three")
    with Store(tmp_path / "a.db") as s:
        s.write_batch(1, [a, b, c])
        assert s.find_document_id("____") is None
        assert s.find_document_id("ef0%") is None and s.find_document_id("ef%") is None
        assert s.find_document_id("ef01") == "ef012345"
        assert s.find_document_id("abcd") is None  # two ids start so
        assert s.find_document_id("abcd0002") == "abcd0002"
        assert s.ids_with_prefix("abcd") == ["abcd0001", "abcd0002"]
        assert s.ids_with_prefix("ab_d") == [] and s.ids_with_prefix("") == []
        assert s.find_document_id("EF01") == "ef012345"  # as LIKE allowed: hex in capitals


def test_stored_json_is_what_json_dumps_writes():
    # the store reuses one encoder; every value must come out as
    # json.dumps(ensure_ascii=False, separators=(",", ":")) writes it
    import json

    from newsline.store.sqlite import _dumps

    values = [
        [],
        {},
        ["đường", "ถนน", "道路", 'a "quote"', "\ud800", "tab\t"],
        {"b": 1, "a": [1.5, None, True], "ñ": {"x": float("inf")}},
    ]
    for v in values:
        assert _dumps(v) == json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def test_another_programs_database_is_refused_untouched(tmp_path):
    # `newsline run … --db app.db` on another program's SQLite file (a typo)
    # added newsline's tables to it and turned it to WAL mode
    path = tmp_path / "app.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE users (name TEXT)")
    con.execute("INSERT INTO users VALUES ('ana')")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not a newsline database.*users"):
        Store(path)
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert names == ["users"]
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()
    # an empty file, a new one and newsline's own still open
    (tmp_path / "empty.db").write_bytes(b"")
    for p in (tmp_path / "empty.db", tmp_path / "new.db", tmp_path / "new.db"):
        Store(p).close()
