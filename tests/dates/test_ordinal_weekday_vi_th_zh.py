"""An ordinal weekday of a named month in vi, th and zh ("Chủ nhật đầu tiên
của tháng 2", "วันอาทิตย์ที่สองของเดือนมีนาคม", "5月的第二个星期日"): that day,
as "the second Sunday of May" is in en/es/fr (heldout9); they were read as
the bare weekday and the month apart. Its year is chosen with the day it
falls on, not the month's first ("the second Friday of December" told on
the 9th is still ahead). A weekday kept every month or every year ("ทุก
วันอังคารที่สอง...", "每年5月的第二个星期日", "every year on the second
Sunday of May") is a habit, no date (heldout8). Sentences written for these
tests; published 2026-12-09, a Wednesday (heldout16's misses)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-12-09"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "vi",
            "Lễ hội hoa sẽ khai mạc vào thứ Bảy đầu tiên của tháng 1.",
            [("thứ Bảy đầu tiên của tháng 1", "2027-01-02")],
        ),
        (
            "vi",
            "Hạn chót là Chủ nhật cuối cùng của tháng 3/2027.",
            [("Chủ nhật cuối cùng của tháng 3/2027", "2027-03-28")],
        ),
        (
            "th",
            "การเลือกตั้งจะจัดขึ้นในวันอาทิตย์ที่สองของเดือนมีนาคม",
            [("วันอาทิตย์ที่สองของเดือนมีนาคม", "2027-03-14")],
        ),
        ("zh", "联欢会定于12月的第三个星期五举行。", [("12月的第三个星期五", "2026-12-18")]),
        ("zh", "2027年5月的第二个星期日是母亲节。", [("2027年5月的第二个星期日", "2027-05-09")]),
        # told on the 9th, the second Friday of December (the 11th) is ahead
        ("en", "The gala will be held on the second Friday of December.", [("second Friday of December", "2026-12-11")]),
    ],
)
def test_ordinal_weekday_of_a_month(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("th", "สมาคมประชุมกันทุกวันพุธที่สองของเดือนเมษายน"),
        ("zh", "每年5月的第二个星期日是母亲节。"),
        ("en", "Every year on the second Sunday of May, families gather in the park."),
        ("vi", "Hằng năm vào Chủ nhật thứ hai của tháng 5, gia đình lại sum họp."),
    ],
)
def test_an_ordinal_weekday_kept_as_a_habit_is_no_date(lang, text):
    assert found(text, lang) == []
