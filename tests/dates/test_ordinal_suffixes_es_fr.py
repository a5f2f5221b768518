"""The first of a month with the ordinal abbreviated as Latin American papers
write it ("el 1ro de julio", "el 1ero de agosto") and as typeset French pages
set it in superscript letters ("le 1ᵉʳ février", "le 2ᵉ mars"): the day, as
"1.º de mayo" and "1er mai" were; they gave no date. A number with another
word after it stays no date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        ("Desde el 1ro de julio sube la tarifa del metro.", "es", "2024-06-10", [("1ro de julio", "2024-07-01")]),
        ("El 1ero de agosto abre la inscripción.", "es", "2024-06-10", [("1ero de agosto", "2024-08-01")]),
        ("Les loyers augmenteront le 1ᵉʳ février.", "fr", "2025-01-10", [("1ᵉʳ février", "2025-02-01")]),
        ("Le 2ᵉ mars, la mairie a rouvert la piscine.", "fr", "2025-03-10", [("2ᵉ mars", "2025-03-02")]),
    ],
)
def test_abbreviated_ordinals_name_the_day(text, lang, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Quedó 1ro en la general y 3ro en la etapa.", "es"),
        ("Il a terminé 1ᵉʳ du classement.", "fr"),
    ],
)
def test_ordinals_without_a_month_are_no_date(text, lang):
    assert found(text, lang, "2024-06-10") == []
