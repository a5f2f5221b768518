"""Something going on now that runs up to a weekday, told in the present
("Classes run until Friday", "siguen hasta el viernes", "durent jusqu'à
vendredi", "seguem até sexta", "läuft noch bis Sonntag", "resta aperta
fino a domenica") ends ahead: the weekday was read as the one just past,
in every language. A past form ("was closed until Friday", "duró hasta el
viernes", "ficou fechada até sexta", "war bis Freitag gesperrt") keeps it
behind. Sentences written for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The exhibition remains open until Sunday.", ("Sunday", "2025-10-19")),
        ("en", "Exams began on Monday and run until Friday.", ("Friday", "2025-10-17")),
        ("es", "Las clases empezaron el lunes y siguen hasta el viernes.", ("viernes", "2025-10-17")),
        ("fr", "Les épreuves ont débuté lundi et durent jusqu'à vendredi.", ("vendredi", "2025-10-17")),
        ("pt", "As provas começaram na segunda e seguem até sexta.", ("sexta", "2025-10-17")),
        ("de", "Die Buchmesse läuft noch bis Sonntag.", ("Sonntag", "2025-10-19")),
        ("it", "La mostra resta aperta fino a domenica.", ("domenica", "2025-10-19")),
        # told as past: the weekday just past
        ("en", "The road was closed until Friday.", ("Friday", "2025-10-10")),
        ("en", "The strike lasted until Monday.", ("Monday", "2025-10-13")),
        ("es", "La huelga duró hasta el viernes.", ("viernes", "2025-10-10")),
        ("fr", "La grève a duré jusqu'à vendredi.", ("vendredi", "2025-10-10")),
        ("pt", "A estrada ficou fechada até sexta.", ("sexta", "2025-10-10")),
        ("de", "Die Straße war bis Freitag gesperrt.", ("Freitag", "2025-10-10")),
        ("it", "Lo sciopero è durato fino a venerdì.", ("venerdì", "2025-10-10")),
    ],
)
def test_until_a_weekday(lang, text, expected):
    assert expected in found(text, lang)
