"""An English day of the month alone, with "the" and its ordinal after a
preposition of time ("gathered on the 3rd, police said", "will be held on
the 28th."), is a day of the current month, as fr "le 25" and es "el día
25": it read as no date. Not where a noun follows ("on the 3rd floor",
"the 3rd round"), a month follows (read as before: "the 3rd of June"), nor
a habit ("every month on the 1st"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-10-16"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Protesters first gathered on the 3rd, police said.", [("3rd", "2024-10-03")]),
        ("The vote will be held on the 28th.", [("28th", "2024-10-28")]),
        ("Prices have risen since the 1st; the index fell.", [("1st", "2024-10-01")]),
    ],
)
def test_a_day_of_the_month_alone(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The office is on the 3rd floor; the 3rd round starts soon.", []),
        ("Rent is due every month on the 1st.", []),
        ("He arrived on the 3rd of June.", [("the 3rd of June", "2024-06-03")]),
        ("She finished 3rd, behind two Kenyans.", []),
    ],
)
def test_a_noun_a_month_or_a_habit_after_it(text, expected):
    assert found(text) == expected
