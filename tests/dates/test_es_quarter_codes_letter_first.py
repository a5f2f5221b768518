"""Spanish quarter and half codes with the letter first, as French writes them
("el T2 2025", "el S2/2024", "el T4'25"): the quarter's or half's months, as
the digit-first "2T25" already was. Capitals only and a year after: "la t2",
"la línea S1" alone stay none. Sentences written for these tests (a bank's
and a retailer's results); published 2025-11-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-11-12"


def found(text, lang="es"):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "El banco ganó 900 millones en el T2 2025, un 4% más que en el T2 2024.",
            [("T2 2025", "2025-04", "2025-06"), ("T2 2024", "2024-04", "2024-06")],
        ),
        (
            "La cadena cerró el S2/2024 con pérdidas y prevé beneficios en el T4'25.",
            [("S2/2024", "2024-07", "2024-12"), ("T4'25", "2025-10", "2025-12")],
        ),
    ],
)
def test_letter_first_codes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Los trenes de la línea S1 circulan cada diez minutos.",
        "El vuelo sale de la T2 a las 9.",
        "Se vendieron t2 2025 unidades.",
    ],
)
def test_no_code_no_date(text):
    assert found(text) == []
