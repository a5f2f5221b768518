"""An explainer's question headline ("Vì sao loài cá voi lưng gù thay đổi
bài hát mỗi năm?") right over its stamp ends a sentence, so it was not
taken for a headline over its stamp: being twice the length of the
magazine's name above it, it ended the search as the first paragraph, and
the magazine's name became the title (heldout15's t20). A question over a
stamp or byline is a headline's place. Pages written for this test in other
languages."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

CASES = [
    (
        "es",
        "Revista de Ciencia para Todos Hoy",
        "¿Por qué las ballenas jorobadas cambian de canción cada año en el Pacífico sur?",
        "Viernes, 19/09/2025 - 14:05",
    ),
    (
        "en",
        "The Weekly Science Review Magazine",
        "Why do humpback whales change their songs every single year in the South Pacific?",
        "Friday 19 September 2025, 14:05",
    ),
    (
        "id",
        "Majalah Sains Populer Untuk Semua",
        "Mengapa paus bungkuk mengganti lagunya setiap tahun di Samudra Pasifik bagian selatan?",
        "Jumat, 19/09/2025 14:05 WIB",
    ),
]


@pytest.mark.parametrize(("lang", "masthead", "headline", "stamp"), CASES)
def test_a_question_over_its_stamp_is_the_headline(lang, masthead, headline, stamp):
    b = BODY[lang]
    got = classify_lines([masthead, headline, stamp, *b])
    assert got[headline][0] == "title", got[headline]
    assert got[masthead][0] != "title", got[masthead]


def test_a_question_in_the_article_stays_body():
    b = BODY["en"]
    q = "Why would the council spend so much on a park that most residents rarely visit at all?"
    got = classify_lines(
        ["Park works to begin next month", "12/03/2025 08:15", b[0], q, b[1], b[2]]
    )
    assert got[q][0] == "body", got[q]
