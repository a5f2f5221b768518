"""Thai "ไตรมาส 3 ปีที่แล้ว" is the third quarter of last year, not "3 ปีที่แล้ว"
(three years ago) read inside it: the quarter's number is no count of
years. Like "a part of last year" in the other languages
(tests/dates/test_part_of_relative_year.py), it reads as that quarter's
months of that year (until session 21: the bare year). A count of years with no quarter word before it is still
a count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, pub="2024-05-10"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", pub)]


def found_range(text, pub="2024-05-10"):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "th", pub)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ไตรมาส 2 ปีที่แล้ว กำไรของธนาคารลดลง", [("ไตรมาส 2 ปีที่แล้ว", "2023-04", "2023-06")]),
        ("ไตรมาสที่ 4 ปีที่แล้ว ยอดส่งออกติดลบ", [("ไตรมาสที่ 4 ปีที่แล้ว", "2023-10", "2023-12")]),
    ],
)
def test_a_quarter_of_last_year_is_no_count_of_years(text, expected):
    assert found_range(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("บริษัทก่อตั้งเมื่อ 2 ปีที่แล้ว", [("2 ปีที่แล้ว", "2022")]),
        ("ไตรมาสที่ 1 ปีนี้ ยอดขายเพิ่มขึ้น", [("ไตรมาสที่ 1 ปีนี้", "2024-01")]),
    ],
)
def test_counts_and_this_years_quarter_are_unchanged(text, expected):
    assert found(text) == expected
