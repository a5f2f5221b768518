"""Fixture and court verbs in the present (or, in Russian, the perfective
that tells the future) put a weekday ahead: "El Atlético visita el sábado al
Sevilla", "La Juventus ospita il Milan sabato", "«Зенит» в субботу примет
ЦСКА", "Суд во вторник огласит приговор", "Am Dienstag folgt das Spiel",
"warnt vor Sturmböen bis Donnerstagabend" were read as the weekday just past.
Their past forms keep it behind. Sentences written for these tests;
published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "El Betis visita el sábado al Sevilla.", ("sábado", "2025-10-18")),
        ("it", "La Juventus ospita il Milan sabato sera.", ("sabato", "2025-10-18")),
        ("ru", "«Зенит» в субботу примет ЦСКА.", ("субботу", "2025-10-18")),
        ("ru", "Суд во вторник огласит приговор.", ("вторник", "2025-10-21")),
        ("de", "Am Dienstag folgt das Rückspiel in Brügge.", ("Dienstag", "2025-10-21")),
        ("de", "Der Wetterdienst warnt vor Sturmböen bis Donnerstagabend.", ("Donnerstagabend", "2025-10-16")),
        # past forms
        ("es", "El Betis visitó el sábado al Sevilla.", ("sábado", "2025-10-11")),
        ("it", "La Juventus ha ospitato il Milan sabato sera.", ("sabato", "2025-10-11")),
        ("ru", "«Зенит» в субботу принял ЦСКА.", ("субботу", "2025-10-11")),
        ("de", "Am Dienstag folgte das Rückspiel in Brügge.", ("Dienstag", "2025-10-14")),
        ("de", "Der Wetterdienst warnte vor Sturmböen bis Donnerstagabend.", ("Donnerstagabend", "2025-10-09")),
    ],
)
def test_fixture_verbs(lang, text, expected):
    assert expected in found(text, lang)
