"""'early' and 'late' right after a verb of timing told in the present or as
a state ('Christmas shopping starts early this year', 'Easter is late this
year', 'spring came early last year') tell a recurring happening's time
against its usual one: the part of the year was read ('early this year' as
January). Only the year is read there, true of either reading; 'early this
year' after other verbs, and a one-off told ahead ('will open early next
year'), keep the month. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Christmas shopping starts early this year.", [("this year", "2025")]),
        (
            "Easter is late this year, on April 20.",
            [("this year", "2025"), ("April 20", "2025-04-20")],
        ),
        ("Spring came early last year in the north.", [("last year", "2024")]),
        ("The flu season arrives early this year, doctors warn.", [("this year", "2025")]),
        # the part of the year
        ("Sales rose early this year.", [("early this year", "2025-01")]),
        ("The plant will open late this year.", [("late this year", "2025-12")]),
        ("The law was passed late last year.", [("late last year", "2024-12")]),
        ("The election will be held early next year.", [("early next year", "2026-01")]),
    ],
)
def test_early_after_a_timing_verb(text, expected):
    assert found(text) == expected
