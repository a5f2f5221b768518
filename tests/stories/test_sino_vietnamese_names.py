"""Vietnamese news writes a Chinese person or place by the Sino-Vietnamese
readings of its characters ("Vương Minh Hoa" for 王明华, "Bắc Kinh" for
北京), other languages by pinyin: a Chinese name is also read in
Sino-Vietnamese, so a Chinese and a Vietnamese page share the name. And a
country written before a Vietnamese name ("Ngoại trưởng Trung Quốc Vương
Minh Hoa") is no part of the name. Invented people and sentences."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import chinese_features, latin_names
from newsline.wordseg import han_viet


def w_features(pairs) -> set[str]:
    return {f for f, _ in pairs if f.startswith("w:")}


@pytest.mark.parametrize(
    ("han", "reading"),
    [("王明华", "Vương Minh Hoa"), ("陳志強", "Trần Chí Cường"), ("北京", "Bắc Kinh")],
)
def test_han_viet_reading(han, reading):
    assert han_viet(han) == reading


def test_a_character_outside_the_table_gives_no_reading():
    assert han_viet("普鲁托") is None  # a transliteration (invented)
    assert not w_features(chinese_features("科学家普鲁托周二说")[0])


@pytest.mark.parametrize(
    "vi",
    [
        "Ông Vương Minh Hoa hôm thứ Ba đã đến Hà Nội.",
        # a country before the name, in one capitalised run with it
        "Ngoại trưởng Trung Quốc Vương Minh Hoa hôm thứ Ba đã đến Hà Nội.",
    ],
)
def test_chinese_and_vietnamese_pages_share_the_name(vi):
    zh = w_features(chinese_features("外交部长王明华周二抵达河内。")[0])
    assert "w:vuongminhhoa" in zh
    assert "w:vuongminhhoa" in w_features(latin_names(vi, "vi"))


def test_a_vietnamese_name_without_a_country_before_it_is_read_whole():
    got = w_features(latin_names("Bộ trưởng Nguyễn Văn Hùng phát biểu tại hội nghị.", "vi"))
    assert "w:nguyenvanhung" in got and "w:vanhung" not in got


def test_the_pages_make_one_story():
    pages = {
        "zh": "外交部长王明华周二抵达河内，与越南外长举行会谈。王明华表示，两国将加强合作。",
        "vi": "Ngoại trưởng Trung Quốc Vương Minh Hoa hôm thứ Ba đã đến Hà Nội và hội đàm với "
        "người đồng cấp Việt Nam. Ông Vương Minh Hoa cho biết hai nước sẽ tăng cường hợp tác.",
    }
    docs = [
        Document(id=f"visit-{lg}", source=lg, text=t, lang=lg, published="2025-06-03")
        for lg, t in pages.items()
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    assert len(stage.finalize()["stories"]) == 1
