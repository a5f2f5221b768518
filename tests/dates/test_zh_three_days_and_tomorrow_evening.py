"""Chinese "大前天" / "大后天" are three days back / ahead (not "前天", two
days), and "明晚" / "明晨" are tomorrow evening / morning -- unless the
"明" belongs to a word before it ("说明晚会", explain the party). Sentences
invented; published 2024-08-14."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


@pytest.mark.parametrize(
    "text,expect",
    [
        ("大前天，地方法院開庭審理此案。", [("大前天", "2024-08-11")]),
        ("气象台预计大后天台风登陆。", [("大后天", "2024-08-17")]),
        ("前天，地方法院開庭審理此案。", [("前天", "2024-08-12")]),
        ("市政府明晚8時舉行記者會。", [("明晚", "2024-08-15")]),
        ("隧道明晨6时起封闭。", [("明晨", "2024-08-15")]),
        ("主办方说明晚会的安排。", []),
    ],
)
def test_three_days_and_tomorrow_evening(text, expect):
    assert [
        (text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", "2024-08-14")
    ] == expect


def test_the_day_before_counts_from_the_date_before_it():
    text = "法院8月2日宣判，前一天陪审团进行了长时间评议。"
    got = [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", "2024-08-14")]
    assert got == [("8月2日", "2024-08-02"), ("前一天", "2024-08-01")]
    # with no date before it, none
    assert resolve_dates("前一天晚上下了大雨。", "zh", "2024-08-14") == []
