"""A count of years ago followed by words for this very day ("Twenty years
ago today", "il y a vingt ans jour pour jour", "hace veinte años, tal día
como hoy", "Cách đây 20 năm, vào ngày này", "20年前的今天", "20 ปีที่แล้ว
ในวันนี้"): that day of that year, one mention, not the year plus a separate
"today". A count of years alone stays the year, and a "today" set apart
("Twenty years ago, today's leaders were students") stays today. Sentences
written for these tests (anniversaries of a flood, a bridge, a strike);
published Saturday 2025-08-16."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-08-16"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        (
            "en",
            "Twenty years ago today, the river burst its banks at Boscastle.",
            "Twenty years ago today",
        ),
        (
            "fr",
            "Il y a vingt ans jour pour jour, le pont de Millau était inauguré.",
            "Il y a vingt ans jour pour jour",
        ),
        (
            "es",
            "Hace veinte años, tal día como hoy, los mineros iniciaron la huelga.",
            "Hace veinte años, tal día como hoy",
        ),
        (
            "vi",
            "Cách đây 20 năm, vào ngày này, cây cầu được thông xe.",
            "Cách đây 20 năm, vào ngày này",
        ),
        ("zh", "20年前的今天，这座大桥正式通车。", "20年前的今天"),
        ("th", "เมื่อ 20 ปีที่แล้ว ในวันนี้ สะพานแห่งนี้เปิดใช้งาน", "20 ปีที่แล้ว ในวันนี้"),
    ],
)
def test_years_ago_today_is_that_day(lang, text, span):
    assert found(text, lang) == [(span, "2005-08-16")]


def test_a_count_of_years_alone_or_a_today_apart_keeps_its_reading():
    assert found("Twenty years ago, the river burst its banks.", "en") == [
        ("Twenty years ago", "2005")
    ]
    assert found("Twenty years ago, today's leaders were students.", "en") == [
        ("Twenty years ago", "2005"),
        ("today", "2025-08-16"),
    ]
