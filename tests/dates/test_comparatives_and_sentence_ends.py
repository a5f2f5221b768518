"""Two things news writes around dates that the other date tests do not
cover. "Two weeks earlier than last year" compares two harvests and dates
nothing, while "Two weeks earlier, ..." after a date counts back from it. A
full month name before a sentence's period leaves the period out of the
mention ("le 3 mars."), an abbreviated one keeps its dot ("Sept. 3").
Publication date: Wednesday 28 August 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-08-28"


def spans(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "fr",
            "La récolte commence le 2 septembre, soit deux semaines plus tôt que l'an dernier.",
            [("2 septembre", "2024-09-02"), ("l'an dernier", "2023")],
        ),
        (
            "en",
            "The harvest starts on Sept. 2, two weeks earlier than last year.",
            [("Sept. 2", "2024-09-02"), ("last year", "2023")],
        ),
        (
            "es",
            "La cosecha empieza el 2 de septiembre, dos semanas antes que el año pasado.",
            [("2 de septiembre", "2024-09-02"), ("el año pasado", "2023")],
        ),
        (
            "en",
            "The vote was held on Sept. 2, three days later than planned.",
            [("Sept. 2", "2024-09-02")],
        ),
    ],
)
def test_a_comparison_dates_nothing(lang, text, expect):
    assert spans(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "fr",
            "Le vote a eu lieu le 2 septembre. Deux semaines plus tôt, le maire avait démissionné.",
            [("2 septembre", "2024-09-02"), ("Deux semaines plus tôt", "2024-08-19")],
        ),
        (
            "en",
            "The vote was held on Sept. 2. Two weeks earlier, the mayor had resigned.",
            [("Sept. 2", "2024-09-02"), ("Two weeks earlier", "2024-08-19")],
        ),
        (
            "es",
            "La votación fue el 2 de septiembre. Dos semanas antes, dimitió el alcalde.",
            [("2 de septiembre", "2024-09-02"), ("Dos semanas antes", "2024-08-19")],
        ),
    ],
)
def test_counting_back_from_a_date_still_resolves(lang, text, expect):
    assert spans(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("fr", "L'exposition reste ouverte jusqu'au 3 mars.", [("3 mars", "2024-03-03")]),
        ("fr", "Le 3 févr. 2024, il pleuvait.", [("3 févr. 2024", "2024-02-03")]),
        ("en", "It opens on Sept. 3.", [("Sept. 3", "2024-09-03")]),
        ("en", "The fair closed on 3 March.", [("3 March", "2024-03-03")]),
        ("es", "La feria cerró el 3 de marzo.", [("3 de marzo", "2024-03-03")]),
    ],
)
def test_a_sentence_period_after_a_full_month_name_is_left_out(lang, text, expect):
    assert spans(text, lang) == expect
