"""Vietnamese schedules list a capitalised weekday then its day/month with a
space alone ("Thứ Tư 12/3 – khai mạc", "Chủ nhật 16/3 – bế mạc"): the date
the weekday names, as with a comma or brackets. Lower case "thứ hai" is
"second" and stays no cue; a weekday "hằng tuần" (every week) names no day.
Sentences written for these tests (a book fair, a film week, a radio show);
published Monday 2025-03-10."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-10"


def found(text, lang="vi"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


def test_a_schedule_of_weekdays_and_dates():
    text = (
        "Hội sách: Thứ Tư 12/3 – khai mạc; Thứ Sáu 14/3 – giao lưu tác giả; Chủ nhật 16/3 – bế mạc."
    )
    assert found(text) == [
        ("Thứ Tư 12/3", "2025-03-12"),
        ("Thứ Sáu 14/3", "2025-03-14"),
        ("Chủ nhật 16/3", "2025-03-16"),
    ]


def test_a_weekday_and_date_in_a_sentence():
    text = "Tuần phim Pháp khai mạc vào tối Thứ Năm 13/3 tại rạp trung tâm."
    assert ("Thứ Năm 13/3", "2025-03-13") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lần thứ hai 3/4 số đại biểu tán thành.",
        "Chương trình phát lại vào sáng thứ Bảy hằng tuần.",
        "Chương trình phát sóng vào tối Chủ nhật hàng tuần.",
    ],
)
def test_second_and_every_week_give_no_date(text):
    assert found(text) == []
