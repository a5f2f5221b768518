"""Sentence ends that are none: a name's initials ("Gov. J.D. Smith said on
Tuesday ...") and a sentence end inside a Chinese quotation of several
sentences (“我们非常失望。我们将继续上诉。”). An event quoting either must
quote the whole sentence. An abbreviation ending a sentence before "The"
still ends it. Sentences invented."""

from __future__ import annotations

from newsline.events.sentences import split_sentences


def sentences(text, lang):
    return [text[a:b] for a, b in split_sentences(text, 0, len(text), lang)]


def test_initials_before_a_surname_end_no_sentence():
    text = 'Gov. J.D. Smith said on Tuesday he was "deeply disappointed." The vote is on Sept. 3.'
    assert sentences(text, "en") == [
        'Gov. J.D. Smith said on Tuesday he was "deeply disappointed."',
        "The vote is on Sept. 3.",
    ]


def test_an_abbreviation_before_a_sentence_opener_still_ends_it():
    text = "She moved to the U.K. The ministry confirmed it on Monday."
    assert sentences(text, "en") == [
        "She moved to the U.K.",
        "The ministry confirmed it on Monday.",
    ]


def test_chinese_quotation_of_several_sentences_is_one():
    text = "州长史密斯13日表示：“我们非常失望。我们将继续上诉。”投票定于9月3日举行。"
    assert sentences(text, "zh") == [
        "州长史密斯13日表示：“我们非常失望。我们将继续上诉。”",
        "投票定于9月3日举行。",
    ]
    text = "律師12日表示：「我們很失望。我們會上訴。」判決書尚未送達。"
    assert sentences(text, "zh") == [
        "律師12日表示：「我們很失望。我們會上訴。」",
        "判決書尚未送達。",
    ]
