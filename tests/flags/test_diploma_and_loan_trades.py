"""Two trades that buy injected lines and had no words in SOLICIT_CUES:
forged diplomas and certificates, and quick loans as Taiwan and Hong Kong
adverts write them (in Traditional characters: the table's Simplified
phrases are read in both spellings). Each advert is a short line with a
way to reach the seller, between paragraphs of pages written for this file;
news about a forgery ring or a loan scheme, naming no seller to write to,
stays clean. The positives failed before this file's commit."""

from __future__ import annotations

import pytest

from tests.flags.diploma_pages import PAGES
from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "page,advert",
    [
        (
            "en",
            "Fake diploma or real one? Buy a degree from any university, delivered in 7 days. WhatsApp +44 7700 900123",
        ),
        ("zh", "缺錢急用？小額借款免保人，當天撥款，詳洽LINE：@cash520"),
        ("zh", "急用錢找我們！免抵押低利率，加LINE ID：loan8899"),
        ("zh-hans", "代办各类毕业证、学位证，刻章，联系微信：zb66688"),
        ("th", "รับทำวุฒิการศึกษา ใบปริญญา ทุกมหาวิทยาลัย สนใจแอดไลน์ @vut1_fast"),
        (
            "es",
            "Obtén tu título sin estudiar, 100% verificable. Escríbenos por WhatsApp +52 55 1234 5678",
        ),
        (
            "vi",
            "Chuyên làm giấy tờ giả, bằng lái, chứng chỉ các loại, lấy nhanh, liên hệ Zalo 0912 345 678",
        ),
    ],
)
def test_adverts_of_forged_papers_and_quick_loans(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page,line",
    [
        ("en", "Police said the ring sold fake diplomas to more than 300 buyers over six years."),
        ("zh", "警方表示，該集團以「小額借款、免保人」為號召，詐騙逾百名民眾。"),
        ("vi", "Công an tỉnh vừa triệt phá đường dây làm bằng giả, thu giữ hơn 2.000 phôi bằng."),
        ("th", "ตำรวจจับกุมแก๊งรับทำวุฒิปลอม พร้อมของกลางใบปริญญากว่า 500 ใบ"),
    ],
)
def test_news_about_the_trades_stays_clean(page, line):
    doc = flagged(PAGES[page].format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
