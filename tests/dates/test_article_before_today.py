"""A capitalised "Today" / "Hoy" right after a definite article is a name --
a programme or a paper ("The Today show", "told the Today programme", "según
el Hoy") -- never the day: no one writes "the today". Lower case, or opening
a sentence, it is still the day. Publication date: Tuesday 10 September
2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The Today show aired an interview with the mayor.", []),
        ("en", "She told the Today programme that the plant would close.", []),
        ("es", "Según el Hoy, el alcalde presentó su renuncia.", []),
        ("en", "Today, the Senate votes on the flood bill.", [("Today", PUB)]),
        ("en", "The Senate votes on the flood bill today.", [("today", PUB)]),
        ("es", "El alcalde presentó hoy su renuncia.", [("hoy", PUB)]),
    ],
)
def test_today_after_an_article_is_a_name(lang, text, expect):
    assert values(text, lang) == expect
