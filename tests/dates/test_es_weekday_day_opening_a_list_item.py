"""A Spanish dated list whose later items name a weekday and a bare day with
no article ("sábado 25 de octubre, teatro; domingo 26, danza"): the item's
weekday opens it after a semicolon, a colon, a bullet or a line break and
only its day stands before a comma or a colon, so it is that day. Spanish
reads a weekday without its article nowhere else ("Domingo" is also a
name): "Plácido Domingo 26 veces", "domingo 10 a 14 horas" stay no date.
Sentences written for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", "2025-10-15")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Festival de otoño: viernes 24 de octubre, concierto; sábado 25, teatro; domingo 26, danza.",
            [
                ("viernes 24 de octubre", "2025-10-24"),
                ("sábado 25", "2025-10-25"),
                ("domingo 26", "2025-10-26"),
            ],
        ),
        (
            "Horarios de la feria:\njueves 23 de octubre, de 10 a 20 h\nviernes 24: de 10 a 22 h",
            [("jueves 23 de octubre", "2025-10-23"), ("viernes 24", "2025-10-24")],
        ),
        (
            "Jornada 11: sábado 1 de noviembre, Celta-Osasuna; • domingo 2, Valencia-Elche.",
            [("sábado 1 de noviembre", "2025-11-01"), ("domingo 2", "2025-11-02")],
        ),
    ],
)
def test_weekday_and_day_opening_a_list_item(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Plácido Domingo 26 veces cantó en el Teatro Real.",
        "El tenor recordó; Domingo 26 veces subió al escenario.",
        "Horario de verano: domingo 10 a 14 horas.",
        "Lo cuenta su biógrafo: Domingo 26 años después volvió a casa.",
    ],
)
def test_name_or_hours_stay_no_date(text):
    assert found(text) == []
