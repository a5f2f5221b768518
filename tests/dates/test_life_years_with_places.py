"""A life's years with the places of birth and death written between them,
as obituaries and encyclopaedias write them ("(Lyon, 1901 - Paris, 1999)",
"(Huế, 1930 – Sài Gòn, 2001)"), are one span of the two years, as "(1901-1999)"
is; a place and one year ("(London, 1994)") and a span running backwards are
none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Une rétrospective consacrée au peintre Paul Vidal (Lyon, 1901 - Paris, 1999) ouvre à Nantes.",
            [("1901 - Paris, 1999", "1901", "1999")],
        ),
        (
            "vi",
            "Nhạc sĩ Trần Văn Tú (Huế, 1930 – Sài Gòn, 2001) để lại hơn 200 ca khúc.",
            [("1930 – Sài Gòn, 2001", "1930", "2001")],
        ),
        (
            "en",
            "The poet Ada Marsh (Cork, 1911 – New York, 1987) wrote in two languages.",
            [("1911 – New York, 1987", "1911", "1987")],
        ),
        # negatives: a place and a year, a span running backwards
        ("en", "The band (London, 1994) never toured again.", []),
        ("es", "El cuadro (Sevilla, 1990 - Cádiz, 1950) es una copia.", []),
    ],
)
def test_life_years_with_places(lang, text, expected):
    assert found(text, lang) == expected
