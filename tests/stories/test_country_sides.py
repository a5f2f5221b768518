"""A country written by one character before its side, government or leader
(Chinese 中方, 美方, 泰方: the Chinese, US, Thai side in talks; Japanese
米側, 米政府, 露大統領) is that country's place anchor, counted as its
people are (who acts, not where: out of the place shares).

Before, such a page had no anchor of the country at all unless it also
wrote the country's full name, so a Chinese report of talks ("中方表示……
美方回应……") met an English or Vietnamese one ("China said … the United
States replied") on nothing. Invented sentences, in Chinese (Simplified and
Traditional), Japanese, and near misses where the characters are part of
other words (其中|方案, 完美|方案, 以|方便, 参加|方, 玄米).
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import _JA_SIDES, _ZH_SIDES, feature_counts, place_shares, territories


def places(text: str, lang: str) -> tuple[Counter, dict, dict]:
    counts = feature_counts(Document(id="p", source="p", text=text, lang=lang), text)
    got = Counter({f[2:]: n for f, n, *_ in counts["a"] if f.startswith("t:")})
    return got, counts.get("p", {}), place_shares(counts)


def test_chinese_sides_of_talks_are_their_countries():
    got, people, shares = places(
        "中方与美方在日内瓦举行新一轮会谈。中方表示愿意继续对话，美方回应称将认真研究中方提议。",
        "zh",
    )
    assert got["CN"] == 3 and got["US"] == 2
    # who acts, not where: the place shares leave them out, as a people's
    assert people == {"CN": 3, "US": 2}
    assert "CN" not in shares and "US" not in shares


def test_traditional_characters_and_other_countries():
    got, _, _ = places("韓方與越方代表會晤，韓方提出新的合作方案，越方表示歡迎。", "zh")
    assert got["KR"] == 2 and got["VN"] == 2


def test_a_third_countrys_side_named_once_is_no_anchor():
    # a Sino-Thai rail deal; Japan's side comments once: no anchor of Japan
    got, _, _ = places("中国与泰国签署铁路合作协议，泰方代表出席仪式。日方对此表示关注。", "zh")
    assert got["TH"] == 2 and got["CN"] == 1
    assert "JP" not in got


def test_words_that_only_contain_a_country_character_are_no_country():
    got, _, _ = places(
        "其中方案一被否决，完美方案仍在讨论。为了以方便群众，执法方式有所改变，参加方共同努力。",
        "zh",
    )
    assert not got


def test_japanese_one_kanji_countries_before_an_office():
    got, people, shares = places(
        "米政府は声明を発表した。米側は反発し、露大統領も記者団に語った。露外相は会談を拒否した。",
        "ja",
    )
    assert got["US"] == 2 and got["RU"] == 2
    assert people == {"US": 2, "RU": 2} and not shares


def test_japanese_near_misses():
    # rice (玄米), alone (単独): the kanji is part of a word
    got, _, _ = places(
        "玄米側の棚に置いた。単独政府を作る計画はない。日米首脳会談が開かれた。", "ja"
    )
    assert "US" not in got and "DE" not in got


def test_the_tables_agree_with_the_full_names():
    full_zh = {
        "中": "中国",
        "美": "美国",
        "俄": "俄罗斯",
        "泰": "泰国",
        "越": "越南",
        "以": "以色列",
    }
    for char, name in full_zh.items():
        assert [c for c, _, _ in territories(name, "zh")] == [_ZH_SIDES[char]]
    full_ja = {"米": "米国", "露": "ロシア", "英": "イギリス", "仏": "フランス", "韓": "韓国"}
    for char, name in full_ja.items():
        assert [c for c, _, _ in territories(name, "ja")] == [_JA_SIDES[char]]


def test_a_chinese_report_of_talks_meets_its_english_and_vietnamese_reports():
    docs = [
        Document(
            id="zh",
            source="a",
            lang="zh",
            published="2024-05-14",
            text=(
                "中美经贸会谈在日内瓦结束\n中方与美方在日内瓦举行经贸会谈。中方表示会谈取得进展，"
                "美方称双方同意将关税降低115个百分点。中方代表何立峰出席。美方代表贝森特表示满意。"
            ),
        ),
        Document(
            id="en",
            source="b",
            lang="en",
            published="2024-05-14",
            text=(
                "China and US end trade talks in Geneva\nChina and the United States ended trade "
                "talks in Geneva. China said the talks made progress, and the United States said "
                "both sides agreed to cut tariffs by 115 percentage points. He Lifeng led China."
            ),
        ),
        Document(
            id="vi",
            source="c",
            lang="vi",
            published="2024-05-14",
            text=(
                "Trung Quốc và Mỹ kết thúc đàm phán thương mại tại Geneva\nTrung Quốc và Mỹ đã kết "
                "thúc vòng đàm phán thương mại tại Geneva. Hai bên đồng ý giảm thuế 115 điểm phần "
                "trăm, ông Hà Lập Phong cho biết."
            ),
        ),
    ]
    stage = ClusterStories(StorySettings())
    stage(docs, Counter())
    assert len({stage.story_of(d.id) for d in docs}) == 1
