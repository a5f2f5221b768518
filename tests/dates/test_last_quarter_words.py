"""A quarter named by a word other than its number: Thai "ไตรมาสแรก" (the
first), "ไตรมาสสุดท้าย" (the last); en "the last / final quarter of 2023",
es "el último trimestre de 2023", fr "le dernier trimestre 2023" -- its
three months, as "ไตรมาสที่ 1" and "the fourth quarter of 2023" were; such
words were missing from the quarter table. A quarter with no year stays no
date, as before (a match's "last quarter"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-01-10"


def found(text, lang):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("th", "ไตรมาสแรกของปีนี้ ยอดส่งออกคาดว่าจะขยายตัว 2%", ("2024-01", "2024-03")),
        ("th", "ไตรมาสสุดท้ายปี 2566 ยอดขายเพิ่มขึ้น", ("2023-10", "2023-12")),
        ("en", "Sales rose 5% in the last quarter of 2023.", ("2023-10", "2023-12")),
        ("en", "Output fell in the final quarter of 2022.", ("2022-10", "2022-12")),
        ("es", "Las ventas subieron en el último trimestre de 2023.", ("2023-10", "2023-12")),
        ("fr", "Les ventes ont progressé au dernier trimestre 2023.", ("2023-10", "2023-12")),
    ],
)
def test_a_quarter_named_by_a_word(lang, text, expected):
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Chelsea scored twice in the last quarter."),
        ("th", "ทีมนำ 10 แต้มในไตรมาสแรก"),  # a match's (test_bare_part_alone)
        ("es", "El último trimestre fue malo."),
    ],
)
def test_a_quarter_with_no_year_stays_no_date(lang, text):
    assert found(text, lang) == []
