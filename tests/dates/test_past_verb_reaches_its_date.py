"""A verb told in a past tense further back in a year-less date's sentence,
its object or a place between ("la grève s'est étendue aux ports le 17
février", "the strike reached the ports on February 17", "se extendió a
los puertos el 17 de febrero"), keeps the date at or before publication,
as the same verb right before it did: published in January, these were
put in the coming February. So does 'since' / 'depuis'. A verb whose object
may lie ahead ('a annoncé une grève le 17 février', 'called a strike for'),
a future word between ('s'étendra aux ports le'), an infinitive ('the exam
to be held on') or a participle after 'be' ('must be reopened by June 30')
leave the nearer date. Sentences written for these tests; published
2025-01-20."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-01-20"


def value_of(text, lang, surface):
    for m in resolve_dates(text, lang, PUB):
        if text[m.start : m.end].endswith(surface):
            return m.value
    return None


@pytest.mark.parametrize(
    "lang,text,surface",
    [
        (
            "fr",
            (
                "La grève, qui a débuté il y a trois semaines dans plusieurs usines du nord, "
                "s'est étendue aux ports le 17 février."
            ),
            "17 février",
        ),
        (
            "fr",
            "La grève a débuté dans plusieurs usines du nord du pays et dans les ports le 17 février.",
            "17 février",
        ),
        ("fr", "La grève paralyse les ports depuis le 17 février.", "17 février"),
        (
            "en",
            (
                "The strike, which began three weeks ago at several plants, reached the ports "
                "on February 17."
            ),
            "February 17",
        ),
        ("en", "The strike has paralysed the ports since February 17.", "February 17"),
        (
            "es",
            (
                "La huelga, que comenzó hace tres semanas en varias fábricas, se extendió a los "
                "puertos el 17 de febrero."
            ),
            "17 de febrero",
        ),
    ],
)
def test_a_past_verb_of_the_sentence_keeps_the_date_behind(lang, text, surface):
    assert value_of(text, lang, surface) == "2024-02-17"


@pytest.mark.parametrize(
    "lang,text,surface",
    [
        ("fr", "Le syndicat a annoncé une grève le 17 février.", "17 février"),
        ("en", "The union called a strike for February 17.", "February 17"),
        ("es", "El sindicato convocó una huelga el 17 de febrero.", "17 de febrero"),
        (
            "fr",
            "La grève, qui a débuté en décembre, s'étendra aux ports le 17 février.",
            "17 février",
        ),
        (
            "en",
            "The strike, which started in December, will reach the ports on February 17.",
            "February 17",
        ),
        (
            "en",
            "The ministry published the results of the exam to be held on February 17.",
            "February 17",
        ),
        ("fr", "La date du scrutin a été fixée au 17 février.", "17 février"),
    ],
)
def test_a_date_the_verb_sets_ahead_stays_the_nearer(lang, text, surface):
    assert value_of(text, lang, surface) == "2025-02-17"


@pytest.mark.parametrize(
    "lang,text,surface,pub,value",
    [
        # an "-ed" adjective before a noun is no past verb
        (
            "en",
            "JOIN a workshop with the widely admired painter Ana Ruiz, Oct. 28, at the museum.",
            "Oct. 28",
            "2018-10-04",
            "2018-10-28",
        ),
        # a future word in the date's own clause, after it
        (
            "en",
            (
                "The curator collected old letters about the town and from October they "
                "will be shown online."
            ),
            "October",
            "2018-09-16",
            "2018-10",
        ),
        # a start of validity, or a relative clause of its own between
        (
            "en",
            "The council passed a law that bans smoking from February 17.",
            "February 17",
            PUB,
            "2025-02-17",
        ),
        (
            "fr",
            "Le gouvernement a publié un décret applicable à partir du 17 février.",
            "17 février",
            PUB,
            "2025-02-17",
        ),
        (
            "es",
            "El Gobierno aprobó una norma que prohíbe fumar a partir del 17 de febrero.",
            "17 de febrero",
            PUB,
            "2025-02-17",
        ),
        # a state lasting until a date
        ("fr", "Le musée est fermé jusqu'au 17 février.", "17 février", PUB, "2025-02-17"),
    ],
)
def test_no_past_verb_reaches(lang, text, surface, pub, value):
    got = [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]
    assert (surface, value) in got
