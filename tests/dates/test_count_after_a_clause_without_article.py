"""A count measured from a happening told by a clause whose subject has no
article ("The talks come a week after police and soldiers began searching the
valley on Friday, March 10", held-out story15) counts from the day that clause
tells, not from the date of the sentence before: read from it, the count gave
a day a week later than any the page tells. Without a day in the clause it is
no date; "after that" still counts from the date told before. Sentences
written for these tests (a strike, a flood); published 2034-03-17."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2034-03-17"


def found(text, lang="en"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("text", "count", "want"),
    [
        (
            (
                "The union met on March 2. The plant reopened two weeks after workers walked out "
                "on Monday, March 6."
            ),
            "two weeks after",
            "2034-03-20",
        ),
        (
            (
                "Aid reached the town on March 1. Schools opened three days after floodwaters "
                "receded on March 9."
            ),
            "three days after",
            "2034-03-12",
        ),
    ],
)
def test_a_count_after_a_clause_counts_from_its_day(text, count, want):
    got = dict(found(text))
    assert got[count] == want, got


def test_a_count_after_a_clause_with_no_day_is_no_date():
    text = "The union met on March 2. Two days after police arrived, the plant closed."
    assert found(text) == [("March 2", "2034-03-02")]


def test_a_count_after_that_still_counts_from_the_date_before():
    text = "The union met on March 2. Two days after that, the plant closed."
    assert found(text) == [("March 2", "2034-03-02"), ("Two days after", "2034-03-04")]


@pytest.mark.parametrize(
    ("lang", "text", "count", "want"),
    [
        # French and Spanish already named the happening with an article / que
        (
            "fr",
            "Le syndicat s'est réuni le 2 mars. L'usine a rouvert deux semaines après la grève du 6 mars.",
            "deux semaines après",
            "2034-03-20",
        ),
        (
            "es",
            (
                "El sindicato se reunió el 2 de marzo. La planta reabrió dos semanas después de que "
                "los obreros pararon el lunes 6 de marzo."
            ),
            "dos semanas después",
            "2034-03-20",
        ),
    ],
)
def test_other_languages_count_from_the_clauses_day(lang, text, count, want):
    got = dict(found(text, lang))
    assert got[count] == want, got
