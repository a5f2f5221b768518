"""A weekend named relative to publication ("last weekend", "this past
weekend", "this weekend", "le week-end dernier", "ce week-end", "el fin de
semana pasado", "este fin de semana"): the Saturday and Sunday of the week
before, or of the publication's own (Monday-first) week. "Over the weekend"
and "next weekend" (this week's for some writers, next week's for others)
stay no date. Publication date: Wednesday 12 June 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-12"
LAST = ("2024-06-08", "2024-06-09")
THIS = ("2024-06-15", "2024-06-16")


def values(text, lang, published=PUB):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The festival was held last weekend.", LAST),
        ("en", "The festival was held this past weekend.", LAST),
        ("en", "The festival is this weekend.", THIS),
        ("fr", "Le festival a eu lieu le week-end dernier.", LAST),
        ("fr", "Le festival a lieu ce week-end.", THIS),
        ("es", "El festival se celebró el fin de semana pasado.", LAST),
        ("es", "El festival será este fin de semana.", THIS),
    ],
)
def test_weekends_relative_to_publication(lang, text, expect):
    assert values(text, lang) == [expect]


def test_this_weekend_published_on_a_sunday_is_that_weekend():
    assert values("The fair ends this weekend.", "en", "2024-06-16") == [THIS]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Protests erupted over the weekend."),
        ("en", "He works weekends at the hospital."),
        ("en", "The match is next weekend."),
        ("fr", "Il travaille le week-end."),
        ("es", "Trabaja los fines de semana."),
    ],
)
def test_weekend_look_alikes(lang, text):
    assert values(text, lang) == []


def test_last_week_is_still_a_week():
    assert values("Talks stalled last week.", "en") == [("2024-06-03", "2024-06-09")]
