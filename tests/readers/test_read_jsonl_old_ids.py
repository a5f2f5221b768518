"""A JSONL record with an ``id`` and no ``url`` was keyed by ``path:line``
before its own id keyed it: a resumed run over a database written the old
way skips what that database holds instead of storing it again."""

import json
import os

from newsline.model import Document, make_doc_id
from newsline.readers import read_path
from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store

TEXTS = [f"Report {i}: the ferry line reopened after the storm, officials said." for i in range(4)]


def _file(tmp_path, records):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _old_database(db, path, stored_lines):
    """What the earlier reader stored of ``path`` before it was interrupted:
    the first lines' documents under make_doc_id('ABSPATH:LINE', text), and
    the file not marked done."""
    key_base = os.path.abspath(path)
    with Store(db) as s:
        docs = [
            Document(
                id=make_doc_id(f"{key_base}:{n}", TEXTS[n - 1]),
                source=f"{path}:{n}",
                text=TEXTS[n - 1],
            )
            for n in stored_lines
        ]
        assert s.write_batch(1, docs) == len(docs)


def test_resumed_run_over_an_old_database_stores_no_record_twice(tmp_path):
    path = _file(tmp_path, [{"id": f"a{i}", "text": t} for i, t in enumerate(TEXTS)])
    db = tmp_path / "old.db"
    _old_database(db, path, [1, 2])
    res = run_corpus([str(path)], db)
    assert res.report.read == 4
    assert res.report.skipped_existing == 2 and res.report.processed == 2
    with Store(db, readonly=True) as s:
        assert s.count_documents() == 4
    again = run_corpus([str(path)], db)  # now done: nothing read, nothing added
    assert again.report.processed == 0
    with Store(db, readonly=True) as s:
        assert s.count_documents() == 4


def test_the_former_id_is_the_old_path_line_key(tmp_path):
    path = _file(
        tmp_path,
        [
            {"id": "x1", "text": TEXTS[0]},
            {"text": TEXTS[1]},
            {"id": "x3", "url": "https://n.example/3", "text": TEXTS[2]},
        ],
    )
    with_id, plain, with_url = read_path(str(path), Settings())
    key_base = os.path.abspath(path)
    assert with_id.former_ids == [make_doc_id(f"{key_base}:1", TEXTS[0])]
    assert with_id.id == make_doc_id("id:x1", TEXTS[0])
    # keyed as before: nothing former
    assert plain.former_ids == [] and plain.id == make_doc_id(f"{key_base}:2", TEXTS[1])
    assert with_url.former_ids == []


def test_a_new_record_matching_no_old_id_is_stored(tmp_path):
    path = _file(tmp_path, [{"id": "k", "text": TEXTS[0]}])
    db = tmp_path / "old.db"
    _old_database(db, path, [])  # an old database holding nothing of it
    assert run_corpus([str(path)], db).report.processed == 1
