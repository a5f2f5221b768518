""" "Since the start of the year" with no "to date" after it ("depuis le début
de l'année", "since the start of the year", "desde principios de año", "từ
đầu năm nay", "ตั้งแต่ต้นปี") tells a count kept since 1 January: 1 January of
the publication's year to the publication day, as "so far this year" is
(heldout4's choice). The start of another year ("de l'année dernière", "del
año pasado", "năm học", "ต้นปีหน้า", "the year 2020") is not. Sentences
written for these tests; published 2025-07-15."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-07-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "Depuis le début de l'année, 300 communes ont été inondées.",
            "fr",
            "Depuis le début de l'année",
        ),
        ("Depuis début d'année, le gazole a pris 12 centimes.", "fr", "Depuis début d'année"),
        (
            "Since the beginning of the year, 40 ferries have been cancelled.",
            "en",
            "Since the beginning of the year",
        ),
        (
            "Desde principios de año han cerrado 80 comercios en el centro.",
            "es",
            "Desde principios de año",
        ),
        (
            "Desde el inicio del año, el euríbor ha bajado dos décimas.",
            "es",
            "Desde el inicio del año",
        ),
        ("Từ đầu năm nay, giá điện đã tăng hai lần.", "vi", "Từ đầu năm nay"),
        ("ตั้งแต่ต้นปี มีนักท่องเที่ยวจีนเดินทางเข้าไทย 2 ล้านคน", "th", "ตั้งแต่ต้นปี"),
    ],
)
def test_since_the_start_of_the_year_is_the_year_to_date(text, lang, span):
    assert found(text, lang) == [(span, "2025-01-01", PUB)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Depuis le début de l'année dernière, le prix a doublé.",
            "fr",
            [("début de l'année dernière", "2024-01", None)],
        ),
        (
            "Desde principios del año pasado, el precio se ha duplicado.",
            "es",
            [("principios del año pasado", "2024-01", None)],
        ),
        ("Từ đầu năm học, trường đã tuyển 300 học sinh.", "vi", []),
        ("ตั้งแต่ต้นปีหน้า ค่าไฟจะขึ้น", "th", [("ต้นปีหน้า", "2026-01", None)]),
        ("Since the start of the year 2020, rents have doubled.", "en", [("2020", "2020", None)]),
        ("Since the start of the year-long trial, three jurors left.", "en", []),
    ],
)
def test_the_start_of_another_year_is_not(text, lang, want):
    assert found(text, lang) == want
