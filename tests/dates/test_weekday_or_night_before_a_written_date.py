"""A weekday or a word for a day around now written right before a date:
the written date wins.

German writes an article between the weekday and its date ("am Montag, dem
10. März"), Portuguese "dia", Indonesian "tanggal": the weekday was read
alone as well, a second date (the Monday of the publication's week). It is
now the date's own weekday, as in "Montag, 10. März" (the date keeps its
span), and one that is not the date's is noted in the anchor. Thai
"เมื่อคืนวันอาทิตย์ที่ 3 ส.ค." (on the night of Sunday 3 August) on a page of
6 August read its "last night" as the 5th: a deictic day word set right
onto a written date ("Yesterday, August 3,") now reads that date, keeping
its own span as a deictic word glossed by its day always has. Near misses
keep their reading: a weekday whose next words are no date, "last night"
or "yesterday" with no date right after. Pages written for these tests;
published Monday 2025-08-04 unless said."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Die Sitzung fand am Montag, dem 10. März statt.",
            "de",
            [("10. März", "2025-03-10")],
        ),
        (
            "Der Prozess begann am Montag, den 10. März 2025, in Köln.",
            "de",
            [("10. März 2025", "2025-03-10")],
        ),
        (
            "A reunião foi na segunda-feira, dia 10 de março.",
            "pt",
            [("10 de março", "2025-03-10")],
        ),
        (
            "Rapat digelar pada Senin, tanggal 10 Maret 2025.",
            "id",
            [("10 Maret 2025", "2025-03-10")],
        ),
    ],
)
def test_one_mention_the_written_date(text, lang, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "เมื่อคืนวันอาทิตย์ที่ 3 ส.ค. 2568 เกิดเหตุไฟไหม้โกดัง",
            "th",
            [("เมื่อคืน", "2025-08-03"), ("วันอาทิตย์ที่ 3 ส.ค. 2568", "2025-08-03")],
        ),
        (
            "Yesterday, August 3, the council voted down the plan.",
            "en",
            [("Yesterday", "2025-08-03"), ("August 3", "2025-08-03")],
        ),
    ],
)
def test_a_day_around_now_set_onto_a_date_reads_it(text, lang, want):
    got = [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2025-08-06")]
    assert got == want


def test_a_weekday_that_is_not_the_dates_is_noted():
    text = "Die Sitzung fand am Dienstag, dem 10. März 2025 statt."
    (m,) = resolve_dates(text, "de", PUB)
    assert m.value == "2025-03-10"
    assert "weekday mismatch" in (m.anchor or "") and "Tuesday" in m.anchor


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # no date after the article: the weekday stays
        ("Am Montag belegte er den 10. Platz.", "de", [("Montag", "2025-08-04")]),
        (
            "Am Montag sagte er, der 10. März sei ein guter Tag.",
            "de",
            [("Montag", "2025-08-04"), ("10. März", "2025-03-10")],
        ),
        # last night with no date right after it is the publication's
        ("เมื่อคืน ผู้ว่าฯ สั่งอพยพชาวบ้าน", "th", [("เมื่อคืน", "2025-08-03")]),
        (
            "เมื่อคืน ผู้ว่าฯ สั่งอพยพ ตั้งแต่วันที่ 1 ส.ค.",
            "th",
            [("เมื่อคืน", "2025-08-03"), ("วันที่ 1 ส.ค.", "2025-08-01")],
        ),
        ("Yesterday, 3 people died in the fire.", "en", [("Yesterday", "2025-08-03")]),
    ],
)
def test_near_misses_keep_their_reading(text, lang, want):
    assert found(text, lang) == want
