"""Copies of one article that differ in character width or digit script are
exact duplicates: Chinese and Japanese sites write "２０２４年", "ＡＳＥＡＮ"
where others write "2024年", "ASEAN" (both with full-width punctuation: it is
how Chinese is written); Thai sites write numbers in Thai or ASCII digits.

The articles are invented.
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

ZH_HALF = (
    "2024年3月14日，东盟（ASEAN）交通部长会议在河内举行。会议通过了区域铁路互联互通计划，"
    "总投资约250亿美元，计划于2030年前完成。越南交通部长表示，首期工程将连接河内与老挝万象，"
    "全长约680公里。"
)
ZH_FULL = (
    "２０２４年３月１４日，东盟（ＡＳＥＡＮ）交通部长会议在河内举行。会议通过了区域铁路互联互通计划，"
    "总投资约２５０亿美元，计划于２０３０年前完成。越南交通部长表示，首期工程将连接河内与老挝万象，"
    "全长约６８０公里。"
)
TH_ASCII = (
    "เมื่อวันที่ 14 มีนาคม 2567 กรมชลประทานเปิดใช้ประตูระบายน้ำแห่งใหม่ในอำเภอบางบาล "
    "ใช้งบประมาณ 250 ล้านบาท ช่วยระบายน้ำได้วันละ 12 ล้านลูกบาศก์เมตร"
)
TH_DIGITS = (
    "เมื่อวันที่ ๑๔ มีนาคม ๒๕๖๗ กรมชลประทานเปิดใช้ประตูระบายน้ำแห่งใหม่ในอำเภอบางบาล "
    "ใช้งบประมาณ ๒๕๐ ล้านบาท ช่วยระบายน้ำได้วันละ ๑๒ ล้านลูกบาศก์เมตร"
)


def test_width_and_digit_script_are_normalised():
    assert normalise("２０２４年ＡＳＥＡＮ，") == "2024年asean，"
    assert normalise("๒๕๐ ล้าน") == "250 ล้าน"


def test_copies_differing_in_width_or_digits_are_exact_duplicates():
    docs = [
        Document(id="zh1", source="a", text=ZH_HALF),
        Document(id="zh2", source="b", text=ZH_FULL),
        Document(id="th1", source="c", text=TH_ASCII),
        Document(id="th2", source="d", text=TH_DIGITS),
    ]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "zh1"
    assert docs[3].meta.get("duplicate_of") == "th1"
