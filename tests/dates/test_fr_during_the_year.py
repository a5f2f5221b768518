"""French "dans le courant de l'année" / "en cours d'année" (during the year)
is the year just told, else the publication's, as "later this year" is. Not
a year named after it ("l'année prochaine" is read by its own rule) nor a
school year."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-12"


def found(text, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "fr", pub)]


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "Le gouvernement présentera un projet de loi dans le courant de l'année.",
            [("dans le courant de l'année", "2025")],
        ),
        (
            "Les tarifs pourraient baisser en cours d'année, selon l'opérateur.",
            [("en cours d'année", "2025")],
        ),
        (
            (
                "En 2019, la société a ouvert deux usines, puis une troisième dans le courant "
                "de l'année."
            ),
            [("2019", "2019"), ("dans le courant de l'année", "2019")],
        ),
        (
            "Le projet sera lancé dans le courant de l'année prochaine.",
            [("l'année prochaine", "2026")],
        ),
    ],
)
def test_during_the_year_is_the_year_told_or_this_one(text, expect):
    assert found(text) == expect


def test_a_school_year_is_no_date():
    assert found("Les inscriptions sont possibles en cours d'année scolaire.") == []
