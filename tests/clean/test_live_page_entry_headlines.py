"""A live page whose entries each have a headline under their time: the
page's own headline, opening with its live label and with its stamp under it
("EN DIRECTO | Temporal en Valencia, última hora", "EN DIRECT - Tempête Ivo
: les dernières informations"), is the title, and the first entry's headline
the entry's. The first entry's headline was taken for the title (the longest
headline-shaped line, or the one naming what the entries name) and the page's
headline, whose words the entries do not repeat, set aside as a line before
the article. Pages written for this test in a
Spanish regional paper's and a French site's live-blog styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines

PAGES = {
    "es": [
        "EN DIRECTO | Temporal en Valencia, última hora",
        "Actualizado: 12/03/2026 - 18:45",
        "18:45",
        "Nivel 2 de emergencia en la Ribera Alta",
        "La Generalitat eleva a nivel 2 la emergencia en la comarca de la Ribera Alta tras el desbordamiento del Magro.",
        "18:20",
        "Rescatadas dos personas en Alzira",
        "Los bomberos rescatan a dos personas atrapadas en un vehículo en un paso inferior de Alzira.",
        "17:55",
        "Renfe suspende los Cercanías",
        "Renfe suspende la circulación de trenes de Cercanías entre Valencia y Xàtiva por la acumulación de agua en las vías.",
    ],
    "fr": [
        "EN DIRECT - Tempête Ivo : les dernières informations",
        "Mis à jour le 12 mars 2026 à 18h45",
        "18:45",
        "Le département déclenche le plan Orsec",
        "La préfecture a déclenché le plan Orsec après le débordement de la rivière en trois endroits cet après-midi.",
        "18:20",
        "Deux personnes secourues dans un tunnel",
        "Les pompiers ont secouru deux personnes bloquées dans leur voiture dans un passage inondé de la rocade.",
        "17:55",
        "Trafic ferroviaire interrompu",
        "Les trains entre la ville et la côte sont supprimés en raison de la présence d'eau sur les voies, selon la SNCF.",
    ],
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_live_pages_headline_is_the_title(lang):
    lines = PAGES[lang]
    got = classify_lines(lines)
    assert got[lines[0]][0] == "title", got[lines[0]]
    for k in (3, 6, 9):  # the entries' headlines
        assert got[lines[k]][0] == "body", got[lines[k]]
    for k in (4, 7, 10):
        assert got[lines[k]][0] == "body", got[lines[k]]
