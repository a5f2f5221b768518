"""A past verb of ruling -- banned, authorised, ordered -- gives the day its
measure applies, which may lie ahead of the telling: "Le préfet a interdit les
rassemblements la nuit du 31 décembre au 1er janvier", told in October, is
the coming New Year's night, as "announced" or "decided" would be
(PAST_VERB_OBJECT_AHEAD). The year-less date takes the nearest year. Sentences
invented; published 2028-10-17."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2028-10-17")
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "La mairie a interdit la vente d'alcool la nuit du 31 décembre au 1er janvier.",
            [("31 décembre au 1er janvier", "2028-12-31", "2029-01-01")],
        ),
        (
            "fr",
            "Le maire a autorisé l'ouverture des boutiques le 24 décembre.",
            [("24 décembre", "2028-12-24", None)],
        ),
        (
            "en",
            "The council banned fireworks on December 31 after complaints.",
            [("December 31", "2028-12-31", None)],
        ),
        (
            "es",
            "El ayuntamiento prohibió los petardos el 31 de diciembre.",
            [("31 de diciembre", "2028-12-31", None)],
        ),
        # a day just past stays past: the nearest year
        (
            "en",
            "Police banned the march on October 3.",
            [("October 3", "2028-10-03", None)],
        ),
    ],
)
def test_ruling_for_a_time_to_come(lang, text, expected):
    assert found(text, lang) == expected
