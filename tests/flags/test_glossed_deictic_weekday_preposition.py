"""A day word glossed by its weekday and date, the weekday after the short
preposition or article its language puts there ("tomorrow, on Saturday,
13 June, ...", "morgen, op zaterdag, 13 juni, ..."): the gloss dates the
text as one without the preposition does, so a stamp a week after the day
the text calls tomorrow is flagged (benchmarks/flags_heldout.py --set
heldout12, z22, "Morgen, am Samstag, 13. Juni,"). A stamp on the day before
is not; a short word before a word that is no weekday glosses nothing.
Pages written for this file in English and Dutch; the positives failed
before the fix."""

from __future__ import annotations

import pytest

from tests.flags.helpers import dated_suspects as _suspect

GLOSSED = [
    (
        "Town votes on new harbour plan",
        (
            "Residents will vote tomorrow, on Saturday, 13 June, on the plan to rebuild the "
            "old harbour; polling stations open at 8 a.m."
        ),
        "en",
    ),
    (
        "Gemeente stemt over nieuwe haven",
        (
            "De inwoners stemmen morgen, op zaterdag, 13 juni, over het plan om de oude "
            "haven te herbouwen; de stembureaus gaan om acht uur open."
        ),
        "nl",
    ),
]


@pytest.mark.parametrize("title, body, lang", GLOSSED)
def test_a_stamp_a_week_after_tomorrow_is_flagged(title, body, lang):
    doc, flags = _suspect(title, body, lang, "2026-06-20T08:00:00+02:00")
    assert len(flags) == 1, [f.reason for f in doc.flags]


@pytest.mark.parametrize("title, body, lang", GLOSSED)
def test_a_stamp_on_the_day_before_is_not_flagged(title, body, lang):
    assert _suspect(title, body, lang, "2026-06-12T08:00:00+02:00")[1] == []


def test_a_short_word_before_no_weekday_glosses_nothing():
    doc, flags = _suspect(
        "Town votes on new harbour plan",
        "Residents will vote tomorrow, at noon, 13 June, on the plan to rebuild the old "
        "harbour, the council said.",
        "en",
        "2026-06-20T08:00:00+02:00",
    )
    assert [f for f in flags if f.data.get("signal") == "glossed_relative"] == [], [
        f.reason for f in doc.flags
    ]
