"""A country and an office before a Chinese name, which jieba's dictionary
holds as one word and tags as a name ("英国首相" nz, "德国总理" nr), are no
part of the person's name: the page gives the place (read from the text)
and the name, which meets the English and Thai spellings. Invented person
(Kalinda) and sentences."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import (
    chinese_features,
    latin_names,
    territories,
    thai_features,
)


def feats(pairs) -> set[str]:
    return {f for f, _ in pairs}


def surfaces(pairs) -> set[str]:
    return {s for _, s in pairs}


@pytest.mark.parametrize(
    ("zh", "code"),
    [
        ("英国首相卡林达周二表示，将加强合作。", "GB"),  # 英国首相: one word, tagged nz
        ("德国总理卡林达周二表示，将加强合作。", "DE"),  # 德国总理: one word, tagged nr
        ("法国总理卡林达周二表示，将加强合作。", "FR"),  # 法国总理: one word, tagged n
        ("美国前国务卿卡林达周二表示，将加强合作。", "US"),
    ],
)
def test_a_country_and_office_before_a_name_give_the_place_and_the_name(zh, code):
    names = chinese_features(zh)[0]
    assert "k:klnt" in feats(names)  # Kalinda
    # the office is no part of any name (a country the tagger calls a name
    # stays one of its own: the clustering counts it as the place)
    assert all(s == "卡林达" or "卡林达" not in s for s in surfaces(names))
    assert code in {c for c, _, _ in territories(zh, "zh")}


def test_the_name_after_a_glued_office_meets_english_and_thai():
    zh = feats(chinese_features("英国首相卡林达周二表示，将加强合作。")[0])
    en = feats(latin_names("British Prime Minister Kalinda said on Tuesday.", "en"))
    th = feats(thai_features("นายกรัฐมนตรีอังกฤษ คาลินดา กล่าวเมื่อวันอังคาร")[0])
    assert "k:klnt" in zh & en & th


def test_an_office_word_of_its_own_is_no_name_and_cuts_nothing():
    # 总理府 (the prime minister's office) is a word, not office + name
    assert not chinese_features("总理府周二发表声明。")[0]
