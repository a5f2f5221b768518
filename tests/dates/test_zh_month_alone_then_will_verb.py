"""A Chinese year-less month ("8月", "8月下旬") whose sentence then tells
what is to come by 将 right before a verb of what is to come ("长江流域将进入
主汛期") lies ahead, as a bare day so told does
(tests/dates/test_zh_day_alone_then_will_verb.py): it was read as last
year's month. 将 as the object marker before a noun ("警方将嫌犯抓获"), or a
future told in a later sentence, tells nothing. Sentences written for this
test; published 2024-03-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, pub="2024-03-10"):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "zh", pub)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("8月下旬，长江流域将进入主汛期。", [("8月", "2024-08", None)]),
        ("10月，该市将举办首届国际马拉松。", [("10月", "2024-10", None)]),
        ("9月至10月，南方地区将出现持续降雨。", [("9月至10月", "2024-09", "2024-10")]),
    ],
)
def test_a_month_then_a_will_verb_lies_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("11月，警方将嫌犯抓获。", [("11月", "2023-11", None)]),
        ("11月，警方抓获嫌犯。目前该市将举办灯会。", [("11月", "2023-11", None)]),
        ("3月，长江流域将进入主汛期。", [("3月", "2024-03", None)]),
    ],
)
def test_an_object_marker_or_a_later_sentence_tells_nothing(text, expected):
    assert found(text) == expected
