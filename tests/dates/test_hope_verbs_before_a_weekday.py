"""A weekday after a verb of hoping, expecting or intending in the present
tense lies ahead ("The government hopes to vote on Thursday", "Le
gouvernement espère un vote jeudi", "prévoit un vote jeudi", "El gobierno
espera votar el jueves", "pretende aprobar la ley el jueves"), as after
"plans to" or "will": it was read as the weekday just past. Their past forms
("hoped to", "espéraient", "esperaba") look ahead from the time told, which
for news is publication, as "was going to" does. A past happening between
the hope and the weekday keeps it past ("hope to learn why police raided the
camp on Monday"), as does the Spanish noun ("la espera del lunes").
Sentences written for these tests; published on Wednesday 2011-03-23."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2011-03-23"  # a Wednesday; Thursday 24 ahead, Thursday 17 past


def days(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,surface",
    [
        ("en", "The government hopes to vote on Thursday.", "Thursday"),
        ("en", "Organisers expect to reopen the bridge on Thursday.", "Thursday"),
        ("en", "The coalition hoped to vote on Thursday, an aide said.", "Thursday"),
        ("fr", "Le gouvernement espère un vote jeudi à l'Assemblée.", "jeudi"),
        ("fr", "Le gouvernement prévoit un vote jeudi.", "jeudi"),
        ("fr", "Les syndicats espéraient une réponse jeudi.", "jeudi"),
        ("es", "El gobierno espera votar el jueves.", "jueves"),
        ("es", "El partido pretende aprobar la ley el jueves.", "jueves"),
        ("es", "La oposición esperaba votar el jueves.", "jueves"),
    ],
)
def test_a_hoped_for_weekday_lies_ahead(lang, text, surface):
    assert days(text, lang) == [(surface, "2011-03-24")]


@pytest.mark.parametrize(
    "lang,text,surface",
    [
        ("en", "Families hope to learn why police raided the camp on Monday.", "Monday"),
        ("en", "The minister, who hopes to run for office, resigned on Monday.", "Monday"),
        ("es", "Tras la espera del lunes, los pasajeros embarcaron.", "lunes"),
        ("fr", "Le ministre a démissionné lundi.", "lundi"),
    ],
)
def test_a_past_weekday_stays_past(lang, text, surface):
    assert days(text, lang) == [(surface, "2011-03-21")]
