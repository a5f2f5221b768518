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


# An invented Japanese sentence about "山田" (Yamada), whose Chinese pinyin
# "shantian" has the skeleton of an unrelated Latin name on the page.
_JA_YAMADA = "山田さんは昨日、東京の会場で新しい作品を発表しました。"
_ZH_SHANTIAN = "山田昨天在会场发表了新作品，观众反应热烈。"
_EN_PAGE = "Carlos Santana released a new album on Monday, his label said."


def test_japanese_kanji_get_no_pinyin_skeleton_even_when_identified_as_chinese():
    assert skeleton("Santana") not in romanised_skeletons(_JA_YAMADA, "zh")
    assert romanised_skeletons(_JA_YAMADA, "ja") == set()
    # the Yamada block shares nothing with a page about Santana
    score, n, _ = topic_overlap(_JA_YAMADA, "zh", _EN_PAGE, "en")
    assert (score, n) == (0.0, 0)


def test_chinese_han_still_romanised_with_pinyin():
    # control: the same characters in a Chinese sentence (no kana) are read
    # in pinyin, as before
    assert skeleton("Santana") in romanised_skeletons(_ZH_SHANTIAN, "zh")
    score, n, _ = topic_overlap(_ZH_SHANTIAN, "zh", _EN_PAGE, "en")
    assert n >= 1 and score > 0


def _foreign_block_on_en_page(block: str, block_lang: str):
    from newsline.flags.rules import Unit, foreign_flags
    from newsline.model import Document
    from newsline.settings import FlagSettings

    lines = [
        "Carlos Santana released a new album on Monday, his label said.",
        "The guitarist recorded the songs over two years with musicians from three countries.",
        block,
    ]
    text = "\n".join(lines)
    doc = Document(id="d", source="test", text=text, lang="en")
    units, pos = [], 0
    for k, line in enumerate(lines):
        units.append(Unit(pos, pos + len(line), None, block_lang if k == 2 else "en", [], line))
        pos += len(line) + 1
    return [f for f in foreign_flags(doc, units, FlagSettings()) if f.kind == "foreign_block"]


def test_japanese_block_read_as_chinese_is_not_on_topic_by_a_pinyin_reading():
    # an invented page: a Japanese sentence about Yamada inside an English
    # article about Santana, identified as zh (kanji-heavy) by the language model
    (f,) = _foreign_block_on_en_page(_JA_YAMADA + _JA_YAMADA, "zh")
    assert f.data["anchors"] == 0 and f.data["score"] == 0.0


def test_chinese_block_control_keeps_its_pinyin_transliteration():
    (f,) = _foreign_block_on_en_page(_ZH_SHANTIAN + _ZH_SHANTIAN, "zh")
    assert f.data["anchors"] >= 1 and f.data["score"] > 0
