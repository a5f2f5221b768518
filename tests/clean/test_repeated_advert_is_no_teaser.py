"""An advert injected twice into an article (a line with a phone number, a
handle or a link) is no teaser headline: the paragraph under it is the
article's, not a teaser's summary. A real teaser list, whose headlines carry
no contact, keeps its snippets set aside. Lines written for this file."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "lang, advert",
    [
        ("vi", "Vay tiền nhanh chỉ cần căn cước, duyệt trong 10 phút, liên hệ Zalo 0987.654.321"),
        ("en", "Instant loans approved in minutes with no credit check, WhatsApp +44 7700 900555"),
        ("en", "Join the winning tips group on Telegram @sure_tips_daily for tonight's games"),
    ],
)
def test_the_paragraph_under_a_repeated_advert_stays_in_the_body(lang, advert):
    b = BODY[lang]
    out = classify_lines([b[0], advert, b[1], b[2], advert, b[3]])
    assert out[b[1]][0] == "body", out[b[1]]


def test_a_snippet_under_a_repeated_teaser_headline_is_still_set_aside():
    head = "City council approves new budget for parks and libraries next year"
    snippet = (
        "The council voted eight to three for the plan, which adds money for longer library hours."
    )
    b = BODY["en"]
    out = classify_lines([b[0], b[1], b[2], b[3], head, snippet, "More news", head])
    assert out[snippet][0] == "related", out[snippet]
