""" "N日前" is "N days ago", but "5日前往莫斯科" is "goes to Moscow on the
5th": 前往, 前来, 前去, 前赴 are verbs of going, and "1日前夕" is the eve of
the 1st. Invented sentences in other stories than bundle5's."""

from __future__ import annotations

from newsline.dates.engine import find_dates, resolve_found
from newsline.settings import DateSettings


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    found = find_dates(text, "zh", DateSettings())
    return [(text[m.start : m.end], m.value) for m in resolve_found(found, published)]


def test_day_of_the_month_before_a_verb_of_going():
    assert ("5日", "2026-03-05") in _dates("总统将于5日前往莫斯科进行国事访问。", "2026-03-02")
    assert ("12日", "2025-11-12") in _dates("日本代表团12日前来参加会谈。", "2025-11-13")
    assert ("8日", "2024-05-08") in _dates("调查组8日前去事发矿井。", "2024-05-10")
    assert ("20日", "2024-05-20") in _dates("救援队计划20日前赴灾区。", "2024-05-10")


def test_no_count_of_days_ago_is_read_there():
    for text in ("总统将于5日前往莫斯科。", "日本代表团12日前来参加会谈。"):
        assert all(
            value != "2026-02-25" and "前" not in span for span, value in _dates(text, "2026-03-02")
        )


def test_days_ago_still_read():
    assert _dates("三天前，暴雨冲毁了这座桥。", "2024-07-10") == [("三天前", "2024-07-07")]
    assert _dates("5日前，他还在上海。", "2024-07-10") == [("5日前", "2024-07-05")]
