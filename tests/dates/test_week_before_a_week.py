"""The week before a week written just before it ("1月11日至17日 ... 比前一
周增加15%", "the week of Jan. 11-17 ... up 15% on the previous week", "la
semana anterior", "la semaine précédente"): the seven days before it, as
"the previous quarter" after a quarter is the three months before it
(heldout15's choice). After a day it is the Monday-to-Sunday week before
that day's week; with no date before it, none. Sentences written for these
tests; published 2026-03-20."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-03-20"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "zh",
            "3月9日至15日全省接待游客80万人次，较前一周增长12%。",
            [("3月9日至15日", "2026-03-09", "2026-03-15"), ("前一周", "2026-03-02", "2026-03-08")],
        ),
        (
            "en",
            "Flu admissions in the week of March 9-15 were 12% higher than the previous week.",
            [
                ("the week of March 9", "2026-03-09", "2026-03-15"),
                ("the previous week", "2026-03-02", "2026-03-08"),
            ],
        ),
        (
            "es",
            "Del 9 al 15 de marzo se vendieron 3.000 coches, un 12 % más que la semana anterior.",
            [("Del 9 al 15 de marzo", "2026-03-09", "2026-03-15"), ("la semana anterior", "2026-03-02", "2026-03-08")],
        ),
        (
            "fr",
            "Du 9 au 15 mars, les ventes ont progressé de 12 % par rapport à la semaine précédente.",
            [("Du 9 au 15 mars", "2026-03-09", "2026-03-15"), ("la semaine précédente", "2026-03-02", "2026-03-08")],
        ),
    ],
)
def test_week_before_a_week(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sales were 12% higher than the previous week."),
        ("zh", "销量比前一周增长12%。"),
    ],
)
def test_no_week_before_with_no_date_written(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        # "the week before the elections / the referendum": a week counted
        # back from a happening named after it, not from the date told before
        "El Congreso votó el 3 de marzo. La semana anterior a las elecciones hubo disturbios.",
        "El 3 de marzo se cerró el censo; la semana anterior al referéndum fue tranquila.",
    ],
)
def test_es_the_week_before_a_named_happening_is_not_the_week_before_the_date(text):
    assert [w for w in found(text, "es") if "semana" in w[0]] == []
