"""An interview's credit line ("Interview by Jane Doe | 18 April 2025")
names its writer: a byline, and the author is the name alone."""

from __future__ import annotations

from newsline.clean.html import author_name

from .helpers import BODY, classify_lines


def test_interview_credit_above_the_article_is_a_byline():
    line = "Interview by Tomas Reyl | 18 April 2025"
    out = classify_lines(["Growers switch crops after a third dry season", line, *BODY["en"]])
    assert out[line][0] == "byline", out[line]


def test_interview_credit_names_the_author():
    assert author_name("Interview by Tomas Reyl", "en") == "Tomas Reyl"
