"""A French past told with a negation between the auxiliary and the
participle -- "n'a pas été publié", "n'est jamais arrivé", "n'avaient plus
reçu" -- is past as the affirmative is: a year-less date after it is the
latest one before the publication. "pas encore" (not yet) may look ahead and
is left alone; "n'a pas lieu" (does not take place) is a present. Published
2026-03-20. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-03-20"


def found(text, lang="fr"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le bilan n'a pas été rendu public avant le 3 avril.", [("3 avril", "2025-04-03")]),
        ("Le ferry n'est jamais arrivé au port le 12 mai.", [("12 mai", "2025-05-12")]),
        (
            "Les salariés n'avaient plus reçu de salaire depuis le 30 juin.",
            [("30 juin", "2025-06-30")],
        ),
        # the affirmative, unchanged
        ("Le ministre n'a pas signé le texte le 14 avril.", [("14 avril", "2025-04-14")]),
        ("Le train n'est pas parti le 2 mai.", [("2 mai", "2025-05-02")]),
        ("Le bilan a été rendu public le 3 avril.", [("3 avril", "2025-04-03")]),
        # negatives: not yet, a future, a present "n'a pas lieu"
        (
            "Le bilan n'a pas encore été rendu public ; il le sera le 3 avril.",
            [("3 avril", "2026-04-03")],
        ),
        ("Le bilan sera rendu public le 3 avril.", [("3 avril", "2026-04-03")]),
        ("La foire n'a pas lieu le 3 avril.", [("3 avril", "2026-04-03")]),
    ],
)
def test_fr_negated_past(text, expected):
    assert found(text) == expected
