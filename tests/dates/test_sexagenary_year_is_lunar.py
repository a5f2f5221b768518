"""A year named by the sexagenary cycle -- a heavenly stem then an earthly
branch, "năm Giáp Thìn", "甲辰年" -- is a lunar year, so a day and month told
with it are lunar and give no Gregorian date (newsline carries no lunar
calendar to convert them). A Gregorian date beside such a gloss, and a
stem-branch name that is not a year ("甲午战争", the 1894 war), keep theirs.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-10-07"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a lunar day and month told with a stem-branch year: no date
        (
            "vi",
            "Lễ giỗ tổ được tổ chức vào ngày 10 tháng 3 năm Giáp Thìn, thu hút hàng nghìn người.",
            [],
        ),
        ("vi", "Đám cưới diễn ra ngày 15 tháng 11 năm Quý Mão theo lịch cũ.", []),
        (
            "vi",
            "Cụ mất ngày 12/9/2026 (nhằm ngày 2 tháng 8 năm Bính Ngọ).",
            [("ngày 12/9/2026", "2026-09-12")],
        ),
        ("zh", "丙午年八月廿二，老人在家中安详离世。", []),
        ("zh", "甲辰年三月初十举行祭祖仪式。", []),
        # negatives: a Gregorian year, a relative year, a war's name
        (
            "vi",
            "Ngày 15 tháng 11 năm 2025, dự án khởi công.",
            [("Ngày 15 tháng 11 năm 2025", "2025-11-15")],
        ),
        (
            "vi",
            "Ngày 2 tháng 9 năm nay, dự án khởi công.",
            [("Ngày 2 tháng 9 năm nay", "2026-09-02")],
        ),
        ("vi", "Ngày 10 tháng 3, anh Bính và chị Ngọ về quê.", [("Ngày 10 tháng 3", "2026-03-10")]),
        ("zh", "甲午战争后的1895年4月17日签订条约。", [("1895年4月17日", "1895-04-17")]),
    ],
)
def test_sexagenary_year_is_lunar(lang, text, expected):
    assert found(text, lang) == expected
