"""Christmas as the first end of a span whose other end is a fixed day
("between Christmas and New Year's Day", "entre Noël et le jour de l'An",
"entre Navidad y Nochevieja") is 25 December, the span running day to day;
alone ("à Noël", "at Christmas") or before a season's end ("and New Year")
it stays the season, no date. German "Neujahr" alone is New Year's Day.
Sentences invented; published 2028-10-17."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [
        (text[m.start : m.end], m.value, m.end_value)
        for m in resolve_dates(text, lang, "2028-10-17")
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "La déchetterie restera fermée entre Noël et le jour de l'An.",
            [("Noël et le jour de l'An", "2028-12-25", "2029-01-01")],
        ),
        (
            "en",
            "Trains will run a reduced service between Christmas and New Year's Day.",
            [("Christmas and New Year's Day", "2028-12-25", "2029-01-01")],
        ),
        (
            "es",
            "El museo abrirá solo por la mañana entre Navidad y Nochevieja.",
            [("Navidad y Nochevieja", "2028-12-25", "2028-12-31")],
        ),
        ("de", "An Neujahr bleibt das Rathaus geschlossen.", [("Neujahr", "2029-01-01", None)]),
        ("de", "Zwischen Weihnachten und Neujahr bleibt das Rathaus zu.", []),
        ("fr", "La déchetterie restera fermée à Noël.", []),
        ("en", "Trains will run a reduced service between Christmas and New Year.", []),
    ],
)
def test_christmas_in_a_span_to_a_fixed_day(lang, text, expected):
    assert found(text, lang) == expected
