"""Thai numeric dates with a two-digit Buddhist-era year ("ณ 5/2/67",
"เมื่อวันที่ 28/12/66") after a word that says a day follows are that day
(2567 = 2024), as "3 มี.ค. 67" was. Bare ("อัตราส่วน 5/2/67", a ratio;
"คำสั่งที่ 5/2/67", an order number) or before a count word they stay no
date; an impossible day gives none. Sentences written for these tests."""

from __future__ import annotations


import pytest

from newsline.dates import resolve_dates

PUB = "2024-02-07"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("ข้อมูล ณ 5/2/67 ระบุว่ามีผู้ป่วย 20 ราย", ("ณ 5/2/67", "2024-02-05")),
        ("เมื่อวันที่ 28/12/66 มีฝนตกหนักในภาคใต้", ("เมื่อวันที่ 28/12/66", "2023-12-28")),
    ],
)
def test_numeric_date_with_a_two_digit_year(text, expect):
    assert found(text) == [expect]


@pytest.mark.parametrize(
    "text",
    [
        "อัตราส่วน 5/2/67 ของผู้สมัคร",
        "ตามคำสั่งที่ 5/2/67 ของจังหวัด",
        "เมื่อ 1/2/67 คน",
        "วันที่ 31/2/67 ไม่มีจริง",
    ],
)
def test_no_numeric_two_digit_year_date(text):
    assert found(text) == []
