""" "The week of March 4" (US business and court news), "la semana del 4 de
marzo", "la semaine du 4 mars": the week -- Monday to Sunday -- that holds
the day, granularity week, not the day itself. A range of days written out
("la semaine du 4 au 10 mars") stays that range. Publication date: Tuesday
10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value, m.granularity)
        for m in resolve_dates(text, lang, PUB)
    ]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "en",
            "Brightwater will hold its investor day the week of March 4.",
            ("the week of March 4", "2025-03-03", "2025-03-09", "week"),
        ),
        (
            "en",
            "Jury selection begins the week of Jan. 13, 2025, the court said.",
            ("the week of Jan. 13, 2025", "2025-01-13", "2025-01-19", "week"),
        ),
        (
            "es",
            "La feria del libro se celebrará la semana del 4 de marzo.",
            ("la semana del 4 de marzo", "2025-03-03", "2025-03-09", "week"),
        ),
        (
            "fr",
            "Les travaux du pont auront lieu la semaine du 4 mars 2025.",
            ("la semaine du 4 mars 2025", "2025-03-03", "2025-03-09", "week"),
        ),
    ],
)
def test_the_week_of_a_day(lang, text, expect):
    assert values(text, lang) == [expect]


def test_a_range_of_days_stays_the_range():
    text = "Les travaux auront lieu la semaine du 4 au 10 mars 2025."
    assert values(text, "fr") == [("du 4 au 10 mars 2025", "2025-03-04", "2025-03-10", "day")]
