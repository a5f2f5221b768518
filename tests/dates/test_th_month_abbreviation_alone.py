"""A Thai month abbreviation named alone ("ก.พ.") is also an agency's
initials -- "สำนักงาน ก.พ." is the Civil Service Commission, "สอบ ก.พ." its
exam -- and was read as February. Alone it is a month only after a word of
time ("ใน ก.พ.", "ต้น มี.ค.", "ช่วง มี.ค.-เม.ย."), before one ("ก.พ. นี้"),
opening a span of months ("ม.ค.-มี.ค. 67"), after "เดือน", or with a day or
a year; a full month name ("กุมภาพันธ์") always is. Sentences written for
these tests; published 2024-02-07."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-02-07"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "สำนักงาน ก.พ. ประกาศผลสอบภาค ก",
        "ผู้สมัครสอบ ก.พ. มีจำนวนมาก",
        "ที่ประชุม ครม. และ ก.พ. เห็นชอบ",
        "สำนักงาน ก.พ.-ป.ป.ช. ร่วมแถลง",
    ],
)
def test_agency_initials_are_no_month(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text,expect",
    [
        ("ใน ก.พ. ราคายางพาราปรับสูงขึ้น", ("ก.พ.", "2024-02", None)),
        ("ต้น มี.ค. จะมีการประกาศผล", ("มี.ค.", "2024-03", None)),
        ("ส.ค. นี้ จะมีการเลือกตั้งท้องถิ่น", ("ส.ค. นี้", "2024-08", None)),
        ("ช่วง มี.ค.-เม.ย. อากาศร้อนจัด", ("มี.ค.-เม.ย.", "2024-03", "2024-04")),
        ("ยอดส่งออก ม.ค.-มี.ค. 67 เพิ่มขึ้น", ("ม.ค.-มี.ค. 67", "2024-01", "2024-03")),
        ("เดือน ก.พ. ราคาทองคำลดลง", ("เดือน ก.พ.", "2024-02", None)),
        ("กุมภาพันธ์ ราคาทองคำลดลง", ("กุมภาพันธ์", "2024-02", None)),
        ("วันที่ 5 ก.พ. ครม. อนุมัติงบ", ("วันที่ 5 ก.พ.", "2024-02-05", None)),
    ],
)
def test_month_abbreviation_with_a_time_word(text, expect):
    assert found(text) == [expect]
