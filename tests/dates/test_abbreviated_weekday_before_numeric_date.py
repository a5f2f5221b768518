"""French and Spanish programmes abbreviate the weekday with a dot before a
numeric day and month ("mer. 15/12 — concert", "sáb. 18/12, mercado"): the
day and month are a date there, as after a full weekday ("mercredi 15/12").
They were unread, the bare "15/12" being no date alone. Not a share after
the weekday ("ven. 2/3 des voix"), nor a bare "15/12" with no weekday. And
Spanish "este próximo viernes" (this coming Friday) is the coming one, as
"el próximo viernes". Sentences written for these tests; published
2025-12-03, a Wednesday (heldout16's misses)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-12-03"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Au programme : jeu. 11/12 — conférence ; dim. 14/12 — brocante.",
            [("11/12", "2025-12-11"), ("14/12", "2025-12-14")],
        ),
        ("fr", "Fermeture exceptionnelle lun. 22/12.", [("22/12", "2025-12-22")]),
        (
            "es",
            "Programación: vie. 12/12, cine al aire libre; dom. 14/12, mercadillo.",
            [("12/12", "2025-12-12"), ("14/12", "2025-12-14")],
        ),
        ("es", "Los taxistas pararán este próximo jueves.", [("jueves", "2025-12-04")]),
    ],
)
def test_abbreviated_weekday_then_numeric_date(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La motion a recueilli ven. 2/3 des voix exprimées."),
        ("fr", "Le score final, 15/12, a surpris les observateurs."),
        ("es", "La moción obtuvo el apoyo de 2/3 de la cámara."),
    ],
)
def test_no_date_without_a_weekday_before_it(lang, text):
    assert found(text, lang) == []
