"""Spanish "Hoy hace N años que ..." (today it is N years since): that day N
years ago, one mention, as "hace N años, tal día como hoy" already was. A
"hoy" set apart by a comma or a clause stays today, and the count alone the
year. Sentences written for these tests (a bridge, a strike); published
2025-05-28."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-05-28"


def found(text, lang="es"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        (
            "Hoy hace veinte años que se inauguró el puente colgante.",
            "Hoy hace veinte años",
            "2005-05-28",
        ),
        ("hoy hace un año que los mineros empezaron la huelga.", "hoy hace un año", "2024-05-28"),
    ],
)
def test_today_n_years_ago_is_that_day(text, span, value):
    assert found(text) == [(span, value)]


def test_a_today_set_apart_stays_today():
    assert found("Hoy llueve; hace un año no llovía.") == [
        ("Hoy", "2025-05-28"),
        ("hace un año", "2024"),
    ]
