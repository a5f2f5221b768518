"""Spam hidden in an image's description (alt text), which the reader keeps
out of the page's text: two trade words or more that the article never
names make a page-level spam flag. Near misses: a report on a gambling raid
describing its photo with its topic, a plain photo description, one trade
word alone. Pages written for this file (vi, en, th); each positive failed
at eb8935f3, where alt texts were never read."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.flags.helpers import kinds
from tests.langid.helpers import line_blocks


def _page(paragraphs: list[str], alt: str) -> Document:
    text = "\n".join(paragraphs) + "\n"
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:1])
        + f'<figure><img src="a.jpg" alt="{alt}"><figcaption>Ảnh minh họa</figcaption></figure>'
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + "</article></body></html>"
    )
    doc = Document(id="d", source="t.html", text=text, html=html, blocks=line_blocks(text))
    IdentifyLanguages()([doc], Counter())
    FlagDocuments()([doc], Counter())
    return doc


VI = [
    "Thành phố Đà Nẵng khởi công tuyến đường ven biển dài 12 km nối quận Sơn Trà với "
    "khu du lịch Ngũ Hành Sơn, tổng vốn đầu tư gần 900 tỷ đồng.",
    "Theo Sở Xây dựng, tuyến đường có sáu làn xe, vỉa hè rộng và làn riêng cho xe đạp, "
    "dự kiến hoàn thành vào cuối năm sau.",
]
EN = [
    "The county council has approved a new cycle path along the canal towpath, linking "
    "the railway station with the business park three miles to the east.",
    "Work will start in March and the path is expected to open before the summer "
    "holidays, the council's transport committee said.",
]
TH = [
    "กรุงเทพมหานครเริ่มปรับปรุงทางเท้าบนถนนสุขุมวิทช่วงอโศกถึงเอกมัย ระยะทางกว่า 3 กิโลเมตร "
    "เพื่อให้ผู้พิการและผู้สูงอายุเดินทางได้สะดวกขึ้น",
    "ผู้อำนวยการสำนักการโยธากล่าวว่า งานจะแล้วเสร็จภายในสี่เดือน และจะไม่ปิดการจราจรในช่วงกลางวัน",
]
EN_RAID = [
    "Police raided an illegal online casino operation in a warehouse on Tuesday and seized "
    "40 computers used to run free spins promotions aimed at teenagers.",
    "Officers said the online casino had taken more than two million pounds in bets in a year.",
]


@pytest.mark.parametrize(
    ("page", "alt"),
    [
        (VI, "nhà cái uy tín casino online nổ hũ đổi thưởng nạp rút nhanh"),
        (EN, "online casino free spins no deposit bonus best slot games 2025"),
        (TH, "สล็อตเว็บตรง แตกง่าย เครดิตฟรี ฝากถอนไม่มีขั้นต่ำ บาคาร่า"),
    ],
    ids=["vi", "en", "th"],
)
def test_trade_words_in_an_image_description_are_spam(page, alt):
    doc = _page(page, alt)
    got = kinds(doc, "spam", signal="alt_text")
    assert len(got) == 1 and got[0].data["alt_text"] == alt, [f.reason for f in doc.flags]
    assert got[0].start is None


@pytest.mark.parametrize(
    ("page", "alt"),
    [
        # the article's own topic
        (EN_RAID, "Seized computers that ran an online casino and free spins offers"),
        # a plain description
        (VI, "Công nhân thi công tuyến đường ven biển ở quận Sơn Trà, sáng 12/3"),
        # one trade word alone
        (EN, "A jackpot of sunshine: cyclists on the canal towpath near the station"),
    ],
    ids=["topic", "plain", "one-word"],
)
def test_image_descriptions_that_sell_nothing_new_are_clean(page, alt):
    doc = _page(page, alt)
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
