"""Thai "ครึ่งปีหลัง 2567" / "ครึ่งปีแรก 2566" (the second / first half, then
its year with no "ปี" between) is that half of that year, as "ครึ่งปีแรกปี
2566" was; it gave no date. A count after it or a half with no year stays
no date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(m.value, m.end_value) for m in resolve_dates(text, "th", "2024-09-10")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ครึ่งปีหลัง 2566 การบริโภคในประเทศชะลอตัว", [("2023-07", "2023-12")]),
        ("ครึ่งปีแรก 2567 ยอดส่งออกข้าวเพิ่มขึ้น", [("2024-01", "2024-06")]),
    ],
)
def test_a_half_then_its_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count after it is no year; a half with no year is the
        # publication year's (test_bare_part_alone)
        ("ครึ่งปีแรก 25 คนลาออก", [("2024-01", "2024-06")]),
        ("ครึ่งปีหลัง ยอดขายเพิ่มขึ้น", [("2024-07", "2024-12")]),
    ],
)
def test_no_year_the_publication_years(text, expected):
    assert found(text) == expected
