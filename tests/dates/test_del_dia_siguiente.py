"""Spanish "del día siguiente" / "del día anterior" after a time of day ("a
las 11.00 del día siguiente", "en la tarde del día anterior") counts a day
from the date told before, as "al día siguiente" and "el día anterior" do.
Of a happening named after it ("del día siguiente al ataque", "del día
anterior a la final") it names no date, as before."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-05-14"


def found(text, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", pub)]


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            (
                "Los bomberos llegaron a las 4.00 del 9 de mayo y controlaron el fuego a las "
                "11.00 del día siguiente."
            ),
            [("9 de mayo", "2025-05-09"), ("del día siguiente", "2025-05-10")],
        ),
        (
            (
                "El acuerdo se firmó el 2 de mayo, pero los detalles se conocieron en la tarde "
                "del día anterior."
            ),
            [("2 de mayo", "2025-05-02"), ("del día anterior", "2025-05-01")],
        ),
    ],
)
def test_del_dia_siguiente_counts_from_the_date_before(text, expect):
    assert found(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "Los periódicos del día siguiente al ataque lo llevaron en portada.",
        "El atleta no durmió la noche del día anterior a la final.",
    ],
)
def test_of_a_happening_named_after_it_no_date(text):
    assert found(text) == []
