"""Thai "ไตรมาส<N>ของปี <year>" (the Nth quarter of the year ...): "ของ"
(of) may stand between the quarter and its year, as it may for a half
("ครึ่งหลังของปี 2566"); the quarter's three months, not the bare year.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


@pytest.mark.parametrize(
    "text,span,value,end",
    [
        ("ไตรมาสที่ 2 ของปี 2567 ยอดขายรถยนต์ลดลง 8%", "ไตรมาสที่ 2 ของปี 2567", "2024-04", "2024-06"),
        ("ผลประกอบการไตรมาสสุดท้ายของปี 2566 ดีกว่าคาด", "ไตรมาสสุดท้ายของปี 2566", "2023-10", "2023-12"),
        ("ไตรมาส 3 ของปี 67 การท่องเที่ยวฟื้นตัว", "ไตรมาส 3 ของปี 67", "2024-07", "2024-09"),
    ],
)
def test_quarter_of_a_named_year(text, span, value, end):
    got = [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, "th", "2025-02-10")
    ]
    assert got == [(span, value, end)]
