"""English "on the 5th" told ahead by a future word further back in its
clause: past a long object ("will close its doors to readers from across
the county on the 5th"), after a clock time whose dots end no clause ("will
close at 8 p.m. on the 5th"), or before "and" opening another clause ("will
close on the 5th and reopen on the 20th", where the 5th was not read at all).
Each was read as the 5th just past. Not where a verb told in the past stands
in the clause, nor before another day ("the 5th and 6th"). Sentences
invented; published Friday 2025-10-17."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", "2025-10-17")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The swimming baths will shut their doors to clubs from across the district on the 3rd.",
            [("3rd", "2025-11-03")],
        ),
        ("Polling stations will close at 10 p.m. on the 6th, the council said.", [("6th", "2025-11-06")]),
        (
            "The tunnel will close on the 4th and reopen on the 9th.",
            [("4th", "2025-11-04"), ("9th", "2025-11-09")],
        ),
    ],
)
def test_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Inspectors who will report next year visited the families of the flood victims on the 3rd.",
            [("next year", "2026"), ("3rd", "2025-10-03")],
        ),
        ("The ferry sailed on the 3rd and 4th.", []),
    ],
)
def test_unchanged(text, expected):
    assert found(text) == expected
