"""English "the next <thing> is/comes/falls in|on <year-less date>" (the
next of a series, told in the present: "the next census is in February",
"the next fare rise comes in January") lies ahead, as "will be held in"
does. Told in the past ("the next hearing was on February 4") or a
narrative's "the next day" it stays behind. Publication date: Wednesday 11
June 2025."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-11"


def values(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("Officials say the next census is in February.", [("February", "2026-02")]),
        ("Commuters were told the next fare rise comes in January.", [("January", "2026-01")]),
        ("The next hearing is on February 4, the clerk said.", [("February 4", "2026-02-04")]),
    ],
)
def test_next_of_a_series_in_the_present_lies_ahead(text, expect):
    assert values(text) == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        ("The next hearing was on February 4.", [("February 4", "2025-02-04")]),
        ("The next day, in February, the river froze.", [("February", "2025-02")]),
    ],
)
def test_next_told_in_the_past_stays_behind(text, expect):
    assert values(text) == expect
