"""A weekday that ends a relative clause told in the past or the passive
("Jembatan yang diresmikan pada Senin akan dibuka bulan depan", "A ponte que
foi inaugurada na segunda-feira será aberta") belongs to that clause: the
future word of the main clause after it does not set it ahead, as a "that"
(bahwa, que) already cuts a weekday's clause. T.WEEKDAY_ALONE_CLDR
"own_clause". Sentences written for these tests; published on Thursday
2025-03-13."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"  # a Thursday
MON_PAST, MON_NEXT = "2025-03-10", "2025-03-17"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("id", "Jembatan yang diresmikan pada Senin akan dibuka bulan depan.", MON_PAST),
        ("id", "Warga yang telah mengungsi pada Senin akan dipulangkan.", MON_PAST),
        ("id", "Tersangka yang ditangkap di Bogor pada Senin akan diadili.", MON_PAST),
        ("pt", "A ponte que foi inaugurada na segunda-feira será aberta ao trânsito.", MON_PAST),
        ("pt", "Os presos que fugiram na segunda-feira vão ser julgados.", MON_PAST),
    ],
)
def test_weekday_of_a_past_relative_clause(lang, text, expected):
    assert [v for _, v in found(text, lang)][:1] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a future word inside the relative clause still sets it ahead
        ("id", "Jembatan yang akan diresmikan pada Senin dibangun Belanda.", MON_NEXT),
        ("id", "Jembatan yang dijadwalkan dibuka pada Senin sudah selesai.", MON_NEXT),
        # the weekday is the main clause's, after the relative clause closed
        ("id", "Jembatan yang dibangun Belanda diresmikan pada Senin.", MON_PAST),
        ("id", "Menteri akan berangkat pada Senin ke Jakarta.", MON_NEXT),
        ("pt", "A ponte que será inaugurada na segunda-feira custou caro.", MON_NEXT),
        ("pt", "O ministro vai viajar na segunda-feira para Lisboa.", MON_NEXT),
    ],
)
def test_future_in_the_weekdays_own_clause_still_reads_ahead(lang, text, expected):
    assert [v for _, v in found(text, lang)][:1] == [expected]
