"""Headlines lost to page furniture, found by benchmarks/data/clean/heldout7
(the pages here are written for this file, in other sites' words): a
section breadcrumb of two items under one arrow ("Kinh doanh › Thị trường")
was taken for the headline, and a long headline right over its byline was
read as the first paragraph because a menu bar of six words above it was
half its length. A headline bar of two parts ("Headline | Site") is no
menu."""

from __future__ import annotations

import pytest

from newsline.clean.classify import _menu_items
from newsline.clean.features import line_features

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "crumb", "headline", "stamp"),
    [
        (
            "vi",
            "Thể thao › Bóng đá",
            "Câu lạc bộ phố Núi chiêu mộ tiền đạo từ giải hạng Nhất",
            "Thứ bảy, 8/3/2025, 09:10 (GMT+7)",
        ),
        (
            "es",
            "Economía » Mercados",
            "La bolsa cierra su mejor semana del año gracias a la banca",
            "14/03/2025 18:40",
        ),
        (
            "fr",
            "Régions > Bretagne",
            "Le port de Lorient accueille son premier navire à hydrogène",
            "Publié le 02/04/2025 à 08h15",
        ),
    ],
)
def test_a_one_arrow_breadcrumb_is_not_the_title(lang, crumb, headline, stamp):
    b = BODY[lang]
    got = classify_lines([crumb, headline, stamp, *b])
    assert got[crumb][0] == "navigation", got[crumb]
    assert got[headline][0] == "title", got[headline]


@pytest.mark.parametrize(
    ("lang", "menu", "headline", "byline"),
    [
        (
            "es",
            "Portada Nacional Mundo Deportes Cultura Tecnología",
            "El Gobierno y los sindicatos pactan subir el salario mínimo hasta los 1.250 euros a partir del próximo mes de enero",
            "Por Ana Beltrán",
        ),
        (
            "fr",
            "Accueil Politique Monde Sports Culture Météo",
            "Le conseil municipal de Quimper vote la gratuité des transports en commun pour les moins de vingt-six ans dès la rentrée",
            "Par Yann Le Bihan",
        ),
    ],
)
def test_a_long_headline_over_its_byline_is_the_title(lang, menu, headline, byline):
    b = BODY[lang]
    got = classify_lines([menu, headline, byline, *b])
    assert got[headline][0] == "title", got[headline]
    assert got[menu][0] != "title", got[menu]


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Kinh doanh › Thị trường", 2),
        ("Home » World » Asia", 3),
        ("Fire crews contain blaze near Lakeview | Daily Star", 0),
        ("Home | News", 0),
    ],
)
def test_menu_items_of_arrows_and_bars(line, items):
    assert _menu_items(line_features(0, line)) == items
