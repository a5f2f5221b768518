"""A weekend of this week opening its clause, told by a past verb right
after it ("Este fin de semana se celebraron las fiestas", "Ce week-end, les
grévistes ont défilé"), published on a weekday before it: the weekend just
past, as a past verb before it already said ("ils ont manifesté ce
week-end"). Not when a future word is in the sentence, when the past verb
is far after it in another clause, nor in English (an "-ed" word after it is
often an adjective). Sentences written for these tests; published Monday
2025-03-10 (the weekend before: 8-9 March; the one after: 15-16 March)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-10"
PAST = ("2025-03-08", "2025-03-09")
NEXT = ("2025-03-15", "2025-03-16")


def weekend(text, lang):
    # the weekend opens each sentence: its reading is the first
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, PUB)][0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Este fin de semana se registraron tres incendios en Galicia.", "es"),
        ("Este fin de semana los vecinos protestaron frente al ayuntamiento.", "es"),
        ("Ce week-end, les pompiers ont maîtrisé deux incendies.", "fr"),
        ("Ce week-end les supporters ont envahi la pelouse.", "fr"),
    ],
)
def test_weekend_just_past(text, lang):
    assert weekend(text, lang) == PAST


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Este fin de semana se celebrará la final, como anunció la federación.", "es"),
        ("Este fin de semana abre el museo que el alcalde inauguró hace un año.", "es"),
        ("Ce week-end, le musée rouvre ses portes après des travaux qui ont duré deux ans.", "fr"),
        ("This weekend, the renovated museum opens its doors.", "en"),
    ],
)
def test_weekend_ahead_kept(text, lang):
    assert weekend(text, lang) == NEXT
