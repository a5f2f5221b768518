"""A season with its year written ("spring 2026", "el verano de 2023", "l'été
2024", "mùa hè năm 2023", "2026年春天") is that season's three months of that
year, as "last summer" is; it gave the bare year or nothing. Winter (across
two years), "fall" (a verb as often) and Thai seasons (not these months) stay
as they were. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub="2024-10-10"):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("The new terminal opens in spring 2026.", "en", ("2026-03", "2026-05")),
        ("Harvests failed in the summer of 2022.", "en", ("2022-06", "2022-08")),
        ("Las obras empezaron en la primavera de 2023.", "es", ("2023-03", "2023-05")),
        ("Le chantier reprendra à l'automne 2025.", "fr", ("2025-09", "2025-11")),
        ("Mùa thu năm 2022, giá lúa tăng mạnh.", "vi", ("2022-09", "2022-11")),
        ("2022年夏天，长江流域遭遇干旱。", "zh", ("2022-06", "2022-08")),
    ],
)
def test_a_season_of_a_named_year(text, lang, expected):
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Winter 2023 was the mildest on record.", "en", []),
        ("Shares fall 2024 points short of the record.", "en", []),
        ("Last summer, the river dried up.", "en", [("2024-06", "2024-08")]),
    ],
)
def test_near_misses(text, lang, expected):
    assert found(text, lang) == expected
