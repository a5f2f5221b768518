"""All-caps lines on pages in a script without capitals (found on an invented Thai page)."""

from __future__ import annotations

from tests.clean.helpers import BODY_TH, classify_lines


def test_english_slogan_in_capitals_in_a_thai_article_is_not_spam():
    slogan = "RUN YOUR OWN WAY"
    lines = [BODY_TH[0], BODY_TH[1], slogan, BODY_TH[2], slogan, BODY_TH[3]]
    out = classify_lines(lines, lang="th")
    assert out[slogan][0] != "spam", out[slogan]


def test_capitals_with_spam_words_in_a_thai_article_are_still_spam():
    line = "ONLINE CASINO BONUS"
    lines = [BODY_TH[0], BODY_TH[1], line, BODY_TH[2], BODY_TH[3]]
    assert classify_lines(lines, lang="th")[line][0] == "spam"
