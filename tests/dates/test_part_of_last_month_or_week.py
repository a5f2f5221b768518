"""A part of last, this or next month or week in English -- "at the end of
last month", "by the end of this month", "in the middle of next week" -- is
that month or week, as "a finales del mes pasado" and "cuối tháng trước"
are: the "of" before it does not make it part of something named. "The
last month of the year" (no relative month) stays no date."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, pub=PUB):
    return [m.value for m in resolve_dates(text, "en", pub)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("Sales fell at the end of last month.", "2024-08"),
        ("The plant will close by the end of this month.", "2024-09"),
        ("At the beginning of last month, the index fell.", "2024-08"),
    ],
)
def test_a_part_of_a_relative_month_is_that_month(text, expect):
    assert values(text) == [expect]


def test_a_part_of_next_week_is_next_week():
    assert values("Talks resume in the middle of next week.") == values("Talks resume next week.")


@pytest.mark.parametrize(
    "text",
    [
        "The end of the last month of the year was cold.",
        "Members of last year's team returned.",
    ],
)
def test_of_before_a_named_thing_still_blocks(text):
    assert values(text) == []
