"""A date a figure is compared with ("down 10% compared with 2023", "par
rapport à 2023", "frente a 2023", "plus tôt que l'an dernier") is the
comparison's baseline, not when something happened: no event for it. The
same year as the time of a happening ("in 2023", "en 2023") still makes one."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.model import Document


def event_dates(text, lang, published="2024-08-28"):
    doc = Document(id="d", source="https://d.example/a", text=text, lang=lang, published=published)
    stats = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    return [e.date for e in doc.events]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Production is expected to fall by 10% compared with 2023, the ministry said."),
        ("en", "Exports were far higher than in 2019, according to the customs office."),
        ("fr", "La production devrait baisser de 10 % par rapport à 2023, selon la chambre."),
        ("es", "La producción caerá un 10 % frente a 2023, según el ministerio de Agricultura."),
        ("es", "El paro bajó un 3 % respecto al año pasado, según los datos publicados."),
    ],
)
def test_a_comparison_baseline_is_no_event(lang, text):
    assert event_dates(text, lang) == []


def test_the_harvest_date_stays_and_last_year_goes():
    text = (
        "Les viticulteurs prévoient de commencer la récolte le 2 septembre, soit près de "
        "deux semaines plus tôt que l'an dernier."
    )
    assert event_dates(text, "fr") == ["2024-09-02"]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "Production fell by 10% in 2023, the ministry said on its website.", ["2023"]),
        ("fr", "La production a baissé de 10 % en 2023, selon la chambre d'agriculture.", ["2023"]),
        ("es", "La producción cayó un 10 % en 2023, según el ministerio de Agricultura.", ["2023"]),
    ],
)
def test_the_year_of_a_happening_stays_an_event(lang, text, expect):
    assert event_dates(text, lang) == expect
