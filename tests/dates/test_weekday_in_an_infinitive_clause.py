"""A weekday ending an infinitive clause ("avant de recevoir les syndicats
mardi", "before meeting union leaders on Tuesday", "antes de reunirse con
los sindicatos el martes") takes the tense of its main clause. The future
word was looked for only 60 characters back: with a long main clause ("Le
ministre prévoit de consulter les élus de la région ...") the weekday was
read as the Tuesday just past. A main clause told in the past keeps it
behind. Pages written for these tests; published Wednesday 2025-08-06."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-06"
NEXT_TUE, LAST_TUE = "2025-08-12", "2025-08-05"


def day(text, lang):
    (m,) = resolve_dates(text, lang, PUB)
    return m.value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre prévoit de consulter les élus de toute la région sinistrée "
            "avant de recevoir les syndicats mardi.",
        ),
        (
            "fr",
            "La préfète va réunir les maires des communes touchées par les inondations, "
            "afin d'arrêter un plan d'aide mardi.",
        ),
        (
            "en",
            "The minister will tour the villages flooded by the storms across the north "
            "before meeting union leaders on Tuesday.",
        ),
        (
            "es",
            "El ministro visitará los pueblos inundados por las tormentas en todo el norte "
            "antes de reunirse con los sindicatos el martes.",
        ),
    ],
)
def test_a_future_main_clause_puts_it_ahead(lang, text):
    assert day(text, lang) == NEXT_TUE


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre a consulté les élus de toute la région sinistrée "
            "avant de recevoir les syndicats mardi.",
        ),
        (
            "en",
            "The minister toured the villages flooded by the storms across the north "
            "before meeting union leaders on Tuesday.",
        ),
        (
            "es",
            "El ministro visitó los pueblos inundados por las tormentas en todo el norte "
            "antes de reunirse con los sindicatos el martes.",
        ),
        # a future word of another sentence is not the main clause's
        (
            "fr",
            "Le ministre prévoit un plan. Il a consulté les élus de toute la région "
            "avant de recevoir les syndicats mardi.",
        ),
    ],
)
def test_a_past_main_clause_keeps_it_behind(lang, text):
    assert day(text, lang) == LAST_TUE
