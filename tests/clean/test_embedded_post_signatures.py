"""An embedded social post as a scraper keeps it in plain text: the post,
then its signature '— Name (@handle) March 3, 2026' (or 'A post shared by
Name (@handle)'). The signature is the quoted post's credit and stays with it
in the article (as on the HTML page with the embed); it was read as a
headline after the article's end, so a short closing paragraph after it was
set aside as text after the article. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

POST = "Crews are out in force this morning. Please stay away from downed lines. pic.twitter.com/AbC123xYz"


@pytest.mark.parametrize(
    ("lang", "signature", "last"),
    [
        (
            "en",
            "— Coastal Power (@CoastalPowerCo) March 3, 2026",
            "Forecasters expect the wind to ease by Wednesday evening.",
        ),
        (
            "es",
            "— Protección Civil (@proteccioncivil) 3 de marzo de 2026",
            "Se espera que el viento amaine el miércoles por la tarde.",
        ),
        (
            "fr",
            "Une publication partagée par Mairie de Lyon (@villedelyon)",
            "Le vent devrait faiblir mercredi en fin de journée.",
        ),
    ],
)
def test_a_closing_paragraph_after_an_embedded_post_stays_body(lang, signature, last):
    lines = [*BODY[lang], POST, signature, last]
    got = classify_lines(lines)
    assert got[signature][0] == "body", got[signature]
    assert got[last][0] == "body", got[last]
    assert all(got[p][0] == "body" for p in BODY[lang])


@pytest.mark.parametrize(
    "line",
    [
        "— Karen Holt",  # a live blog's post signed with a name only: no handle
        "- Contact the desk (@citydesk) for tips and corrections about this story",
    ],
)
def test_other_dashed_lines_are_no_post_signature(line):
    got = classify_lines([*BODY["en"], line])
    assert "embedded social post" not in " ".join(got[line][1]), got[line]
