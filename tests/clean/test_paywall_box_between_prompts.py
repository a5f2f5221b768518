"""A subscription wall's box between two of its prompts – its offer and its
button, which name no cue ("Nur 0,99 € im ersten Monat, danach 9,99 €
monatlich", "Jetzt testen"; "Solo 1 € al mes durante un año", "Suscríbete") –
is the wall's: the lines were set aside as related headlines after the
article. Pages written for this test in a German regional paper's and a
Spanish paper's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

WALLS = {
    "de": [
        "Jetzt weiterlesen mit RP+",
        "Nur 0,99 € im ersten Monat, danach 9,99 € monatlich, jederzeit kündbar",
        "Jetzt testen",
        "Bereits Abonnent? Hier anmelden",
    ],
    "es": [
        "Accede a todo el contenido con tu suscripción",
        "Solo 1 € al mes durante el primer año, cancela cuando quieras",
        "Suscríbete",
        "¿Ya tienes una cuenta? Inicia sesión",
    ],
}


@pytest.mark.parametrize("lang", sorted(WALLS))
def test_the_box_between_the_walls_prompts_is_navigation(lang):
    wall = WALLS[lang]
    got = classify_lines([*BODY[lang][:2], *wall])
    assert all(got[t][0] == "navigation" for t in wall), [got[t] for t in wall]


def test_paragraphs_between_two_prompts_stay_body():
    # a teaser's prompt above the article's paragraphs and one under them
    wall = WALLS["de"]
    b = BODY["de"]
    got = classify_lines([wall[0], b[0], b[1], wall[3]])
    assert got[b[0]][0] == "body" and got[b[1]][0] == "body", [got[b[0]], got[b[1]]]
