"""French "le 15" followed by a clock time ("soit le 15 à 3 h 30 à Paris",
"reprise le 18 à 9 h"): a day of the month, as "le 15." closing a clause is;
it was unread (the bare day is read only before a clause mark, "prochain",
"dernier" or a clause opened by "et"). Not a score ("le 3 à 1"). Sentences
written for these tests; published 2026-12-09 (heldout16's miss)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-12-09"


def found(text, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "fr", pub)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Le lancement aura lieu le 20 décembre à 22 h, heure de Kourou, soit le 21 à 2 h à Paris.",
            [("20 décembre", "2026-12-20"), ("21", "2026-12-21")],
        ),
        ("Les cours ont repris le 7 à 8 h 30 après la grève.", [("7", "2026-12-07")]),
    ],
)
def test_fr_bare_day_then_clock_time(text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", ["Lyon mène le 3 à 1 à la pause.", "Le score est de 2 à 1."])
def test_fr_score_is_no_date(text):
    assert found(text) == []
