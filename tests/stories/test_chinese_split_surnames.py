"""jieba's HMM sometimes cuts a Chinese name it does not know after the
surname and tags the surname as a word of its own (市长|黄|文明: 黄 "yellow",
高|志远: 高 "tall"), so the name read was the given name alone, which meets
no other language's full name (Hoàng Văn Minh, Gao Zhiyuan). A common
surname so cut off, right before a two-character given name, opens the
name; a preposition before a name (向|志远, "to Zhiyuan") does not. Invented
sentences and people."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.stories import ClusterStories
from newsline.stories.anchors import chinese_features, latin_names

from .helpers import page


def feats(pairs) -> set[str]:
    return {f for f, _ in pairs}


@pytest.mark.parametrize(
    ("zh", "latin", "lang"),
    [
        # a Vietnamese mayor, met by his Sino-Vietnamese reading
        ("河内市长黄文明当天宣布新的交通规定。", "Chủ tịch Hoàng Văn Minh cho biết như vậy.", "vi"),
        # a Chinese company chairman, met by his pinyin in an English page
        (
            "公司董事长高志远说，新工厂明年投产。",
            "The chairman, Gao Zhiyuan, said the plant opens.",
            "en",
        ),
    ],
)
def test_a_surname_cut_off_by_the_tagger_opens_the_name(zh, latin, lang):
    names = feats(chinese_features(zh)[0])
    other = {f for f in feats(latin_names(latin, lang)) if f.startswith(("w:", "k:"))}
    assert names & other


def test_a_preposition_before_a_given_name_is_no_surname():
    names = chinese_features("代表团向志远表示感谢。")[0]
    assert not any(s.startswith("向") for _, s in names)


def test_a_chinese_page_joins_the_story_of_a_minister_it_names_in_characters():
    # a Vietnamese ministry's proposal told in en, then in zh: the zh page
    # shares the country, the minister and no number
    docs = [
        page(
            "a-en",
            "en",
            "2027-03-02",
            "Vietnam's health minister seeks ban on e-cigarette ads",
            "Health Minister Hoang Van Minh on Tuesday proposed banning all advertising of "
            "e-cigarettes on social media in Vietnam, saying fruit flavours draw young users.",
        ),
        page(
            "a-zh",
            "zh",
            "2027-03-03",
            "越南拟禁止电子烟广告",
            "越南卫生部长黄文明提议禁止在社交媒体上发布任何电子烟广告。他说，带水果口味的产品正在吸引年轻人。",
        ),
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    assert docs[0].meta["story_id"] == docs[1].meta["story_id"]
