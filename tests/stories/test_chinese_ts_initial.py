"""Mandarin c is said ts, and Chinese writes a foreign ts or z with it (茨
in 朔尔茨, Scholz): a foreign name in Han characters is also read with ts
for c, so it meets the Latin spelling, which reads c as a k. Chinese
people's names (read as they are written in pinyin: Cao, Cui) keep their
one reading. Invented sentences and an invented name (Brants)."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import chinese_features, latin_names
from newsline.wordseg import foreign_name_readings


def ks(pairs) -> set[str]:
    return {f for f, _ in pairs if f.startswith("k:")}


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("Chancellor Scholz said on Monday.", "德国总理朔尔茨周一表示。"),
        ("The envoy Brants said on Monday.", "特使布兰茨周一表示。"),
    ],
)
def test_a_foreign_name_with_c_meets_its_latin_spelling(en, zh):
    assert ks(latin_names(en, "en")) & ks(chinese_features(zh)[0])


def test_ch_is_no_c_and_a_chinese_name_keeps_its_reading():
    assert foreign_name_readings("川普") == ("chuanpu", "truanpu")
    assert foreign_name_readings("曹明") == ("caoming",)  # a Chinese name
