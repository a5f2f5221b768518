"""Spanish "Al lunes siguiente llegaron los rescatistas" (and "el martes
posterior"): the weekday following the date told before, as "el martes
siguiente", "le lundi suivant" and "the following Monday" already are. A
bare "al lunes" is no date: the end of a span ("del lunes al viernes") or a
move ("pasaron al lunes"). Published 2024-09-10; the collapse Sunday
2024-03-03."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        ("es", "El 3 de marzo cayó el puente. Al lunes siguiente llegaron los rescatistas.",
         "lunes siguiente", "2024-03-04"),
        ("es", "El 3 de marzo cayó el puente. Al martes siguiente se reabrió el paso.",
         "martes siguiente", "2024-03-05"),
        ("es", "El 3 de marzo cayó el puente. El martes posterior se reabrió el paso.",
         "martes posterior", "2024-03-05"),
        ("fr", "Le 3 mars, le pont s'est effondré. Le lundi suivant, les secours sont arrivés.",
         "lundi suivant", "2024-03-04"),
        ("en", "The bridge fell on March 3. The following Monday, rescuers arrived.",
         "The following Monday", "2024-03-04"),
    ],
)  # fmt: skip
def test_following_weekday_counts_from_the_date_before(lang, text, span, value):
    assert found(text, lang)[-1] == (span, value)


@pytest.mark.parametrize(
    "text",
    [
        "La tienda abre del lunes al viernes de 9 a 18 horas.",
        "Las clases pasaron al lunes por la lluvia.",
        # no date before it: the following Monday of nothing
        "Al lunes siguiente llegaron los rescatistas.",
    ],
)
def test_no_following_weekday(text):
    assert found(text, "es") == []
