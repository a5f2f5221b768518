"""A Chinese "N号" before a player, a shirt, a contestant or a case ("10号球员",
"7号球衣", "3号选手", "5号病例") is a number, not the Nth day of the month
(as "3号线", "5号台风" were already). Sentences invented; published
2025-09-18."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", "2025-09-18")]


@pytest.mark.parametrize(
    "text",
    [
        "主队23号球员在补时阶段头球破门。",
        "身穿9号球衣的前锋打进两球。",
        "4号选手以微弱优势晋级。",
        "12号病例已于当天治愈出院。",
    ],
)
def test_numbers_are_no_days(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("比赛定于25号举行。", [("25号", "2025-09-25")]),
        ("球员们12号已经归队。", [("12号", "2025-09-12")]),
    ],
)
def test_days_still_read(text, expected):
    assert found(text) == expected
