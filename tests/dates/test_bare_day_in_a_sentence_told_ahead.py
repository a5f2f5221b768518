"""A bare day of the month ("on the 14th", "el día 14") whose own clause has
no tense, joined by "and" ("y", "et", "và") to a clause that tells what
will happen, in a sentence that nowhere tells what happened nor reports
what was said ("Buses will run until Friday, and services resume on the
14th"), was read as the latest such day before publication (heldout8): it
is the coming one. A past form anywhere in the sentence, or a relative
phrase instead of a joined clause, keeps it as before. Sentences written
for these tests; published 2025-03-12 (a Wednesday)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-12"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The pool will stay shut for repairs, and swimming lessons restart on the 17th.",
            [("17th", "2025-03-17", None)],
        ),
        (
            "es",
            "Los autobuses circularán por el desvío hasta el viernes, y el servicio se normaliza el día 17.",
            [("viernes", "2025-03-14", None), ("día 17", "2025-03-17", None)],
        ),
        (
            "es",
            "La piscina permanecerá cerrada todo el mes y las clases, según el club, vuelven el día 20.",
            [("día 20", "2025-03-20", None)],
        ),
    ],
)
def test_bare_day_ahead(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a past form in the sentence: the day just gone
        (
            "en",
            "Police will question the man, who was arrested on the 10th.",
            [("10th", "2025-03-10", None)],
        ),
        (
            "es",
            "El juez escuchará al detenido, que fue arrestado el día 10.",
            [("día 10", "2025-03-10", None)],
        ),
        # reported speech: what is reported may be over
        (
            "en",
            "Police will charge him, the spokesman says, over the raid on the 10th.",
            [("10th", "2025-03-10", None)],
        ),
        # a relative or appositive phrase, no clause joined by "and": as before
        (
            "es",
            "El Gobierno modificará la norma, vigente desde el día 3.",
            [("día 3", "2025-03-03", None)],
        ),
        # no future word at all: the latest such day
        ("en", "Swimming lessons restarted on the 17th.", [("17th", "2025-02-17", None)]),
    ],
)
def test_bare_day_told_past(lang, text, want):
    assert found(text, lang) == want
