"""Copies of one article in Chinese, Japanese or Thai that differ only in
punctuation width or spacing are exact duplicates: one site's tools write
half-width punctuation in Chinese text ("举行, 会议", "(ASEAN)"), a
Taiwanese-style site puts spaces between Chinese and Latin letters or digits
("2024 年"), an old Japanese system writes half-width katakana and
ideographic punctuation ("ｶﾞｽ", "｡"), and Thai sites space phrases and
numbers each their own way ("วันที่ 14" / "วันที่14", "ใหม่ ใน" / "ใหม่ใน").

Near misses stay apart: digit groups and decimals in Chinese text ("3,000",
"2.5") are kept, Korean (which spaces its words and writes ASCII punctuation)
is left as it is, and a changed figure is still a different text.

The articles are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

ZH = (
    "2026年5月8日，湄公河委员会（MRC）在万象召开年度会议。会议通过了流域干旱预警计划，"
    "总投资约3,000万美元，预计2.5年内完成。老挝能源部副部长表示：首批监测站将设在琅勃拉邦，"
    "共120个。"
)
ZH_HALF_PUNCT = (
    "2026年5月8日, 湄公河委员会(MRC)在万象召开年度会议. 会议通过了流域干旱预警计划, "
    "总投资约3,000万美元, 预计2.5年内完成. 老挝能源部副部长表示: 首批监测站将设在琅勃拉邦, "
    "共120个."
)
ZH_SPACED = (
    "2026 年 5 月 8 日，湄公河委员会（MRC）在万象召开年度会议。 会议通过了流域干旱预警计划，"
    "总投资约 3,000 万美元，预计 2.5 年内完成。 老挝能源部副部长表示：首批监测站将设在琅勃拉邦，"
    "共 120 个。"
)
JA = "大阪市は８日、ガス料金の補助を延長すると発表した。対象は市内の約４万世帯で、期間は９月までとなる。"
JA_HALF = "大阪市は８日､ｶﾞｽ料金の補助を延長すると発表した｡対象は市内の約４万世帯で､期間は９月までとなる｡"
TH = (
    "เมื่อวันที่ 8 พฤษภาคม 2569 การรถไฟแห่งประเทศไทยเปิดสถานีใหม่ในจังหวัดขอนแก่น "
    "ใช้งบประมาณ 480 ล้านบาท รองรับผู้โดยสารได้วันละ 20,000 คน"
)
TH_SPACED = (
    "เมื่อวันที่8 พฤษภาคม 2569 การรถไฟแห่งประเทศไทย เปิดสถานีใหม่ในจังหวัดขอนแก่น "
    "ใช้งบประมาณ 480ล้านบาท รองรับผู้โดยสารได้วันละ 20,000คน"
)


@pytest.mark.parametrize(
    "first, copy",
    [(ZH, ZH_HALF_PUNCT), (ZH, ZH_SPACED), (ZH_HALF_PUNCT, ZH_SPACED), (JA, JA_HALF), (TH, TH_SPACED)],
    ids=["zh-half-punct", "zh-spaced", "zh-half-vs-spaced", "ja-half-width", "th-spacing"],
)
def test_copies_differing_in_width_or_spacing_are_exact_duplicates(first, copy):
    docs = [Document(id="a", source="a", text=first), Document(id="b", source="b", text=copy)]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "a"


def test_width_and_spacing_are_read_one_way():
    assert normalise("举行, 会议(MRC)表示: 完成.") == "举行，会议（mrc）表示：完成。"
    assert normalise("2026 年 5 月") == "2026年5月"
    assert normalise("ｶﾞｽ料金｡") == "ガス料金。"
    assert normalise("วันที่8ล้านบาท") == "วันที่ 8 ล้านบาท"
    assert normalise("สถานีใหม่ ในจังหวัด") == "สถานีใหม่ในจังหวัด"


def test_near_misses_are_left_alone():
    # digit groups and decimals inside Chinese text are not punctuation: not
    # read full-width, but as every number's separator is (a full stop)
    assert normalise("约3,000万美元，2.5年") == "约3.000万美元，2.5年"
    # Korean spaces its words and writes ASCII punctuation: unchanged
    ko = "서울시는 8일, 새 계획(안)을 발표했다."
    assert normalise(ko) == ko
    assert normalise("서울시는 8일") != normalise("서울시는8일")
    # Latin-script text keeps its spaces and punctuation
    assert normalise("Hà Nội, Viêng Chăn (Lào): xong.") == "hà nội, viêng chăn (lào): xong."
    # a copy with another figure is not an exact duplicate
    other = ZH.replace("共120个", "共150个")
    docs = [Document(id="a", source="a", text=ZH), Document(id="b", source="b", text=other)]
    Deduplicate()(docs, Counter())
    assert "duplicate_of" not in docs[1].meta
