"""Spanish nouns ending in "-ía" after their article ("la policía", "una
compañía", "el mediodía", "la mayoría") and the adverb "todavía" were read as
imperfect verbs ("tenía", "decía"), a past cue that turned a date told ahead
into last week's ("El domingo, la policía cortará el tráfico" -> the Sunday
before). A real imperfect still tells the past. Sentences invented in
Latin-American and Spanish registers; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "El sábado, la policía cerrará tres calles del barrio de Palermo.",
            [("sábado", "2025-10-18")],
        ),
        (
            "El 3 de octubre, la compañía abrirá su nueva planta en Monterrey.",
            [("3 de octubre", "2026-10-03")],
        ),
        (
            "El viernes, la mayoría de los bancos atenderá hasta las 13.00.",
            [("viernes", "2025-10-17")],
        ),
        ("El lunes, una auditoría revisará las cuentas del club.", [("lunes", "2025-10-20")]),
        ("El jueves, el mediodía será el momento más caluroso.", [("jueves", "2025-10-16")]),
        (
            "El 2 de octubre, todavía no se conocerán los resultados.",
            [("2 de octubre", "2026-10-02")],
        ),
    ],
)
def test_ia_noun_tells_no_past(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an imperfect is a past cue, as before
        (
            "El sábado, los vecinos tenían previsto protestar ante la sede.",
            [("sábado", "2025-10-11")],
        ),
        (
            "El 3 de octubre, el gobierno decía que abrirá la frontera.",
            [("3 de octubre", "2025-10-03")],
        ),
    ],
)
def test_imperfect_still_tells_past(text, expected):
    assert found(text) == expected
