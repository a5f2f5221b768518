"""The end or start of "the month" with no month named, after a word of
time ("by the end of the month", "antes de fin de mes", "d'ici la fin du
mois", "đến cuối tháng"), is the month just told, else the publication's,
as zh "月底" and "by the end of the year" are: it read as no date. Not a
habit's ("paid at the end of the month"), another month's ("la fin du mois
de mars", "cuối tháng 9", "a finales del mes pasado"), nor a possessive
("the end of the month's session"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-10-16"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,surface",
    [
        (
            "en",
            "The museum will stay closed through the end of the month.",
            "through the end of the month",
        ),
        ("en", "Since the start of the month, prices have risen.", "Since the start of the month"),
        ("es", "El informe se publicará antes de fin de mes.", "antes de fin de mes"),
        ("es", "A finales de mes se conocerán los datos.", "A finales de mes"),
        ("fr", "Le rapport sera publié d'ici la fin du mois.", "d'ici la fin du mois"),
        ("fr", "Depuis le début du mois, 30 usines ont fermé.", "Depuis le début du mois"),
        ("vi", "Dự án sẽ hoàn thành vào cuối tháng.", "vào cuối tháng"),
        ("vi", "Từ đầu tháng, giá xăng đã tăng 3 lần.", "Từ đầu tháng"),
    ],
)
def test_the_edge_of_the_month_is_this_months(lang, text, surface):
    assert found(text, lang) == [(surface, "2024-10")]


def test_the_month_just_told_takes_it():
    text = "The ceasefire was signed on May 4, 2020. By the end of the month, fighting had resumed."
    assert found(text, "en") == [
        ("May 4, 2020", "2020-05-04"),
        ("By the end of the month", "2020-05"),
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Salaries are paid at the end of the month.", []),
        ("en", "By the end of the month's session, nothing was agreed.", []),
        ("es", "A finales del mes pasado las ventas cayeron.", [("del mes pasado", "2024-09")]),
        ("fr", "Avant la fin du mois de mars, rien ne bougeait.", [("mars", "2024-03")]),
        ("vi", "Dự án đã hoàn thành vào cuối tháng 9.", [("tháng 9", "2024-09")]),
        ("vi", "Từ đầu tháng Giêng, giá xăng tăng.", []),
    ],
)
def test_another_months_edge_or_a_habit(lang, text, expected):
    assert found(text, lang) == expected
