"""'Today' said of a generation or of society ("today's youth", "los jóvenes
de hoy", "Aujourd'hui, les jeunes ...", "Hôm nay, giới trẻ ...",
"今天的年轻人") or set against a count of years ago ("easier today than 20
years ago", "plus facile aujourd'hui qu'il y a 20 ans", "今天比20年前") means
nowadays: no day, so no event of the publication day. Today's vote, a
minister's visit today, "said today that prices are lower than a year ago"
stay the day. Sentences written for these tests; published 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"


def days(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Today's youth spend more time online than their parents did.", "en"),
        ("Today's teenagers rarely watch television.", "en"),
        ("Finding a job is easier today than 20 years ago.", "en"),
        ("Los jóvenes de hoy pasan más tiempo en internet.", "es"),
        ("Es más fácil hoy que hace 20 años encontrar trabajo.", "es"),
        ("Aujourd'hui, les jeunes passent plus de temps en ligne.", "fr"),
        ("Il est plus facile aujourd'hui qu'il y a 20 ans de trouver un emploi.", "fr"),
        ("Hôm nay, giới trẻ dành nhiều thời gian trên mạng hơn.", "vi"),
        ("Tìm việc hôm nay dễ hơn so với 20 năm trước.", "vi"),
        ("今天的年轻人花在网上的时间越来越多。", "zh"),
        ("找工作今天比20年前容易。", "zh"),
        ("วัยรุ่นวันนี้ใช้เวลาออนไลน์มากขึ้น", "th"),
    ],
)
def test_today_of_an_era_is_no_day(text, lang):
    assert PUB not in [v for _, v in days(text, lang)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Today's vote was delayed.", "en"),
        ("The minister said today that prices are lower than a year ago.", "en"),
        ("La reunión de hoy fue aplazada.", "es"),
        ("Aujourd'hui, le ministre a visité l'usine.", "fr"),
        ("Hôm nay, Thủ tướng đã tiếp đoàn đại biểu.", "vi"),
        ("今天的会议推迟了。", "zh"),
        ("วันนี้ นายกรัฐมนตรีเดินทางไปเชียงใหม่", "th"),
    ],
)
def test_today_of_a_happening_stays_the_day(text, lang):
    assert PUB in [v for _, v in days(text, lang)]


def test_no_event_of_the_day_for_a_generation():
    from tests.events.records import extract_from_text

    text = "Hôm nay, giới trẻ dành nhiều thời gian trên mạng xã hội hơn thế hệ cha mẹ của họ."
    assert not [e for e in extract_from_text(text, "vi", PUB) if e.date == PUB]
