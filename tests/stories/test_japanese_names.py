"""Japanese pages meet the other languages' pages of their story through names:
foreign names written in katakana and Japanese names written in kanji before a
title are romanised (pykakasi, Hepburn) into the same consonant skeleton as
Latin-script names (トランプ "toranpu" and Trump; 川村知事 "kawamura" and
Kawamura).

The pages are invented: two stories in the same week, both about Japan and
the United States, so territory names cannot tell them apart -- talks between
a US ambassador and Okinawa's governor, and a US chipmaker's plant in
Kumamoto.
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import _pinyin_skeleton, feature_counts, guess_lang, skeleton

from .helpers import mk

BASE_TALKS = {
    "en": (
        "US envoy and Okinawa governor discuss moving Marine helicopter unit",
        (
            "NAHA, Japan - US Ambassador Daniel Brennan met Okinawa Governor Kenji Kawamura on "
            "Tuesday to discuss moving a Marine helicopter unit of about 2,400 personnel off the "
            "island. Kawamura told Brennan that residents wanted a firm timetable, and Brennan said "
            "Washington would present a plan to Tokyo before the end of the year."
        ),
    ),
    "vi": (
        "Đại sứ Mỹ và thống đốc Okinawa bàn việc di dời đơn vị trực thăng",
        (
            "Đại sứ Mỹ tại Nhật Bản Daniel Brennan hôm thứ Ba đã gặp Thống đốc tỉnh Okinawa "
            "Kawamura Kenji để bàn việc di dời một đơn vị trực thăng của thủy quân lục chiến với "
            "khoảng 2.400 binh sĩ khỏi hòn đảo. Ông Kawamura nói với ông Brennan rằng người dân "
            "muốn có một lộ trình rõ ràng."
        ),
    ),
    "ja": (
        "米大使と沖縄県知事が会談 ヘリ部隊の移転巡り",
        (
            "アメリカのダニエル・ブレナン駐日大使は火曜日、沖縄県の川村健二知事と那覇市内で会談し、"
            "海兵隊のヘリコプター部隊約2400人の県外移転について意見を交わした。川村知事は住民が"
            "明確な工程表を求めていると伝え、ブレナン大使は年内に日本政府へ計画を示す考えを明らかにした。"
        ),
    ),
}
CHIP_PLANT = {
    "en": (
        "US chipmaker Sentrion to build plant in Kumamoto",
        (
            "TOKYO - Sentrion, the US chipmaker, will build a semiconductor plant in Kumamoto "
            "prefecture, chief executive Melinda Krauss said on Thursday, creating about 1,700 "
            "jobs. Krauss appeared alongside Kumamoto Governor Makoto Takahashi, who said the "
            "prefecture would widen roads around the site."
        ),
    ),
    "vi": (
        "Hãng chip Mỹ Sentrion xây nhà máy tại Kumamoto",
        (
            "Hãng sản xuất chip Sentrion của Mỹ sẽ xây một nhà máy bán dẫn tại tỉnh Kumamoto, "
            "Nhật Bản, giám đốc điều hành Melinda Krauss cho biết hôm thứ Năm, tạo ra khoảng 1.700 "
            "việc làm. Thống đốc Kumamoto Takahashi Makoto cho biết tỉnh sẽ mở rộng đường quanh "
            "khu vực nhà máy."
        ),
    ),
    "ja": (
        "米半導体大手セントリオン、熊本に新工場",
        (
            "アメリカの半導体大手セントリオンのメリンダ・クラウス最高経営責任者は木曜日、熊本県に"
            "新たな半導体工場を建設すると発表した。約1700人の雇用を見込む。記者会見に同席した"
            "熊本県の高橋誠知事は、工場周辺の道路を拡幅する方針を示した。"
        ),
    ),
}


def _skeletons(doc: Document) -> set[str]:
    counts = feature_counts(doc, doc.text)
    return {a[0] for a in counts["a"] if a[0].startswith("k:")}


def test_katakana_and_titled_kanji_names_give_the_latin_skeletons():
    ja = _skeletons(mk("talks", "ja", BASE_TALKS))
    assert {"k:" + skeleton("Brennan"), "k:" + skeleton("Kawamura")} <= ja
    chip = _skeletons(mk("chip", "ja", CHIP_PLANT))
    for name in ("Sentrion", "Melinda", "Krauss", "Takahashi"):
        assert "k:" + skeleton(name) in chip, name


def test_a_nasal_before_a_lip_sound_is_m_in_every_script():
    # Japanese and Chinese write the m of Trump, Simpson, Campbell as n
    doc = Document(id="t", source="t", text="トランプ大統領は記者団に語った。" * 3, lang="ja")
    assert "k:" + skeleton("Trump") in _skeletons(doc)
    assert skeleton("Trump") == _pinyin_skeleton("特朗普")
    assert skeleton("Simpson") == _pinyin_skeleton("辛普森")
    assert skeleton("Campbell") == _pinyin_skeleton("坎贝尔")


def test_kana_text_without_a_language_is_japanese():
    doc = Document(id="x", source="x", text=CHIP_PLANT["ja"][1])
    assert guess_lang(doc, doc.text) == "ja"


def test_japanese_pages_join_their_story_and_not_the_other():
    docs = [mk("talks", "en", BASE_TALKS), mk("talks", "vi", BASE_TALKS)]
    docs += [mk("chip", "en", CHIP_PLANT), mk("chip", "vi", CHIP_PLANT)]
    docs += [mk("talks", "ja", BASE_TALKS), mk("chip", "ja", CHIP_PLANT)]
    stage = ClusterStories()
    stage(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert got == [
        ["chip-en", "chip-ja", "chip-vi"],
        ["talks-en", "talks-ja", "talks-vi"],
    ]


def test_two_japanese_pages_of_different_stories_stay_apart():
    stage = ClusterStories()
    stage([mk("talks", "ja", BASE_TALKS), mk("chip", "ja", CHIP_PLANT)], Counter())
    assert len(stage.finalize()["stories"]) == 2


def test_the_long_vowel_mark_may_stand_for_an_english_r():
    # ピーター "piitaa" and マーク "maaku" have too few consonants for a
    # skeleton; read with ル for ー they meet Peter and Mark
    for katakana, latin in (
        ("ピーター", "Peter"),
        ("マーク", "Mark"),
        ("マーティン", "Martin"),
        ("スターマー", "Starmer"),
        ("ロバート", "Robert"),
    ):
        doc = Document(id="r", source="r", text=f"{katakana}氏は記者団に語った。", lang="ja")
        assert "k:" + skeleton(latin) in _skeletons(doc), katakana
