"""An op-ed's closing bio of a guest writer who is no journalist ("Lucía
Ortega Vidal es catedrática de Hidrología en la Universidad de Alcalá") was
body: the bio rule knew newsroom roles only (heldout13's e06). Academic
roles now count; a person the story names elsewhere is still never its
author. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "bio"),
    [
        ("en", "Priya Menon is a professor of public health at the University of Leeds."),
        ("fr", "Claire Dubois est chercheuse au CNRS et spécialiste des politiques urbaines."),
        ("pt", "Marcos Lima é professor de economia da Universidade Federal de Pernambuco."),
    ],
)
def test_a_guest_writers_academic_bio_closing_an_op_ed_is_a_byline(lang, bio):
    got = classify_lines(
        ["Opinion", "An op-ed about the city park", *BODY[lang], bio, "© 2025 The Daily"]
    )
    assert got[bio][0] == "byline", got[bio]
    assert all(got[p][0] == "body" for p in BODY[lang])


def test_a_professor_the_story_names_stays_body():
    named = "Professor Priya Menon said the study was the largest of its kind in the region."
    bio = "Priya Menon is a professor of public health at the University of Leeds."
    body = BODY["en"]
    got = classify_lines(
        ["A headline about a study", body[0], named, body[1], body[2], body[3], bio]
    )
    assert got[bio][0] == "body", got[bio]
