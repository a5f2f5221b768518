"""English names a happening or a level by its year after "the" or a
possessive -- "the 2022 election", "their 2030 target", "its 2008 high" --
and that year is a date. "the" alone before a number reads no year ("the
1990s" is a decade, "the 2000 delegates" a count), so only nouns that a
year names (an election, a season, a record, a level, a report...) open it;
a counted noun after the number keeps it a count. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-05-14"


def found(text, lang="en"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The opposition lost the 2022 election by a wide margin.", [("2022", "2022")]),
        ("The province wants to meet its 2030 target for wind power.", [("2030", "2030")]),
        ("Copper prices are still far below their 2011 high.", [("2011", "2011")]),
        ("Attendance never recovered from the 2008 crisis.", [("2008", "2008")]),
        ("The club is preparing for the 2027 season.", [("2027", "2027")]),
        # negatives: counts, a decade, no year-named noun
        ("The 2000 delegates voted on the motion.", []),
        ("Its 1800 employees were sent home.", []),
        ("The 1980s were a decade of growth.", []),
        ("The 2019 votes were counted by hand.", []),
        ("All 2019 ballots were counted by hand.", []),
    ],
)
def test_en_year_before_event_noun(text, expected):
    assert found(text) == expected
