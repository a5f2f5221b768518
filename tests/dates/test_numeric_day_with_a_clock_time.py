"""A bare numeric day and month in en/es/fr (elsewhere a score, a share or a
fraction, read only as a list item's label) is a date when a date's
preposition stands before it and a clock time before or after it: "at 6:15
on 10/2", "on 10/2 at 9pm", "a las 21.30 del 10/2", "el 10/2 a las 8",
"à 21 h le 10/2", "le 10/2 à 7 h". en reads month first, es and fr day
first; a span from a time on one to a time on the next is one range."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-09-17"


def found(text, lang, pub=PUB):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The ferry sails at 6:15 on 10/2, weather permitting.", ("2025-10-02", None)),
        ("en", "Doors open on 10/2 at 9pm for the charity gala.", ("2025-10-02", None)),
        ("es", "El vuelo saldrá a las 21.30 del 10/2 desde Barajas.", ("2026-02-10", None)),
        ("es", "La votación empieza el 2/10 a las 8 en todo el país.", ("2025-10-02", None)),
        ("fr", "Le concert commencera à 21 h le 2/10 au Zénith.", ("2025-10-02", None)),
        ("fr", "Travaux de nuit de 22 h le 2/10 à 5 h le 3/10.", ("2025-10-02", "2025-10-03")),
    ],
)
def test_a_numeric_day_told_with_a_clock_time_is_a_date(lang, text, expect):
    assert found(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The doors open on 10/2."),  # no time: a share as often
        ("en", "They won 3/1 at 10pm."),  # no date's preposition
        ("en", "Stir in 1/2 cup at 9:00 on low heat."),
        ("es", "Obtuvo 3/4 de los votos a las 20.00."),
        ("fr", "Il a obtenu 3/4 des voix à 20 h."),
        ("fr", "Le score était de 3/1 à 21 h."),
    ],
)
def test_no_time_or_no_preposition_no_date(lang, text):
    assert found(text, lang) == []
