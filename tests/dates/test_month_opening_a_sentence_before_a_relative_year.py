"""A month that opens its sentence with no preposition, followed by the
year said relatively ("Julio del año próximo será clave", "Agosto del año
pasado fue el más caluroso", "Juillet de l'année prochaine sera décisif"):
the relative year makes the word a month, as "en" / "in" before it does.
A capitalised month word alone ("Julio Iglesias") stays no date; English is
left out ("may next year" is as often the verb). Sentences written for these
tests; published Tuesday 2024-09-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2024-09-10")]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "es",
            "Julio del año próximo será clave para la reforma.",
            ("Julio del año próximo", "2025-07"),
        ),
        ("es", "Agosto del año pasado fue el más caluroso.", ("Agosto del año pasado", "2023-08")),
        ("es", "Marzo de este año cerró con lluvias.", ("Marzo de este año", "2024-03")),
        (
            "fr",
            "Juillet de l'année prochaine sera décisif.",
            ("Juillet de l'année prochaine", "2025-07"),
        ),
        ("fr", "Mars de l'an dernier fut le plus sec.", ("Mars de l'an dernier", "2023-03")),
    ],
)
def test_month_opening_a_sentence_takes_the_relative_year(lang, text, want):
    assert found(text, lang) == [want]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Julio Iglesias cantó en Miami."),
        ("es", "Julio será clave para la reforma."),
        ("fr", "Juillet sera décisif."),
    ],
)
def test_month_word_alone_stays_no_date(lang, text):
    assert found(text, lang) == []
