"""A French relative clause told in the past between a future word and a
weekday ('indemnisera les commerçants qui ont perdu leur stock samedi',
'dont les vitrines ont été brisées samedi') owns the weekday, as the
English 'who lost ... on Saturday' and Spanish 'que perdieron' did: the
future word put it ahead. And a forecast or a call before a weekday or a
night between two ('des orages sont attendus dans la nuit de samedi à
dimanche', 'appellent à manifester samedi', 'storms are expected overnight
from Saturday to Sunday') puts it ahead: it was read as the weekend just
past. Sentences written for these tests; published Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"
PAST, AHEAD = "2025-03-08", "2025-03-15"


def found(text, lang="fr"):
    return [m.value for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("Le maire indemnisera les commerçants qui ont perdu leur stock samedi.", "fr", PAST),
        (
            "Le maire indemnisera les commerçants dont les vitrines ont été brisées samedi.",
            "fr",
            PAST,
        ),
        ("Des orages sont attendus dans la nuit de samedi à dimanche.", "fr", AHEAD),
        ("Des orages sont attendus samedi sur le littoral.", "fr", AHEAD),
        ("Les syndicats appellent à manifester samedi devant l'usine.", "fr", AHEAD),
        # a headline's participle, without its verb
        ("Procès de l'incendie : le verdict attendu samedi", "fr", AHEAD),
        ("Storms are expected overnight from Saturday to Sunday.", "en", AHEAD),
    ],
)
def test_fixed(text, lang, value):
    assert found(text, lang) == [value]


@pytest.mark.parametrize(
    "text,lang,value",
    [
        # the weekday before the clause is the future word's
        ("Le maire recevra samedi les commerçants qui ont perdu leur stock.", "fr", AHEAD),
        ("Les concerts qui sont prévus samedi seront annulés.", "fr", AHEAD),
        ("La route a été coupée dans la nuit de samedi à dimanche.", "fr", PAST),
        ("Des milliers de manifestants étaient attendus samedi devant le Parlement.", "fr", PAST),
        ("The minister was expected on Saturday in Lyon.", "en", PAST),
        ("Le ministre a attendu samedi pour réagir.", "fr", PAST),
    ],
)
def test_unchanged(text, lang, value):
    assert found(text, lang) == [value]
