"""English names the days of a range before its dates ("Thursday to
Saturday, Oct. 23-25", "Friday-Sunday, June 6-8, 2025"): one range of the
dates, not the second weekday glued to the first date ("Saturday, Oct. 23",
read alone as a day the weekday does not fit). Sentences written for these
tests (a book fair, a conference); published Monday 2025-10-13."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


@pytest.mark.parametrize(
    "text,span,value,end",
    [
        (
            "The book fair runs Thursday to Saturday, Oct. 23-25, in the old market hall.",
            "Thursday to Saturday, Oct. 23-25",
            "2025-10-23",
            "2025-10-25",
        ),
        (
            "The conference was held Friday-Sunday, June 6-8, 2025, in Leeds.",
            "Friday-Sunday, June 6-8, 2025",
            "2025-06-06",
            "2025-06-08",
        ),
    ],
)
def test_weekday_names_before_a_day_range(text, span, value, end):
    got = [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, "en", "2025-10-13")
    ]
    assert got == [(span, value, end)]
