"""Spanish weather and emergency news date the hours around now so: 'Esta
madrugada se registraron 120 litros' (early this morning), 'esta noche'
(tonight), and 'Mañana por la tarde se esperan tormentas' (tomorrow
afternoon): none was read, 'mañana' alone being also 'morning'. It is
tomorrow with a part of the day or a clock time after it (and, since
session 25, alone where no word before it makes it the noun:
test_es_manana_alone.py); 'La mañana del martes' stays a morning. Sentences written for these tests; published
Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", "2025-03-12")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Esta madrugada se registraron 120 litros por metro cuadrado en Chiva.",
            [("Esta madrugada", "2025-03-12")],
        ),
        ("Esta noche habrá tormentas en el litoral.", [("Esta noche", "2025-03-12")]),
        ("Mañana por la tarde se esperan tormentas fuertes.", [("Mañana", "2025-03-13")]),
        ("Mañana a las 10 se reúne el consejo.", [("Mañana", "2025-03-13")]),
        ("Pasado mañana por la tarde llegará el frente.", [("Pasado mañana", "2025-03-14")]),
        # unchanged: a morning, not tomorrow
        ("La mañana del martes fue tranquila.", [("martes", "2025-03-11")]),
        ("Por la mañana se despejó el cielo.", []),
    ],
)
def test_hours_around_now(text, expected):
    assert found(text) == expected
