"""A clock time to the minute is one anchor in every language's way of
writing it ("21:15", "21h15", "21 h 15", "21.15 Uhr", "21时15分", "21 giờ
15", "21.15 น."): an English "at 21:15" and a Vietnamese "lúc 21h15" gave
no number at all, a French "21 h 40" and a Chinese "21时40分" two (21, 40),
so a timeline box line telling only the hour ("June 3 – A dyke gives way
at 21:15") met none of the other pages on it (held-out story20's box).
A round hour ("8:00") is told of too many things to be an anchor. Written
for these tests; near misses: a score, a ratio, a decimal, a time to the
second, another minute."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import merge_records
from tests.events.records import event_record


def nums(text: str, lang: str) -> set[str]:
    return {a for a in sentence_anchors(text, lang) if a.startswith("num:")}


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The dyke gave way at 21:15 near the village.", "en"),
        ("Con đê bị vỡ lúc 21h15 tối qua.", "vi"),
        ("La digue a cédé vers 21 h 15, heure locale.", "fr"),
        ("Der Deich brach gegen 21.15 Uhr.", "de"),
        ("大堤于当地时间21时15分决口。", "zh"),
        ("Con đê bị vỡ lúc 21 giờ 15 phút.", "vi"),
        ("เขื่อนแตกเมื่อเวลา ๒๑.๑๕ น.", "th"),
        ("堤防は午後9時15分ではなく21時15分に決壊した。", "ja"),
    ],
)
def test_one_clock_time_written_many_ways(text, lang):
    assert "num:21:15" in nums(text, lang)


def test_a_clock_time_is_no_two_numbers():
    assert nums("La digue a cédé vers 21 h 15.", "fr") == {"num:21:15"}
    assert nums("大堤于21时15分决口。", "zh") == {"num:21:15"}


@pytest.mark.parametrize(
    "text,lang,clock",
    [
        ("The home side won 2:1 after extra time.", "en", None),
        ("Inflation rose to 21.15 percent.", "en", None),
        ("The vote closed at 8:00 sharp.", "en", None),
        ("The dyke gave way at 21:16.", "en", "num:21:16"),
    ],
)
def test_near_clock_times(text, lang, clock):
    got = {a for a in nums(text, lang) if a.count(":") == 2}
    assert got == ({clock} if clock else set())


def test_a_box_line_meets_a_page_on_its_clock_time():
    day = "2031-06-03"
    # no story given: they may meet on what they share, not on the day alone
    box = event_record(
        "a", "June 3 – A dyke gives way north of the village at 21:15", day, story=None
    )
    vi = event_record(
        "b", "Con đê phía bắc làng bị vỡ lúc 21h15 tối 3/6.", day, "vi", story=None
    )
    other = event_record("c", "June 3 – A ferry leaves the harbour at 21:45", day, story=None)
    events = merge_records([box, vi, other])
    together = [e for e in events if len(e["sources"]) == 2]
    assert len(together) == 1
    assert {s["doc_id"] for s in together[0]["sources"]} == {"a", "b"}


def test_a_live_blog_entrys_stamp_is_no_anchor():
    # the stamp says when the entry was posted, not when its happening was
    assert nums("09:20 Ferries stay in port until at least 18:40.", "en") == {"num:18:40"}
