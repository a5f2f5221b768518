"""Explainers print all-caps subheadings that ask a question without a
question mark ("WHAT'S NEXT", "WHY IT MATTERS", "POR QUÉ IMPORTA",
"POURQUOI C'EST IMPORTANT"): they are the article's, not injected keyword
lines (spam), and "POR QUÉ ..." names no writer after "Por". Keyword lines
that sell, and bylines in capitals, keep their labels."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


def _mid(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    return out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "WHAT'S NEXT"),
        ("en", "WHY IT MATTERS"),
        ("en", "HOW WE GOT HERE"),
        ("es", "QUÉ PASA AHORA"),
        ("es", "POR QUÉ IMPORTA"),
        ("fr", "POURQUOI C'EST IMPORTANT"),
    ],
)
def test_question_subheadings_are_body(lang, line):
    label, why = _mid(lang, line)
    assert label == "body", why


@pytest.mark.parametrize(
    "lang,line,label",
    [
        ("en", "CHEAP PILLS ONLINE", "spam"),
        ("en", "HOW TO WIN CASINO JACKPOTS", "spam"),
        ("es", "POR ANA RUIZ", "byline"),
        ("es", "Por Ana Ruiz", "byline"),
    ],
)
def test_spam_and_bylines_keep_their_labels(lang, line, label):
    assert _mid(lang, line)[0] == label
