""" "The last week of July", "the last month of the year", "the last year of
his term": a part of something named, not the week, month or year before
the publication; without "the" before it ("a hearing last month of the
House subcommittee") it still is last month. Publication date: Tuesday 10
September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("During the last week of July the river rose a metre.", [("July", "2024-07")]),
        ("In the last year of his term, the mayor built three schools.", []),
        ("The last month of the year was the wettest on record.", []),
    ],
)
def test_last_unit_of_something_is_no_relative_date(text, expect):
    assert values(text) == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        ("Last year, the mayor built three schools.", [("Last year", "2023")]),
        ("The river rose last week.", [("last week", "2024-09-02")]),
        ("Prices fell last month, officials said.", [("last month", "2024-08")]),
        (
            "At a hearing last month of the House subcommittee, the agency defended its budget.",
            [("last month", "2024-08")],
        ),
    ],
)
def test_last_week_month_year_still_count_back(text, expect):
    assert values(text) == expect
