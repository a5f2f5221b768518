"""A scheduled happening told in the present tense ("The summit opens on
Monday", "United host Arsenal on Sunday", "Le PSG reçoit Marseille
dimanche", "La cumbre se inaugura el lunes") is on the calendar ahead: the
weekday was read as the one just past. The past forms and reporting verbs
keep the weekday behind. Sentences written for these tests; published on
Wednesday 2024-07-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-07-10"  # a Wednesday


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "United host Arsenal on Sunday.", [("Sunday", "2024-07-14")]),
        ("en", "The summit opens on Monday in Brussels.", [("Monday", "2024-07-15")]),
        ("en", "Arsenal face Chelsea on Saturday at the Emirates.", [("Saturday", "2024-07-13")]),
        ("en", "The new law takes effect on Monday.", [("Monday", "2024-07-15")]),
        (
            "en",
            "The festival begins Friday and ends on Sunday.",
            [("Friday", "2024-07-12"), ("Sunday", "2024-07-14")],
        ),
        ("fr", "Le sommet s'ouvre lundi à Bruxelles.", [("lundi", "2024-07-15")]),
        ("fr", "Le PSG reçoit Marseille dimanche au Parc.", [("dimanche", "2024-07-14")]),
        ("fr", "Le procès reprend lundi devant la cour d'assises.", [("lundi", "2024-07-15")]),
        ("es", "La cumbre se inaugura el lunes en Bruselas.", [("lunes", "2024-07-15")]),
        ("es", "El Madrid recibe al Barcelona el domingo.", [("domingo", "2024-07-14")]),
        # the day of publication itself is today, not a week ahead
        ("en", "The summit opens on Wednesday in Brussels.", [("Wednesday", "2024-07-10")]),
    ],
)
def test_scheduled_present_is_ahead(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The exhibition opened on Monday.", [("Monday", "2024-07-08")]),
        ("en", "Police say the man was arrested on Monday.", [("Monday", "2024-07-08")]),
        # "start" and "end" as nouns
        ("en", "After a strong start on Monday, stocks fell.", [("Monday", "2024-07-08")]),
        # after a determiner the forms are nouns
        ("en", "The hosts scored twice on Sunday.", [("Sunday", "2024-07-07")]),
        ("en", "Her visits on Monday angered the board.", [("Monday", "2024-07-08")]),
        ("fr", "Le sommet s'est ouvert lundi à Bruxelles.", [("lundi", "2024-07-08")]),
        ("fr", "Le PSG a reçu Marseille dimanche.", [("dimanche", "2024-07-07")]),
        (
            "fr",
            "Lors de la rencontre lundi, les deux dirigeants ont signé.",
            [("lundi", "2024-07-08")],
        ),
        ("es", "La cumbre se inauguró el lunes en Bruselas.", [("lunes", "2024-07-08")]),
        ("es", "Durante la visita el lunes, el presidente habló.", [("lunes", "2024-07-08")]),
    ],
)
def test_past_forms_stay_behind(lang, text, expected):
    assert found(text, lang) == expected
