"""A bare "El 16," opening a Spanish sentence is a retelling's day, but not
where a name set off by commas follows it: "El 7, Cristiano Ronaldo, marcó"
names a player by his shirt. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2031-06-10"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "es", PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "El 7, Cristiano Ronaldo, marcó dos goles en la final.",
        "El Valencia perdió en casa. El 9, Hugo Duro, no jugó por lesión.",
        "El 10, Messi, firmó la asistencia del empate.",
    ],
)
def test_shirt_number_is_no_day(text):
    assert found(text) == []


def test_retelling_day_still_read():
    text = "La lava avanzó durante días. El 16, la colada había llegado al mar."
    assert found(text) == [("16", "2031-05-16")]
