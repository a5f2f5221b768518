"""A bare year after a word that makes it one: a bond's maturity ("notes due
2031", "bonds maturing 2030", "obligations à échéance 2030") and a French
school year named by the year it opens ("la rentrée 2027", "rentrée scolaire
2027"). A count after "due" ("due 2000 dollars") and a number with a unit
stay no date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The airline priced $1bn of bonds due 2033 at par.", [("2033", "2033")]),
        ("en", "It also bought back notes maturing 2028.", [("2028", "2028")]),
        (
            "fr",
            "L'État a placé des obligations à échéance 2035 auprès des banques.",
            [("2035", "2035")],
        ),
        (
            "fr",
            "Pour la rentrée 2027, le ministère promet 3 000 enseignants.",
            [("2027", "2027")],
        ),
        ("fr", "La rentrée universitaire 2027 sera décalée.", [("2027", "2027")]),
        # negatives: a sum, a count
        ("en", "The balance due 2000 dollars was paid.", []),
        ("fr", "La rentrée a réuni 2000 élèves.", []),
    ],
)
def test_maturity_and_school_opening_year(lang, text, expected):
    assert found(text, lang) == expected
