"""A byline of the writer and the place with a bar or a slash between, as
Spanish and German regional papers sign under the headline ("Lucía Martín |
Zaragoza", "Anna Schmidt / Köln"), was taken for a menu of three items and
set aside; the page named no author. Pages written for this test in a
Spanish and a German regional paper's styles; menus under the headline
stay navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_lines, classify_page

PAGES = [
    (
        "es",
        "Las obras del parque central empezarán el mes que viene",
        "Lucía Martín | Zaragoza",
        "Lucía Martín",
    ),
    (
        "de",
        "Sanierung des Zentralparks beginnt im nächsten Monat",
        "Anna Schmidt / Köln",
        "Anna Schmidt",
    ),
]


@pytest.mark.parametrize(("lang", "head", "line", "writer"), PAGES)
def test_writer_and_place_is_the_byline(tmp_path: Path, lang, head, line, writer):
    got = classify_lines([head, line, *BODY[lang]])
    assert got[line][0] == "byline", got[line]
    path = tmp_path / "page.txt"
    path.write_text("\n".join([head, line, *BODY[lang]]), encoding="utf-8")
    assert classify_page(path).author == writer


@pytest.mark.parametrize(
    "menu", ["Inicio | Deportes", "Política | Economía | Cultura", "Startseite / Lokales"]
)
def test_a_menu_under_the_headline_is_no_byline(menu):
    got = classify_lines([PAGES[0][1], menu, *BODY["es"]])
    assert got[menu][0] != "byline", got[menu]


@pytest.mark.parametrize(
    ("head", "crumb"),
    [
        ("Real Madrid remontan y se meten en la final de la Copa", "Real Madrid / Liga"),
        (
            "Borussia Dortmund verliert das Derby in letzter Minute",
            "Borussia Dortmund | Bundesliga",
        ),
    ],
)
def test_a_breadcrumb_naming_the_headlines_subject_is_no_byline(head, crumb):
    # two capitalised words, a bar, one more: the shape of "Writer | Place",
    # but the headline names them, so they are the story's subject
    got = classify_lines([head, crumb, *BODY["es"]])
    assert got[crumb][0] != "byline", got[crumb]
