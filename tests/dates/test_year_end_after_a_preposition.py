"""English business copy's "by year-end", "before year's end", "at the year
end": this year's last month, as "by the end of the year" is. Not a noun it
qualifies ("year-end bonuses", "the year-end party"), another year's end
("fiscal year-end", "year-end 2023"), nor the phrase without a preposition
of time. Sentences written for these tests; published 2024-03-13."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-03-13"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        # a wire's markets brief, a trade weekly, a regional business page
        ("The lender aims to cut 2,000 jobs by year-end.", ("by year-end", "2024-12")),
        ("Sales should recover before year's end, the chief executive said.", ("before year's end", "2024-12")),
        ("Inventories usually swell toward year end and then fall.", ("toward year end", "2024-12")),
        ("Rates will be reviewed at the year-end, the bank said.", ("at the year-end", "2024-12")),
    ],
)
def test_year_end_after_a_preposition(text, expect):
    assert found(text) == [expect]


@pytest.mark.parametrize(
    "text",
    [
        "Staff received year-end bonuses worth 2,000 dollars.",
        "Dozens were invited to the year-end party.",
        "Profits by year-end results were flat.",
        "The year-end review found no errors.",
        "Year-end figures are published by the ministry.",
    ],
)
def test_no_year_end_date(text):
    assert found(text) == []


def test_fiscal_or_numbered_year_end_is_not_this_year():
    assert found("The company's fiscal year-end is in June.") == [("June", "2024-06")]
    assert all(v != "2024-12" for _, v in found("Results at year-end 2023 were weak."))
