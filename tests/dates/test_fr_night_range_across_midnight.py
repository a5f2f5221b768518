"""French "hier soir" / "demain matin" are one relative day with its part of
the day, as "ce soir" is: a clock range across midnight between two of them
("entre 23 h hier soir et 2 h ce matin", held-out story15) is then one range
of the two days, as "between 11 p.m. last night and 2 a.m. this morning" and
"de 22 h samedi à 6 h dimanche" are (benchmarks/data/dates/README.md: times
that cross midnight are one range). Read as "hier" alone, " soir" cut the
range in two. Days told apart stay two. Sentences written for these tests;
published 2034-03-26."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2034-03-26"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "fr", PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Les pompiers sont intervenus entre 23 h hier soir et 2 h ce matin.",
            [("hier soir et 2 h ce matin", "2034-03-25", "2034-03-26")],
        ),
        (
            "La rocade a été fermée de 22 h hier soir à 6 h ce matin.",
            [("hier soir à 6 h ce matin", "2034-03-25", "2034-03-26")],
        ),
        (
            "Le tunnel sera fermé de 22 h ce soir à 6 h demain matin.",
            [("ce soir à 6 h demain matin", "2034-03-26", "2034-03-27")],
        ),
    ],
)
def test_a_clock_range_across_midnight_is_one_range(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Le maire a parlé hier soir et le préfet ce matin.",
            [("hier soir", "2034-03-25", None), ("ce matin", "2034-03-26", None)],
        ),
        (
            "Hier soir, le maire a parlé. Ce matin, il est parti.",
            [("Hier soir", "2034-03-25", None), ("Ce matin", "2034-03-26", None)],
        ),
        ("Le vote aura lieu demain matin.", [("demain matin", "2034-03-27", None)]),
    ],
)
def test_days_told_apart_stay_two(text, want):
    assert found(text) == want
