"""A byline whose stamp has the writer's place before it ("Por Lucía
Berrocal | Madrid | 22 de abril de 2025, 08:45") was read as a menu of
three fields above the article (heldout14's k14): the author was lost. Lines
written for this test in other languages; a line of three menu items with
no date stays a menu."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "headline", "byline"),
    [
        (
            "id",
            "Pemkot perpanjang jam operasional taman kota hingga malam hari",
            "Oleh Rina Wulandari | Bandung | Kamis, 8 Mei 2025 15:20 WIB",
        ),
        (
            "en",
            "City council approves new opening hours for the central park",
            "By Tom Harris | Leeds | March 3, 2025 10:15",
        ),
        (
            "es",
            "El ayuntamiento amplía el horario del parque central en verano",
            "Por Lucía Berrocal | San Sebastián | 22 de abril de 2025, 08:45",
        ),
    ],
)
def test_a_byline_with_a_place_before_its_stamp_is_a_byline(lang, headline, byline):
    got = classify_lines(["Inicio", headline, byline, *BODY[lang]])
    assert got[byline][0] == "byline", got[byline]
    assert got[headline][0] == "title", got[headline]


def test_three_menu_fields_above_the_article_stay_a_menu():
    menu = "Inicio | Deportes | Cultura"
    got = classify_lines(
        [menu, "El ayuntamiento amplía el horario del parque central", *BODY["es"]]
    )
    assert got[menu][0] == "navigation", got[menu]
