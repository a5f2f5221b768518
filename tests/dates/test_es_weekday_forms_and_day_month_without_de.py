"""Spanish news forms the resolver missed: a weekday after "del pasado" /
"del próximo" (de + el: "en la marcha del pasado lunes"), "este pasado" and
"este mismo"; and a day with a full month and no "de", as chronologies and
captions write them ("- 15 marzo: ...", "8 abril, 2017"). Not an abbreviated
month ("5 mar" is also the sea) nor a word that starts like a month.
Sentences written for these tests; published Thursday 2025-08-07."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-07"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dos agentes resultaron heridos en el desalojo del pasado lunes en Valencia.",
            [("del pasado lunes", "2025-08-04")],
        ),
        (
            "Los alcaldes negociarán el convenio durante la cumbre del próximo martes.",
            [("del próximo martes", "2025-08-12")],
        ),
        ("El incendio se declaró este pasado domingo en la sierra.", [("este pasado domingo", "2025-08-03")]),
        ("Los vecinos denunciaron el corte este mismo martes.", [("martes", "2025-08-05")]),
        ("- 12 febrero: el parlamento aprueba la reforma.", [("12 febrero", "2025-02-12")]),
        ("La cooperativa abrió su segunda planta el 9 octubre, 2019 en Cuenca.", [("9 octubre, 2019", "2019-10-09")]),
        ("- 30 noviembre: se celebra la segunda vuelta.", [("30 noviembre", "2024-11-30")]),
    ],
)
def test_read(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Los 15 mayores bancos del país publicaron sus cuentas.",
        "Compraron 20 marzos de tela.",
        "El 5 mar. es un lugar tranquilo.",
        "Todos los lunes pasados fueron iguales.",
    ],
)
def test_no_date(text):
    assert found(text) == []
