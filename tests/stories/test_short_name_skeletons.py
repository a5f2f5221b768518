"""A name of two consonants (卡特 "kate", Carter said "cate" as Chinese says
it) has no skeleton of its own: three classes are the least a k: anchor
takes, or every kt, mt, pt name would meet. It is the weak class s: instead:
never enough to link two pages alone (like dates and bare numbers), it adds
to the score of a Chinese page and a Latin-script page that already share a
place; between two Latin-script pages it counts for nothing (the name itself
is shared there), takes no other anchor's place and lengthens no profile.
Invented pages; the people are invented or generic."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import feature_counts, latin_names, short_skeleton, skeleton


def anchors(doc: Document) -> set[str]:
    return {item[0] for item in feature_counts(doc, doc.text)["a"]}


def doc(key: str, lang: str, text: str, day: str = "2024-12-30") -> Document:
    return Document(id=key, source=key + ".txt", text=text, lang=lang, published=day)


ZH_CARTER = (
    "美国前总统卡特去世\n\n美国前总统卡特29日在家中去世，享年100岁。"
    "卡特1977年至1981年担任总统，2002年获诺贝尔和平奖。卡特中心发表声明。"
)
EN_CARTER = (
    "Former United States President Jimmy Carter dies at 100\n\n"
    "Jimmy Carter, who was president of the United States from 1977 to 1981, "
    "died at his home on Sunday aged 100. Carter won the Nobel Peace Prize in 2002. "
    "The Carter Center said in a statement."
)


@pytest.mark.parametrize(
    ("reading", "short"),
    [("kate", "kt"), ("modi", "mt"), ("cate", "kt"), ("carter", ""), ("abe", ""), ("trump", "")],
)
def test_short_skeleton_is_two_classes_only(reading, short):
    assert short_skeleton(reading) == short
    if short:
        assert skeleton(reading) == ""  # no k: anchor for it


def test_a_chinese_and_a_latin_two_consonant_name_share_a_short_skeleton():
    assert "s:kt" in anchors(doc("zh", "zh", ZH_CARTER))
    assert "s:kt" in anchors(doc("en", "en", EN_CARTER))
    vi = "Cựu Tổng thống Mỹ Jimmy Carter qua đời. Ông Carter hưởng thọ 100 tuổi."
    assert "s:kt" in {f for f, _ in latin_names(vi, "vi")}


@pytest.mark.parametrize(("text", "short"), [("Barack Obama habló ayer.", "s:pm"), ("Il premier Modi arriva.", "s:mt")])
def test_a_latin_two_consonant_name_gets_one(text, short):
    assert short in {f for f, _ in latin_names(text, "es")}


def _cluster(*docs: Document) -> list[str]:
    stage = ClusterStories(StorySettings())
    stage(list(docs), Counter())
    return [d.meta["story_id"] for d in docs]


@pytest.mark.parametrize("chinese_first", [True, False])
def test_carter_in_chinese_joins_carter_in_english(chinese_first):
    # the Chinese page read first was a story of its own: the United States
    # and the years were too little against the English page's many names
    pages = [doc("zh", "zh", ZH_CARTER), doc("en", "en", EN_CARTER)]
    a, b = _cluster(*(pages if chinese_first else pages[::-1]))
    assert a == b


def test_a_short_skeleton_alone_links_nothing():
    # 凯特 (Kate) giving a concert in Beijing and a hurricane named Carter:
    # both s:kt, nothing else shared
    zh = doc(
        "zh-concert",
        "zh",
        "歌手凯特在北京举办演唱会\n\n歌手凯特周六晚在北京体育馆演唱，凯特说她很高兴回到北京。",
    )
    en = doc(
        "en-storm",
        "en",
        "Hurricane Carter nears Florida\n\nHurricane Carter strengthened overnight off Florida; "
        "forecasters expect Carter to reach the coast of Florida by Tuesday.",
    )
    a, b = _cluster(zh, en)
    assert a != b


def test_a_short_skeleton_and_one_place_link_nothing():
    # one country and s:kt, no number, no other name: two stories
    zh = doc(
        "zh-kate",
        "zh",
        "美国歌手凯特发布新专辑\n\n美国歌手凯特周五发布新专辑，凯特将在美国巡演。",
    )
    en = doc(
        "en-carter",
        "en",
        "Carter wins the golf open\n\nGolfer Tom Carter won the open in the United States "
        "on Sunday; Carter finished two strokes ahead.",
    )
    a, b = _cluster(zh, en)
    assert a != b
