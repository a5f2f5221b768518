"""French "le 31" alone before "et" opening another clause ("seront publiés le
31 et le tirage aura lieu le lundi suivant") is a day of the month, as "le
31." and "le 31, ..." were; it was unread, and "le lundi suivant" after it
had no date to count from. Not before another day ("le 3 et le 4 avril" is
one date), nor a shirt number ("porte le 10 et"). Sentences invented;
published Monday 2025-09-08."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "fr", "2025-09-08")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Les candidatures seront closes le 19 et le jury se réunira le jeudi suivant.",
            [("19", "2025-09-19"), ("jeudi suivant", "2025-09-25")],
        ),
        (
            "La réunion a eu lieu le 4 et les syndicats ont quitté la salle.",
            [("4", "2025-09-04")],
        ),
        ("Le chantier reprendra le 22 et l'accès sera fermé.", [("22", "2025-09-22")]),
    ],
)
def test_day_before_another_clause(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("L'attaquant porte le 10 et il a marqué deux fois.", []),
        ("Le marché se tiendra le 13 et le 14 septembre.", [("13 et le 14 septembre", "2025-09-13")]),
    ],
)
def test_unchanged(text, expected):
    assert found(text) == expected
