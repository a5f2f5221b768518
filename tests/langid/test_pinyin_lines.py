"""Mandarin written in pinyin is Chinese.

The model has no pinyin and named the Latin language whose trigrams a
pinyin line recalls (Vietnamese, Indonesian, Spanish). A line whose every
word is one or more Mandarin syllables, marked with pinyin's tones, or
without them but with many syllables other languages seldom write (zh-,
x-, q-, -ang, -uo), is Chinese. Lines of other languages whose words happen
to be Mandarin syllables ("a la mesa"), names alone and romanised
Japanese stay what they were. All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language
from newsline.langid.pinyin import is_pinyin
from newsline.langid.vietnamese import latin_words

from .helpers import lang_alone

PINYIN = [
    "Wǒ jīntiān hěn máng",  # tones
    "Tā shì wǒmen de lǎoshī",
    "Duìbuqǐ, wǒ bù zhīdào",
    "zhege xingqi women qu Shanghai kaihui",  # no tones
    "jintian tianqi hen hao, women qu gongyuan ba",
]


@pytest.mark.parametrize("line", PINYIN)
def test_pinyin_line_is_chinese(line):
    assert detect_language(line) == "zh"


def test_pinyin_block_on_a_page_of_its_own():
    assert lang_alone(PINYIN[0]) == "zh"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Vamos a la mesa", "es"),  # every word but one a Mandarin syllable
        ("Hà Nội mưa to suốt đêm", "vi"),  # Vietnamese marks are no pinyin tones
        ("toi dang o ha noi", "vi"),  # unaccented Vietnamese
        ("The weather is fine today", "en"),
    ],
)
def test_other_languages_stay(line, lang):
    assert detect_language(line) == lang


@pytest.mark.parametrize(
    "line",
    [
        "Shanghai Beijing Shenzhen Guangzhou",  # names alone
        "Kyōto ni ikimasu",  # romanised Japanese with a macron
        "dia ke sana",  # Indonesian, too few typical syllables
        "Děkuji moc",  # Czech caron
        "ni hao",  # two words without tones: too few
    ],
)
def test_not_pinyin(line):
    assert not is_pinyin(latin_words(line))


def test_syllable_table_is_pypinyins_readings():
    """The written-out table is pypinyin's readings, toneless, less the
    vowelless interjections (m, n, ng, hm)."""
    import unicodedata

    from pypinyin.constants import PINYIN_DICT

    from newsline.langid.pinyin import SYLLABLES

    readings = set()
    for value in PINYIN_DICT.values():
        for reading in value.split(","):
            plain = "".join(
                c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c)
            )
            if any(v in plain for v in "aeiou"):
                readings.add(plain)
    assert readings == SYLLABLES
