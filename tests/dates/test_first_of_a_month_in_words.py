"""The first of a month written out ("the first of May", "el primero de
enero", "le premier mars") is that day, as "May 1", "1.º de enero" and "1er
mars" are; it was missed. "First" that is no day ("the first of many", "el
primero de la lista", "le Premier ministre") stays what it was. Sentences
written for this test."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub="2024-04-20"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        (
            "Dock workers will strike on the first of June.",
            "en",
            [("the first of June", "2024-06-01")],
        ),
        (
            "The rule took effect on the first of March, 2023.",
            "en",
            [("the first of March, 2023", "2023-03-01")],
        ),
        (
            "El primero de julio se abrirá la nueva estación.",
            "es",
            [("primero de julio", "2024-07-01")],
        ),
        (
            "El primero de enero de 2025 entra en vigor la ley.",
            "es",
            [("primero de enero de 2025", "2025-01-01")],
        ),
        (
            "Le premier juin, la ligne de tram sera mise en service.",
            "fr",
            [("premier juin", "2024-06-01")],
        ),
        (
            "Le premier mars 2023, la loi est entrée en vigueur.",
            "fr",
            [("premier mars 2023", "2023-03-01")],
        ),
    ],
)
def test_the_first_in_words_is_the_day(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The first of many protests drew thousands.", "en"),
        ("The first of may be enough, he said.", "en"),
        ("El primero de la lista llegó tarde.", "es"),
        ("Le Premier ministre a démissionné.", "fr"),
        ("Le premier de cordée a chuté.", "fr"),
    ],
)
def test_first_that_is_no_day_stays_no_date(text, lang):
    assert found(text, lang) == []
