"""French regional papers place a happening in a part of a week: "en début
de semaine" (earlier this week), "en milieu de semaine", "en fin de semaine
dernière", "en début de semaine prochaine". Read as that week, as "cette
semaine" / "la semaine dernière" are; a bare "en fin de semaine" is also "at
weekends" (a habit) and stays no date. Publication date: Tuesday 10
September 2024 (week of 9-15 September)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text):
    return [(m.value, m.end_value) for m in resolve_dates(text, "fr", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "En début de semaine, le maire de Saint-Lô a annoncé sa démission.",
            ("2024-09-09", "2024-09-15"),
        ),
        ("La préfecture a levé l'alerte en milieu de semaine.", ("2024-09-09", "2024-09-15")),
        (
            "En fin de semaine dernière, les pompiers sont intervenus à Granville.",
            ("2024-09-02", "2024-09-08"),
        ),
        (
            "En début de semaine prochaine, le conseil départemental votera le budget.",
            ("2024-09-16", "2024-09-22"),
        ),
    ],
)
def test_part_of_a_week(text, expect):
    assert values(text) == [expect]


def test_weekend_habit_is_no_date():
    assert values("Le marché bio a lieu en fin de semaine, place du château.") == []
