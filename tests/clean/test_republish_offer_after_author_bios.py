"""A nonprofit newsroom's offer to republish the story ("Republish this
story for free under our Creative Commons license", "Republica esta
historia", "Republier cet article") is page chrome, not the article's last
paragraph; read as body it stopped the search for the author bios above it,
which stayed body (heldout11's b16).

Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_ES, BODY_FR, classify_lines


@pytest.mark.parametrize(
    ("byline", "body", "bio", "offer"),
    [
        (
            "By Maren Solvik and Otto Braddock",
            BODY_EN,
            "Otto Braddock is a data reporter. He joined the newsroom in 2022 after six years at a public radio station.",
            "Republish this story for free under our Creative Commons license.",
        ),
        (
            "Por Itziar Molinos",
            BODY_ES,
            "Itziar Molinos es periodista de datos. Antes trabajó siete años en una radio pública de Navarra.",
            "Republica esta historia gratis con nuestra licencia Creative Commons.",
        ),
        (
            "Par Gwenaëlle Trébern",
            BODY_FR,
            "Gwenaëlle Trébern est journaliste spécialisée dans les données. Elle a travaillé dix ans en radio.",
            "Republier cet article gratuitement sous licence Creative Commons.",
        ),
    ],
)
def test_a_republish_offer_is_chrome_and_the_bio_above_it_a_byline(byline, body, bio, offer):
    got = classify_lines(
        ["Civic Desk", "A headline about the park works", byline, *body, bio, offer]
    )
    assert got[offer][0] == "navigation", got[offer]
    assert got[bio][0] == "byline", got[bio]
    assert all(got[p][0] == "body" for p in body)


def test_a_sentence_about_republishing_inside_the_article_stays_body():
    line = (
        "The council said the newspaper could republish the story only after the inquiry had "
        "heard from every witness."
    )
    got = classify_lines([BODY_EN[0], BODY_EN[1], line, BODY_EN[2], BODY_EN[3]])
    assert got[line][0] == "body", got[line]
