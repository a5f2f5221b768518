"""Formal Thai news writes 'yesterday' without 'เมื่อ' ('วานนี้ (13 มี.ค.)',
'ช่วงบ่ายวานนี้ เจ้าหน้าที่เร่งอพยพประชาชน'): only 'เมื่อวาน(นี้)' was read, so
a live blog's 'yesterday afternoon' had no date. 'เมื่อวานซืน' stays the day
before yesterday. Sentences written for these tests; published 2025-03-14."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("ช่วงบ่ายวานนี้ เจ้าหน้าที่เร่งอพยพประชาชน", "วานนี้", "2025-03-13"),
        ("วานนี้ นายกรัฐมนตรีลงพื้นที่จังหวัดเชียงใหม่", "วานนี้", "2025-03-13"),
        ("เมื่อวานนี้ ฝนตกหนัก", "เมื่อวานนี้", "2025-03-13"),
        ("เมื่อวานซืนนี้ ฝนตกหนัก", "เมื่อวานซืนนี้", "2025-03-12"),
    ],
)
def test_yesterday_without_muea(text, surface, value):
    got = [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", "2025-03-14")]
    assert got == [(surface, value)]
