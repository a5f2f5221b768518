"""A weekday naming the day of a happening ("Sunday's final", "el partido
del domingo", "le match de dimanche") whose clause then schedules it in the
present with a clock time ("... kicks off at 4.30pm", "... comienza a las
21.00", "... débute à 21 h") lies ahead: it was read as the weekday just
past, there being no future word before it. A past verb, or a present with
no clock time ("Sunday's win opens the door"), keeps it behind. Vietnamese,
Thai and Chinese mark the future with a word before the weekday (tested
elsewhere). Sentences written for these tests; published Wednesday
2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Sunday's final at Wembley kicks off at 4.30pm.", ("Sunday", "2025-03-16")),
        ("en", "Monday's meeting begins at 10 a.m. in the town hall.", ("Monday", "2025-03-17")),
        ("en", "Saturday's parade starts at noon.", ("Saturday", "2025-03-15")),
        ("es", "El partido del domingo comienza a las 21.00 en el Bernabéu.", ("domingo", "2025-03-16")),
        ("es", "La final del sábado arranca a las 18.30.", ("sábado", "2025-03-15")),
        ("fr", "Le match de dimanche débute à 21 h au Parc des Princes.", ("dimanche", "2025-03-16")),
        ("fr", "La réunion de jeudi commence à midi.", ("jeudi", "2025-03-13")),
    ],
)
def test_scheduled_after_the_weekday_is_ahead(lang, text, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Sunday's final at Wembley kicked off at 4.30pm.", ("Sunday", "2025-03-09")),
        ("en", "Sunday's win opens the door to the title.", ("Sunday", "2025-03-09")),
        ("es", "El partido del domingo comenzó a las 21.00 en el Bernabéu.", ("domingo", "2025-03-09")),
        ("fr", "Le match de dimanche a débuté à 21 h au Parc des Princes.", ("dimanche", "2025-03-09")),
        (
            "en",
            "Saturday's parade started at noon, and Sunday's race begins at 9am.",
            ("Saturday", "2025-03-08"),
        ),
    ],
)
def test_told_past_or_untimed_stays_behind(lang, text, expected):
    assert expected in found(text, lang)
