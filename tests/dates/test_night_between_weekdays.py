"""The night between two weekdays in English and Spanish ("during the night
of Tuesday to Wednesday", "overnight from Tuesday to Wednesday", "la noche
del martes al miércoles", "en la madrugada del martes al miércoles") is one
span over both days, as the French "dans la nuit de mardi à mercredi"
already was: the patterns read one of the two days only (an English weekday
before "to" and a capital is refused as a schedule's, a Spanish "al
miércoles" alone is a span's end). Schedules ("from Monday to Friday", "del
lunes al viernes") stay no date, and two days that do not follow each other
keep their old reading. Sentences written for these tests; published on
Wednesday 2011-03-23."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2011-03-23"  # a Wednesday


def found(text, lang, published=PUB):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, published)
    ]


@pytest.mark.parametrize(
    "lang,text,surface",
    [
        (
            "en",
            "Air strikes hit the city during the night of Tuesday to Wednesday, officials said.",
            "Tuesday to Wednesday",
        ),
        (
            "en",
            "Heavy fighting went on overnight from Tuesday to Wednesday.",
            "Tuesday to Wednesday",
        ),
        (
            "es",
            "Los bombardeos se produjeron la noche del martes al miércoles.",
            "martes al miércoles",
        ),
        (
            "es",
            "Los saqueos ocurrieron en la madrugada del martes al miércoles, según testigos.",
            "martes al miércoles",
        ),
        ("fr", "Les frappes ont eu lieu dans la nuit de mardi à mercredi.", "mardi à mercredi"),
    ],
)
def test_a_night_between_two_weekdays_is_both_days(lang, text, surface):
    assert found(text, lang) == [(surface, "2011-03-22", "2011-03-23")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The pharmacy is open from Monday to Friday."),
        ("en", "Shops are open Tuesday to Wednesday only."),
        ("es", "La farmacia abre del lunes al viernes."),
        ("es", "La huelga irá del martes al miércoles."),
    ],
)
def test_schedules_stay_no_date(lang, text):
    assert found(text, lang) == []


def test_days_that_do_not_follow_each_other_are_no_night():
    assert found("Los bombardeos se produjeron la noche del martes al jueves.", "es") == [
        ("martes", "2011-03-22", None)
    ]
    text = "Llovió la noche del martes, y el miércoles hubo sol."
    assert found(text, "es") == [("martes", "2011-03-22", None), ("miércoles", "2011-03-23", None)]
