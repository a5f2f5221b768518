"""A headline of three words in a language that compounds its nouns or
glues on its endings ('Neuer Zentralpark geplant', 'İzmir metrosu
genişliyor', 'Schoolpleinen worden groener') is the title: the title search
asked four words of a headline, so these pages had none. Only a line of
twenty letters or more right above the stamp or byline, using a word of the
article; a menu's three items use none. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "lines", "headline"),
    [
        (
            "de",
            ["Startseite", "Lokales", "Neuer Zentralpark geplant", "14. März 2026"],
            "Neuer Zentralpark geplant",
        ),
        (
            "tr",
            ["Gündem", "İzmir metrosu genişliyor", "Ayşe Demir", "15.03.2026 10:30"],
            "İzmir metrosu genişliyor",
        ),
        (
            "nl",
            [
                "Binnenland",
                "Schoolpleinen worden groener",
                "Door Pieter de Vries",
                "14 maart 2026, 08:12",
            ],
            "Schoolpleinen worden groener",
        ),
    ],
)
def test_a_three_word_headline_above_its_stamp_is_the_title(lang, lines, headline):
    got = classify_lines([*lines, *BODY[lang]])
    assert got[headline][0] == "title", got[headline]
    assert all(got[p][0] == "body" for p in BODY[lang])


def test_a_menus_three_items_above_the_stamp_are_no_title():
    line = "Politik Wirtschaft Sport"
    got = classify_lines([line, "14. März 2026", *BODY["de"]])
    assert got[line][0] != "title", got[line]
