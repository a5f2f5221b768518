"""A month with no day and no year, the stamp's month or the next ("the
year-end rush" read as December on a page stamped late November), is too
coarse to say the stamp is early; so is a month further on (told as past it
is as likely last year's: "texts sent in December" on a September page); a
day still is.
Invented pages in languages heldout8 does not use for it (its page is
Vietnamese)."""

from __future__ import annotations

from tests.flags.test_dateline_after_the_stamp import _flags


def _late(flags):
    return [f for f in flags if "past_marker" in f.data]


EN = (
    "Police said scam texts had been sent to thousands of phones in December, promising "
    "prizes to anyone who paid a small fee."
)
ID = "Polisi mengatakan pesan palsu telah dikirim ke ribuan ponsel pada bulan Desember lalu."


def test_next_month_without_a_day_is_too_coarse():
    for lang, sentence in (("en", EN), ("id", ID)):
        doc, flags = _flags(
            [("Title", "title"), (sentence, "body")], lang, "2026-11-20T08:00:00+00:00"
        )
        assert _late(flags) == [], (lang, [f.reason for f in doc.flags])


def test_a_month_further_on_is_no_evidence_either():
    doc, flags = _flags([("Title", "title"), (EN, "body")], "en", "2026-09-20T08:00:00+00:00")
    assert _late(flags) == [], [f.reason for f in doc.flags]


def test_a_day_in_the_next_month_is_still_late():
    sentence = "The new bridge was opened to traffic on 14 December, officials said."
    doc, flags = _flags([("Title", "title"), (sentence, "body")], "en", "2026-11-20T08:00:00+00:00")
    assert len(_late(flags)) == 1, [f.reason for f in doc.flags]
