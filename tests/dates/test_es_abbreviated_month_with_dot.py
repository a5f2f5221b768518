"""Spanish abbreviated months with their dot: a day and an abbreviation with
no "de", as listings write them ("vie. 6 feb., estreno"; "hasta el 28 feb."),
and "de" + abbreviation + dot + the year ("el 3 de ago. de 1951"). A bare
"5 mar" (also the sea) stays none, and a capitalised "De" after a full
month's sentence stop opens the next sentence, not the year. Sentences
written for these tests (a theatre season, a biography); published
2026-01-21."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2026-01-21"


def found(text, lang="es"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


def test_a_listing_of_abbreviated_days():
    text = "Cartelera: vie. 6 feb., estreno; sáb. 14 feb., función especial; dom. 1 mar., cierre."
    assert found(text) == [
        ("6 feb.", "2026-02-06"),
        ("14 feb.", "2026-02-14"),
        ("1 mar.", "2026-03-01"),
    ]


def test_an_abbreviation_before_the_year():
    text = "El escritor, nacido en Oviedo el 3 de ago. de 1951, publicó su primera novela en 1979."
    assert found(text) == [("3 de ago. de 1951", "1951-08-03"), ("1979", "1979")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Los pescadores se adentraron a 5 mar adentro.", []),
        (
            "La obra se estrenó el 5 de mayo. De 1990 a 2000 estuvo en cartel.",
            [("5 de mayo", "2025-05-05")],
        ),
    ],
)
def test_no_abbreviation_no_date(text, expected):
    got = found(text)
    assert [g for g in got if g[0].startswith("5")] == expected
