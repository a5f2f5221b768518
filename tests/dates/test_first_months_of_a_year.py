"""The first months or quarters of a year, as business and statistics pages
total them ("the first nine months of 2024", "los nueve primeros meses de
2024", "les neuf premiers mois de 2024", "9 tháng đầu năm 2024", "9 เดือนแรก
ของปี 2567", "2024年前三季度", "2024年前9个月"): the months from January on,
a range; after "this year" ("今年前8个月", "9 tháng đầu năm nay", "los
primeros ocho meses del año") the publication's. "2024年前三季度" lost even its
year before ("2024年前" read as "before 2024"). Not the first months of a
war or of a life, and "2020年前" stays no date. Published 2024-09-10."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,end",
    [
        ("en", "In the first nine months of 2024, exports rose 15%.", "first nine months of 2024", "2024-09"),
        ("en", "In the first three quarters of 2024, exports rose.", "first three quarters of 2024", "2024-09"),
        ("es", "En los nueve primeros meses de 2024 las exportaciones subieron.", "nueve primeros meses de 2024", "2024-09"),
        ("es", "En los primeros ocho meses del año las ventas subieron.", "primeros ocho meses del año", "2024-08"),
        ("fr", "Sur les neuf premiers mois de 2024, les exportations ont augmenté.", "neuf premiers mois de 2024", "2024-09"),
        ("vi", "Trong 9 tháng đầu năm 2024, xuất khẩu tăng 15%.", "9 tháng đầu năm 2024", "2024-09"),
        ("vi", "Chín tháng đầu năm nay, xuất khẩu tăng 15%.", "Chín tháng đầu năm nay", "2024-09"),
        ("th", "ช่วง 9 เดือนแรกของปี 2567 การส่งออกเพิ่มขึ้น", "9 เดือนแรกของปี 2567", "2024-09"),
        ("zh", "2024年前三季度，出口增长15%。", "2024年前三季度", "2024-09"),
        ("zh", "2024年前9个月，出口增长15%。", "2024年前9个月", "2024-09"),
        ("zh", "今年前8个月，全市出口增长。", "今年前8个月", "2024-08"),
    ],
)  # fmt: skip
def test_the_first_months_of_a_year_are_a_range_from_january(lang, text, span, end):
    assert found(text, lang) == [(span, "2024-01", end)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "In the first two months of the war, 300 people died."),
        ("es", "Los tres primeros meses de vida son clave para el bebé."),
        ("zh", "2020年前，该市没有地铁。"),
        ("zh", "前三季度，出口增长15%。"),
    ],
)
def test_no_first_months(lang, text):
    assert found(text, lang) == []
