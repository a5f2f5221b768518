"""A page that shows its lead photo first puts the photo's one-sentence
caption above the headline. The caption, a sentence, was taken for the first
paragraph, so the title search ended there and the headline under it became a
subheading of the body. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

PAGES = {
    "en": (
        "Workers fit new benches along the main path of the central park on Friday morning.",
        "Central park to close for six months of renovation",
        "June 14, 2026",
    ),
    "es": (
        "Operarios instalan nuevos bancos en el paseo principal del parque central este viernes.",
        "El parque central cerrará seis meses por obras de renovación",
        "14 de junio de 2026",
    ),
    "vi": (
        "Công nhân lắp đặt ghế đá mới dọc lối đi chính của công viên trung tâm sáng thứ Sáu.",
        "Công viên trung tâm đóng cửa sáu tháng để cải tạo",
        "14/06/2026 08:30",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_caption_above_the_headline_does_not_end_the_title_search(lang):
    caption, headline, stamp = PAGES[lang]
    got = classify_lines([caption, headline, stamp, *BODY[lang]])
    assert got[headline][0] == "title", got[headline]
    assert got[caption][0] == "caption", got[caption]
    for p in BODY[lang]:
        assert got[p][0] == "body", (p, got[p])


def test_a_one_sentence_lede_under_the_headline_stays_body():
    b = BODY["en"]
    lede = "The city will close its central park for six months from July, officials said."
    sub = "What changes for visitors"
    lines = ["Central park to close for six months", "June 14, 2026", lede, sub, *b]
    got = classify_lines(lines)
    assert got[lede][0] == "body", got[lede]
    assert got["Central park to close for six months"][0] == "title"
