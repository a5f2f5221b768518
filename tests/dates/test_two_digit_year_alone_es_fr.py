"""A two-digit year alone closing a clause told in the past: Spanish "en el
82", "desde el 94", "del 77", French "en 86", "depuis 95", "jusqu'en 89" --
the century from publication, as en "'98" and vi "năm 98" (heldout11's "en el
98", "en 98" were unread). Only 32 to 99, which cannot be a day of a month or
an hour ("el 12," is a day), with no unit after it, and not in a sentence
telling of a match, where it is a minute. Sentences invented; published
2025-06-04."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "Su padre emigró a Caracas en el 82, tras la devaluación.", [("82", "1982")]),
        ("es", "La fábrica no había vuelto a parar desde el 94.", [("94", "1994")]),
        ("es", "Aquel equipo ganó la liga del 77; nadie lo olvidó.", [("77", "1977")]),
        ("fr", "La maison a été construite en 86, juste avant la crise.", [("86", "1986")]),
        ("fr", "Les crues du canal ont cessé depuis 95.", [("95", "1995")]),
        ("fr", "Elle a dirigé la chorale jusqu'en 89.", [("89", "1989")]),
    ],
)
def test_two_digit_year_closing_a_past_clause(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # a match's minute
        ("es", "El delantero empató en el 89, y el estadio estalló."),
        ("fr", "Le capitaine a égalisé en 89, à la surprise générale."),
        # a house number or a rate told in the present; a unit after it
        ("es", "La familia vive en el 45, junto al mercado."),
        ("es", "El desempleo bajó en el 45 % de los municipios."),
        ("fr", "Il a bouclé le parcours en 98 minutes."),
        # a decimal ("78,2 %"), read with its comma
        ("es", "Los vecinos votaron el domingo, con una participación del 78,2 %."),
        ("fr", "Le taux de réussite a atteint en 87,5 % des cas."),
        # a day of the month, not a year
        ("es", "La votación se celebró el 12."),
        # told ahead: no two-digit year read
        ("fr", "Le chantier sera terminé en 48."),
    ],
)
def test_not_a_two_digit_year(lang, text):
    # no year read (a day of the month may be)
    assert [v for _, v in found(text, lang) if v and len(v) == 4] == []
