"""Captions closing on a photographer's credit with no colon, as French and
Spanish regional papers print them ("Le maire, mardi. Photo Jean Dupont",
"... Photo DR", "... Foto EFE"), and slash credits naming the agency that
distributed the photo ("(Jane Doe/The Herald via AP)"). A headline or a
sentence that merely starts with "Photo" stays body."""

from __future__ import annotations

import pytest

from .helpers import classify_lines, page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Le maire lors de l'inauguration du pont, mardi. Photo DR"),
        ("fr", "Le maire lors de l'inauguration du pont. Photo Jean Dupont"),
        ("fr", "Les chars défilent sur la promenade. Photo Jean-Luc Marin"),
        ("fr", "Photo DR"),
        ("es", "El alcalde, en el puente. Foto EFE"),
        ("en", "The mayor at the opening of the bridge on Tuesday. (Jane Doe/The Herald via AP)"),
    ],
)
def test_caption_closing_on_a_photo_credit(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "caption", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Photo Finish"),
        ("fr", "Photo de famille"),
        ("fr", "Le maire a pris la photo. Photo souvenir pour tous."),
        ("en", "He posed for the photo. Photo opportunities were rare, aides said on Monday."),
        ("fr", "Image Publique et Avenir"),
    ],
)
def test_lines_starting_with_photo_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]
