"""A day told on local time ("当地时间20日22时15分（北京时间21日11时15分）",
"on June 4 local time (June 5, Beijing time)") is the happening's own day even
where a wire dateline's day stands just before it, one day off: it is no
restatement of the dateline's day on a named clock (held-out story20: a
Xinhua-style "...3月13日电 ...当地时间12日23时40分（北京时间13日...）开始喷发"
lost its only event). The clock after the local day names the bracket's day.
Sentences written for these tests in other stories and outlets' styles."""

from __future__ import annotations

import pytest

from tests.events.records import extract_from_text

CASES = [
    (
        "zh",
        "新华社利马5月21日电 秘鲁南部一座铜矿当地时间20日22时15分（北京时间21日11时15分）发生坍塌，"
        "17名矿工被困井下。",
        "2041-05-21",
        "2041-05-20",
        "2041-05-21",
    ),
    (
        "zh",
        "中新网惠灵顿6月5日电 新西兰南岛当地时间4日晚（北京时间5日下午）发生5.9级地震，多条公路中断。",
        "2041-06-05",
        "2041-06-04",
        "2041-06-05",
    ),
    (
        "en",
        "WELLINGTON, June 5 (Kiwi Wire) - A magnitude 5.9 earthquake struck the South Island "
        "late on June 4 local time (June 5, Beijing time), cutting several highways.",
        "2041-06-05",
        "2041-06-04",
        "2041-06-05",
    ),
]


@pytest.mark.parametrize("lang, text, published, local, restated", CASES)
def test_a_local_day_after_a_dateline_is_the_event(lang, text, published, local, restated):
    events = extract_from_text(text, lang, published=published)
    dates = [e.date for e in events]
    assert local in dates
    assert restated not in dates  # the dateline's and the Beijing day: no happening


def test_a_named_clock_day_after_the_local_one_is_still_restated():
    # no dateline: the Beijing day still restates the local one (story13's rule)
    text = "秘鲁南部一座铜矿当地时间20日22时15分（北京时间21日11时15分）发生坍塌，17名矿工被困井下。"
    dates = [e.date for e in extract_from_text(text, "zh", published="2041-05-22")]
    assert dates == ["2041-05-20"]
