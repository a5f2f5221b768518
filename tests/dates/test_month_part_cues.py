"""A month named alone after words for a part of it or a stretch of it: Latin
American "a inicios de junio", "a fines de agosto", "a comienzos de julio",
"hacia finales de mayo", "a partir de octubre", "durante marzo"; English "at
the end of June", "at the beginning of July", "during June", "throughout
August"; French "à partir de juillet"; a half-month or a week of it ("la
primera quincena de marzo", "la dernière semaine d'août", "the last week of
July"). The month is the date (granularity
month), as for "a principios de junio" and "début juin" before. A month name
with no such word stays no date ("Plaza de Mayo"). Publication date: Tuesday
10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [(text[m.start : m.end], m.value, m.granularity) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a Peruvian regional daily
        ("es", "A inicios de junio, el gobierno regional entregó las obras.", ("junio", "2024-06")),
        (
            "es",
            "A fines de agosto se registraron lluvias intensas en la sierra.",
            ("agosto", "2024-08"),
        ),
        ("es", "A comienzos de julio, el alcalde presentó su renuncia.", ("julio", "2024-07")),
        ("es", "Hacia finales de mayo, el río se desbordó en tres distritos.", ("mayo", "2024-05")),
        (
            "es",
            "Desde inicios de febrero, los precios del pollo no dejan de subir.",
            ("febrero", "2024-02"),
        ),
        ("es", "Durante marzo, las exportaciones de café cayeron un 8%.", ("marzo", "2024-03")),
        ("en", "At the end of June, the county closed the last rural clinic.", ("June", "2024-06")),
        ("en", "At the beginning of July, talks between the unions resumed.", ("July", "2024-07")),
        ("en", "Throughout August, wildfires burned across the valley.", ("August", "2024-08")),
        (
            "fr",
            "À partir de juillet, les tarifs de la cantine ont augmenté.",
            ("juillet", "2024-07"),
        ),
    ],
)
def test_month_after_a_part_of_it(lang, text, expect):
    assert values(text, lang) == [(*expect, "month")]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a half-month or a week of a month: the month is the date
        (
            "es",
            "En la primera quincena de marzo se registraron lluvias récord.",
            ("marzo", "2024-03"),
        ),
        ("es", "Durante la última semana de julio, el río creció un metro.", ("julio", "2024-07")),
        ("fr", "Dans la première quinzaine de mars, il a plu tous les jours.", ("mars", "2024-03")),
        ("fr", "La dernière semaine d'août, les touristes sont partis.", ("août", "2024-08")),
        ("en", "In the first half of March, rain fell on 14 days.", ("March", "2024-03")),
        ("en", "During the last week of July the river rose a metre.", ("July", "2024-07")),
    ],
)
def test_month_after_a_half_or_week_of_it(lang, text, expect):
    assert values(text, lang) == [(*expect, "month")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "Las madres de la Plaza de Mayo marcharon otra vez."),
        ("es", "A fines de semana, el mercado abre más temprano."),
        ("en", "The end of may be near for the old pier."),
    ],
)
def test_no_month_without_its_cue(lang, text):
    assert values(text, lang) == []
