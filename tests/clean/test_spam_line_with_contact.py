"""An injected advert that gives a phone number or a messenger id runs longer
than a bare keyword line: the number's groups of digits count as words
('WA 0812-3456-7890'), so a one-term advert with its contact was too long for
the spam rule and stayed in the body as a subheading. Pages written for this
test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines
from tests.clean.helpers import BODY as MORE_BODY

BODIES = {**BODY, **MORE_BODY}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "id",
            "SLOT GACOR HARI INI MAXWIN DAFTAR SEKARANG WA 0812-3456-7890 bonus new member 100%",
        ),
        ("en", "Best online casino bonus today, sign up now on WhatsApp +44 7700 900123 for free"),
    ],
)
def test_a_spam_line_with_a_contact_is_spam(lang, line):
    b = BODIES[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "spam", got[line]
    for p in b:
        assert got[p][0] == "body", (p, got[p])


def test_a_sentence_about_gambling_with_a_helpline_stays_body():
    b = BODY["en"]
    line = (
        "Anyone worried about their online casino losses can call the free national helpline "
        "on 0800 123 4567 at any time."
    )
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]
