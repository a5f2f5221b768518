"""The words a page is compared by within its language
(:func:`newsline.stories.anchors.latin_words`): an ASCII text is lowered
whole, any other word by word; both give the words of the per-word form."""

from __future__ import annotations

import itertools

import pytest

from newsline.stories.anchors import _WORD, latin_words


def _ref(text: str, lang: str) -> list[str]:
    toks = [t.lower() for t in _WORD.findall(text) if not t.isdigit()]
    if lang == "vi":
        return [a + "_" + b for a, b in itertools.pairwise(toks)]
    return [t for t in toks if len(t) >= 4]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Harbour Board SAID on Tuesday 2031 that 14 ferries_were late.", "en"),
        ("Der Hafenbetreiber MELDETE am Dienstag 2031 Verspätungen.", "de"),
        ("Cang Hai Phong TAM DUNG 3 chuyen tau hom nay", "vi"),
        ("Le port de Gênes a ANNONCÉ İstanbul Straße ǅemal 2031 retards", "fr"),
        ("Cảng Hải Phòng TẠM DỪNG 3 chuyến tàu hôm nay", "vi"),
        ("", "en"),
    ],
)
def test_latin_words_are_the_per_word_lowered_words(text, lang):
    assert latin_words(text, lang) == _ref(text, lang)
