"""A foreign name Chinese writes with characters used for their sound is a
name by the share of those characters, even where jieba's tagger does not
call it one (基辛格, a noun in its dictionary; 马克 + 龙, dragon), and
ordinary words of such characters are not (基本上, 安理会, 坦克). Invented
sentences; the names are well-known renderings the rule reads without any
table of names."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import chinese_features, latin_names, thai_features


def feats(pairs) -> set[str]:
    return {f for f, _ in pairs}


def surfaces(pairs) -> set[str]:
    return {s for _, s in pairs}


def test_a_transliterated_name_not_tagged_as_one_is_a_name():
    # jieba's dictionary holds 基辛格 (Kissinger) as a common noun
    assert any(f.startswith("k:") for f, _ in chinese_features("前国务卿基辛格周二在纽约表示。")[0])


def test_a_piece_of_sound_characters_beside_a_name_is_part_of_it():
    # 马克龙 (Macron) is cut 马克 (a name) + 龙 (dragon, a noun)
    zh = feats(chinese_features("法国总统马克龙周二表示。")[0])
    en = feats(latin_names("French President Macron said on Tuesday.", "en"))
    th = feats(thai_features("ประธานาธิบดีฝรั่งเศส มาครง กล่าว")[0])
    assert "k:mkln" in zh & en & th


@pytest.mark.parametrize(
    ("zh", "word"),
    [
        ("基本上双方同意停火。", "基本上"),  # basically: 基 and 本
        ("安理会周二开会。", "安理会"),  # the Security Council: one sound character of three
        ("他们尔虞我诈。", "尔虞我诈"),  # an idiom
        ("坦克开进了城。", "坦克"),  # a two-character loanword (tank)
    ],
)
def test_ordinary_words_of_sound_characters_are_no_names(zh, word):
    assert word not in surfaces(chinese_features(zh)[0])


def test_a_function_word_between_two_names_joins_neither():
    names = chinese_features("普京比拜登年长。")[0]
    assert "比" not in "".join(surfaces(names))
    assert {"普京", "拜登"} <= surfaces(names)
