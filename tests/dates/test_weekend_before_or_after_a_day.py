"""The weekend before or after a day ("the weekend before Christmas", "el fin
de semana posterior a Año Nuevo", "le week-end précédant la Toussaint", "the
weekend after Dec. 8"): the Saturday and Sunday before or after it, the day
named only to say which (heldout16's and heldout17's choice); never the
weekend the day itself falls in. A bare "Christmas" / "Noël" / "Navidad" is
read only there (alone it is the season). Sentences written for these tests;
published Wednesday 2026-11-18 (Christmas 2026 is a Friday, Halloween a
Saturday)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-11-18"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Garden centres expect record sales on the weekend before Christmas.",
            [("the weekend before Christmas", "2026-12-19", "2026-12-20")],
        ),
        (
            "en",
            "The bakery will reopen the weekend after Christmas Day.",
            [("the weekend after Christmas Day", "2026-12-26", "2026-12-27")],
        ),
        (
            # a holiday on a Saturday: the weekend after is the next one
            "en",
            "Turnout at the stadium dropped on the weekend after Halloween.",
            [("the weekend after Halloween", "2026-11-07", "2026-11-08")],
        ),
        (
            "en",
            "Road works will close the bypass the weekend before Dec. 8.",
            [("the weekend before Dec. 8", "2026-12-05", "2026-12-06")],
        ),
        (
            "es",
            "Las estaciones de esquí abrirán el fin de semana posterior a Año Nuevo.",
            [("el fin de semana posterior a Año Nuevo", "2027-01-02", "2027-01-03")],
        ),
        (
            "es",
            "Los mercadillos se instalarán el fin de semana antes de Navidad.",
            [("el fin de semana antes de Navidad", "2026-12-19", "2026-12-20")],
        ),
        (
            "fr",
            "Les péages seront saturés le week-end précédant Noël.",
            [("le week-end précédant Noël", "2026-12-19", "2026-12-20")],
        ),
        (
            "fr",
            "La fréquentation a chuté le week-end suivant la Toussaint.",
            [("le week-end suivant la Toussaint", "2026-11-07", "2026-11-08")],
        ),
    ],
)
def test_weekend_counted_from_a_day(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the season alone, and a weekend counted from a happening: no date
        ("en", "Shoppers always spend more before Christmas.", []),
        ("en", "Polls tightened on the weekend before the vote.", []),
        ("es", "En Navidad las ventas suben un 20 %.", []),
        ("fr", "Le week-end de la Toussaint, les routes sont chargées.", []),
        # the weekend of the day itself is not counted from it
        ("en", "The weekend before last was wet.", [("The weekend before last", "2026-11-07", "2026-11-08")]),
    ],
)
def test_no_weekend_without_a_day_after(lang, text, want):
    assert found(text, lang) == want
