"""jieba cuts a foreign name it does not know by the words around it: before
表示 it gives 斯诺|登 (Snowden), before 说 it guesses 登说 as one word with
its HMM and the name read is 斯诺 alone, too short for a skeleton. The
name's last sound character is given back to it where the word after the
name is such a guess that goes on with a dictionary word. Invented
sentences; the names are common Xinhua renderings, read without any table
of names."""

from __future__ import annotations

import pytest

from newsline.stories import anchors
from newsline.stories.anchors import chinese_features, latin_names


def feats(pairs) -> set[str]:
    return {f for f, _ in pairs}


def skeletons(pairs) -> set[str]:
    return {f for f, _ in pairs if f.startswith("k:")}


@pytest.mark.parametrize(
    ("zh", "latin"),
    [
        ("据报道，斯诺登说他不会回国。", "Officials said Snowden would stay."),
        ("据报道，斯诺登称他不会回国。", "Officials said Snowden would stay."),
        ("英国首相斯塔默称，谈判仍在继续。", "Prime Minister Starmer said talks go on."),
        ("英国首相斯塔默则表示，谈判仍在继续。", "Prime Minister Starmer said talks go on."),
        ("意大利总理梅洛尼则认为，协议已经失效。", "Prime Minister Meloni said the deal is void."),
        ("法国总统马克龙则认为，协议已经失效。", "President Macron said the deal is void."),
    ],
)
def test_a_sound_character_glued_to_the_verb_after_a_name_is_the_names(zh, latin):
    assert skeletons(chinese_features(zh)[0]) & skeletons(latin_names(latin, "en"))


def test_the_same_name_reads_the_same_whatever_verb_follows():
    said = skeletons(chinese_features("据报道，斯诺登说他不会回国。")[0])
    stated = skeletons(chinese_features("据报道，斯诺登表示他不会回国。")[0])
    assert said and said == stated


def test_a_dictionary_word_after_a_name_is_not_cut():
    # 安全 (security) opens with 安, a sound character, but is a word
    names, words = chinese_features("拜登安全顾问周二表示。")
    assert "安全" in words
    assert not any("安" in s for _, s in names)


def test_a_guess_after_an_ordinary_word_is_not_cut():
    # the word before is no name and not written in sound characters
    tagged = [anchors._Tagged("会议", "n"), anchors._Tagged("登说", "v")]
    assert anchors._unglue(tagged) == tagged


def test_a_guess_not_going_on_with_a_dictionary_word_is_not_cut():
    tagged = [anchors._Tagged("斯诺", "nr"), anchors._Tagged("登丿", "v")]
    assert anchors._unglue(tagged) == tagged
