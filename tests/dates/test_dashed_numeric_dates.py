"""Spanish and French pages stamp dates day first with dashes ("Publicado el
12-03-2024", "Publié le 1-12-2023"), as they do with slashes. A longer
number or an impossible day stays no date. Publication date: Thursday 14
March 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-03-14"


def spans(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("es", "Publicado el 12-03-2024", [("12-03-2024", "2024-03-12")]),
        ("fr", "Publié le 1-12-2023", [("1-12-2023", "2023-12-01")]),
    ],
)
def test_dashed_day_first_dates(lang, text, expect):
    assert spans(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "Instale la versión 1.12.2024.3 del programa."),
        ("es", "Ganó 1.500.000 euros en la lotería."),
        ("es", "El expediente 12-03-2024-1 sigue abierto."),
        ("es", "La fecha 31-02-2024 no existe."),
        ("en", "Version 12.03.2024 of the app is out."),
    ],
)
def test_dashed_look_alikes(lang, text):
    assert spans(text, lang) == []
