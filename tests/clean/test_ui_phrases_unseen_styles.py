"""Well-known UI phrases of page styles the labelled sets lacked, between two
paragraphs (where a short line looked like a subheading and was kept):
"Log in to comment", "Cet article vous est offert", "Nos newsletters",
"Más información", "ข่าวที่คุณอาจสนใจ", "Mời quý độc giả xem …",
"打开APP阅读…". Sentences that open with the same words stay body.
Invented lines."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_ES, BODY_FR, BODY_TH, BODY_VI, BODY_ZH, label_between


@pytest.mark.parametrize(
    "body, line, label",
    [
        (BODY_EN, "Sign in to comment", "navigation"),
        (BODY_FR, "Cet article vous est offert par la rédaction", "navigation"),
        (BODY_FR, "Nos newsletters", "navigation"),
        (BODY_ES, "Más información", "related"),
        (BODY_TH, "บทความที่คุณอาจสนใจ", "related"),
        (BODY_VI, "Mời quý độc giả xem video cập nhật tình hình giao thông", "navigation"),
        (BODY_ZH, "打开APP阅读更多本地新闻", "navigation"),
    ],
    ids=["en", "fr-offert", "fr-newsletters", "es", "th", "vi", "zh"],
)
def test_ui_phrase_between_paragraphs_is_set_aside(body, line, label):
    got, reasons = label_between(body, line)
    assert got == label, reasons


@pytest.mark.parametrize(
    "body, line",
    [
        (BODY_ES, "Más información sobre las obras se publicará la próxima semana en la web municipal."),
        (BODY_FR, "Nos newsletters locales ont gagné dix mille abonnés cette année, selon la direction du journal."),
        (BODY_EN, "Readers who log in to comment will now need to confirm their e-mail address first."),
    ],
    ids=["es", "fr", "en"],
)
def test_sentences_opening_with_the_same_words_stay_body(body, line):
    got, reasons = label_between(body, line)
    assert got == "body", reasons
