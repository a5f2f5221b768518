"""Two days of one month joined by "and" before it, in languages read
through CLDR: "am 3. und 4. Mai" read only the 4th (as did "nos dias 3 e 4
de maio", "il 3 e 4 maggio", "3 dan 4 Mei", "3 и 4 мая"). Two days in a row
are the span of both, as es "los días 3 y 4 de mayo" and fr "les 3 et 4
mai" are read; two days apart ("am 3. und 5. Mai") are two dates, not the
days between. Counts joined by "and" ("3 und 4 Sitze im Mai") are no dates.
Pages written for these tests; published 2025-08-04."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("de", "Die Wahl fand am 3. und 4. Mai statt.", "3. und 4. Mai"),
        ("pt", "A votação foi nos dias 3 e 4 de maio.", "3 e 4 de maio"),
        ("it", "Il voto si è tenuto il 3 e 4 maggio.", "3 e 4 maggio"),
        ("id", "Pemilu digelar pada 3 dan 4 Mei 2025.", "3 dan 4 Mei 2025"),
        ("ru", "Выборы прошли 3 и 4 мая.", "3 и 4 мая"),
    ],
)
def test_two_days_in_a_row_are_both(lang, text, span):
    assert found(text, lang) == [(span, "2025-05-03", "2025-05-04")]


def test_two_days_apart_are_two_dates():
    assert found("Die Wahl fand am 3. und 5. Mai 2025 statt.", "de") == [
        ("3.", "2025-05-03", None),
        ("5. Mai 2025", "2025-05-05", None),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("de", "Die Partei erhielt 3 und 4 Sitze im Mai.", []),
        (
            "de",
            "Er wurde am 3. Mai und am 4. Juni gewählt.",
            [("3. Mai", "2025-05-03", None), ("4. Juni", "2025-06-04", None)],
        ),
    ],
)
def test_near_misses(lang, text, want):
    assert found(text, lang) == want
