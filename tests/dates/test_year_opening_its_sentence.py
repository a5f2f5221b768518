"""A year opening its sentence, set off by a comma ("In 2013, Typhoon Haiyan
killed ... on Nov. 8", held-out story14) gives its year to a day or month
told without a year later in that sentence: they were read in the page's own
year, and history became a happening of this year's news. Near misses keep
the page's year: a year that does not open the sentence, "since" a year, a
day in the next sentence. Sentences written for these tests (other storms,
a strike, an election); published 2030-10-20 unless told."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2030-10-20"


def values(text, lang, pub=PUB):
    return {text[m.start : m.end]: m.value for m in resolve_dates(text, lang, pub)}


@pytest.mark.parametrize(
    ("lang", "text", "day", "want"),
    [
        (
            "es",
            "En 2019, el huracán Dorian arrasó el norte de las Bahamas el 1 de septiembre.",
            "1 de septiembre",
            "2019-09-01",
        ),
        (
            "en",
            "In 2011, dock workers in Santos struck on 14 March and stayed out for a month.",
            "14 March",
            "2011-03-14",
        ),
        (
            "fr",
            "En 2022, les électeurs chiliens ont rejeté la nouvelle Constitution le 4 septembre.",
            "4 septembre",
            "2022-09-04",
        ),
        (
            "vi",
            "Năm 2017, bão Damrey đổ bộ vào Khánh Hòa ngày 4/11, làm hơn 100 người chết.",
            "4/11",
            "2017-11-04",
        ),
    ],
)
def test_a_day_after_a_year_opening_its_sentence_is_of_that_year(lang, text, day, want):
    got = values(text, lang)
    assert got[next(k for k in got if day in k)] == want, got


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # the year is inside the sentence, not its opening
        ("en", "The port, rebuilt in 2011, closed again on 14 March after the storm.", "14 March"),
        # "since" a year counts on to now
        ("en", "Since 2011, the port has flooded often; it closed on 14 March.", "14 March"),
        # the day is in the next sentence
        (
            "es",
            "En 2019, el huracán Dorian arrasó las Bahamas. El puerto cerró el 1 de septiembre.",
            "1 de septiembre",
        ),
    ],
)
def test_other_days_keep_the_pages_year(lang, text, day):
    got = values(text, lang)
    assert got[next(k for k in got if day in k)].startswith("2030"), got
