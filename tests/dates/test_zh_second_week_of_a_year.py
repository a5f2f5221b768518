"""A Chinese numbered week after a year's one, joined to it ("由2025年第20周推迟
至第23周", "2025年第3周和第4周"), is a week of the same year; alone "第4周" stays
no date (it is as often the fourth week of anything, "上映第3周"), and one in
another clause is not taken. Sentences invented; published 2025-06-04."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, "zh", "2025-06-04")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "新机型的交付由2025年第20周推迟至第23周。",
            [
                ("2025年第20周", "2025-05-12", "2025-05-18"),
                ("第23周", "2025-06-02", "2025-06-08"),
            ],
        ),
        (
            "2025年第3周和第4周，客流明显回升。",
            [("2025年第3周", "2025-01-13", "2025-01-19"), ("第4周", "2025-01-20", "2025-01-26")],
        ),
        # another clause: not joined
        ("2025年第3周销量上升，第4周回落。", [("2025年第3周", "2025-01-13", "2025-01-19")]),
        ("影片上映第3周，票房下滑。", []),
    ],
)
def test_second_week(text, expected):
    assert found(text) == expected
