"""A Chinese plan told after the fact ("原定于", "原计划", "原订于": was
originally set for) is no forward date, in every table that reads a plan word
as the future (a weekday's, a year-less day's); the guard is written once
(ZH_NOT_ORIGINALLY). Pins the answers the five typed guards gave (the same on
3427268). Sentences written for this file."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", pub)]


@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        # a weekday: the one past for the original plan, the next for a plan
        ("这场发布会原定于周五举行，现已取消。", "2025-05-14", [("周五", "2025-05-09")]),
        ("这场发布会定于周五举行。", "2025-05-14", [("周五", "2025-05-16")]),
        ("大桥原计划周五通车，因暴雨推迟。", "2025-05-14", [("周五", "2025-05-09")]),
        ("大桥计划周五通车。", "2025-05-14", [("周五", "2025-05-16")]),
        ("展览原订于周六开幕。", "2025-05-14", [("周六", "2025-05-10")]),
        ("展览订于周六开幕。", "2025-05-14", [("周六", "2025-05-17")]),
        # a day of no year: this year's for the original plan, next year's ahead
        ("会议原定于3月2日召开。", "2025-05-14", [("3月2日", "2025-03-02")]),
        ("会议定于3月2日召开。", "2025-05-14", [("3月2日", "2026-03-02")]),
    ],
)
def test_an_original_plan_is_no_forward_date(text, pub, want):
    assert found(text, pub) == want
