"""A weekend of this week told with a past verb ("les rebelles ont attaqué
la ville ce week-end", published on a Tuesday) was read as the coming
Saturday and Sunday; it is the weekend just past. A future word, a
present state ("le musée est ouvert ce week-end") or a present "a lieu"
keeps this week's weekend. Sentences written for these tests; published Tuesday 2025-08-05
unless told."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

TUE = "2025-08-05"
PAST = ("2025-08-02", "2025-08-03")
COMING = ("2025-08-09", "2025-08-10")


def found(text, lang, pub=TUE):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("fr", "Des inondations ont coupé la route du col ce week-end, selon la préfecture.", "ce week-end"),
        ("es", "Los bomberos apagaron tres incendios forestales este fin de semana.", "este fin de semana"),
        ("en", "Floods washed out the mountain road this weekend, officials said.", "this weekend"),
    ],
)
def test_told_past_is_the_weekend_just_past(lang, text, phrase):
    assert found(text, lang) == [(phrase, *PAST)]


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("fr", "Le ministre visitera les sinistrés ce week-end.", "ce week-end"),
        ("fr", "Le musée est ouvert ce week-end.", "ce week-end"),
        ("es", "El ministro visitará a los damnificados este fin de semana.", "este fin de semana"),
        ("en", "The minister will visit flood victims this weekend.", "this weekend"),
        ("fr", "La fête du village a lieu ce week-end.", "ce week-end"),
        ("en", "The museum is closed this weekend.", "this weekend"),
    ],
)
def test_ahead_or_present_is_this_weeks_weekend(lang, text, phrase):
    assert found(text, lang) == [(phrase, *COMING)]


def test_on_a_saturday_a_past_verb_keeps_the_weekend_of_publication():
    text = "Des inondations ont coupé la route du col ce week-end."
    assert found(text, "fr", "2025-08-09") == [("ce week-end", *COMING)]
