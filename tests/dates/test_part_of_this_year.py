"""A quarter or half of "the year" / "this year" with no year written ("in
the first half of the year", "en el segundo trimestre del año", "au premier
semestre de l'année"): the publication's year, as for any year-less date.
A bare "third quarter" (no year named) stays no date, as do a school year's
terms. Publication date: Tuesday 10 September 2024 unless said."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang, published=PUB):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "Profit fell in the first half of the year.", ("2024-01", "2024-06")),
        ("en", "Profit fell in the first half of this year.", ("2024-01", "2024-06")),
        ("en", "Sales rose 4% in the second quarter of the year.", ("2024-04", "2024-06")),
        ("es", "El PIB creció un 0,8 % en el primer trimestre del año.", ("2024-01", "2024-03")),
        ("es", "El paro bajó en el segundo trimestre de este año.", ("2024-04", "2024-06")),
        ("es", "Durante la primera mitad del año, el turismo creció.", ("2024-01", "2024-06")),
        ("es", "Las ventas cayeron en el segundo semestre del año.", ("2024-07", "2024-12")),
        (
            "fr",
            "Le chiffre d'affaires a progressé au premier semestre de l'année.",
            ("2024-01", "2024-06"),
        ),
        ("fr", "Le PIB a reculé au troisième trimestre de cette année.", ("2024-07", "2024-09")),
    ],
)
def test_part_of_the_year_takes_the_publication_year(lang, text, expect):
    assert values(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Growth should pick up in the fourth quarter of this year."),
        ("fr", "Au quatrième trimestre de l'année, la croissance devrait repartir."),
        ("es", "El paro subió en el cuarto trimestre del año."),
    ],
)
def test_this_years_quarter_is_never_last_years(lang, text):
    # published in February: "this year's fourth quarter" is still ahead
    assert values(text, lang, "2024-02-10") == [("2024-10", "2024-12")]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # no year named: a quarter of a game, of a report ... is no date; a
        # quarter told with trade is the publication year's (test_bare_part_alone)
        ("en", "Sales rose 5% in the second quarter.", [("2024-04", "2024-06")]),
        ("en", "Chelsea led for the first half.", []),
        ("en", "Read the first quarter of the yearly report.", []),
        # a year written after "the year" is that year's
        ("es", "En la primera mitad del año 2025 cayó el paro.", [("2025-01", "2025-06")]),
        ("fr", "la première moitié de l'année 2023", [("2023-01", "2023-06")]),
        ("en", "Profit fell in the first half of 2023.", [("2023-01", "2023-06")]),
        # a school year's term is no date
        ("es", "El examen cae en el primer trimestre del año escolar.", []),
        ("fr", "Le premier trimestre de l'année scolaire commence lundi.", [("2024-09-16", None)]),
    ],
)
def test_part_of_the_year_look_alikes(lang, text, expect):
    assert values(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # the year before or after: that year's own months, never the publication year's
        (
            "fr",
            "Au premier semestre de l'année dernière, le département avait connu deux crues.",
            [("2023-01", "2023-06")],
        ),
        ("es", "En el primer trimestre del año pasado, el paro subió.", [("2023-01", "2023-03")]),
        ("en", "Sales fell in the first half of the year before.", []),
    ],
)
def test_part_of_last_year_is_not_this_year(lang, text, expect):
    assert values(text, lang) == expect
