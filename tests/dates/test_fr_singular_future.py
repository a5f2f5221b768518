"""A French verb in the singular future before a weekday ("Le Conseil de
sécurité se réunira jeudi", "Le président se rendra lundi à Paris") puts it
ahead, as the plural ("se réuniront jeudi") already did: agency news writes
its agenda so and these weekdays were read as the ones just past. Nouns with
the same ending ("un opéra", "la caméra") and a future after the weekday
("a dit lundi qu'il se rendra") change nothing. Sentences written for these
tests; published on Wednesday 2024-07-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-07-10"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "fr", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le Conseil de sécurité se réunira jeudi à New York.", [("jeudi", "2024-07-11")]),
        ("Le président se rendra lundi à Paris.", [("lundi", "2024-07-15")]),
        ("Il participera mardi à une conférence sur le climat.", [("mardi", "2024-07-16")]),
        (
            "La Ligue arabe tiendra une réunion d'urgence dimanche au Caire.",
            [("dimanche", "2024-07-14")],
        ),
        # the plural, as before
        ("Les ministres se réuniront jeudi.", [("jeudi", "2024-07-11")]),
    ],
)
def test_singular_future_puts_the_weekday_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Il a vu un opéra dimanche.", [("dimanche", "2024-07-07")]),
        ("La caméra a filmé la scène lundi.", [("lundi", "2024-07-08")]),
        ("Il a dit lundi qu'il se rendra en Chine.", [("lundi", "2024-07-08")]),
        ("Le président, qui se rendra en Chine, a parlé lundi.", [("lundi", "2024-07-08")]),
    ],
)
def test_past_weekdays_stay_behind(text, expected):
    assert found(text) == expected
