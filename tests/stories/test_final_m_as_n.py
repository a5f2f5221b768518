"""Mandarin ends no syllable with m: a foreign name's last m is written n
(Abraham 亚伯拉罕 "yabolahan", a Thai surname in -kham as -坎 "kan"). A Latin
or Thai name ending in a vowel and m is also read with that m as n, so it
meets its Chinese rendering; the Latin and Thai pages keep their own reading.
Invented sentences and people, in other styles than the held-out set the
rule was found on."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import (
    chinese_features,
    final_m_skeleton,
    latin_names,
    skeleton,
    thai_features,
)

from .helpers import page


def _k(features) -> set[str]:
    return {f for f, _ in features if f.startswith("k:")}


@pytest.mark.parametrize(
    ("latin", "lang", "zh"),
    [
        ("Health Minister Somsak Saengkham said on Monday.", "en", "泰国卫生部长颂萨·盛坎16日表示"),
        ("Le président Abraham Lincoln a signé la loi.", "fr", "美国总统亚伯拉罕·林肯签署了法令"),
    ],
)
def test_a_latin_final_m_meets_the_chinese_n(latin, lang, zh):
    assert _k(latin_names(latin, lang)) & _k(chinese_features(zh)[0])


def test_a_thai_final_m_meets_the_chinese_n():
    # the first name alone (Lincoln, 林肯 meet without the rule)
    th = _k(thai_features("ประธานาธิบดีอับราฮัม ลงนามในกฎหมาย")[0])
    assert th & _k(chinese_features("美国总统亚伯拉罕签署了法令")[0])


@pytest.mark.parametrize("name", ["malcolm", "adams", "kim", "ibrahim"[:-1], "sandra"])
def test_no_second_reading_without_a_last_m_after_a_vowel(name):
    # "malcolm": an m after l; "adams": no last m; "kim": too short to
    # change a skeleton; "ibrahi", "sandra": no m at the end
    assert final_m_skeleton(name, skeleton(name)) == ""


def test_the_own_reading_is_kept():
    feats = _k(latin_names("Minister Somsak Saengkham said.", "en"))
    assert {"k:snkm", "k:snkn"} <= feats


def test_a_spanish_and_a_chinese_page_of_one_campaign_are_one_story():
    es = page(
        "dengue-es",
        "es",
        "2027-03-16",
        "Tailandia lanza una campaña contra el dengue",
        "El ministro de Salud, Somsak Saengkham, lanzó el martes en Bangkok una campaña "
        "contra el dengue con 4.800 voluntarios. Saengkham pidió a las familias vaciar "
        "los recipientes de agua cada semana.",
    )
    zh = page(
        "dengue-zh",
        "zh",
        "2027-03-17",
        "泰国启动登革热防控运动",
        "泰国卫生部长颂萨·盛坎16日在曼谷启动登革热防控运动，4800名志愿者将挨家挨户清理积水。"
        "盛坎呼吁民众每周清空储水容器。",
    )
    other = page(
        "rice-zh",
        "zh",
        "2027-03-17",
        "泰国大米出口增长",
        "泰国商务部17日表示，今年前两个月大米出口增长12%，主要销往非洲。",
    )
    stage = ClusterStories(StorySettings())
    stage([es, other, zh], Counter())
    stories = {tuple(sorted(st["documents"])) for st in stage.finalize()["stories"]}
    assert ("dengue-es", "dengue-zh") in stories
    assert ("rice-zh",) in stories
