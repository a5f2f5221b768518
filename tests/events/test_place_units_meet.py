"""A place written with its administrative unit in one language and without
it in another is one place.

Chinese writes the unit onto the name ("光山县", Guangshan county; "河南省",
Henan province), and a run of them as one name ("河南省信阳市光山县"), so the
romanised anchor ("henanshengxinyangshiguangshanxian") met no other
language's "Guangshan", "Quang Sơn" or "Henan". Each unit now closes a name
and is left out of it (kept as another reading). A common word that merely
ends in a unit's character ("城市", city; "节省", to save; "各市县", every
city and county) is no place and no stem.
Stories invented for this test."""

from __future__ import annotations

import pytest

from newsline.events.anchors import readings_of, sentence_anchors
from newsline.events.merge import merge_records

from .records import event_record


def _names(text: str, lang: str) -> set[str]:
    return {a[5:] for a in sentence_anchors(text, lang) if a.startswith("name:")}


def test_chinese_units_close_each_place_name():
    zh = sentence_anchors("河南省信阳市光山县7月20日发生山洪，造成12人死亡。", "zh")
    assert {"name:henan", "name:xinyang", "name:guangshan"} <= set(zh)
    # the name as written, unit and all, is still a reading of it
    assert "henansheng" in readings_of(zh)["henan"]
    # a county written alone, glued to the word after it, is closed by its unit too
    assert "guangshan" in _names("光山县洪水造成12人死亡。", "zh")
    # a place the tagger does not know, with its province
    assert "asupo" in _names("一架直升机在阿速坡省坠毁。", "zh")
    assert "xishuangbanna" in _names("云南省西双版纳州暴雨成灾。", "zh")


def test_a_chinese_county_meets_its_vietnamese_and_english_names():
    zh = event_record("z", "光山县7月20日发生山洪，造成12人死亡。", "2025-07-20", "zh", story=None)
    vi = event_record(
        "v",
        "Lũ quét ở huyện Quang Sơn ngày 20/7 khiến 12 người chết.",
        "2025-07-20",
        "vi",
        story=None,
    )
    en = event_record(
        "e",
        "A flash flood in Guangshan County killed 12 people on July 20.",
        "2025-07-20",
        "en",
        story=None,
    )
    assert "read:guangshan=quangson" in zh["anchors"]
    events = merge_records([zh, vi, en])
    assert len(events) == 1, [r["anchors"] for r in (zh, vi, en)]


@pytest.mark.parametrize(
    "text, unwanted",
    [
        ("这座城市正在节省用水。", {"cheng", "jie"}),  # city; to save
        ("官员反省了自己的错误。", {"fan"}),  # to reflect on oneself
        ("全省各市县都启动了应急响应。", {"ge", "geshi"}),  # every city and county
        ("城中村改造工程完成。", {"chengzhong"}),  # an urban village
    ],
)
def test_common_words_ending_in_a_units_character_are_no_stems(text, unwanted):
    assert not (_names(text, "zh") & unwanted)


def test_names_whose_last_character_is_a_unit_keep_it():
    # a two-character name is a word: 广州 is Guangzhou, not "guang"
    assert "guangzhou" in _names("广州暴雨。", "zh")
    # one unit only: 广州市 is Guangzhou city
    assert "guangzhou" in _names("广州市暴雨。", "zh")
    assert "shanghai" in _names("上海市宣布。", "zh")
