"""A date's tense is stored: event merging reads "told in the future" from it.

Before, the dates table had no tense column, so a document read back from the
store lost it. A run resumed after an interruption replays stored documents
into event merging: its records said ``told_future: False`` where one run had
said True, and 250 cl-tls pages stopped by SIGINT and SIGKILL, then resumed,
merged 1,582 events where one run merged 1,584 (a day's plans joined with its
reports).
"""

from __future__ import annotations

import sqlite3

from newsline.events.merge import event_records
from newsline.model import DateMention, Document, EventMention, make_doc_id
from newsline.store import SCHEMA_VERSION, Store

_TEXT = (
    "Le sommet de Valdoria se tiendra le 14 mai 2026, a annoncé le ministère. "
    "Les délégations sont arrivées le 2 mai 2026."
)


def _doc() -> Document:
    future = _TEXT.index("14 mai")
    past = _TEXT.index("2 mai")
    return Document(
        id=make_doc_id("a.txt", _TEXT),
        source="a.txt",
        text=_TEXT,
        lang="fr",
        published="2026-05-03",
        dates=[
            DateMention(future, future + 11, "2026-05-14", tense="future"),
            DateMention(past, past + 10, "2026-05-02"),
        ],
        events=[EventMention(0, 72, "2026-05-14", lang="fr", date_start=future)],
    )


def test_a_dates_tense_survives_the_store(tmp_path):
    d = _doc()
    with Store(tmp_path / "a.db") as s:
        s.write_batch(1, [d])
        back = s.get_document(d.id)
    assert [m.tense for m in back.dates] == ["future", None]
    # what a resumed run's event merging reads is what one run read
    assert event_records(back) == event_records(d)
    assert event_records(back)[0]["told_future"] is True


def _version_2(db) -> str:
    """A database as version 2 wrote it (no tense column), one document in it."""
    d = _doc()
    with Store(db) as s:
        s.write_batch(1, [d])
    with sqlite3.connect(db) as c:
        c.execute("ALTER TABLE dates DROP COLUMN tense")
        c.execute("UPDATE meta SET value='2' WHERE key='schema_version'")
    return d.id


def test_a_version_2_database_is_read_then_migrated(tmp_path):
    db = tmp_path / "old.db"
    doc_id = _version_2(db)
    with Store(db, readonly=True) as s:  # read-only: not migrated, still read
        assert [m.tense for m in s.get_document(doc_id).dates] == [None, None]
    with Store(db) as s:
        assert [m.tense for m in s.get_document(doc_id).dates] == [None, None]
        d = _doc()
        d.id, d.source = "other", "b.txt"
        s.write_batch(2, [d])
        assert [m.tense for m in s.get_document("other").dates] == ["future", None]
    with sqlite3.connect(db) as c:
        got = c.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
        assert got == str(SCHEMA_VERSION)
