"""A video page: the headline, the player's description opening with its
label ('Watch: …', 'VIDÉO - …', 'Vídeo: …') and the stamp, then the text. The
description, longer than the headline, was taken for the title and the
headline above it set aside as a line before the article. Pages written for
this test in English, French and Spanish styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines

PAGES = {
    "en": (
        "Floating bridge rides out storm",
        "Watch: engineers show how the floating bridge rode out waves twice as high as forecast",
        "14 March 2026",
        [
            "The floating bridge across the estuary was designed to rise and fall with the tide, and last week's storm was its first real test.",
            "Engineers from the county council filmed the structure as waves more than four metres high passed underneath it on Thursday night.",
        ],
    ),
    "fr": (
        "Le pont flottant résiste",
        "VIDÉO - Les ingénieurs montrent comment le pont flottant a résisté à des vagues deux fois plus hautes que prévu",
        "14 mars 2026",
        [
            "Le pont flottant qui traverse l'estuaire a été conçu pour monter et descendre avec la marée, et la tempête de la semaine dernière était son premier vrai test.",
            "Les ingénieurs du département ont filmé l'ouvrage jeudi soir, alors que des vagues de plus de quatre mètres passaient sous ses pontons.",
        ],
    ),
    "es": (
        "El puente flotante resiste",
        "Vídeo: los ingenieros muestran cómo el puente flotante aguantó olas el doble de altas de lo previsto",
        "14 de marzo de 2026",
        [
            "El puente flotante sobre la ría fue diseñado para subir y bajar con la marea, y el temporal de la semana pasada fue su primera prueba real.",
            "Los ingenieros de la diputación grabaron la estructura el jueves por la noche mientras olas de más de cuatro metros pasaban por debajo.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_headline_above_the_players_teaser_is_the_title(lang):
    head, teaser, stamp, paras = PAGES[lang]
    got = classify_lines([head, teaser, stamp, *paras])
    assert got[head][0] == "title", got[head]
    assert got[teaser][0] != "title", got[teaser]
    assert all(got[p][0] == "body" for p in paras), [got[p] for p in paras]


def test_a_headline_opening_with_watch_alone_stays_the_title():
    _, teaser, stamp, paras = PAGES["en"]
    got = classify_lines([teaser, stamp, *paras])
    assert got[teaser][0] == "title", got[teaser]
