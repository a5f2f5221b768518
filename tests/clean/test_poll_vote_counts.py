"""A poll's vote count, the number and the vote word alone on a line under
the poll ('1.234 lượt bình chọn', '1,234 votes', '1234人参与投票', '1.234
votos', '1 234 votes'), is a counter like a view count – it was kept as a
subheading between paragraphs, or set aside with the poll's options as a
related or menu run after the article. A sentence naming votes stays body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

POLL = {
    "vi": ["Bạn có ủng hộ dự án cải tạo công viên không?", "Có", "Không"],
    "en": ["Do you support the park renovation?", "Yes", "No"],
    "zh": ["你支持公园改造吗？", "支持", "不支持"],
    "es": ["¿Apoya la reforma del parque?", "Sí", "No"],
    "fr": ["Soutenez-vous la rénovation du parc ?", "Oui", "Non"],
}


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "1.234 lượt bình chọn"),
        ("en", "1,234 votes"),
        ("zh", "1234人参与投票"),
        ("zh", "投票人数：1234"),
        ("es", "1.234 votos"),
        ("fr", "1 234 votes"),
    ],
)
def test_vote_count_under_a_poll_is_a_counter(lang, line):
    b = BODY[lang]
    for lines in ([*b[:2], *POLL[lang], line, *b[2:]], [*b, *POLL[lang], line]):
        label, reasons = classify_lines(lines)[line]
        assert label == "metadata", reasons
        assert "counter" in reasons[0], reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "The bill passed with 1,234 votes in favour."),
        ("vi", "Dự luật được thông qua với 1.234 lượt bình chọn ủng hộ."),
        ("es", "La propuesta obtuvo 1.234 votos a favor y 56 en contra."),
    ],
)
def test_a_sentence_naming_votes_stays_body(lang, line):
    b = BODY[lang]
    label, reasons = classify_lines([*b[:2], line, *b[2:]])[line]
    assert label == "body", reasons
