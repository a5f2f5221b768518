"""The days between two ISO values, one helper for the dates stage (a page's
<meta> time against its stamp) and the story clusterer (gaps between days):
the forms those callers pass, pinned as both copies of it answered before they
were made one (the same answers on 3427268's two copies, with None added for
the dates stage's)."""

from __future__ import annotations

import pytest

from newsline.days import days_between


@pytest.mark.parametrize(
    "earlier, later, days",
    [
        ("2024-01-01", "2024-03-01", 60),  # across a leap February
        ("2024-03-01", "2024-01-01", -60),  # later is the earlier: negative
        ("2023-12-31", "2024-01-01", 1),
        ("2024-01-01T23:00:00+07:00", "2024-01-02", 1),  # a time: its day
        ("2024-05-03", "2024-05-03T00:30:00Z", 0),
        # not a full day: no gap at all
        ("2024", "2024-02-01", 0),
        ("2024-01", "2024-02-01", 0),
        ("--05-03", "2024-05-04", 0),  # a day of no year
        ("2024-02-30", "2024-03-01", 0),  # no such day
        ("-0044-03-15", "2024-01-01", 0),  # before the common era
        ("", "2024-01-01", 0),
        (None, "2024-01-01", 0),
        ("2024-01-01", None, 0),
    ],
)
def test_days_between(earlier, later, days):
    assert days_between(earlier, later) == days
