"""Spanish "mañana" alone is the adverb tomorrow ("El puente abre mañana",
"«Mañana reabriremos la carretera»", "a partir de mañana"): it was read only
with a part of the day or a clock time after it. The noun "morning" takes a
word before it ("la/esta/cada/media mañana", "turno de mañana") and stays
unread, as "mañana y tarde" (mornings and afternoons). Sentences invented;
published Friday 2025-11-14."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", "2025-11-14")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("El nuevo puente de Triana abre mañana al tráfico.", [("mañana", "2025-11-15")]),
        ("«Mañana votaremos en contra», avisó la portavoz.", [("Mañana", "2025-11-15")]),
        ("A partir de mañana cambia el horario de los autobuses.", [("mañana", "2025-11-15")]),
        ("Mañana por la tarde se esperan tormentas.", [("Mañana", "2025-11-15")]),
        ("Pasado mañana llega el frente frío.", [("Pasado mañana", "2025-11-16")]),
    ],
)
def test_tomorrow(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La mañana fue tranquila en el puerto.",
        "Recibe cada mañana el boletín de noticias.",
        "Trabaja en el turno de mañana desde hace años.",
        "La oficina abre de lunes a viernes, mañana y tarde.",
        "Hay que construir el mañana entre todos.",
        "Llegó a media mañana, según los testigos.",
        "Es la idea en que basan el mundo del mañana.",
    ],
)
def test_morning_stays_unread(text):
    assert found(text) == []
