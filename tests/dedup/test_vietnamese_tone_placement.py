"""Vietnamese places the tone of an open syllable in oa, oe, uy on either
vowel ("hoà" / "hòa", "thuỷ" / "thủy", "Uỷ ban" / "Ủy ban"): one word in two
conventions, and a site that syndicates an article keeps its own. A copy
that differs only so is an exact duplicate.

The article is invented (an irrigation works in a made-up commune).
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

NEW_STYLE = (
    "Chiều 14/3, Ủy ban nhân dân xã Tân Hòa đã khánh thành công trình thủy lợi mới trên "
    "suối Nậm Khoa, tổng vốn hơn 25 tỷ đồng. Ông Lê Văn Thủy, Phó Chủ tịch Ủy ban nhân dân "
    "xã, cho biết công trình giúp bà con chủ động nước tưới cho 300 héc-ta lúa. Theo Ủy ban, "
    "đây là công trình thủy lợi lớn nhất của xã trong quý I, góp phần xóa đói giảm nghèo "
    "và hòa nhập phát triển."
)
OLD_STYLE = (
    "Chiều 14/3, Uỷ ban nhân dân xã Tân Hoà đã khánh thành công trình thuỷ lợi mới trên "
    "suối Nậm Khoa, tổng vốn hơn 25 tỷ đồng. Ông Lê Văn Thuỷ, Phó Chủ tịch Uỷ ban nhân dân "
    "xã, cho biết công trình giúp bà con chủ động nước tưới cho 300 héc-ta lúa. Theo Uỷ ban, "
    "đây là công trình thuỷ lợi lớn nhất của xã trong quý I, góp phần xoá đói giảm nghèo "
    "và hoà nhập phát triển."
)


def test_tone_placement_is_one_convention():
    assert normalise("Hoà Bình, thuỷ lợi, Uỷ ban, xoè") == "hòa bình, thủy lợi, ủy ban, xòe"
    # a closed syllable, the consonant qu, a vowel after the pair: unchanged
    assert normalise("hoàng quý khuỷu toán") == "hoàng quý khuỷu toán"


def test_a_copy_in_the_other_convention_is_an_exact_duplicate():
    docs = [
        Document(id="a", source="a.txt", text=NEW_STYLE),
        Document(id="b", source="b.txt", text=OLD_STYLE),
    ]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "a"
