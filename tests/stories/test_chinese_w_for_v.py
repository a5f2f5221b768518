"""Mandarin has no v, and Chinese writes a foreign v with w (维 wei, 瓦 wa,
沃 wo): a foreign name in Han characters is also read with v for w, so it
meets the Latin spelling on its consonant skeleton, where a w is no
consonant and a v is one. Chinese names (王伟, Wang Wei) keep their one
reading; a near name with other consonants still meets none. Invented
sentences; the places are not those of the held-out stories."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import chinese_features, latin_names
from newsline.wordseg import foreign_name_readings


def ks(pairs) -> set[str]:
    return {f for f, _ in pairs if f.startswith("k:")}


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("The mayor of Villeneuve said on Monday.", "维伦纽夫市长周一表示。"),
        ("Fans of Leverkusen gathered on Monday.", "勒沃库森的球迷周一聚集。"),
    ],
)
def test_a_foreign_name_written_with_w_meets_its_latin_v(en, zh):
    assert ks(latin_names(en, "en")) & ks(chinese_features(zh)[0])


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("The mayor of Vienne said on Monday.", "维伦纽夫市长周一表示。"),
        ("Fans of Wolfsburg gathered on Monday.", "勒沃库森的球迷周一聚集。"),
    ],
)
def test_a_near_name_does_not_meet(en, zh):
    assert not ks(latin_names(en, "en")) & ks(chinese_features(zh)[0])


def test_a_chinese_name_keeps_its_one_reading():
    assert foreign_name_readings("王伟") == ("wangwei",)
    assert foreign_name_readings("维伦纽夫") == ("weilunniufu", "veilunniufu")
