"""A full month before the day, then the year, in Spanish and French.

Latin American datelines write "marzo 20 de 2024" / "septiembre 3 del 2023",
and a machine translation from English keeps English order ("marzo 20,
2024", "mars 20, 2024"). Both were read as a year (or nothing). The month
must be written out and the year must follow, so "en marzo 20 personas" stays
a month and a count.
"""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (m.value, text[m.start : m.end])
        for m in resolve_dates(text, lang=lang, published="2024-03-25")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value", "span"),
    [
        ("Bogotá, marzo 20 de 2024. El alcalde firmó", "es", "2024-03-20", "marzo 20 de 2024"),
        ("Ciudad de México, septiembre 3 del 2023.", "es", "2023-09-03", "septiembre 3 del 2023"),
        ("El anuncio se hizo el marzo 20, 2024 en Madrid.", "es", "2024-03-20", "marzo 20, 2024"),
        ("Lima, setiembre 14 de 2022 (Agencia).", "es", "2022-09-14", "setiembre 14 de 2022"),
        ("La réunion a eu lieu le mars 20, 2024 à Lyon.", "fr", "2024-03-20", "mars 20, 2024"),
        ("Publié le octobre 5, 2023 par la rédaction.", "fr", "2023-10-05", "octobre 5, 2023"),
    ],
)
def test_month_then_day_then_year(text, lang, value, span):
    assert (value, span) in _found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a month, then a count: no day
        ("En marzo 20 personas murieron en la región.", "es", [("2024-03", "marzo")]),
        ("En mars 20 personnes sont mortes.", "fr", [("2024-03", "mars")]),
        # French without the comma is not the translated order
        ("Mars 20 2024 est un titre.", "fr", []),
        # the usual orders are unchanged
        ("El 20 de marzo de 2024 hubo elecciones.", "es", [("2024-03-20", "20 de marzo de 2024")]),
        ("Le 20 mars 2024, le conseil a voté.", "fr", [("2024-03-20", "20 mars 2024")]),
        # an abbreviation is not enough ("mar" is also the sea)
        ("El mar 20, 2024 metros de profundidad", "es", []),
    ],
)
def test_near_misses(text, lang, expected):
    got = _found(text, lang)
    for item in expected:
        assert item in got, got
    assert not any(
        v.count("-") == 2 and v.endswith("-20") for v, _ in got if (v, _) not in expected
    ), got
