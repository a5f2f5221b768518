"""A year that dates a noun ("the revolution of 1969", "la révolution de
1969", "1969年的政变") in a sentence whose happening has a finer, later date is
background, not a second happening: the sentence is an event of its day
only. A year of its own clause ("In 2014 they signed X, and in July 2023
they adopted Y") and a year that is the sentence's only date stay events."""

from __future__ import annotations

import pytest

from .test_comparison_baselines import event_dates


@pytest.mark.parametrize(
    "lang,text,day",
    [
        (
            "en",
            (
                "Colonel Ahmed Haroun, a veteran of the revolution of 1969, joined the rebels "
                "on Friday, August 23, 2024, the council said."
            ),
            "2024-08-23",
        ),
        (
            "fr",
            (
                "Le commandant Karim Saadi, compagnon d'armes de la révolution de 1969, "
                "s'est rallié aux rebelles le 23 août 2024, selon le conseil."
            ),
            "2024-08-23",
        ),
        (
            "es",
            (
                "El coronel Luis Ortega, veterano del golpe de 1973, se unió a los rebeldes "
                "el 23 de agosto de 2024, según el consejo."
            ),
            "2024-08-23",
        ),
        ("zh", "参加过1969年的政变的老将阿迈德于2024年8月23日宣布加入反对派。", "2024-08-23"),
    ],
)
def test_a_year_naming_a_noun_is_background(lang, text, day):
    assert event_dates(text, lang) == [day]


def test_a_year_of_its_own_clause_stays():
    text = (
        "In 2014 the two sides signed a partnership programme, and in July 2023 "
        "they adopted a new plan for maritime security."
    )
    assert sorted(event_dates(text, "en")) == ["2014", "2023-07"]


def test_a_year_alone_in_its_sentence_stays():
    text = "The revolution of 1969 brought the colonel to power after a bloodless coup."
    assert event_dates(text, "en") == ["1969"]
