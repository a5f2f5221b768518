"""An injected advert near the article's end that strings a seller's terms
together and gives a way to reach them ("…บาคาร่า สล็อตเว็บตรง … แอดไลน์
@<id>") was labelled the site's own promotion or contact line (navigation):
a line too long for the short spam-term rule met the "promotion at the end"
rule first. Holding a spam term, it is now labelled spam, with the terms as
its reason. Lines written for this test in other sites' styles; the site's
own follow call stays navigation and a report on a gambling crackdown stays
body."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between, label_closing

ADVERTS = [
    (
        "th",
        "โปรโมชั่นสมาชิกใหม่ รับโบนัสทันที 50% บาคาร่าสด ค่ายใหญ่ครบทุกค่าย สล็อตแตกง่าย "
        "ถอนได้ไม่อั้น ติดต่อแอดมินไลน์ @vipbet77",
    ),
    (
        "th",
        "เว็บตรงไม่ผ่านเอเย่นต์ เล่นคาสิโนออนไลน์ได้ทุกวัน ระบบฝากถอนอัตโนมัติรวดเร็วทันใจ "
        "สมัครที่ www.royalwin-th.example",
    ),
]


@pytest.mark.parametrize("lang,line", ADVERTS)
def test_an_advert_with_a_contact_is_spam(lang, line):
    for label, reasons in (label_closing(BODY[lang], line), label_between(BODY[lang], line)):
        assert label == "spam", reasons


@pytest.mark.parametrize(
    "lang,line,want",
    [
        ("en", "Follow us on X @ValleyNews for the latest updates", "navigation"),
        (
            "th",
            "ตำรวจบุกจับเครือข่ายเว็บพนันบาคาร่าออนไลน์ ยึดเงินสดกว่า 20 ล้านบาท "
            "ผู้ต้องหารับสารภาพว่าเปิดเว็บมาแล้วสองปี",
            "body",
        ),
    ],
)
def test_a_follow_call_and_a_crackdown_report_keep_their_labels(lang, line, want):
    label, reasons = label_closing(BODY[lang], line)
    assert label == want, reasons
