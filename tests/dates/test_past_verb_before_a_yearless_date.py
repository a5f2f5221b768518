"""A verb told in a past tense right before a year-less date ("the uprising
began on February 17", "le conflit a débuté le 17 février", "Kadhafi a été
tué le 20 octobre", "la revuelta comenzó el 17 de febrero") puts the date at
or before publication: a retrospective published in January read last
February as the coming one (a date up to three months ahead was the nearer).
A past form that sets a date ahead ("was postponed", "is scheduled", "a été
reporté au", "fixée le", "se aplazó") and the future stay as they were.
Sentences written for these tests; published 2014-01-15."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2014-01-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The uprising began on February 17 in Benghazi.", [("February 17", "2013-02-17")]),
        ("en", "He was arrested on February 3 at the border.", [("February 3", "2013-02-03")]),
        ("fr", "Le conflit a débuté le 17 février à Benghazi.", [("17 février", "2013-02-17")]),
        ("fr", "Kadhafi a été tué le 20 octobre à Syrte.", [("20 octobre", "2013-10-20")]),
        ("fr", "L'opposant est mort le 3 mars en prison.", [("3 mars", "2013-03-03")]),
        (
            "es",
            "La revuelta comenzó el 17 de febrero en Bengasi.",
            [("17 de febrero", "2013-02-17")],
        ),
    ],
)
def test_a_past_verb_keeps_the_date_behind(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The summit is scheduled on February 17.", [("February 17", "2014-02-17")]),
        ("en", "Talks are expected on February 3.", [("February 3", "2014-02-03")]),
        ("fr", "Le sommet a été reporté au 17 février.", [("17 février", "2014-02-17")]),
        ("fr", "La date du scrutin a été fixée le 17 février.", [("17 février", "2014-02-17")]),
        ("fr", "Les élections auront lieu le 17 février.", [("17 février", "2014-02-17")]),
        ("es", "La votación se aplazó el 17 de febrero.", [("17 de febrero", "2014-02-17")]),
    ],
)
def test_dates_set_ahead_or_without_a_verb_are_unchanged(lang, text, expected):
    assert found(text, lang) == expected
