"""Spanish news names a day of the current month with "día" and no month
("el próximo día 20", "el pasado día 3", "desde el día 10"): the nearest
such day at or before publication, or after it with "próximo". A day of a
trip ("el día 2 del viaje"), a day of every month ("cada día 5") and a day
with its month written after it keep their own readings. A law cited by
number and year then its date ("Ley 12/2023, de 3 de julio") takes the
law's year. Publication date: Saturday 15 June 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-15"


def spans(text, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", published)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("El Gobierno aprobará la norma el próximo día 20.", [("día 20", "2024-06-20")]),
        ("La reunión fue el pasado día 3, según fuentes oficiales.", [("día 3", "2024-06-03")]),
        ("Desde el día 10, los precios suben.", [("día 10", "2024-06-10")]),
        ("El día 31, el ministro viajó a Bruselas.", [("día 31", "2024-05-31")]),
    ],
)
def test_day_of_the_month_alone(text, expect):
    assert spans(text) == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        ("El día 2 del viaje visitaron Toledo.", []),
        ("La cuota se cobra cada día 5.", []),
        ("El día 20 de marzo llegó a Madrid.", [("20 de marzo", "2024-03-20")]),
        ("El equipo jugó su día 3 de competición.", []),
        ("Fue un gran día 10 veces mejor para el club.", []),
    ],
)
def test_day_look_alikes(text, expect):
    assert spans(text) == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "La ley 12/2023, de 3 de julio, regula la vivienda.",
            [("2023, de 3 de julio", "2023-07-03")],
        ),
        (
            "El Real Decreto 1/2024, de 9 de enero, entra en vigor.",
            [("2024, de 9 de enero", "2024-01-09")],
        ),
        (
            "La Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos.",
            [("2018, de 5 de diciembre", "2018-12-05")],
        ),
        # no law number before it: the year comes from publication as usual
        ("El 3 de julio se aprobó la ley.", [("3 de julio", "2024-07-03")]),
    ],
)
def test_a_law_cited_by_number_and_year_dates_with_its_year(text, expect):
    assert spans(text) == expect
