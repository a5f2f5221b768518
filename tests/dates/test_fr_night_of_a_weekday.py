"""French "dans la nuit de lundi" names Monday night into Tuesday: the two
days (heldout4's choice), as "dans la nuit de lundi à mardi" does. A night
with its date ("la nuit du lundi 4 mars") keeps the date; Spanish "la noche
del lunes" (the evening) and a weekday alone stay one day. Sentences written
for these tests; published Wednesday 2025-11-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2025-11-12")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dans la nuit de lundi, deux voitures ont été incendiées à Rennes.",
            [("nuit de lundi", "2025-11-10", "2025-11-11")],
        ),
        (
            "Des rafales à 120 km/h sont attendues dans la nuit de vendredi.",
            [("nuit de vendredi", "2025-11-14", "2025-11-15")],
        ),
        (
            "Dans la nuit du dimanche, la crue a atteint son pic.",
            [("nuit du dimanche", "2025-11-09", "2025-11-10")],
        ),
    ],
)
def test_the_night_of_a_weekday_is_two_days(text, want):
    assert found(text, "fr") == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Dans la nuit de lundi à mardi, la Seine a débordé.",
            "fr",
            [("lundi à mardi", "2025-11-10", "2025-11-11")],
        ),
        ("Lundi, deux voitures ont été incendiées.", "fr", [("Lundi", "2025-11-10", None)]),
        ("La noche del lunes ardieron dos coches en Vigo.", "es", [("lunes", "2025-11-10", None)]),
    ],
)
def test_other_nights_and_days_keep_their_reading(text, lang, want):
    assert found(text, lang) == want
