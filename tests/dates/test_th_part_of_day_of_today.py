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


# "เมื่อเช้ามืดวันที่ 11 มี.ค." (in the small hours of the 11th) and
# "เมื่อคืนวันที่ 10 มี.ค." (on the night of the 10th): a part of the day before
# a date is that date's, no "this morning" / "last night" besides it (a
# factory fire reported the next day got both the 11th and the 12th)
@pytest.mark.parametrize(
    "text,date",
    [
        ("เกิดเหตุเพลิงไหม้ที่โรงงานเมื่อเช้ามืดวันที่ 11 มี.ค. ทำให้คนงานบาดเจ็บ", "2025-03-11"),
        ("เมื่อคืนวันที่ 10 มี.ค. เกิดเหตุยิงกันกลางเมือง", "2025-03-10"),
    ],
)
def test_a_part_of_the_day_before_a_date_is_that_date_s(text, date):
    assert [v for _, v in resolve_dates_at(text, "2025-03-12")] == [date]


def test_this_morning_and_last_night_alone():
    assert resolve_dates_at("เมื่อเช้านี้ เกิดเหตุไฟไหม้", "2025-03-12") == [("เมื่อเช้านี้", "2025-03-12")]
    assert resolve_dates_at("เมื่อคืน ตำรวจจับกุมผู้ต้องหา", "2025-03-12") == [("เมื่อคืน", "2025-03-11")]


def resolve_dates_at(text, published):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", published)]
