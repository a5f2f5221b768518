"""Two heldout15 misses of single words, each in its own language:
th a Buddhist-era year written with two digits after its era ("พ.ศ. 68" is
2568, as "ปี 67" is 2567; one digit, "พ.ศ. 1", stays as written), and zh a
plan's first day ("原定于10月20日", was originally set for) keeping the
nearest year, as the table says (ORIGINALLY_BEFORE), where the past word
"于" inside "原定于" had put it behind. Sentences invented; published
2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.kind) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ผลประกอบการปี พ.ศ. 67 ดีขึ้นกว่าที่คาด", [("ปี พ.ศ. 67", "2024", "buddhist_era")]),
        ("แผนงานพ.ศ. 69 ยังไม่ได้รับอนุมัติ", [("พ.ศ. 69", "2026", "buddhist_era")]),
        ("ภาพถ่ายเมื่อเดือนมกราคม พ.ศ. 1", [("เดือนมกราคม พ.ศ. 1", "--01", "impossible")]),
        ("ในปี พ.ศ. 2568 มีนักท่องเที่ยวเพิ่มขึ้น", [("พ.ศ. 2568", "2025", "buddhist_era")]),
    ],
)
def test_th_era_year(text, expected):
    got = found(text, "th")
    assert [(v, k) for _, v, k in got] == [(v, k) for _, v, k in expected], got


@pytest.mark.parametrize(
    "text,expected",
    [
        # five days ahead, moved on: the nearest 20 October
        ("论坛原定于10月20日举行，现推迟至11月3日。", [("10月20日", "2025-10-20"), ("11月3日", "2025-11-03")]),
        ("会议原定于3月2日召开。", [("3月2日", "2025-03-02")]),
        # "于" alone tells what was: the last 20 October
        ("大会于10月20日开幕。", [("10月20日", "2024-10-20")]),
    ],
)
def test_zh_original_plan_keeps_the_nearest_year(text, expected):
    assert [(s, v) for s, v, _ in found(text, "zh")] == expected
