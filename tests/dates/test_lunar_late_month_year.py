"""A relative year told of a lunar date counts lunar years: the 11th and
12th lunar months ("腊月", "冬月", "tháng Chạp") run into the next Gregorian
January or February, so last year's 腊月二十三 is this January, and
"去年" there gave the wrong Gregorian year. No lunar calendar is installed
to convert the day, so such a year word gives no date; lunar months 1 to 10
lie inside the Gregorian year of the same number and keep it, and a
Gregorian month keeps its year. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # late lunar months: no (wrong) Gregorian year
        ("zh", "去年农历腊月二十三，当地普降大雪。", []),
        ("zh", "去年腊月二十三，当地普降大雪。", []),
        ("zh", "去年阴历十一月，村里修了新路。", []),
        ("vi", "Ngày 23 tháng Chạp năm ngoái, tuyết rơi ở Sa Pa.", []),
        ("vi", "Ngày 23/12 âm lịch năm ngoái, tuyết rơi ở Sa Pa.", []),
        # early lunar months and Gregorian months keep their year
        ("zh", "今年农历八月十五是中秋节。", [("今年", "2025")]),
        ("zh", "去年十二月，当地普降大雪。", [("去年十二月", "2024-12")]),
        ("zh", "去年，当地普降大雪。", [("去年", "2024")]),
        ("vi", "Tháng 12 năm ngoái, tuyết rơi ở Sa Pa.", [("Tháng 12 năm ngoái", "2024-12")]),
        ("vi", "Ngày 15/8 âm lịch năm nay là Tết Trung thu.", [("năm nay", "2025")]),
    ],
)
def test_lunar_late_month_year(lang, text, expected):
    assert found(text, lang) == expected
