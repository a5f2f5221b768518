"""Thai counts back from a date told before them (heldout15): "สองวันก่อนหน้า
นั้น" (two days before that) counts from that date; "สามสัปดาห์ก่อนหน้า"
(three weeks earlier) from it when there is one, else from now; "3 วันก่อน"
(three days ago) and "3 วันก่อนหน้านี้" (three days before now) from the
publication, as before. Sentences invented; published 2025-10-25."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-25"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "ผู้ต้องหาถูกจับวันที่ 20 ต.ค. สองวันก่อนหน้านั้นเขาหลบหนีออกจากบ้าน",
            [("วันที่ 20 ต.ค.", "2025-10-20"), ("สองวันก่อนหน้านั้น", "2025-10-18")],
        ),
        (
            "เขื่อนเริ่มระบายน้ำเมื่อวันที่ 15 ต.ค. ซึ่งกรมชลประทานเตือนไว้ตั้งแต่ 2 สัปดาห์ก่อนหน้า",
            [("วันที่ 15 ต.ค.", "2025-10-15"), ("2 สัปดาห์ก่อนหน้า", "2025-10-01")],
        ),
    ],
)
def test_count_back_from_the_date_told(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("เขาเดินทางมาถึงเมื่อ 3 วันก่อน", [("3 วันก่อน", "2025-10-22")]),
        ("3 วันก่อนหน้านี้ เขายังทำงานตามปกติ", [("3 วันก่อน", "2025-10-22")]),
        ("เขาป่วยตั้งแต่ 3 วันก่อนหน้า", [("3 วันก่อนหน้า", "2025-10-22")]),
    ],
)
def test_count_back_from_now(text, expected):
    assert found(text) == expected
