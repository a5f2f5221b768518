"""A repost with no publish date of its own is dated by the day its note says
the text first ran ("Originally published at <outlet> on <date>."): the
text's "yesterday" counts from that day. HD's fix made the note attribution
(right), which left such a page with no date at all. Pages invented here.
Near misses: a page with its own stamp keeps it; a note naming no day gives
none; a sentence of the body with a date is no note."""

from __future__ import annotations

from newsline.model import Document
from tests.stages_through import read_through

PAGE = """<!doctype html><html><head><title>{title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/about">About</a></nav></header>
<article>
<h1>{title}</h1>
{stamp}
<p>The county board voted yesterday to reopen the old ferry landing after two years of repairs,
and the first crossings are planned for the spring, officials said.</p>
<p>Residents on both banks had asked for the service since the landing closed, and the board
said the repairs came in under budget by a small margin.</p>
<p>The ferry will run every hour from seven in the morning, with more crossings on weekends
when visitors come for the river market.</p>
<p>{note}</p>
</article>
<footer><p>Contact us | Privacy | Terms</p></footer>
</body></html>
"""


def _dated(tmp_path, name: str, **parts) -> Document:
    p = tmp_path / name
    p.write_text(PAGE.format(title="Ferry landing to reopen", **parts), encoding="utf-8")
    return read_through(p, "dates")


def test_repost_is_dated_by_its_first_run(tmp_path):
    doc = _dated(
        tmp_path,
        "repost.html",
        stamp="",
        note="Originally published by The Riverside Ledger on March 3, 2025.",
    )
    assert doc.published == "2025-03-03", (doc.published, doc.meta)
    assert doc.meta.get("published_from_first_run") == "2025-03-03"
    # the body's "yesterday" counts from the day the text was written
    assert "2025-03-02" in [m.value for m in doc.dates], [(m.value, m.kind) for m in doc.dates]


def test_spanish_repost_too(tmp_path):
    doc = _dated(
        tmp_path,
        "repost_es.html",
        stamp="",
        note="Publicado originalmente en El Heraldo del Norte el 4 de mayo de 2025.",
    )
    assert doc.published == "2025-05-04", (doc.published, doc.meta)


def test_a_page_with_its_own_stamp_keeps_it(tmp_path):
    doc = _dated(
        tmp_path,
        "own.html",
        stamp="<p class='date'>Published June 10, 2025</p>",
        note="Originally published by The Riverside Ledger on March 3, 2025.",
    )
    assert doc.published == "2025-06-10", (doc.published, doc.meta)
    assert "published_from_first_run" not in doc.meta


def test_a_note_naming_no_day_gives_none(tmp_path):
    doc = _dated(
        tmp_path,
        "nodate.html",
        stamp="",
        note="Reprinted with permission from the Valley Gazette.",
    )
    assert not doc.published, doc.published
    assert "published_from_first_run" not in doc.meta
