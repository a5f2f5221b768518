"""Two weekdays told with parts of the day and joined by a range word, in a
language read through CLDR ("sejak Senin malam hingga Selasa pagi", "von
Montagabend bis Dienstagmorgen", "da lunedì sera a martedì mattina", "de
sábado à noite até domingo de manhã"): one span of the days, as en/fr/es/vi/
th/zh read them -- not two separate weekdays. Without a part of the day the
pair is one span too (session 32, engine._cldr_weekday_spans). Sentences invented;
published Tuesday 2028-10-17."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2028-10-17")
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "id",
            "Banjir merendam Bekasi sejak Jumat malam hingga Sabtu pagi.",
            [("Jumat malam hingga Sabtu", "2028-10-13", "2028-10-14")],
        ),
        (
            "id",
            "Jalan tol akan ditutup dari Senin malam sampai Rabu pagi.",
            [("Senin malam sampai Rabu", "2028-10-23", "2028-10-25")],
        ),
        (
            "de",
            "Es regnete von Samstagabend bis Sonntagmorgen ohne Pause.",
            [("Samstagabend bis Sonntag", "2028-10-14", "2028-10-15")],
        ),
        (
            "it",
            "Ha nevicato da sabato sera a domenica mattina sulle Alpi.",
            [("sabato sera a domenica", "2028-10-14", "2028-10-15")],
        ),
        (
            "pt",
            "Choveu de sábado à noite até domingo de manhã no litoral.",
            [("sábado à noite até domingo", "2028-10-14", "2028-10-15")],
        ),
    ],
)
def test_cldr_part_of_day_spans(lang, text, expected):
    assert found(text, lang) == expected


def test_a_pair_without_a_part_of_the_day_is_one_span_of_its_days():
    # (session 32: two weekdays a range word joins are one span even without
    # a part of the day -- engine._cldr_weekday_spans -- not two days read
    # each on its own side of the publication)
    got = found("Hujan deras melanda sejak Sabtu hingga Minggu.", "id")
    assert got == [("Sabtu hingga Minggu", "2028-10-14", "2028-10-15")]
