"""French "est attendu(e)(s) le <date>" (is expected on) is a present that
looks ahead, as English "is expected on": its participle is no past form
("est mort le 3 mars") that would keep a year-less date behind the
publication. An imperfect "était attendu" stays told in the past.
Publication date: Monday 20 October 2025."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-20"


def values(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "fr", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("La décision du Conseil d'État est attendue le 3 décembre.", [("3 décembre", "2025-12-03")]),
        (
            "Les travaux ont débuté le 6 octobre et la livraison est attendue vers le 15 janvier.",
            [("6 octobre", "2025-10-06"), ("15 janvier", "2026-01-15")],
        ),
        ("Les premiers résultats sont attendus le 2 novembre.", [("2 novembre", "2025-11-02")]),
    ],
)
def test_expected_on_a_date_looks_ahead(text, expect):
    assert values(text) == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        ("Le ministre était attendu le 5 septembre à Lyon, mais il a annulé.", [("5 septembre", "2025-09-05")]),
        ("Le navire est arrivé le 30 septembre, comme attendu.", [("30 septembre", "2025-09-30")]),
    ],
)
def test_expected_in_the_past_stays_behind(text, expect):
    assert values(text) == expect
