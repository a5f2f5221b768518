"""Vietnamese "mùng"/"mồng" before a number names one of the first ten days
of a month ("sáng mùng 10", "ngày mồng 5"): a day of the month alone, as
Spanish "el próximo día 20" is -- the latest such day, or the next one with a
future marker after the subject ("Sáng mùng 7, đoàn sẽ lên đường"). It gave
no date. A lunar day ("mùng 1 Tết", "mùng 10 tháng 3 âm lịch", "mùng 10
tháng Giêng"), a habit ("các ngày mùng 1 hằng tháng") or a decimal stays no
date, and "mùng 8/3" keeps its month. Sentences written for these tests;
published 2024-03-05."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", "2024-03-05")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chiều mồng 4, hai bên đã ký biên bản ghi nhớ.", [("4", "2024-03-04")]),
        ("Sáng mùng 7, đoàn đại biểu sẽ lên đường đi Cà Mau.", [("7", "2024-03-07")]),
        ("Ngày mùng 9 vừa rồi, cảng đón chuyến tàu đầu tiên.", [("9", "2024-02-09")]),
    ],
)
def test_mung_and_a_number_is_a_day_of_the_month(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mùng 1 Tết, người dân đi lễ chùa.", []),
        ("Lễ hội được tổ chức vào mùng 10 tháng 3 âm lịch.", []),
        ("Mùng 6 tháng Giêng, làng mở hội vật.", []),
        ("Các ngày mùng 1 hằng tháng, chợ họp đông.", []),
        ("Ngày mùng 8/3, chị em công nhân được tặng hoa.", [("8/3", "2024-03-08")]),
    ],
)
def test_lunar_days_habits_and_written_months_are_unchanged(text, expected):
    assert found(text) == expected
