"""Cross-language anchors: CLDR territory names, numbers, names, transliterations."""

from __future__ import annotations

from newsline.flags.anchors import (
    anchors,
    romanised_skeletons,
    skeleton,
    territories,
    topic_overlap,
)


def test_territory_names_in_several_languages_map_to_one_code():
    assert "JP" in territories("Thủ tướng Nhật Bản thăm Hà Nội", "vi")
    assert "JP" in territories("นายกรัฐมนตรีญี่ปุ่นเยือนกรุงเทพฯ", "th")
    assert "JP" in territories("日本首相访问曼谷", "zh")
    assert "JP" in territories("El primer ministro de Japón visitó Bangkok", "es")
    assert "JP" not in territories("Thủ tướng Úc thăm Hà Nội", "vi")


def test_anchors_take_names_acronyms_and_numbers_not_ordinary_words():
    a = anchors("The NATO summit in Vilnius drew 31 leaders and many reporters.", "en")
    assert {"w:nato", "w:vilnius", "n:31"} <= a
    assert "w:reporters" not in a and "w:the" in a  # sentence-initial capital counts
    assert "n:1" not in anchors("1 leader", "en")  # single digits are everywhere


def test_transliterated_thai_name_matches_its_latin_spelling():
    assert skeleton("Kishida") == skeleton("khichida")
    assert skeleton("Kishida") in romanised_skeletons("นายกรัฐมนตรีคิชิดะกล่าวว่า", "th")


def test_topic_overlap_scores_shared_anchors_across_scripts():
    page = "Ngày 12/7, Thủ tướng Nhật Bản Fumio Kishida gặp lãnh đạo NATO tại Vilnius."
    on = "7月12日，日本首相岸田文雄在维尔纽斯与NATO领导人会面。"
    off = "巴西咖啡产量今年下降，国际期货价格上涨。"
    s_on, n_on, shared = topic_overlap(on, "zh", page, "vi")
    s_off, _, _ = topic_overlap(off, "zh", page, "vi")
    assert s_on > 0.5 > s_off and n_on >= 3 and "t:JP" in shared
