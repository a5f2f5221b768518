"""An advertising slot's label ("Pubblicità", "Publicidade") between a table
of the article's figures and its next paragraph is the slot, not the
footer's link to the advertising desk: the table's rows are no prose, so the
paragraph before the slot may stand a few lines above it. The table's rows
stay body. Pages invented here.
"""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

TABLES = {
    "it": [
        "Lista\t\tVoti\t\t%",
        "Lista civica Ponte Nuovo\t\t4.120\t\t41,3",
        "Insieme per Rivalta\t\t3.877\t\t38,9",
        "Rivalta Domani\t\t1.975\t\t19,8",
    ],
    "pt": [
        "Município\t\tCasos\t\tÓbitos",
        "Serra Azul\t\t1.204\t\t3",
        "Vila Rica\t\t877\t\t1",
        "Águas Claras\t\t452\t\t0",
    ],
}


@pytest.mark.parametrize("lang, slot", [("it", "Pubblicità"), ("pt", "Publicidade")])
def test_ad_slot_after_a_table_is_navigation(lang, slot):
    b = BODY[lang]
    lines = [b[0], b[1], *TABLES[lang], slot, b[2], b[3]]
    got = classify_lines(lines)
    label, why = got[slot]
    assert label == "navigation", (label, why)
    assert "advertising slot" in why[0], why
    for row in TABLES[lang]:
        assert got[row][0] == "body", (row, got[row])


def test_menu_table_without_figures_is_not_article_data():
    b = BODY["it"]
    menu = ["Home\t\tCronaca\t\tSport", "Meteo\t\tAnnunci\t\tContatti"]
    got = classify_lines([b[0], b[1], *menu, b[2], b[3]])
    for row in menu:
        assert got[row][0] != "body" or not any("table" in r for r in got[row][1]), got[row]


def test_table_after_the_article_end_stays_set_aside():
    b = BODY["pt"]
    standings = ["Time\t\tPontos", "Serra Azul FC\t\t34", "Vila Rica EC\t\t31"]
    got = classify_lines([*b, "Classificação", *standings, "© 2025 Portal do Vale"])
    for row in standings:
        assert got[row][0] != "body", (row, got[row])
