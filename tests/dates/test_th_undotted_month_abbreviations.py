"""Thai month abbreviations typed without their dots, between a day and a
year ("5 ตค 66", "12 กพ 2567", "3 มีค 2567"): the day, as "5 ต.ค. 66" is; they
gave no date. Alone, or with a count after them, such letters stay no date
("สำนักงาน กพ" is the Civil Service Commission; "5 กค 66 คน" counts people).
A two-digit year before "ที่ผ่านมา" (last) is a year. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", "2024-03-10")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("น้ำท่วมหนักเมื่อ 18 พย 66 ที่ผ่านมา", [("18 พย 66", "2023-11-18")]),
        ("ประชุมครม. วันที่ 20 กพ 2567 ที่ทำเนียบ", [("วันที่ 20 กพ 2567", "2024-02-20")]),
        ("เปิดให้บริการ 1 มีค 2567", [("1 มีค 2567", "2024-03-01")]),
        ("เมื่อ 18 พ.ย. 66 ที่ผ่านมา มีฝนตกหนัก", [("18 พ.ย. 66", "2023-11-18")]),
    ],
)
def test_undotted_abbreviation_between_day_and_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["สำนักงาน กพ แจ้งผลสอบ 5 คน", "มีผู้ป่วย 5 กค 66 คน", "ตค 66 ยอดขายลดลง"],
)
def test_letters_without_a_day_and_year_are_no_date(text):
    assert found(text) == []
