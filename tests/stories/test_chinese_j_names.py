"""Mandarin has no j of the Latin kind: a foreign name's J before a rounded
vowel is written with a y glide (约 yue, 尤 you: 约翰逊 Johnson, 约翰松
Johansson), and its pinyin skeleton lost the J the Latin skeleton keeps
(nsn against snsn). A foreign name opening so is also read with a j.
Invented sentences; the names are common Xinhua renderings."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import chinese_features, latin_names
from newsline.wordseg import foreign_name_readings


def skeletons(pairs) -> set[str]:
    return {f for f, _ in pairs if f.startswith("k:")}


@pytest.mark.parametrize(
    ("zh", "latin"),
    [
        ("英国前首相约翰逊周二表示，他不会参选。", "Former Prime Minister Johnson said."),
        ("瑞典外交大臣约翰松周二表示。", "Foreign Minister Johansson said."),
    ],
)
def test_a_j_written_with_a_y_glide_meets_the_latin_j(zh, latin):
    assert skeletons(chinese_features(zh)[0]) & skeletons(latin_names(latin, "en"))


def test_the_y_reading_stays():
    # Yolanda, with a Y: the plain pinyin reading is still there
    readings = foreign_name_readings("约兰达")
    assert readings[0] == "yuelanda" and "juelanda" in readings


@pytest.mark.parametrize(
    "name",
    [
        "伊万诺夫",  # Ivanov: a y before i is no J
        "于建国",  # a Chinese name: a common surname opens it
        "余明华",  # the same
    ],
)
def test_no_j_reading(name):
    assert not any(r.startswith("j") for r in foreign_name_readings(name))
