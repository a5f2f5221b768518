"""A year with a possessive "'s" after a word that makes it a time ("in
2023's final months", "fiscal 2024's third quarter") is that year. After
any other cue it dates a work or a thing ("2013's Star Trek Into Darkness",
"Some of 2019's best gadgets"), like "the 2013 film": no date. A year
ending in 0 may be a decade ("the 1990s", "the 1980's", "the 2020's" stay
no date)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", "2024-09-10")]


@pytest.mark.parametrize(
    "text,value",
    [
        ("The shortage began in 2023's final months.", "2023"),
        ("Net income for fiscal 2024's third quarter fell.", "2024"),
        ("Turnout in 2019's election was the lowest on record.", "2019"),
    ],
)
def test_a_possessive_year_is_the_year(text, value):
    assert found(text) == [(value, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Music of the 1990s and the 1980's returned.",
        "The boom began in the 2020's.",
        "2009's Star Trek and 2013's Star Trek Into Darkness were directed by Abrams.",
        "Some of 2019's best tech gadgets are on sale.",
    ],
)
def test_a_decade_is_no_year(text):
    assert found(text) == []
