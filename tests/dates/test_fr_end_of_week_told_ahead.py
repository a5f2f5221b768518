"""A bare "en fin de semaine" is "at weekends" (a habit) or "at the end of
this week"; told ahead -- a verb in the future tense, "est attendu", "doit",
"est prévu" -- it is this week (Monday to Sunday: the end of the working
week in France, the weekend in Quebec, and only the week holds both), as
"en fin de semaine prochaine" is next week. Told in the present or the past
it stays no date ("Le marché a lieu en fin de semaine"). Sentences written
for these tests; published Wednesday 2024-05-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-05-15"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "fr", PUB)]


@pytest.mark.parametrize(
    "text,span",
    [
        ("Le verdict est attendu en fin de semaine.", "en fin de semaine"),
        ("Les routiers manifesteront en fin de semaine à Rennes.", "en fin de semaine"),
        ("En fin de semaine, le ministre se rendra à Nantes.", "En fin de semaine"),
        ("Le conseil doit se prononcer en fin de semaine.", "en fin de semaine"),
    ],
)
def test_end_of_week_told_ahead_is_this_week(text, span):
    assert found(text) == [(span, "2024-05-13", "2024-05-19")]


@pytest.mark.parametrize(
    "text",
    [
        "Le marché a lieu en fin de semaine, place de la mairie.",
        "La médiathèque ouvre en fin de semaine.",
        "Les pompiers sont intervenus en fin de semaine.",
        "Le verdict était attendu en fin de semaine.",
    ],
)
def test_end_of_week_not_told_ahead_is_no_date(text):
    assert found(text) == []
