"""Japanese country names as the news writes them: "米国" and "アメリカ" (CLDR
has only "アメリカ合衆国"), "豪州"; and a katakana country name inside a
longer katakana word is that other word: "タイ" (Thailand) in "スタイル"
(style), "タイム" (time), "ネクタイ" (necktie).

The sentences are written for these tests.
"""

from __future__ import annotations

from newsline.stories.anchors import territories


def codes(text: str) -> list[str]:
    return [c for c, _, _ in territories(text, "ja")]


def test_everyday_japanese_country_names():
    assert codes("米国と英国の首脳が会談した。") == ["US", "GB"]
    assert codes("アメリカ政府は豪州に謝罪した。") == ["US", "AU"]


def test_a_katakana_country_inside_a_longer_word_is_no_place():
    assert codes("新しいスタイルのネクタイがタイムセールで売れた。") == []
    assert codes("タイ政府とベトナム戦争、パプアニューギニア。") == ["TH", "VN", "PG"]
    # the middle dot ends a word
    assert codes("ボスニア・ヘルツェゴビナ") == ["BA"]
