"""A Chinese masthead or dateline writes the weekday after the date, set off
by a space ("2025年11月4日 星期二", "11月4日 周二 晴"): it belongs to the date,
as "11月4日（星期二）" did, and is read once (it was a second mention). A line
break between them keeps two. Sentences invented; published Tuesday
2025-11-04."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", "2025-11-04")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2025年11月4日 星期二｜本市新闻早知道", [("2025年11月4日 星期二", "2025-11-04")]),
        ("11月4日 周二 多云转晴，气温12至20度。", [("11月4日 周二", "2025-11-04")]),
        # unchanged: in brackets, and across a line break
        ("11月4日（星期二）上午，大会开幕。", [("11月4日（星期二）", "2025-11-04")]),
        ("11月4日\n星期二有雨", [("11月4日", "2025-11-04"), ("星期二", "2025-11-04")]),
    ],
)
def test_weekday_after_its_date(text, expected):
    assert found(text) == expected
