"""A forecaster announcing weather -- "Météo-France annonce de fortes pluies
pour la nuit de samedi à dimanche", "la Aemet anuncia tormentas para el
sábado", "the agency forecasts heavy snow on Saturday" -- tells weather
ahead: its weekday is the coming one, though "annonce" alone as often
reports a thing done ("le ministre annonce des mesures samedi" stays
behind, as does weather that happened). Published Tuesday 2026-03-17.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-03-17"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Météo-France annonce de fortes pluies pour la nuit de samedi à dimanche.",
            [("samedi à dimanche", "2026-03-21", "2026-03-22")],
        ),
        (
            "fr",
            "Le service météo annonce des chutes de neige samedi sur les Vosges.",
            [("samedi", "2026-03-21", None)],
        ),
        (
            "es",
            "La Aemet anuncia tormentas para la noche del sábado al domingo.",
            [("sábado al domingo", "2026-03-21", "2026-03-22")],
        ),
        (
            "en",
            "The weather service forecasts heavy snow on Saturday in the hills.",
            [("Saturday", "2026-03-21", None)],
        ),
        # negatives: an announcement of no weather, weather that happened,
        # a warning told in the past
        ("fr", "Le ministre annonce des mesures samedi.", [("samedi", "2026-03-14", None)]),
        ("fr", "Les orages ont causé des dégâts samedi.", [("samedi", "2026-03-14", None)]),
        ("es", "La tormenta causó daños el sábado.", [("sábado", "2026-03-14", None)]),
        ("en", "Storms hit the coast on Saturday.", [("Saturday", "2026-03-14", None)]),
    ],
)
def test_weather_announced_ahead(lang, text, expected):
    assert found(text, lang) == expected
