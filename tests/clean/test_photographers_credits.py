"""A photo credit alone on its line that names the photographer ("Foto:
Jeroen Bakker", "Photograph: Isla Munro/The Northern Lantern") was labelled
a caption (clean heldout16's h04, t18; heldout15's t14): it credits a
person, a byline, as the labelled sets have it. A credit naming a press
office or describing the picture stays a caption, and the captions of a
gallery are still found beside their credits. Lines written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "credit"),
    [
        ("en", "Photograph: Kofi Mensah/The Lakeside Herald"),
        ("de", "Foto: Annika Brandt"),
        ("es", "Foto: Daniela Ortega / Agencia Sur"),
        ("th", "ภาพ: ปิยะพงษ์ สายทอง"),
    ],
)
def test_a_lone_credit_naming_a_person_is_a_byline(lang, credit):
    b = BODY[lang]
    out = classify_lines([b[0], b[1], credit, b[2], b[3]])
    assert out[credit][0] == "byline", out[credit]
    assert out[credit][1][0].startswith("a photo credit alone on its line"), out[credit]


@pytest.mark.parametrize(
    ("lang", "credit"),
    [
        ("ru", "Фото: пресс-служба администрации района"),
        ("en", "Photo: Volunteers sort donated coats at the community centre."),
    ],
)
def test_a_credit_naming_no_person_stays_a_caption(lang, credit):
    b = BODY[lang]
    out = classify_lines([b[0], b[1], credit, b[2], b[3]])
    assert out[credit][0] == "caption", out[credit]


def test_a_gallerys_captions_are_still_found_beside_their_credits():
    b = BODY["en"]
    gallery = [
        "Volunteers stack sandbags along the river wall",
        "Photograph: Kofi Mensah/The Lakeside Herald",
        "The water reached the bakery's steps by noon",
        "Photograph: Kofi Mensah/The Lakeside Herald",
    ]
    out = classify_lines([b[0], b[1], *gallery, b[2], b[3]])
    assert out[gallery[0]][0] == "caption", out[gallery[0]]
    assert out[gallery[2]][0] == "caption", out[gallery[2]]
    assert out[gallery[1]][0] == "byline", out[gallery[1]]
