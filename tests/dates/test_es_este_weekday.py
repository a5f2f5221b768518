"""Spanish "este <weekday>" ("este domingo", "este jueves") is the nearest
such day: the coming one told ahead or with no tense ("lo festeja este
domingo" on a Thursday), the last one told in the past ("votaron este
domingo" on a Monday). It was read as a bare weekday, the last one whatever
the tense ("lo festeja este domingo" on a Thursday gave last Sunday).
Sentences invented."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", pub)]


@pytest.mark.parametrize(
    "pub,text,expected",
    [
        # a Thursday: Sunday is three days ahead, four behind
        (
            "2025-05-15",
            "La peña celebra su fiesta anual este domingo en la ermita.",
            [("este domingo", "2025-05-18")],
        ),
        # a Monday, a present of what is scheduled: the coming Sunday
        (
            "2025-05-12",
            "Los gallegos votan este domingo en unas municipales anticipadas.",
            [("este domingo", "2025-05-18")],
        ),
        # a Monday, told in the past: yesterday
        (
            "2025-05-12",
            "Los gallegos votaron este domingo en unas municipales anticipadas.",
            [("este domingo", "2025-05-11")],
        ),
        # a Thursday, told in the past: the Monday of this week
        (
            "2025-05-15",
            "Este lunes, la jueza archivó la causa por falta de pruebas.",
            [("Este lunes", "2025-05-12")],
        ),
        # unchanged: "este pasado" is the last one
        (
            "2025-05-15",
            "Este pasado domingo hubo elecciones en Portugal.",
            [("Este pasado domingo", "2025-05-11")],
        ),
    ],
)
def test_este_weekday_is_the_nearest(pub, text, expected):
    assert found(text, pub) == expected
