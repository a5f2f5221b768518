"""A weather warning or rule in force over a span names days ahead ("A
yellow warning for rain is in force from Thursday evening until Friday",
"has issued an amber warning for wind from 6am on Friday", "en vigilance
orange orages jusqu'à jeudi", "el aviso naranja por lluvias a partir del
jueves"): the weekdays were read as last week's, the issuing being told in
the past. A past form between keeps them behind ("The warning was in place
until Friday", "El aviso estuvo activo hasta el viernes", "La vigilance a
été levée jusqu'à jeudi"). Sentences written for these tests; published
Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "A yellow warning for rain is in force from Thursday evening until Friday lunchtime.",
            # one span of the two days (tests/dates/test_part_of_day_weekday_spans.py)
            [("Thursday evening until Friday", "2025-10-16")],
        ),
        (
            "en",
            "The Met Office has issued an amber warning for wind from 6am on Friday.",
            [("Friday", "2025-10-17")],
        ),
        (
            "fr",
            "Météo-France a placé le Gard en vigilance orange orages jusqu'à jeudi 6 heures.",
            [("jeudi", "2025-10-16")],
        ),
        (
            "es",
            "La Aemet ha activado el aviso naranja por lluvias a partir del jueves.",
            [("jueves", "2025-10-16")],
        ),
        ("en", "The warning was in place until Friday.", [("Friday", "2025-10-10")]),
        ("en", "A warning was issued on Friday.", [("Friday", "2025-10-10")]),
        ("es", "El aviso estuvo activo hasta el viernes.", [("viernes", "2025-10-10")]),
        ("fr", "La vigilance a été levée jusqu'à jeudi.", [("jeudi", "2025-10-09")]),
    ],
)
def test_warnings(lang, text, expected):
    assert found(text, lang) == expected
