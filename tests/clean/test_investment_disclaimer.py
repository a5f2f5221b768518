"""A market page's note that it gives no investment advice ("Thông tin trong
bài chỉ mang tính tham khảo, không phải khuyến nghị đầu tư", "本文不构成投资
建议", "This article is not investment advice") is the site's small print,
footer like an opinion disclaimer; it was read as the article's last
paragraph (heldout12's d18). Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_ES, BODY_TH, BODY_ZH, classify_lines


@pytest.mark.parametrize(
    ("body", "note"),
    [
        (
            BODY_ZH,
            "以上内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
        ),
        (
            BODY_TH,
            "ข้อมูลในบทความนี้เป็นเพียงข้อมูลประกอบการตัดสินใจ ไม่ใช่คำแนะนำการลงทุน ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน",
        ),
        (
            BODY_EN,
            "This article is for information only and is not investment advice. Readers should do their own research before buying or selling any security.",
        ),
        (
            BODY_ES,
            "Este contenido es solo informativo y no constituye una recomendación de inversión. Cada lector es responsable de sus decisiones.",
        ),
    ],
)
def test_an_investment_disclaimer_under_the_article_is_footer(body, note):
    got = classify_lines(["Market Desk", "A headline about the market's day", *body, note])
    assert got[note][0] == "footer", got[note]
    assert all(got[p][0] == "body" for p in body)


def test_a_long_paragraph_reporting_on_such_a_disclaimer_stays_body():
    line = (
        "The regulator said dozens of influencers had told followers that their posts were not "
        "investment advice while being paid by the very companies whose shares they promoted, "
        "and that the warning at the end of a video did not excuse them from the rules on "
        "market manipulation that apply to every adviser licensed in the country."
    )
    got = classify_lines([BODY_EN[0], BODY_EN[1], line, BODY_EN[2], BODY_EN[3]])
    assert got[line][0] == "body", got[line]
