"""Captions in a photo gallery (invented pages and sites): the short line
after a picture's counter, next to its credit, is the picture's caption,
even when it is written as a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_lines, classify_page

PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize(
    "lang,gallery,captions",
    [
        (
            "es",
            ["Foto 1 de 5", "Foto: Luis Herrera", "Vecinos observan las obras desde la plaza."],
            ["Vecinos observan las obras desde la plaza."],
        ),
        (
            "vi",
            [
                "1/8",
                "Người dân tham quan khu vui chơi mới.",
                "2/8",
                "Các lối đi bộ được lát đá và trồng thêm cây xanh.",
                "3/8",
            ],
            [
                "Người dân tham quan khu vui chơi mới.",
                "Các lối đi bộ được lát đá và trồng thêm cây xanh.",
            ],
        ),
        (
            "en",
            ["2 of 12", "The new playground on its opening day.", "Photo: Mark Ellison"],
            ["The new playground on its opening day."],
        ),
    ],
)
def test_caption_after_a_gallery_counter(lang, gallery, captions):
    b = BODY[lang]
    out = classify_lines([b[0], b[1], *gallery, b[2], b[3]])
    for c in captions:
        assert out[c][0] == "caption", (c, out[c])
    assert all(out[p][0] == "body" for p in b), [out[p] for p in b]


def test_paragraph_after_a_counter_without_credit_stays_body():
    # "3 / 12" counts pictures; the text after it, with no credit and no next
    # picture, is the article going on
    b = BODY["en"]
    out = classify_lines([b[0], "3 / 12", b[1], b[2], b[3]])
    assert out[b[1]][0] == "body", out[b[1]]


def test_gallery_caption_on_a_blog_post():
    doc = classify_page(PAGES / "en_wp_road_trip.html")
    (blk,) = [x for x in doc.blocks if x.text_of(doc).startswith("The Bavarian-style main street")]
    assert blk.label == "caption", (blk.label, blk.reasons)
