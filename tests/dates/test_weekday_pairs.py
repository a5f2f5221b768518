"""Two weekdays joined by "and" ("lundi et mardi", "el lunes y el martes",
"on Monday and Tuesday", "entre lundi et mardi") and the night between two
weekdays ("dans la nuit de mardi à mercredi", "la nuit du mardi au
mercredi"): news tells fighting, votes and raids over two days so, and only
the first day was read -- or none, where the pair was taken for an opening
hours' schedule ("du lundi au vendredi", which stays no date). Sentences
written for these tests; published on Wednesday 2011-03-23."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2011-03-23"  # a Wednesday


def found(text, lang, published=PUB):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, published)
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Les forces ont lancé une offensive lundi et mardi dans la région.",
            [("lundi et mardi", "2011-03-21", "2011-03-22")],
        ),
        (
            "fr",
            "Une centaine de combattants sont morts entre lundi et mardi.",
            [("lundi et mardi", "2011-03-21", "2011-03-22")],
        ),
        (
            "fr",
            "Le scrutin s'est déroulé samedi et dimanche sans incident.",
            [("samedi et dimanche", "2011-03-19", "2011-03-20")],
        ),
        (
            "fr",
            "Trois journalistes ont été libérés dans la nuit de mardi à mercredi.",
            [("mardi à mercredi", "2011-03-22", "2011-03-23")],
        ),
        (
            "fr",
            "Les frappes ont visé la ville dans la nuit du lundi au mardi.",
            [("lundi au mardi", "2011-03-21", "2011-03-22")],
        ),
        (
            "es",
            "Los combates del lunes y el martes dejaron cien muertos.",
            [("lunes y el martes", "2011-03-21", "2011-03-22")],
        ),
        (
            "es",
            "Entre el lunes y el jueves murieron cien personas.",
            # told as past: the span that is over, last week's Monday to Thursday
            [("lunes y el jueves", "2011-03-14", "2011-03-17")],
        ),
        (
            "en",
            "At least 100 people died between Monday and Tuesday.",
            [("Monday and Tuesday", "2011-03-21", "2011-03-22")],
        ),
        (
            "en",
            "Ministers will meet on Monday and Tuesday in Brussels.",
            [("Monday and Tuesday", "2011-03-28", "2011-03-29")],
        ),
        # two days that do not follow each other: two days told alike
        (
            "en",
            "Talks were held on Monday and Thursday.",
            [("Monday", "2011-03-21", None), ("Thursday", "2011-03-17", None)],
        ),
        # told as past on the Monday itself: last week's two days
        (
            "fr",
            "Les rebelles ont combattu lundi et mardi.",
            [("lundi et mardi", "2011-03-14", "2011-03-15")],
        ),
    ],
)
def test_pairs_of_weekdays(lang, text, expected):
    published = "2011-03-21" if "ont combattu" in text else PUB
    assert found(text, lang, published) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le musée est ouvert du lundi au vendredi."),
        ("fr", "Le marché se tient chaque lundi et mardi."),
        ("en", "The museum is open every Saturday and Sunday."),
        ("en", "The office is open Monday to Friday."),
        ("es", "La oficina abre del lunes al viernes de 9 a 14 horas."),
    ],
)
def test_schedules_stay_no_date(lang, text):
    assert found(text, lang) == []
