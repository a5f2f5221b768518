"""Thai "เมื่อ 2 วันที่ผ่านมา" (two days ago: "when two days gone by") counts
back from publication, as "2 วันก่อน" does: it read as no date. Only after
"เมื่อ": "ในช่วง 2 ปีที่ผ่านมา", "ตลอด 3 วันที่ผ่านมา" are the past so long, a
span, not a day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-01-10"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("เมื่อ 2 วันที่ผ่านมา ตำรวจตรวจยึดยาบ้ากว่า 1 ล้านเม็ด", [("2 วันที่ผ่านมา", "2024-01-08")]),
        ("เมื่อ 3 เดือนที่ผ่านมา ราคาน้ำมันพุ่งขึ้น", [("3 เดือนที่ผ่านมา", "2023-10")]),
    ],
)
def test_days_gone_by_after_when(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["ในช่วง 2 วันที่ผ่านมา ฝนตกหนักทั่วภาคใต้", "ตลอด 3 วันที่ผ่านมา มีผู้ป่วยเพิ่มขึ้น"],
)
def test_the_past_so_long_is_no_day(text):
    assert not any(surface[0].isdigit() for surface, _ in found(text))
