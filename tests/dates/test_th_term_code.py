"""A Thai school term written as a code ("ภาคเรียนที่ 2/2568", "เทอม 1/69") is
its school year (2568 BE = 2025), as "ปีการศึกษา 2568" is and as a part of a
fiscal year is its year -- never a day or a month of it. A fraction or a
room number after another word stays no date. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("นักศึกษาต้องลงทะเบียนภาคเรียนที่ 2/2568 ให้เรียบร้อย", [("2568", "2025")]),
        ("ค่าเทอม 1/69 ปรับขึ้นร้อยละ 5", [("69", "2026")]),
        ("ภาคการศึกษาที่ 1/2570 จะเริ่มช้ากว่าเดิม", [("2570", "2027")]),
        # negatives: a room, a share
        ("นักเรียนห้อง 2/5 ได้รับรางวัล", []),
        ("ผู้ป่วย 1 ใน 3 ได้รับวัคซีนแล้ว", []),
    ],
)
def test_th_term_code(text, expected):
    assert found(text, "th") == expected
