"""Thai news dates a happening to a part of the day *of* today or tomorrow
("ช่วงค่ำของวันนี้", the evening of today): the possessive that makes
"ของวันนี้" figurative alone ("today's world") is literal after a part of
the day. Invented text."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-04"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "กรมชลประทานคาดว่าระดับน้ำจะขึ้นสูงสุดในช่วงค่ำของวันนี้ ก่อนจะค่อยๆ ลดลง",
        "ผู้ว่าราชการจังหวัดจะลงพื้นที่ในช่วงบ่ายของวันนี้เพื่อมอบถุงยังชีพ",
        "ตำรวจจะแถลงผลการสอบสวนในช่วงเช้าของวันนี้",
    ],
)
def test_part_of_the_day_of_today_is_today(text):
    assert ("วันนี้", "2025-10-04") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "เด็กของวันนี้คือผู้ใหญ่ในวันหน้า",  # "today's children": figurative
        "ปัญหาของวันนี้ต้องแก้ด้วยความร่วมมือของทุกฝ่าย",
    ],
)
def test_possessive_today_alone_stays_figurative(text):
    assert all(span != "วันนี้" for span, _ in found(text))
