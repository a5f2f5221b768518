"""A byline cue that is a plain function word of the line's own language
opens no byline there: Italian bylines open with 'di' ('di Giulia
Benedetti'), and with the Italian table an Indonesian line 'di Balai Kota
Bandung' (at the town hall) between paragraphs was taken for a byline. A cue
of another language that is no word of the line's ('By Jane Doe' on a French
page) still opens one. Pages written for this test, run through language ID
as the pipeline does."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_page


def _labels(tmp_path, lines: list[str]) -> dict[str, str]:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = classify_page(path)
    return {doc.text[b.start : b.end]: b.label for b in doc.blocks}


@pytest.mark.parametrize("line", ["di Balai Kota Bandung", "di Jakarta Pusat"])
def test_an_indonesian_place_after_di_is_no_byline(tmp_path, line):
    b = BODY["id"]
    got = _labels(tmp_path, ["Pemkot perpanjang jam buka taman kota", b[0], b[1], line, b[2], b[3]])
    assert got[line] != "byline", got[line]


@pytest.mark.parametrize(
    ("lang", "headline", "byline"),
    [
        ("it", "Il Comune approva il piano per le nuove piste ciclabili", "di Giulia Benedetti"),
        ("fr", "La mairie annonce la rénovation du parc central", "By Jane Doe"),
    ],
)
def test_a_byline_under_the_headline_stays_one(tmp_path, lang, headline, byline):
    got = _labels(tmp_path, [headline, byline, *BODY[lang]])
    assert got[byline] == "byline", got[byline]
