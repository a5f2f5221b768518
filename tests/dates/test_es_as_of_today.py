"""Spanish "a día de hoy" (as of today), "todavía hoy" and "aún hoy" (still
today) tell how things stand, like "hoy en día": no day, and "hoy" in them is
not today. "Hoy" alone still is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-07-10"


def found(text, lang="es"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "A día de hoy, la ciudad sigue sin agua potable.",
        "Todavía hoy la ciudad sigue sin agua potable.",
        "La ciudad sigue aún hoy sin agua potable.",
        "La ciudad sigue hoy todavía sin agua potable.",
    ],
)
def test_as_of_today_is_no_day(text):
    assert found(text) == []


def test_today_alone_is_today():
    assert found("Hoy el ministro anunció su dimisión.") == [("Hoy", "2024-07-10")]
    # "again today" in French is a happening of the day
    assert found("Encore aujourd'hui, des tirs ont été entendus.", "fr") == [
        ("aujourd'hui", "2024-07-10")
    ]
