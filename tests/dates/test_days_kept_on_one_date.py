"""Days kept on one date every year, named instead of dated, as heldout5's
rule reads Christmas Day or วันแม่แห่งชาติ: heldout8 found "el Día de la
Hispanidad" (Spain's national day, 12 October) unread. Added with it the
days the world keeps on one date in the tables' languages: International
Women's Day (8 March) and Labour Day in Spanish (1 May). Not national days
whose date depends on the country ("Independence Day"), nor a day word
that names no holiday ("el día de trabajo"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "pub", "text", "want"),
    [
        (
            "es",
            "2025-10-01",
            "Los comercios abrirán el Día de la Hispanidad en Zaragoza.",
            [("el Día de la Hispanidad", "2025-10-12", None)],
        ),
        (
            "es",
            "2025-02-27",
            "Las centrales convocan paros para el Día Internacional de la Mujer.",
            [("el Día Internacional de la Mujer", "2025-03-08", None)],
        ),
        (
            "es",
            "2025-04-28",
            "Los sindicatos marcharán en Bogotá el Día del Trabajo.",
            [("el Día del Trabajo", "2025-05-01", None)],
        ),
        (
            "en",
            "2025-03-03",
            "Marches are planned across Kenya for International Women's Day.",
            [("International Women's Day", "2025-03-08", None)],
        ),
        (
            "fr",
            "2025-03-03",
            "Une grève est prévue pour la Journée internationale des droits des femmes.",
            [("la Journée internationale des droits des femmes", "2025-03-08", None)],
        ),
    ],
)
def test_named_day_read(lang, pub, text, want):
    assert found(text, lang, pub) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Independence Day parades drew crowds."),
        ("es", "El día de trabajo fue largo para los bomberos."),
        ("es", "La mujer trabajadora cobra menos, según el informe."),
    ],
)
def test_no_named_day(lang, text):
    assert found(text, lang, "2025-03-12") == []
