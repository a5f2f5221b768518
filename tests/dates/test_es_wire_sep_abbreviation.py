"""Spanish wires write September "sep" in their datelines ("Quito, 3 sep
(EFE).-"), as they write "3 mar" or "14 abr"; CLDR's abbreviation is
"sept.", so "sep" was no month and the dateline no date: "hoy" then counted
from the page's stamp, not from the day the story was filed. A "sep" that
follows no day ("la SEP", "14 sep" with no wire mark after it) stays no
date. Sentences written for these tests (benchmarks/bundle_check.py --set
bundle6 found it on a Thai story)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-09-20"


def found(text):
    return [
        (text[m.start : m.end], m.value, m.anchor or "") for m in resolve_dates(text, "es", PUB)
    ]


@pytest.mark.parametrize(
    "text,filed,told,day",
    [
        (
            "Quito, 3 sep (EFE).- El Gobierno ecuatoriano aprobó hoy el plan de riego.",
            ("3 sep", "2025-09-03"),
            "hoy",
            "2025-09-03",
        ),
        (
            "MONTEVIDEO, 17 sep (Agencia Sur). – Los productores de leche protestaron este martes.",
            ("17 sep", "2025-09-17"),
            "este martes",
            "2025-09-16",
        ),
    ],
)
def test_a_wire_dateline_with_sep(text, filed, told, day):
    got = found(text)
    assert filed in [g[:2] for g in got]
    said = next(g for g in got if g[0] == told)
    assert said[1] == day
    assert said[2].startswith("dateline@")


@pytest.mark.parametrize(
    "text",
    [
        "La SEP publicó los resultados de la prueba nacional.",
        "El equipo llevaba 14 sep y nadie lo notó.",
    ],
)
def test_sep_without_a_day_or_a_wire_mark(text):
    assert found(text) == []
