"""A Vietnamese holiday told by its date ("Quốc khánh 2/9", "dịp lễ 30/4 -
1/5", "nghỉ lễ 2/9") is that date, as "le 14 Juillet" is: a bare day/month
needs a word before it to be a date (it is also a fraction), and "lễ",
"dịp" and "Quốc khánh" were not among them. A fraction after other words
("tỷ lệ 2/3", "lễ hội có 3/4 khách") stays no date. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-08-30"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "vi", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Cả nước kỷ niệm 79 năm Quốc khánh 2/9.", [("2/9", "2024-09-02", None)]),
        ("Hàng vạn người về quê dịp 2/9.", [("2/9", "2024-09-02", None)]),
        (
            "Kỳ nghỉ lễ 30/4 - 1/5 năm nay kéo dài 5 ngày.",
            [("30/4 - 1/5 năm nay", "2024-04-30", "2024-05-01")],
        ),
    ],
)
def test_a_holiday_told_by_its_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ 2/3 đại biểu tán thành.",
        "Lễ hội có 3/4 khách mời là người nước ngoài.",
        "Cách mạng tháng Tám là một mốc son của lịch sử.",
    ],
)
def test_fractions_and_names_stay_no_date(text):
    assert found(text) == []
